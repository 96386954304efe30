import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalMatchDisclosure,
  CARDIFF_OIU_TRUSTS,
  decideThirdPartyInformationRequest,
  disregardedCapitalNotepadText,
  GOVERNMENT_FUNDED_TRUSTS,
  INTERVIEW_CHECKLIST,
  interviewChecklist,
  trustFundPaymentAction,
} from '../../../src/compliance/interview/index.js';

const rules = (d: { reasons: readonly { rule: string; cites: readonly { id: string }[] }[] }) => d.reasons.flatMap((r) => [r.rule, ...r.cites.map((c) => c.id)]);

describe('capitalMatchDisclosure', () => {
  const base = { bankName: 'Lloyds TSB', headOfficeName: 'Lloyds Banking Group', headOfficeAddress: '25 Gresham Street, London', accountNumber: '12345678', claimantDenies: false };
  it('LSC-04-049 / LSC-04-052: Head Office name and address and the last four digits, nothing else', () => {
    const d = capitalMatchDisclosure(base);
    expect(d.value).toMatchObject({ headOfficeName: 'Lloyds Banking Group', lastDigits: '5678', withheld: ['sort-code', 'full-account-number', 'balance', 'any-other-match-detail'] });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-049', 'LSC-04-052']));
    expect(JSON.stringify(d.value)).not.toContain('12345678');
  });
  it('LSC-04-052: an account number of four digits or fewer is never given (it would be the full number); five digits gives four', () => {
    for (const accountNumber of ['1234', '123', '7']) {
      const d = capitalMatchDisclosure({ ...base, accountNumber });
      expect(d.value.lastDigits).toBeNull();
      expect(JSON.stringify(d.value)).not.toContain(accountNumber);
      expect(d.reasons.map((r) => r.says).join(' ')).toMatch(/would disclose the full account number/);
    }
    expect(capitalMatchDisclosure({ ...base, accountNumber: '12345' }).value.lastDigits).toBe('2345');
  });
  it('LSC-04-052 (property): the disclosure never contains the full account number', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,12}$/), (accountNumber) => {
      expect(capitalMatchDisclosure({ ...base, accountNumber }).value.lastDigits).not.toBe(accountNumber);
    }));
  });
  it('LSC-04-050: Halifax → no digits', () => {
    const d = capitalMatchDisclosure({ ...base, bankName: 'Halifax plc' });
    expect(d.value.lastDigits).toBeNull();
    expect(rules(d)).toContain('LSC-04-050');
    expect(capitalMatchDisclosure({ ...base, bankName: 'Halifaxville Savings' }).value.lastDigits).toBe('5678');
  });
  it('LSC-04-051: capital match data is intelligence only', () => {
    const d = capitalMatchDisclosure({ ...base, ruleCode: 'ISIR008' });
    expect(d.value.intelligenceOnly).toBe(true);
    expect(rules(d)).toContain('LSC-04-051');
    expect(capitalMatchDisclosure({ ...base, ruleCode: 'ISPX010' }).value.intelligenceOnly).toBe(false);
  });
  it('LSC-04-048 / LSC-04-059: a denial puts the onus on the claimant and the bank is not contacted', () => {
    const d = capitalMatchDisclosure({ ...base, claimantDenies: true });
    expect(d.value).toMatchObject({ onusOnClaimant: true, bankMustNotBeContacted: true });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-048', 'LSC-04-059']));
  });
});

