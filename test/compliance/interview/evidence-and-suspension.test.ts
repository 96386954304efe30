import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  claimClosureAfterSuspension,
  decideSuspensionAction,
  evidenceDeadline,
  EVIDENCE_REQUEST_KINDS,
  suspensionFollowUp,
  suspensionSystemEntry,
} from '../../../src/compliance/interview/index.js';
import { addCalendarDays, isoDate } from '../../../src/calendar/index.js';

const rules = (d: { reasons: readonly { rule: string; cites: readonly { id: string }[] }[] }) => d.reasons.flatMap((r) => [r.rule, ...r.cites.map((c) => c.id)]);

describe('evidenceDeadline', () => {
  it('LSC-04-055 / LSC-06-026: 14 calendar days; day 14 in time, day 15 overdue → consider suspension', () => {
    const day14 = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-03-16' });
    expect(day14.value).toMatchObject({ dueDate: '2026-03-16', status: 'awaiting', nextAction: 'await' });
    expect(rules(day14)).toEqual(expect.arrayContaining(['LSC-04-055', 'LSC-06-026']));
    const day15 = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-03-17' });
    expect(day15.value).toMatchObject({ status: 'overdue', nextAction: 'consider-suspension' });
    expect(rules(day15)).toContain('LSC-06-038');
  });
  it('LSC-06-026: the clock starts at the earlier of the letter and the verbal request', () => {
    const d = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-04', verbalRequestDate: '2026-03-02', asOf: '2026-03-03' });
    expect(d.value).toMatchObject({ startDate: '2026-03-02', dueDate: '2026-03-16' });
  });
  it('LSC-06-026: evidence received on the due date is in time; the day after is late', () => {
    expect(evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-04-01', receivedDate: '2026-03-16' }).value.status).toBe('received-in-time');
    expect(evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-04-01', receivedDate: '2026-03-17' }).value.status).toBe('received-late');
  });
  it('C5: a calendar-day due date on a weekend is not moved', () => {
    // 2026-03-07 is a Saturday; +14 = Saturday 2026-03-21
    expect(evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-07', asOf: '2026-03-07' }).value.dueDate).toBe('2026-03-21');
  });
  it('LSC-06-039: complex needs → details to the DM, never suspension', () => {
    const d = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-03-20', complexNeeds: true });
    expect(d.value.nextAction).toBe('send-details-to-DM-complex-needs');
    expect(rules(d)).toContain('LSC-06-039');
  });
  it('LSC-04-058: finishing work → 10 working days and a new claim; overrides 14 calendar days', () => {
    const d = evidenceDeadline({ kind: 'employment-dates-finishing-work', requestDate: '2026-03-30', asOf: '2026-03-30' });
    expect(d.value).toMatchObject({ dueDate: '2026-04-15', newClaimRequired: true }); // Easter 2026 skipped
    expect(rules(d)).toContain('LSC-04-058');
  });
  it('LSC-04-053 / LSC-04-054: capital response 14 calendar days, extension honoured, then DM referral', () => {
    const base = { kind: 'undisclosed-capital' as const, requestDate: '2026-03-02' };
    expect(evidenceDeadline({ ...base, asOf: '2026-03-16' }).value.status).toBe('awaiting');
    const late = evidenceDeadline({ ...base, asOf: '2026-03-17' });
    expect(late.value.nextAction).toBe('refer-to-DM-suspension-or-overpayment');
    expect(rules(late)).toEqual(expect.arrayContaining(['LSC-04-053', 'LSC-04-054']));
    const ext = evidenceDeadline({ ...base, extendedDueDate: '2026-03-31', asOf: '2026-03-31' });
    expect(ext.value).toMatchObject({ dueDate: '2026-03-31', status: 'awaiting' });
    // an "extension" earlier than the standard due date never shortens it
    expect(evidenceDeadline({ ...base, extendedDueDate: '2026-03-05', asOf: '2026-03-10' }).value.dueDate).toBe('2026-03-16');
  });
  it('LSC-04-078 / LSC-04-079 / LSC-04-080: telephone MF47 returned within 14 calendar days, else LT54 + DM', () => {
    const d = evidenceDeadline({ kind: 'telephone-MF47', requestDate: '2026-03-02', asOf: '2026-03-17' });
    expect(d.value).toMatchObject({ dueDate: '2026-03-16', nextAction: 'complete-LT54-and-refer-to-DM' });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-078', 'LSC-04-079', 'LSC-04-080']));
  });
  it('LSC-06-031: employment information, 14 days', () => {
    const d = evidenceDeadline({ kind: 'employment-information', requestDate: '2026-03-02', asOf: '2026-03-17' });
    expect(d.value).toMatchObject({ dueDate: '2026-03-16', nextAction: 'consider-suspension' });
    expect(rules(d)).toContain('LSC-06-031');
  });
  it('the status reason cites the paragraph of the request kind, not ch.06 para 26 for every kind', () => {
    const status = (kind: (typeof EVIDENCE_REQUEST_KINDS)[number], extra: { asOf: string; receivedDate?: string }) => evidenceDeadline({ kind, requestDate: '2026-03-02', ...extra }).reasons[1]!;
    const want = { 'documentary-evidence': 'LSC-06-026', 'employment-dates-finishing-work': 'LSC-04-058', 'undisclosed-capital': 'LSC-04-053', 'telephone-MF47': 'LSC-04-079', 'employment-information': 'LSC-06-031' } as const;
    for (const kind of EVIDENCE_REQUEST_KINDS) {
      for (const extra of [{ asOf: '2026-03-03' }, { asOf: '2026-04-30', receivedDate: '2026-03-03' }, { asOf: '2026-04-30', receivedDate: '2026-04-29' }]) {
        const r = status(kind, extra);
        expect(r.rule, kind).toBe(want[kind]);
        expect(r.cites.map((c) => c.id), kind).toContain(want[kind]);
      }
    }
  });
  it('property: the due date is never before the request date, and status is awaiting up to and including it', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addCalendarDays(isoDate('2020-01-01'), n));
    fc.assert(fc.property(fc.constantFrom(...EVIDENCE_REQUEST_KINDS), day, fc.integer({ min: 0, max: 40 }), (kind, req, k) => {
      const asOf = addCalendarDays(req, k);
      const d = evidenceDeadline({ kind, requestDate: req, asOf });
      return d.value.dueDate > req && (d.value.status === 'awaiting') === (asOf <= d.value.dueDate);
    }));
  });
  it('rejects received dates before the request (validation)', async () => {
    const { evidenceDeadlineInputSchema } = await import('../../../src/compliance/interview/index.js');
    expect(evidenceDeadlineInputSchema.safeParse({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-03-03', receivedDate: '2026-03-01' }).success).toBe(false);
  });
});

describe('claimClosureAfterSuspension (LSC-04-016d)', () => {
  it('LSC-04-016d: closure considered only after the subsequent 4 weeks', () => {
    const base = { suspensionDate: '2026-03-20', evidenceSupplied: false };
    expect(claimClosureAfterSuspension({ ...base, asOf: '2026-04-17' }).value).toEqual({ lastDayToSupply: '2026-04-17', closureMayBeConsidered: false });
    const d = claimClosureAfterSuspension({ ...base, asOf: '2026-04-18' });
    expect(d.value.closureMayBeConsidered).toBe(true);
    expect(d.reasons[0]!.rule).toBe('LSC-04-016d');
    expect(claimClosureAfterSuspension({ ...base, asOf: '2026-05-01', evidenceSupplied: true }).value.closureMayBeConsidered).toBe(false);
  });
});

describe('decideSuspensionAction', () => {
  it('LSC-06-041: JSA/ESA/IS suspended by the LSCO with the CCSUS1 (CCSUS1W in Welsh)', () => {
    const d = decideSuspensionAction({ trigger: 'failed-to-attend', benefits: ['JSA', 'ESA'] });
    expect(d.value).toMatchObject({ lscoSuspends: true, letters: ['CCSUS1'] });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-038', 'LSC-06-041']));
    expect(decideSuspensionAction({ trigger: 'failed-to-attend', benefits: ['ESA'], welsh: true }).value.letters).toEqual(['CCSUS1W']);
  });
  it('LSC-06-042: IS suspended with HB in payment → CCISSUS to the Local Authority; not for JSA', () => {
    expect(decideSuspensionAction({ trigger: 'information-not-provided', benefits: ['IS'], housingBenefitInPayment: true }).value.letters).toEqual(['CCSUS1', 'CCISSUS']);
    expect(decideSuspensionAction({ trigger: 'information-not-provided', benefits: ['JSA'], housingBenefitInPayment: true }).value.letters).toEqual(['CCSUS1']);
    expect(decideSuspensionAction({ trigger: 'information-not-provided', benefits: ['IS'] }).value.letters).toEqual(['CCSUS1']);
  });
  it('LSC-06-043: any other benefit → CCSUS2 to the DM, claimant not notified', () => {
    const d = decideSuspensionAction({ trigger: 'information-not-provided', benefits: ['PC', 'JSA'] });
    expect(d.value.perBenefit).toEqual([
      { benefit: 'PC', route: 'CCSUS2-to-DM', notifyClaimant: false },
      { benefit: 'JSA', route: 'LSCO-suspends', notifyClaimant: true },
    ]);
    expect(d.value.letters).toEqual(['CCSUS2', 'CCSUS1']);
    expect(rules(d)).toContain('LSC-06-043');
  });
  it('LSC-06-039: complex needs → never suspended by the LSCO', () => {
    const d = decideSuspensionAction({ trigger: 'failed-to-attend', benefits: ['JSA', 'IS'], complexNeeds: true, housingBenefitInPayment: true });
    expect(d.value).toMatchObject({ lscoSuspends: false, letters: [] });
    expect(rules(d)).toContain('LSC-06-039');
  });
  it('LSC-06-044: GMS RTE Proof Of Concept → electronic submission to the Pension Centre DM at Dundee', () => {
    const d = decideSuspensionAction({ trigger: 'failed-to-attend', benefits: ['PC'], gmsRteProofOfConcept: true });
    expect(d.value.perBenefit[0]!.route).toBe('electronic-submission-Pension-Centre-DM-Dundee');
    expect(rules(d)).toContain('LSC-06-044');
  });
  it('property: complex-needs claimants are never suspended by the LSCO', () => {
    fc.assert(fc.property(fc.subarray(['IS', 'JSA', 'ESA', 'PC', 'CA', 'DLA'] as const, { minLength: 1 }), fc.boolean(), fc.boolean(), (benefits, hb, poc) =>
      !decideSuspensionAction({ trigger: 'failed-to-attend', benefits: [...benefits], complexNeeds: true, housingBenefitInPayment: hb, gmsRteProofOfConcept: poc }).value.lscoSuspends));
  });
});

describe('suspensionSystemEntry (LSC-06-046)', () => {
  it('LSC-06-046: the day after the last paid period, code 9999 (JSA/ESA) or 2 (IS)', () => {
    expect(suspensionSystemEntry({ benefit: 'JSA(IB)', lastPaidPeriodEnd: '2026-02-28' }).value).toEqual({ suspensionDate: '2026-03-01', reasonCode: '9999' });
    expect(suspensionSystemEntry({ benefit: 'ESA', lastPaidPeriodEnd: '2026-03-10' }).value.reasonCode).toBe('9999');
    expect(suspensionSystemEntry({ benefit: 'IS', lastPaidPeriodEnd: '2026-12-31' }).value).toEqual({ suspensionDate: '2027-01-01', reasonCode: '2' });
    expect(suspensionSystemEntry({ benefit: 'PC', lastPaidPeriodEnd: '2026-03-10' }).value.reasonCode).toBeNull();
  });
});

describe('suspensionFollowUp', () => {
  it('LSC-06-045: B/F one calendar month, end-of-month clamped', () => {
    expect(suspensionFollowUp({ lettersIssuedDate: '2026-01-31', asOf: '2026-02-01', claimantContacted: false }).value).toEqual({ bfDate: '2026-02-28', action: 'await-response' });
  });
  it('LSC-06-047: no contact after the B/F date → record and refer to the DM; on the B/F date still waiting', () => {
    expect(suspensionFollowUp({ lettersIssuedDate: '2026-03-02', asOf: '2026-04-02', claimantContacted: false }).value.action).toBe('await-response');
    const d = suspensionFollowUp({ lettersIssuedDate: '2026-03-02', asOf: '2026-04-03', claimantContacted: false });
    expect(d.value.action).toBe('record-no-response-and-refer-to-DM');
    expect(rules(d)).toContain('LSC-06-047');
  });
  it('LSC-06-049: reinstatement by e-mail to the DM', () => {
    const d = suspensionFollowUp({ lettersIssuedDate: '2026-03-02', asOf: '2026-03-10', claimantContacted: true, reinstate: true });
    expect(d.value.action).toBe('email-DM-to-lift-suspension-and-pay-arrears');
    expect(rules(d)).toContain('LSC-06-049');
    expect(suspensionFollowUp({ lettersIssuedDate: '2026-03-02', asOf: '2026-03-10', claimantContacted: true }).value.action).toBe('continue-case');
  });
  it('LSC-06-040: hardship queries go to the DM', () => {
    const d = suspensionFollowUp({ lettersIssuedDate: '2026-03-02', asOf: '2026-03-10', claimantContacted: true, hardshipQuery: true });
    expect(d.value.action).toBe('direct-hardship-query-to-DM');
    expect(rules(d)).toContain('LSC-06-040');
  });
});
