import { describe, expect, it } from 'vitest';
import { assessComplianceOutcome } from '../../../src/compliance/outcomes/index.js';

describe('assessComplianceOutcome', () => {
  it('holds a causal-link file until day 28 has passed (LSC-07-034)', () => {
    const d = assessComplianceOutcome({ causalLink: { originalAllegation: 'LTAMC', interviews: [{ date: '2015-06-13', faceToFace: true }], writtenDenialObtained: true, asOf: '2015-06-20' } });
    expect(d.value).toMatchObject({ outcome: null, outcomeResult: null, causalLink: 'holding' });
  });
  it('award suspended before the referral: positive but no MVA (LSC-07-022d, LSC-08-025)', () => {
    const d = assessComplianceOutcome({ suspendedBeforeReferral: { lscoInformationSufficient: true, dmStoppedAwardOrCalculatedOverpayment: true }, rateChange: 'decrease', overpaymentPence: 900 });
    expect(d.value).toMatchObject({ outcome: 'Positive Compliance', outcomeResult: 'Decrease & Overpayment', mvaAppropriate: false });
    expect(d.reasons.map((r) => r.rule)).toContain('LSC-08-025');
  });
  it('Bereavement Benefit past-period overpayment (LSC-07-023) → Overpayment Only', () => {
    expect(assessComplianceOutcome({ bereavementBenefitPastPeriodOverpayment: true, overpaymentPence: 40000 }).value).toMatchObject({ outcome: 'Positive Compliance', outcomeResult: 'Overpayment Only', mvaAppropriate: false });
  });
  it('credits only (LSC-07-021): Positive Compliance / Benefit decrease, no MVA', () => {
    expect(assessComplianceOutcome({ changeDeclaredAtInterview: true, creditsOnly: true, rateChange: 'decrease' }).value).toMatchObject({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease', mvaAppropriate: false });
  });
  it('a change on the day it is reported is not a future change (LSC-08-025)', () => {
    expect(assessComplianceOutcome({ changeDeclaredAtInterview: true, rateChange: 'decrease', changeOccursOn: '2015-07-15', changeReportedOn: '2015-07-15' }).value.outcome).toBe('Positive Compliance');
    expect(assessComplianceOutcome({ changeDeclaredAtInterview: true, rateChange: 'decrease', changeOccursOn: '2015-07-16', changeReportedOn: '2015-07-15' }).value.outcome).toBe('No Result');
  });
  it('LSC-07-031: a causal-link (living-together) MVA is never claimed on contributory JSA or ESA', () => {
    const d = assessComplianceOutcome({
      causalLink: { originalAllegation: 'LTAMC', interviews: [{ date: '2015-01-05', faceToFace: true }], writtenDenialObtained: true,
        notification: { receivedOn: '2015-01-23', livingTogether: true, action: 'withdraws-claim' }, asOf: '2015-01-23' },
      changeReportedOn: '2015-01-23',
      benefits: [{ benefit: 'Jobseekers Allowance (Contributory)' }, { benefit: 'Employment and Support Allowance (Contributory)' }, { benefit: 'Income Support' }],
    });
    expect(d.value).toMatchObject({ outcome: 'Positive Compliance', causalLink: 'mva-claimable', mvaBenefits: ['Income Support'] });
    expect(d.reasons.map((r) => r.rule)).toContain('LSC-07-031');
    // Outside a causal-link MVA the contributory elements stay claimable (ch.08 para 4).
    expect(assessComplianceOutcome({ changeDeclaredAtInterview: true, rateChange: 'decrease', changeReportedOn: '2015-07-15',
      benefits: [{ benefit: 'Jobseekers Allowance (Contributory)' }] }).value.mvaBenefits).toEqual(['Jobseekers Allowance (Contributory)']);
  });
});
