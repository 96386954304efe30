import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  computeMonetaryValueOfAdjustment, decideMvaClaimable, trainingForWorkAllowanceMva, weeklyFromMonthlyPence, computeCausalLinkMva,
  MVA_BENEFIT_TABLE, MVA_GUIDANCE_BENEFITS,
} from '../../../src/compliance/outcomes/index.js';

const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('computeMonetaryValueOfAdjustment (LSC-08-001, LSC-08-002)', () => {
  it('LSC-08-001: the 07/12/09 example stays £20.00 when a later decision ends benefit', () => {
    const d = computeMonetaryValueOfAdjustment({
      benefit: 'Income Support', identifiedOn: '2009-12-07', rateInPaymentBeforePence: 6445,
      decisions: [{ decidedOn: '2010-01-04', concerns: 'later-change', rateInPaymentPence: 0 }, { decidedOn: '2010-01-04', concerns: 'change-identified-by-lsco', rateInPaymentPence: 4445 }],
    });
    expect(d.value).toMatchObject({ amountPence: 2000, direction: 'decrease', countsTowardsTarget: true });
    expect(ids(d)).toContain('LSC-08-001');
  });
  it('measures before third-party deductions', () => {
    const d = computeMonetaryValueOfAdjustment({ benefit: 'Income Support', identifiedOn: '2015-01-05', rateInPaymentBeforePence: 6000, thirdPartyDeductionsBeforePence: 370,
      decisions: [{ decidedOn: '2015-01-20', concerns: 'change-identified-by-lsco', rateInPaymentPence: 0 }] });
    expect(d.value.amountPence).toBe(6370);
  });
  it('LSC-08-002: an increase counts too', () => {
    const d = computeMonetaryValueOfAdjustment({ benefit: 'Jobseekers Allowance (Income Based)', identifiedOn: '2015-09-11', rateInPaymentBeforePence: 5000,
      decisions: [{ decidedOn: '2015-09-20', concerns: 'change-identified-by-lsco', rateInPaymentPence: 7290 }] });
    expect(d.value).toMatchObject({ amountPence: 2290, direction: 'increase', countsTowardsTarget: true });
    expect(ids(d)).toContain('LSC-08-002');
  });
  it('LSC-08-024: several changes netting to nil give no MVA', () => {
    const d = computeMonetaryValueOfAdjustment({ benefit: 'Income Support', identifiedOn: '2015-08-06', rateInPaymentBeforePence: 7310,
      decisions: [{ decidedOn: '2015-08-20', concerns: 'change-identified-by-lsco', rateInPaymentPence: 7310 }] });
    expect(d.value).toMatchObject({ amountPence: 0, direction: 'none', countsTowardsTarget: false });
    expect(ids(d)).toContain('LSC-08-024');
  });
  it('no decision on the LSCO change yet: no MVA', () => {
    const d = computeMonetaryValueOfAdjustment({ benefit: 'Income Support', identifiedOn: '2015-08-06', rateInPaymentBeforePence: 7310,
      decisions: [{ decidedOn: '2015-08-20', concerns: 'later-change', rateInPaymentPence: 0 }] });
    expect(d.value.weeklyRateAfterPence).toBeNull();
  });
  it('monthly Universal Credit is converted to weekly (×12/52, nearest penny)', () => {
    expect(weeklyFromMonthlyPence(52000)).toBe(12000);
    expect(weeklyFromMonthlyPence(1)).toBe(0);
    expect(weeklyFromMonthlyPence(3)).toBe(1); // 0.692… → 1
    const d = computeMonetaryValueOfAdjustment({ benefit: 'Universal Credit', identifiedOn: '2016-01-05', rateFrequency: 'monthly', rateInPaymentBeforePence: 52000,
      decisions: [{ decidedOn: '2016-01-20', concerns: 'change-identified-by-lsco', rateInPaymentPence: 0 }] });
    expect(d.value.amountPence).toBe(12000);
  });
  it('property: the MVA is an integer, its sign follows the direction of the change', () => {
    fc.assert(fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(10_000), (before, after, tpd) => {
      const v = computeMonetaryValueOfAdjustment({ benefit: 'Income Support', identifiedOn: '2015-01-05', rateInPaymentBeforePence: before, thirdPartyDeductionsBeforePence: tpd,
        decisions: [{ decidedOn: '2015-01-06', concerns: 'change-identified-by-lsco', rateInPaymentPence: after, thirdPartyDeductionsPence: tpd }] }).value;
      expect(Number.isInteger(v.amountPence)).toBe(true);
      expect(v.amountPence).toBe(Math.abs(before - after));
      expect(v.direction).toBe(before > after ? 'decrease' : before < after ? 'increase' : 'none');
    }));
  });
});

