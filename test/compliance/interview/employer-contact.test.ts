import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decideEmployerContact,
  employerEnquiryStatus,
  EMPLOYER_CONTACT_GROUNDS,
  GMS_EARNINGS_RULES_EMPLOYER_CONTACT,
  type EmployerContactPermissionInput,
} from '../../../src/compliance/interview/index.js';

const ids = (d: { reasons: readonly { rule: string; cites: readonly { id: string }[] }[] }) => d.reasons.flatMap((r) => [r.rule, ...r.cites.map((c) => c.id)]);
const after: EmployerContactPermissionInput = { claimantInterviewed: true, ccel1Issued: false, appearsSuitableForLSI: false };

describe('decideEmployerContact', () => {
  it('LSC-06-028 / LSC-03-083 / LSC-03-023: forbidden before the interview and before the CCEL1', () => {
    const d = decideEmployerContact({ claimantInterviewed: false, ccel1Issued: false, appearsSuitableForLSI: false, grounds: ['earnings-admitted-employer-named'] });
    expect(d.value).toEqual({ permission: 'forbidden', mayContact: false });
    expect(ids(d)).toEqual(expect.arrayContaining(['LSC-06-028', 'LSC-03-083', 'LSC-03-023']));
  });
  it('LSC-06-028: either the interview or the CCEL1 unlocks contact', () => {
    expect(decideEmployerContact({ ...after, grounds: ['claimant-fails-to-respond-to-CCEL1'], claimantInterviewed: false, ccel1Issued: true }).value.mayContact).toBe(true);
    expect(decideEmployerContact({ ...after, grounds: ['claimant-refuses-to-provide-information'] }).value.mayContact).toBe(true);
  });
  it('LSC-06-028: forbidden where the case appears suitable for LSI, whatever else holds', () => {
    const d = decideEmployerContact({ ...after, appearsSuitableForLSI: true, grounds: ['earnings-admitted-employer-named'], consent: { mf47Signed: true, mf47DeclaresWork: true, writtenAuthority: true } });
    expect(d.value.permission).toBe('forbidden');
  });
  it('LSC-06-029: each ground permits contact without consent', () => {
    for (const g of EMPLOYER_CONTACT_GROUNDS) {
      const d = decideEmployerContact({ ...after, grounds: [g] });
      expect(d.value.permission).toBe('permitted-without-consent');
      expect(d.reasons[0]!.rule).toBe('LSC-06-029');
    }
  });
  it('LSC-06-029: a listed GMS earnings rule permits contact without consent; an unlisted direct one needs consent', () => {
    for (const code of GMS_EARNINGS_RULES_EMPLOYER_CONTACT) {
      expect(decideEmployerContact({ ...after, gmsEarningsReferral: { ruleCode: code, receivedFrom: 'direct' } }).value.permission).toBe('permitted-without-consent');
    }
    expect(decideEmployerContact({ ...after, gmsEarningsReferral: { ruleCode: 'JSPX007', receivedFrom: 'direct' } }).value.permission).toBe('consent-required');
  });
  it('LSC-06-030: GMS earnings case from LSI under an unlisted rule, employer not contacted → back to LSI for an EQ1', () => {
    const d = decideEmployerContact({ ...after, gmsEarningsReferral: { ruleCode: 'ISPX011', receivedFrom: 'LSI' } });
    expect(d.value.permission).toBe('refer-back-to-LSI-for-EQ1');
    expect(d.reasons[0]!.rule).toBe('LSC-06-030');
    // already contacted → not referred back
    expect(decideEmployerContact({ ...after, gmsEarningsReferral: { ruleCode: 'ISPX011', receivedFrom: 'LSI' }, employerAlreadyContacted: true }).value.permission).toBe('consent-required');
    // listed rule from LSI → the para 29 ground
    expect(decideEmployerContact({ ...after, gmsEarningsReferral: { ruleCode: 'ISPX010', receivedFrom: 'LSI' } }).value.permission).toBe('permitted-without-consent');
  });
  it('LSC-04-056: consent on a signed MF47 declaring work', () => {
    const ok = decideEmployerContact({ ...after, consent: { mf47Signed: true, mf47DeclaresWork: true, writtenAuthority: true } });
    expect(ok.value.permission).toBe('permitted-with-consent');
    expect(ok.reasons[0]!.rule).toBe('LSC-04-056');
    for (const c of [{ mf47Signed: false, mf47DeclaresWork: true, writtenAuthority: true }, { mf47Signed: true, mf47DeclaresWork: false, writtenAuthority: true }, { mf47Signed: true, mf47DeclaresWork: true, writtenAuthority: false }]) {
      expect(decideEmployerContact({ ...after, consent: c }).value.permission).toBe('consent-required');
    }
  });
  it('property: never permitted before the interview or CCEL1, or when the case looks suitable for LSI', () => {
    const arb = fc.record({
      claimantInterviewed: fc.boolean(), ccel1Issued: fc.boolean(), appearsSuitableForLSI: fc.boolean(),
      grounds: fc.subarray([...EMPLOYER_CONTACT_GROUNDS]),
      gmsEarningsReferral: fc.option(fc.record({ ruleCode: fc.constantFrom(...GMS_EARNINGS_RULES_EMPLOYER_CONTACT, 'JSPX001'), receivedFrom: fc.constantFrom('direct' as const, 'LSI' as const) }), { nil: undefined }),
      employerAlreadyContacted: fc.boolean(),
      consent: fc.option(fc.record({ mf47Signed: fc.boolean(), mf47DeclaresWork: fc.boolean(), writtenAuthority: fc.boolean() }), { nil: undefined }),
    });
    fc.assert(fc.property(arb, (input) => {
      const d = decideEmployerContact(input);
      if ((!input.claimantInterviewed && !input.ccel1Issued) || input.appearsSuitableForLSI) return !d.value.mayContact;
      return true;
    }));
  });
});

