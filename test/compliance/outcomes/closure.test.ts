import { describe, expect, it } from 'vitest';
import { checkCaseClosure, closureNotepadWording, documentRetentionDate, type OutcomeCaseRecord } from '../../../src/compliance/outcomes/index.js';

const ready: OutcomeCaseRecord = {
  outcome: 'Positive Compliance', outcomeResult: 'Overpayment Only', dateOfOutcome: '2015-05-01', outcomeRecordedOn: '2015-05-01',
  benefitsConcerned: ['Income Support', 'Incapacity Benefit'], benefitDecisionsReturned: ['Income Support', 'Incapacity Benefit'], primaryBenefit: 'Income Support',
  offences: [{ type: 'Working in receipt of benefits', primary: true }], overpaymentExpected: true, overpaymentRecordedPence: 5000,
  activityStatuses: ['Done', 'Done'], caseReturnNoted: true, figuresChecked: true, documents: 'retained-locally',
};
const unmet = (r: OutcomeCaseRecord) => checkCaseClosure(r).value.unmet.map((u) => u.rule);

describe('checkCaseClosure', () => {
  it('LSC-09-002: a complete case may close', () => {
    expect(checkCaseClosure(ready).value).toEqual({ mayClose: true, unmet: [], warnings: [] });
  });
  it('LSC-09-001: every benefit decision returned', () => expect(unmet({ ...ready, benefitDecisionsReturned: ['Income Support'] })).toEqual(['LSC-09-001']));
  it('LSC-08-028: over/underpayment received and recorded', () => {
    expect(unmet({ ...ready, overpaymentRecordedPence: null })).toEqual(['LSC-08-028']);
    expect(unmet({ ...ready, underpaymentExpected: true })).toEqual(['LSC-08-028']);
  });
  it('LSC-09-002a: all activities Done and the return noted', () => {
    expect(unmet({ ...ready, activityStatuses: ['Done', 'Open'] })).toEqual(['LSC-09-002a']);
    expect(unmet({ ...ready, caseReturnNoted: false })).toEqual(['LSC-09-002a']);
  });
  it("LSC-09-002b: 'MIDAS Referral' must be changed (a warning when the GMS rule maps to nothing else)", () => {
    expect(unmet({ ...ready, offences: [{ type: 'MIDAS Referral', primary: true }] })).toEqual(['LSC-09-002b']);
    const other = checkCaseClosure({ ...ready, gmsRuleNature: 'other', offences: [{ type: 'MIDAS Referral', primary: true }] }).value;
    expect(other.mayClose).toBe(true);
    expect(other.warnings.map((w) => w.rule)).toEqual(['LSC-09-002b']);
  });
  it('LSC-09-002c: a Primary benefit', () => expect(unmet({ ...ready, primaryBenefit: null })).toEqual(['LSC-09-002c']));
  it('LSC-09-002d / LSC-08-023: outcome fields recorded and valid', () => {
    expect(unmet({ ...ready, dateOfOutcome: null })).toEqual(['LSC-09-002d']);
    expect(unmet({ ...ready, outcome: 'No Result' })).toEqual(['LSC-09-002d']);
    expect(checkCaseClosure({ ...ready, outcome: null }).value.unmet[0]!.cites.map((c) => c.id)).toContain('LSC-08-023');
  });
  it('LSC-09-002e: figures checked; LSC-09-002f: documents dealt with', () => {
    expect(unmet({ ...ready, figuresChecked: false })).toEqual(['LSC-09-002e']);
    expect(unmet({ ...ready, documents: null })).toEqual(['LSC-09-002f']);
    expect(unmet({ ...ready, documents: 'sent-as-NAP-to-Heywood-DMC' })).toEqual([]);
  });
  it('lists every unmet precondition at once', () => {
    expect(unmet({ benefitsConcerned: ['Income Support'], overpaymentExpected: true, activityStatuses: ['Open'] }))
      .toEqual(['LSC-09-001', 'LSC-08-028', 'LSC-09-002a', 'LSC-09-002c', 'LSC-09-002d', 'LSC-09-002e', 'LSC-09-002f']);
  });
});

describe('closureNotepadWording (LSC-09-003)', () => {
  it('step 1 always, step 2 for a decrease/increase/overpayment', () => {
    expect(closureNotepadWording({ interviewOn: '2009-12-07', benefitChangeOrOverpayment: false }).value)
      .toEqual({ replaces: 'case selected', step1: 'FES Local Service Compliance interview completed on 07/12/09', step2: null });
    expect(closureNotepadWording({ interviewOn: '2015-07-02', benefitChangeOrOverpayment: true }).value.step2)
      .toBe('FES Local Service Compliance interview completed on 02/07/15, benefit decrease and/or overpayment occurred');
  });
});

describe('documentRetentionDate (LSC-09-004)', () => {
  it('14 months after entitlement ends, month end clamped', () => {
    expect(documentRetentionDate({ entitlementEndedOn: '2015-12-31' }).value).toBe('2017-02-28');
    expect(documentRetentionDate({ entitlementEndedOn: '2015-03-10' }).value).toBe('2016-05-10');
  });
  it('an exception case follows the Records Management Policy', () => expect(documentRetentionDate({ entitlementEndedOn: '2015-03-10', exceptionCase: true }).value).toBeNull());
});