const claim = (i: Parameters<typeof decideMvaClaimable>[0]) => decideMvaClaimable(i);
const base = { direction: 'decrease' as const, identifiedOn: '2015-03-02' };

describe('decideMvaClaimable', () => {
  it('LSC-08-004 / LSC-08-003: the listed benefits are claimable', () => {
    for (const benefit of ['Bereavement Benefit', 'Carer’s Allowance', 'Employment and Support Allowance', 'Incapacity Benefit', 'Income Support', 'Industrial Injuries Disablement Benefit',
      'Jobseekers Allowance (Contributory)', 'Jobseekers Allowance (Income Based)', 'Maternity Allowance', 'Pension Credit', 'Social Fund', 'Universal Credit'] as const) {
      expect(claim({ ...base, benefit }).value).toEqual({ claimable: true, valuation: 'rate-difference' });
    }
  });
  it('LSC-08-026: never Child Benefit or Child Tax Credit; LSC-08-004: unlisted benefits refused', () => {
    expect(ids(claim({ ...base, benefit: 'Child Benefit' }))).toEqual(['LSC-08-026']);
    expect(ids(claim({ ...base, benefit: 'Child Tax Credit' }))).toEqual(['LSC-08-026']);
    expect(ids(claim({ ...base, benefit: 'Attendance Allowance' }))).toEqual(['LSC-08-004']);
  });
  it('LSC-08-025: future change, no change, suspended before referral, same-rate switch', () => {
    expect(ids(claim({ ...base, benefit: 'Income Support', changeOccursOn: '2015-03-03' }))).toEqual(['LSC-08-025']);
    expect(claim({ ...base, benefit: 'Income Support', changeOccursOn: '2015-03-02' }).value.claimable).toBe(true);
    expect(ids(claim({ ...base, benefit: 'Income Support', direction: 'none' }))).toEqual(['LSC-08-025']);
    expect(ids(claim({ ...base, benefit: 'Income Support', suspendedBeforeReferral: true }))).toEqual(['LSC-08-025']);
    expect(ids(claim({ ...base, benefit: 'Jobseekers Allowance (Income Based)', sameRateBenefitSwitch: true }))).toEqual(['LSC-08-025']);
  });
  it('LSC-08-009 / LSC-08-011: transferred from LSI, suspended award still gives an MVA', () => {
    const d = claim({ ...base, benefit: 'Income Support', suspendedBeforeReferral: true, transferredFromLsi: true });
    expect(d.value.claimable).toBe(true);
    expect(ids(d)).toContain('LSC-08-009');
  });
  it('LSC-08-005: HB only when a passporting award ends and HB was claimed (LSC-08-000: PC only with guarantee credit)', () => {
    const hb = { ...base, benefit: 'Housing Benefit' as const, housingBenefitClaimed: true };
    expect(claim({ ...hb, terminatedPassportingAward: 'Income Support' }).value).toEqual({ claimable: true, valuation: 'average-working-age-housing-benefit' });
    expect(claim({ ...hb, terminatedPassportingAward: 'Employment and Support Allowance (Income Related)' }).value.claimable).toBe(true);
    expect(claim({ ...hb, terminatedPassportingAward: 'Pension Credit', pensionCreditIncludedGuaranteeCredit: true }).value.claimable).toBe(true);
    expect(ids(claim({ ...hb, terminatedPassportingAward: 'Pension Credit' }))).toEqual(['LSC-08-005']);
    expect(ids(claim({ ...hb }))).toEqual(['LSC-08-005']);
    expect(ids(claim({ ...hb, housingBenefitClaimed: false, terminatedPassportingAward: 'Income Support' }))).toEqual(['LSC-08-005']);
  });
  it('LSC-08-006: never an HB increase', () => {
    expect(ids(claim({ ...base, benefit: 'Housing Benefit', direction: 'increase', housingBenefitClaimed: true, terminatedPassportingAward: 'Income Support' }))).toEqual(['LSC-08-006']);
  });
  it('LSC-07-026 / LSC-07-027: pre-payment living together: no notional MVA, except average HB', () => {
    expect(ids(claim({ ...base, benefit: 'Income Support', prePaymentLivingTogether: true }))).toEqual(['LSC-07-026']);
    const hb = claim({ ...base, benefit: 'Housing Benefit', prePaymentLivingTogether: true, housingBenefitClaimed: true });
    expect(hb.value).toEqual({ claimable: true, valuation: 'average-working-age-housing-benefit' });
    expect(ids(hb)).toContain('LSC-07-027');
  });
  it('LSC-07-031: no MVA on contributory JSA or ESA in living-together cases', () => {
    expect(ids(claim({ ...base, benefit: 'Jobseekers Allowance (Contributory)', livingTogetherCase: true }))).toEqual(['LSC-07-031']);
    expect(ids(claim({ ...base, benefit: 'Employment and Support Allowance (Contributory)', livingTogetherCase: true }))).toEqual(['LSC-07-031']);
    expect(claim({ ...base, benefit: 'Jobseekers Allowance (Contributory)' }).value.claimable).toBe(true);
  });
  it('LSC-08-007: CTB only up to and including 31 March 2013 (LSC-08-008: amount entered manually)', () => {
    const ctb = (identifiedOn: string) => claim({ ...base, benefit: 'Council Tax Benefit (CTB)', identifiedOn });
    expect(ctb('2013-03-30').value.claimable).toBe(true);
    expect(ctb('2013-03-31').value).toEqual({ claimable: true, valuation: 'manual-council-tax-benefit-amount' });
    expect(ids(ctb('2013-03-31'))).toContain('LSC-08-008');
    expect(ids(ctb('2013-04-01'))).toEqual(['LSC-08-007']);
  });
  it('LSC-07-120: no DLA MVA when medical evidence was needed (LSC-07-113 otherwise)', () => {
    expect(ids(claim({ ...base, benefit: 'Disability Living Allowance', medicalEvidenceRequired: true }))).toEqual(['LSC-07-120']);
    expect(ids(claim({ ...base, benefit: 'Disability Living Allowance' }))).toContain('LSC-07-113');
  });
  it('LSC-08-012: TfWA only on termination', () => {
    expect(claim({ ...base, benefit: 'Training for Work Allowance', claimTerminated: true }).value.valuation).toBe('training-for-work-allowance-10p');
    expect(claim({ ...base, benefit: 'Training for Work Allowance' }).value.claimable).toBe(false);
  });
  it('refusals list every bar', () => {
    expect(ids(claim({ ...base, benefit: 'Child Benefit', direction: 'none', changeOccursOn: '2016-01-01', suspendedBeforeReferral: true }))).toEqual(['LSC-08-025', 'LSC-08-025', 'LSC-08-025', 'LSC-08-026']);
  });
  it('the table covers every benefit name', () => {
    expect(new Set(MVA_BENEFIT_TABLE.map((e) => e.benefit))).toEqual(new Set(MVA_GUIDANCE_BENEFITS));
  });
});