describe('decideThirdPartyInformationRequest', () => {
  it('LSC-04-059: never the bank whose account the claimant denies', () => {
    const d = decideThirdPartyInformationRequest({ provider: 'bank-or-building-society', claimantDeniesAccount: true, consentOnMf47: true, complexNeedsOnlyWay: true });
    expect(d.value).toBe('must-not-contact');
  });
  it('LSC-04-062: bank statements are the claimant\'s to provide; paying is the last resort', () => {
    expect(decideThirdPartyInformationRequest({ provider: 'bank-or-building-society' }).value).toBe('claimant-to-provide');
    const d = decideThirdPartyInformationRequest({ provider: 'bank-or-building-society', claimantAskedAndCostJustified: true });
    expect(d.value).toBe('may-pay-for-bank-statements-last-resort');
    expect(rules(d)).toContain('LSC-04-062');
  });
  it('LSC-04-061b: other information needs consent on the MF47', () => {
    expect(decideThirdPartyInformationRequest({ provider: 'other' }).value).toBe('consent-on-MF47-required');
    const d = decideThirdPartyInformationRequest({ provider: 'other', consentOnMf47: true });
    expect(d.value).toBe('may-request-with-consent');
    expect(rules(d)).toContain('LSC-04-061b');
  });
  it('LSC-06-027: complex needs and no other way → consider a direct approach', () => {
    const d = decideThirdPartyInformationRequest({ provider: 'other', complexNeedsOnlyWay: true });
    expect(d.value).toBe('may-consider-direct-approach');
    expect(rules(d)).toContain('LSC-06-027');
  });
});

describe('trustFundPaymentAction', () => {
  it('LSC-04-063: the seven listed Trusts/Funds need not be declared; others must', () => {
    expect(GOVERNMENT_FUNDED_TRUSTS).toHaveLength(7);
    for (const t of GOVERNMENT_FUNDED_TRUSTS) expect(trustFundPaymentAction({ source: t, stage: 'invited' }).value.mustDeclare).toBe(false);
    const d = trustFundPaymentAction({ source: 'National Lottery', stage: 'invited' });
    expect(d.value).toMatchObject({ listed: false, mustDeclare: true, action: 'not-a-listed-trust' });
    expect(d.reasons[0]!.rule).toBe('LSC-04-063');
  });
  it('LSC-04-064: an invited claimant may contact the Trust/Fund', () => {
    const d = trustFundPaymentAction({ source: 'Caxton Foundation', stage: 'invited' });
    expect(d.value.action).toBe('claimant-may-contact-trust');
    expect(rules(d)).toContain('LSC-04-064');
  });
  it('LSC-04-065a / LSC-04-066: five go through the Cardiff OIU post box, not "the Fund" or the London Bombings fund', () => {
    expect(CARDIFF_OIU_TRUSTS).toHaveLength(5);
    const d = trustFundPaymentAction({ source: 'MFET Limited', stage: 'details-received' });
    expect(d.value.viaCardiffOIU).toBe(true);
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-065a', 'LSC-04-066']));
    expect(trustFundPaymentAction({ source: 'the Fund', stage: 'details-received' }).value.viaCardiffOIU).toBe(false);
    expect(trustFundPaymentAction({ source: 'the London Bombings Relief Charitable Fund', stage: 'details-received' }).value.viaCardiffOIU).toBe(false);
  });
  it('LSC-04-063 / LSC-04-065b: the guidance\'s own spellings ("MacFarlane Trust", no leading "the") name the listed Trusts/Funds', () => {
    for (const source of ['the MacFarlane Trust', 'MacFarlane Trusts', 'Macfarlane Trust', 'Skipton Fund', '  the  Eileen Trust ', 'the Caxton Foundation']) {
      expect(trustFundPaymentAction({ source, stage: 'invited' }).value, source).toMatchObject({ listed: true, mustDeclare: false });
    }
    const d = trustFundPaymentAction({ source: 'MacFarlane Trust', stage: 'details-received', periodFrom: '2003-06-01' });
    expect(d.value).toMatchObject({ viaCardiffOIU: true, macfarlanePeriodUnavailable: true });
    expect(trustFundPaymentAction({ source: 'Skipton Trust', stage: 'invited' }).value.listed).toBe(false);
  });
  it('LSC-04-065b: MacFarlane information only from 2004 (2003-12-31 no, 2004-01-01 yes)', () => {
    const early = trustFundPaymentAction({ source: 'the MacFarlane Trusts', stage: 'details-received', periodFrom: '2003-12-31' });
    expect(early.value.macfarlanePeriodUnavailable).toBe(true);
    expect(rules(early)).toContain('LSC-04-065b');
    expect(trustFundPaymentAction({ source: 'the MacFarlane Trusts', stage: 'details-received', periodFrom: '2004-01-01' }).value.macfarlanePeriodUnavailable).toBe(false);
  });
  it('LSC-04-067 / LSC-04-068: details received → DM decides the disregard; Notepad wording', () => {
    const d = trustFundPaymentAction({ source: 'the Eileen Trust', stage: 'details-received' });
    expect(d.value.action).toBe('refer-to-DM-for-disregard');
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-067', 'LSC-04-068']));
    expect(disregardedCapitalNotepadText(1250000, '2026-03-02')).toBe('capital of £12,500.00 at 02/03/2026 is to be disregarded');
    expect(disregardedCapitalNotepadText(105, '2026-12-31')).toBe('capital of £1.05 at 31/12/2026 is to be disregarded');
  });
  it('LSC-04-069: at interview, terminate when payment details are needed; otherwise question sensitively', () => {
    const d = trustFundPaymentAction({ source: 'the Skipton Fund', stage: 'at-interview', paymentDetailsNeeded: true });
    expect(d.value.action).toBe('terminate-interview-email-FES-SPOC');
    expect(rules(d)).toContain('LSC-04-069');
    expect(trustFundPaymentAction({ source: 'the Skipton Fund', stage: 'at-interview' }).value.action).toBe('question-sensitively');
  });
  it('LSC-04-072 / LSC-04-073: CCOL1TF if the interview is still applicable, else CCOL1TFC', () => {
    const tf = trustFundPaymentAction({ source: 'the Fund', stage: 'enquiries-complete', interviewStillApplicable: true });
    expect(tf.value.action).toBe('send-CCOL1TF');
    expect(rules(tf)).toContain('LSC-04-072');
    const tfc = trustFundPaymentAction({ source: 'the Fund', stage: 'enquiries-complete' });
    expect(tfc.value.action).toBe('send-CCOL1TFC-interview-cancelled');
    expect(rules(tfc)).toContain('LSC-04-073');
  });
});

