import { describe, expect, it } from 'vitest';
import { decidePositiveOutcome, decideOutcomeCountsTowardsKmi } from '../../../src/compliance/outcomes/index.js';

const pre = (changeOccurredOn: string, contactedOn = '2015-04-18') =>
  decidePositiveOutcome({ preExistingChangeReport: { letterIssuedOn: '2015-04-15', contactedOn, changeOccurredOn } });

describe('decidePositiveOutcome (LSC-07-022)', () => {
  it('LSC-07-022a: change on or before the letter issue date (day before / on / after)', () => {
    expect(pre('2015-04-14').value.positive).toBe(true);
    expect(pre('2015-04-15').value.positive).toBe(true);
    const late = pre('2015-04-16');
    expect(late.value.positive).toBe(false);
    expect(late.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-11-028c');
  });
  it('LSC-07-022a: contact must follow the letter (same day counts)', () => {
    expect(pre('2015-04-01', '2015-04-15').value.positive).toBe(true);
    expect(pre('2015-04-01', '2015-04-14').value.positive).toBe(false);
  });
  it('LSC-07-104: where in the Department the change was reported does not matter', () => {
    for (const contactedWhom of ['LSCO', 'Benefit Centre', 'Jobcentre Plus', 'other'] as const) {
      expect(decidePositiveOutcome({ preExistingChangeReport: { letterIssuedOn: '2015-04-15', contactedOn: '2015-04-18', changeOccurredOn: '2015-04-01', contactedWhom } }).value.positive).toBe(true);
    }
  });
  it('LSC-07-022b: ineffective visit with information leading to a reduction', () => {
    expect(decidePositiveOutcome({ ineffectiveVisit: { informationGathered: true, dmReducedOrDisallowed: true } }).value.bases).toEqual(['ineffective-visit-information']);
    expect(decidePositiveOutcome({ ineffectiveVisit: { informationGathered: true, dmReducedOrDisallowed: false } }).value.positive).toBe(false);
  });
  it('LSC-07-022c: no contact within one calendar month of the suspension (day before / on / after the month end)', () => {
    const fta = (claimantContactOn: string | null) => decidePositiveOutcome({ ftaSuspension: { suspendedByLsco: true, suspensionNotifiedOn: '2015-01-31', claimantContactOn, claimTerminated: true } });
    expect(fta(null).value).toMatchObject({ positive: true, noContactPeriodEndsOn: '2015-02-28' });
    expect(fta('2015-02-27').value.positive).toBe(false);
    expect(fta('2015-02-28').value.positive).toBe(false);
    expect(fta('2015-03-01').value.positive).toBe(true);
    expect(decidePositiveOutcome({ ftaSuspension: { suspendedByLsco: false, suspensionNotifiedOn: '2015-01-31', claimTerminated: true } }).value.positive).toBe(false);
    expect(decidePositiveOutcome({ ftaSuspension: { suspendedByLsco: true, suspensionNotifiedOn: '2015-01-31', claimTerminated: false } }).value.positive).toBe(false);
  });
  it('LSC-07-022d: suspended before referral, LSCO information enabled the decision', () => {
    expect(decidePositiveOutcome({ suspendedBeforeReferral: { lscoInformationSufficient: true, dmStoppedAwardOrCalculatedOverpayment: true } }).value.positive).toBe(true);
    expect(decidePositiveOutcome({ suspendedBeforeReferral: { lscoInformationSufficient: false, dmStoppedAwardOrCalculatedOverpayment: true } }).value.positive).toBe(false);
  });
  it('LSC-07-022e: letter because no longer on benefit, with an over/underpayment', () => {
    expect(decidePositiveOutcome({ letterBecauseNoLongerOnBenefit: { overOrUnderpaymentDecided: true } }).value.positive).toBe(true);
    expect(decidePositiveOutcome({ letterBecauseNoLongerOnBenefit: { overOrUnderpaymentDecided: false } }).value.positive).toBe(false);
  });
  it('LSC-07-023: Bereavement Benefit past-period overpayment', () => {
    expect(decidePositiveOutcome({ bereavementBenefitPastPeriodOverpayment: true }).value.bases).toEqual(['bereavement-benefit-past-period-overpayment']);
  });
  it('LSC-11-024: a change declared at the interview; nothing → not positive', () => {
    expect(decidePositiveOutcome({ changeDeclaredAtInterview: true }).value.positive).toBe(true);
    const none = decidePositiveOutcome({});
    expect(none.value.positive).toBe(false);
    expect(none.reasons[0]!.rule).toBe('LSC-07-022');
  });
});

describe('decideOutcomeCountsTowardsKmi (LSC-07-024, LSC-07-011, LSC-10-017)', () => {
  const ok = { outcome: 'Positive Compliance', outcomeResult: 'Overpayment Only', dateOfOutcome: '2015-06-01', recordedOn: '2015-06-01' };
  it('counts a positive change result dated today', () => expect(decideOutcomeCountsTowardsKmi(ok).value).toBe(true));
  it('accepts aliases', () => expect(decideOutcomeCountsTowardsKmi({ ...ok, outcomeResult: 'Decrease and Overpayment' }).value).toBe(true));
  it('LSC-07-024: No Result does not count', () => expect(decideOutcomeCountsTowardsKmi({ ...ok, outcome: 'No Result', outcomeResult: 'No Change' }).value).toBe(false));
  it('LSC-07-011: a past date does not count', () => {
    const d = decideOutcomeCountsTowardsKmi({ ...ok, dateOfOutcome: '2015-05-31' });
    expect(d.value).toBe(false);
    expect(d.reasons.map((r) => r.rule)).toEqual(['LSC-07-011']);
  });
  it('LSC-10-017: a locally identified referral never counts', () => {
    expect(decideOutcomeCountsTowardsKmi({ ...ok, referralReasonListed: false }).reasons.map((r) => r.rule)).toEqual(['LSC-10-017']);
  });
});