describe('trainingForWorkAllowanceMva (LSC-08-012, LSC-08-013, LSC-08-014)', () => {
  it('10p under the underlying benefit, plus HB as appropriate', () => {
    const d = trainingForWorkAllowanceMva({ underlyingBenefit: 'Jobseekers Allowance (Income Based)', claimTerminated: true, housingBenefitAveragePence: 9000 });
    expect(d.value.lines).toEqual([{ benefit: 'Jobseekers Allowance (Income Based)', amountPence: 10 }, { benefit: 'Housing Benefit', amountPence: 9000 }]);
    expect(ids(d)).toEqual(['LSC-08-012', 'LSC-08-013']);
  });
  it('nothing without termination; OP goes to the Allowance Payments Guide', () => {
    const d = trainingForWorkAllowanceMva({ underlyingBenefit: 'Jobseekers Allowance (Income Based)', claimTerminated: false, overpaymentIdentified: true });
    expect(d.value).toEqual({ lines: [], overpaymentGuidance: 'Allowance Payments Guide' });
    expect(ids(d)).toContain('LSC-08-014');
  });
});

describe('computeCausalLinkMva (LSC-07-029, LSC-07-030, LSC-07-031)', () => {
  it('LSC-07-029: withdrawal → rate before ceasing plus average HB', () => {
    expect(computeCausalLinkMva({ action: 'withdraws-claim', benefit: 'Income Support', weeklyRateBeforeCeasingPence: 7310, housingBenefitClaimed: true, housingBenefitAveragePence: 8500 }).value)
      .toEqual([{ benefit: 'Income Support', amountPence: 7310 }, { benefit: 'Housing Benefit', amountPence: 8500 }]);
  });
  it('LSC-07-030: claim for a partner → the increase only', () => {
    expect(computeCausalLinkMva({ action: 'claims-for-partner', benefit: 'Jobseekers Allowance (Income Based)', weeklyIncreasePence: 4000, housingBenefitClaimed: true, housingBenefitAveragePence: 8500 }).value)
      .toEqual([{ benefit: 'Jobseekers Allowance (Income Based)', amountPence: 4000 }]);
  });
  it('LSC-07-031: contributory elements give nothing', () => {
    const d = computeCausalLinkMva({ action: 'withdraws-claim', benefit: 'Employment and Support Allowance (Contributory)', weeklyRateBeforeCeasingPence: 7310 });
    expect(d.value).toEqual([]);
    expect(ids(d)).toEqual(['LSC-07-031']);
    expect(computeCausalLinkMva({ action: 'withdraws-claim', benefit: 'Carer’s Allowance', weeklyRateBeforeCeasingPence: 6000 }).value).toEqual([]);
  });
});