describe('interviewChecklist', () => {
  const idsOf = (input: Parameters<typeof interviewChecklist>[0]) => interviewChecklist(input).value.map((i) => i.id);
  it('a plain visit: LSC-04-001, LSC-04-005, LSC-04-011, LSC-04-016b/c/f/g, LSC-04-033, LSC-05-001a/b, LSC-04-074, LSC-04-077, LSC-04-017, LSC-04-061a', () => {
    expect(idsOf({ method: 'Visit' })).toEqual([
      'LSC-04-001', 'LSC-04-005', 'LSC-04-011', 'LSC-04-016b', 'LSC-04-016c', 'LSC-04-016f', 'LSC-04-016g', 'LSC-04-033',
      'LSC-05-001a', 'LSC-05-001b', 'LSC-04-074', 'LSC-04-077', 'LSC-04-017', 'LSC-04-061a',
    ]);
  });
  it('conditional items: LSC-04-002/003 sensitive material, LSC-04-011 civil penalty, LSC-05-013 capital, LSC-04-016a office, LSC-04-016d/LSC-04-055 evidence, LSC-04-016e new info, LSC-04-012 Risk A/B', () => {
    const all = idsOf({ method: 'OfficeInterview', riskType: 'A', incorrectPaymentSuggested: true, documentaryEvidenceRequested: true, newOrSubstantial: true, capitalExceptionReferral: true, sensitiveMaterialPresent: true });
    expect(all).toEqual(INTERVIEW_CHECKLIST.map((i) => i.id));
    expect(all.filter((i) => i === 'LSC-04-011')).toHaveLength(2);
    for (const id of ['LSC-04-002', 'LSC-04-003', 'LSC-05-013', 'LSC-04-016a', 'LSC-04-016d', 'LSC-04-055', 'LSC-04-016e', 'LSC-04-012']) {
      expect(all).toContain(id);
      expect(idsOf({ method: 'Visit' })).not.toContain(id);
    }
  });
  it('filters by stage', () => {
    expect(idsOf({ method: 'Visit', stage: 'before' })).toEqual(['LSC-04-001']);
    expect(idsOf({ method: 'Visit', stage: 'after' })).toEqual(['LSC-04-017', 'LSC-04-061a']);
  });
});