describe('employerEnquiryStatus', () => {
  // 2026-03-02 is a Monday; 10 working days later is Monday 2026-03-16.
  it('LSC-06-036: B/F on the 10th working day; awaiting on and before it, follow-up after (LSC-06-037)', () => {
    const on = employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-16', informationReceived: false });
    expect(on.value).toMatchObject({ bfDate: '2026-03-16', status: 'awaiting-response' });
    expect(on.reasons[0]!.rule).toBe('LSC-06-036');
    const after = employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-17', informationReceived: false });
    expect(after.value.status).toBe('follow-up-required');
    expect(after.reasons[0]!.rule).toBe('LSC-06-037');
  });
  it('LSC-06-036: working days skip bank holidays (Easter 2026: Good Friday 3 April, Easter Monday 6 April)', () => {
    expect(employerEnquiryStatus({ requestDate: '2026-03-30', asOf: '2026-03-30', informationReceived: false }).value.bfDate).toBe('2026-04-15');
    // Scotland has no Easter Monday holiday
    expect(employerEnquiryStatus({ requestDate: '2026-03-30', asOf: '2026-03-30', informationReceived: false }, { calendar: { jurisdiction: 'scotland' } }).value.bfDate).toBe('2026-04-14');
  });
  it('LSC-06-032 / LSC-06-033: employer refuses → contact the claimant immediately', () => {
    const d = employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-03', informationReceived: false, employerRefused: true });
    expect(d.value.status).toBe('employer-refused-contact-claimant');
    expect(ids(d)).toEqual(expect.arrayContaining(['LSC-06-032', 'LSC-06-033']));
  });
  it('LSC-06-034: information received without the informant\'s position is flagged', () => {
    const d = employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-05', informationReceived: true });
    expect(d.value.status).toBe('received');
    expect(d.value.recordIssues).toEqual(['informant position not recorded']);
    expect(ids(d)).toContain('LSC-06-034');
    expect(employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-05', informationReceived: true, informantPosition: 'Payroll manager' }).value.recordIssues).toEqual([]);
  });
  it('LSC-06-035: letter enquiries use CCEEL1/CCEEL1W (not the claimant\'s CCEL1)', () => {
    expect(employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-03', informationReceived: false, channel: 'letter', letterForm: 'CCEL1' }).value.recordIssues).toEqual(['letter enquiries use CCEEL1 or CCEEL1W']);
    expect(employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-03', informationReceived: false, channel: 'letter', letterForm: 'CCEEL1W' }).value.recordIssues).toEqual([]);
    expect(employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-03', informationReceived: false, channel: 'outbound-telephone-call' }).value.recordIssues).toEqual([]);
  });
});
