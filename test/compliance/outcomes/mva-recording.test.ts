import { describe, expect, it } from 'vitest';
import {
  decideDateOfChange, decideDecisionChallenge, computeRecordableOverpayment, overpaymentRecordingSteps, decidePensionCreditEscalation, OVERPAYMENT_RESPONSIBILITIES,
} from '../../../src/compliance/outcomes/index.js';

const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('decideDateOfChange (LSC-08-017, LSC-11-029h)', () => {
  it('the 10/01/2014 example: the day the change occurred, before the claim start and the interview', () => {
    const d = decideDateOfChange({ changeOccurredOn: '2014-01-10', claimStartedOn: '2014-02-03', interviewOn: '2014-04-01' });
    expect(d.value).toEqual({ dateOfChange: '2014-01-10', recordedCorrectly: null });
    expect(ids(d)).toEqual(['LSC-08-017', 'LSC-08-017']);
  });
  it('checks a recorded date (quality issue 8)', () => {
    expect(decideDateOfChange({ changeOccurredOn: '2014-01-10', recorded: '2014-02-03' }).value.recordedCorrectly).toBe(false);
    expect(ids(decideDateOfChange({ changeOccurredOn: '2014-01-10', recorded: null }))).toContain('LSC-11-029h');
    expect(decideDateOfChange({ changeOccurredOn: '2014-01-10', recorded: '2014-01-10' }).value.recordedCorrectly).toBe(true);
  });
});

describe('decideDecisionChallenge (LSC-08-018 to LSC-08-021)', () => {
  const ok = { originalDecisionNotifiedOn: '2015-03-15', explanationRequested: true, stillDisputed: true, grounds: ['ignorance-of-material-fact' as const] };
  it('LSC-08-018: within one month, day before / on / after the month end', () => {
    expect(decideDecisionChallenge({ ...ok, actionStartedOn: '2015-04-14' }).value.inTime).toBe(true);
    expect(decideDecisionChallenge({ ...ok, actionStartedOn: '2015-04-15' }).value).toMatchObject({ inTime: true, revisionWindowLastDay: '2015-04-15', reconsiderationMayBeRequested: true });
    expect(decideDecisionChallenge({ ...ok, actionStartedOn: '2015-04-16' }).value).toMatchObject({ inTime: false, reconsiderationMayBeRequested: false });
  });
  it('month-end clamping: notified 31 January → last day 28 February', () => {
    expect(decideDecisionChallenge({ ...ok, originalDecisionNotifiedOn: '2015-01-31', actionStartedOn: '2015-02-28' }).value.revisionWindowLastDay).toBe('2015-02-28');
  });
  it('LSC-08-019: explanation first; LSC-08-020: only if still disputed; LSC-08-021: a ground', () => {
    expect(ids(decideDecisionChallenge({ ...ok, actionStartedOn: '2015-03-20', explanationRequested: false }))).toContain('LSC-08-019');
    const accepted = decideDecisionChallenge({ ...ok, actionStartedOn: '2015-03-20', stillDisputed: false });
    expect(accepted.value.reconsiderationMayBeRequested).toBe(false);
    expect(ids(accepted)).toContain('LSC-08-020');
    const noGround = decideDecisionChallenge({ ...ok, actionStartedOn: '2015-03-20', grounds: [] });
    expect(noGround.value.reconsiderationMayBeRequested).toBe(false);
    expect(ids(noGround)).toContain('LSC-08-021');
  });
});

describe('computeRecordableOverpayment (LSC-08-031 to LSC-08-034)', () => {
  it('LSC-08-032: BC-delay official error after submission is not recorded', () => {
    const d = computeRecordableOverpayment({ overpaymentPence: 60000, officialErrorFromBenefitCentreDelayPence: 10000 });
    expect(d.value).toBe(50000);
    expect(ids(d)).toContain('LSC-08-032');
  });
  it('LSC-08-033: combined with the LSCO official-error element → whole amount', () => {
    expect(computeRecordableOverpayment({ overpaymentPence: 60000, officialErrorFromBenefitCentreDelayPence: 10000, combinedWithLscoOfficialErrorElement: true }).value).toBe(60000);
  });
  it('LSC-08-034: a civil penalty is never part of the overpayment', () => {
    expect(computeRecordableOverpayment({ overpaymentPence: 65000, civilPenaltyPence: 5000, civilPenaltyIncluded: true }).value).toBe(60000);
    expect(computeRecordableOverpayment({ overpaymentPence: 60000, civilPenaltyPence: 5000 }).value).toBe(60000);
  });
  it('LSC-08-031: any amount is recorded', () => expect(computeRecordableOverpayment({ overpaymentPence: 1 }).value).toBe(1));
});

describe('overpaymentRecordingSteps (LSC-08-014, LSC-08-015, LSC-08-029, LSC-08-030, LSC-08-031, LSC-08-035)', () => {
  it('lists the CRT, DM and LSCO steps; PDCS and TfWA steps only when they apply', () => {
    expect(overpaymentRecordingSteps({}).value.map((s) => s.id)).toEqual(['LSC-08-015', 'LSC-08-029', 'LSC-08-030', 'LSC-08-031']);
    expect(overpaymentRecordingSteps({ pdcsBenefit: true }).value.map((s) => s.id)).toContain('LSC-08-035');
    expect(overpaymentRecordingSteps({ trainingForWorkAllowance: true }).value.map((s) => s.id)).toContain('LSC-08-014');
    expect(OVERPAYMENT_RESPONSIBILITIES.find((s) => s.id === 'LSC-08-029')!.by).toBe('CRT');
  });
});

describe('decidePensionCreditEscalation (LSC-08-036)', () => {
  const pc = (asOf: string, extra = {}) => decidePensionCreditEscalation({ referredOn: '2015-01-05', decisionReached: false, asOf, ...extra }).value;
  it('day 70 is within ten weeks; day 71 escalates', () => {
    expect(pc('2015-03-16')).toEqual({ escalate: false, decisionDueBy: '2015-03-16' });
    expect(pc('2015-03-17').escalate).toBe(true);
    expect(pc('2015-03-17', { decisionReached: true }).escalate).toBe(false);
  });
  it('information missing from Notes escalates on its own', () => expect(pc('2015-01-20', { informationInNotes: false }).escalate).toBe(true));
});
