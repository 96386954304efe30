import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { HB_PASSPORTING_BENEFITS, MVA_GUIDANCE_BENEFITS, mvaBenefitEntry } from './mva-benefits.js';

/** How an allowed MVA line is valued. */
export type MvaValuation = 'rate-difference' | 'average-working-age-housing-benefit' | 'training-for-work-allowance-10p' | 'manual-council-tax-benefit-amount';

/** Input of {@link decideMvaClaimable}: one benefit's change and the facts of the case that bear on it. */
export const mvaClaimableInputSchema = z.object({
  benefit: z.enum(MVA_GUIDANCE_BENEFITS),
  /** The direction of the change in this benefit's rate; 'none' when there is no change. */
  direction: z.enum(['increase', 'decrease', 'none']),
  /** The day the LSCO identified the change (the MVA date; the CTB cut-off compares it). */
  identifiedOn: isoDateSchema,
  /** The day the change of circumstances occurs; after `identifiedOn` it is a future change. */
  changeOccursOn: isoDateSchema.optional(),
  /** The current award was suspended before the referral was received. */
  suspendedBeforeReferral: z.boolean().default(false),
  /** The case was transferred from (FES) Local Service Investigations, and the LSCO obtained the information to end or change the award. */
  transferredFromLsi: z.boolean().default(false),
  /** The claimant moved from one benefit to another with no break and no change in amount. */
  sameRateBenefitSwitch: z.boolean().default(false),
  /** A living-together (LTAMC / causal-link) case. */
  livingTogetherCase: z.boolean().default(false),
  /** A pre-payment living-together case (admitted at a pre-payment visit, or DM decides benefit not payable). */
  prePaymentLivingTogether: z.boolean().default(false),
  /** Housing Benefit: the passporting award that was terminated (if any), and whether HB was claimed. */
  terminatedPassportingAward: z.enum(HB_PASSPORTING_BENEFITS).nullable().default(null),
  /** A terminated Pension Credit award included the guarantee credit element. */
  pensionCreditIncludedGuaranteeCredit: z.boolean().default(false),
  housingBenefitClaimed: z.boolean().default(false),
  /** DLA: medical evidence was needed to decide entitlement. */
  medicalEvidenceRequired: z.boolean().default(false),
  /** Training for Work Allowance: the claim was terminated. */
  claimTerminated: z.boolean().default(false),
});
export type MvaClaimableInput = z.input<typeof mvaClaimableInputSchema>;

/** The verdict of {@link decideMvaClaimable}. */
export interface MvaClaimability {
  readonly claimable: boolean;
  /** How the MVA is valued when claimable. */
  readonly valuation: MvaValuation | null;
}

const C = lsc;
const r = (id: string, says: string, ...more: string[]) => reason(id, says, [C(id), ...more.map((m) => C(m))]);
const R = {
  future: r('LSC-08-025', 'An MVA cannot be claimed for a change that occurs in the future.', 'LSC-07-141'),
  noChange: r('LSC-08-025', 'An MVA cannot be claimed where no change has occurred.', 'LSC-08-003'),
  suspended: r('LSC-08-025', 'An MVA cannot be claimed where the current award was suspended before the referral was received.', 'LSC-07-022d'),
  lsi: r('LSC-08-009', 'Transferred from Local Service Investigations: the MVA may be claimed on the award that would have been in payment but for the suspension.', 'LSC-08-011'),
  sameRate: r('LSC-08-025', 'An MVA cannot be claimed where the claimant moves from one benefit to another and the amount stays the same.', 'LSC-07-147'),
  excluded: r('LSC-08-026', 'An MVA cannot be claimed on Child Benefit or Child Tax Credit.'),
  notListed: r('LSC-08-004', 'This benefit is not one for which an MVA can be claimed (the ch.08 para 4 list, treated as closed).', 'LSC-11-015'),
  listed: r('LSC-08-004', 'An MVA can be claimed on this benefit.', 'LSC-08-003'),
  contributory: r('LSC-07-031', 'No MVA on the contributory elements of JSA or ESA in a living-together case: they stay in payment whether or not a couple exists.'),
  notional: r('LSC-07-026', 'Pre-payment living-together case: no notional MVA of IS, JSA or any other DWP benefit.'),
  hbIncrease: r('LSC-08-006', 'An MVA cannot be claimed for an increase of Housing Benefit in any circumstances.'),
  hbPrePayment: r('LSC-07-027', 'Pre-payment LTAMC case with passported HB claimed: HB MVA at average figures for working-age claimants.', 'LSC-08-005'),
  hbPassport: r('LSC-08-005', 'A passporting award (IS, JSA(IB), ESA(IR) or Pension Credit with guarantee credit) ended and HB was claimed: HB MVA at average working-age figures.', 'LSC-08-000'),
  hbNot: r('LSC-08-005', 'An HB MVA is claimable only when an IS, JSA(IB), ESA(IR) or guarantee-credit Pension Credit award ends and HB was claimed.', 'LSC-08-000'),
  ctbLate: r('LSC-08-007', 'Council Tax Benefit MVAs can only be claimed up to and including 31 March 2013.'),
  ctbOk: r('LSC-08-008', 'Council Tax Benefit MVA: the LSCO enters the amount manually (no FRAIMS averages).', 'LSC-08-007'),
  dlaMedical: r('LSC-07-120', 'No DLA MVA where medical evidence was needed to decide entitlement (the DLA Unit obtains it).'),
  dlaOk: r('LSC-07-113', 'Disability Living Allowance MVA claimed as in Example 4 (no medical evidence needed).'),
  tfwa: r('LSC-08-012', 'Training for Work Allowance: MVA of 10p of the underlying benefit on termination, recorded under the underlying benefit type.', 'LSC-08-013'),
  tfwaNot: r('LSC-08-012', 'Training for Work Allowance: an MVA only when the claim is terminated.'),
  difference: r('LSC-08-001', 'Valued as the difference in the weekly rate before and after the DM decision.', 'LSC-08-002'),
};
const CONTRIBUTORY: ReadonlySet<string> = new Set(['Jobseekers Allowance (Contributory)', 'Employment and Support Allowance (Contributory)']);

/**
 * May an MVA be claimed on this benefit, and how is it valued? Applies, in order, every bar and
 * condition of ch.08 paras 3–13, 25–26 and ch.07 paras 26–27, 31 and Appendix para 20: future
 * change, no change, award suspended before the referral (unless transferred from LSI), same-rate
 * switch, Child Benefit / Child Tax Credit, the closed benefit list, contributory JSA/ESA in
 * living-together cases, no notional MVA on pre-payment living-together cases (except average HB),
 * the Housing Benefit conditions, the CTB cut-off, the DLA medical-evidence exception and TfWA.
 * A refusal gives every bar that applies.
 *
 * @example
 * decideMvaClaimable({ benefit: 'Housing Benefit', direction: 'increase', identifiedOn: '2015-03-02' }).value.claimable; // false
 */
export function decideMvaClaimable(input: MvaClaimableInput, options?: RuleOptions): Decision<MvaClaimability> {
  const policy = policyOf(options);
  const bars: Reason[] = [];
  const b = input.benefit;
  const entry = mvaBenefitEntry(b)!;
  if (input.changeOccursOn !== undefined && input.changeOccursOn > input.identifiedOn) bars.push(R.future);
  if (input.direction === 'none') bars.push(R.noChange);
  const lsi = input.suspendedBeforeReferral && input.transferredFromLsi;
  if (input.suspendedBeforeReferral && !input.transferredFromLsi) bars.push(R.suspended);
  if (input.sameRateBenefitSwitch) bars.push(R.sameRate);
  if (b === 'Child Benefit' || b === 'Child Tax Credit') bars.push(R.excluded);
  else if (entry.status === 'not-claimable') bars.push(R.notListed);
  if (input.livingTogetherCase && CONTRIBUTORY.has(b)) bars.push(R.contributory);
  let valuation: MvaValuation = 'rate-difference';
  const ok: Reason[] = [];
  if (b === 'Housing Benefit') {
    valuation = 'average-working-age-housing-benefit';
    if (input.direction === 'increase') bars.push(R.hbIncrease);
    else if (input.prePaymentLivingTogether && input.housingBenefitClaimed) ok.push(R.hbPrePayment);
    else {
      const award = input.terminatedPassportingAward ?? null;
      const passports = award !== null && (award !== 'Pension Credit' || input.pensionCreditIncludedGuaranteeCredit);
      if (passports && input.housingBenefitClaimed) ok.push(R.hbPassport);
      else bars.push(R.hbNot);
    }
  } else if (input.prePaymentLivingTogether) bars.push(R.notional);
  if (b === 'Council Tax Benefit (CTB)') {
    valuation = 'manual-council-tax-benefit-amount';
    if (input.identifiedOn > policy.complianceOutcomes.councilTaxBenefitMvaLastDate.value) bars.push(R.ctbLate);
    else ok.push(R.ctbOk);
  }
  if (b === 'Disability Living Allowance') {
    if (input.medicalEvidenceRequired) bars.push(R.dlaMedical);
    else ok.push(R.dlaOk);
  }
  if (b === 'Training for Work Allowance') {
    valuation = 'training-for-work-allowance-10p';
    if (input.claimTerminated) ok.push(R.tfwa);
    else bars.push(R.tfwaNot);
  }
  if (bars.length > 0) return decide({ claimable: false, valuation: null }, bars, policy.id);
  const reasons = [R.listed, ...ok];
  if (lsi) reasons.push(R.lsi);
  if (valuation === 'rate-difference') reasons.push(R.difference);
  return decide({ claimable: true, valuation }, reasons, policy.id);
}

export const mvaClaimableRule = defineRule({
  name: 'decideMvaClaimable', domain: 'compliance', title: 'May an MVA be claimed on this benefit',
  ids: ['LSC-08-003', 'LSC-08-004', 'LSC-08-005', 'LSC-08-006', 'LSC-08-007', 'LSC-08-008', 'LSC-08-009', 'LSC-08-011', 'LSC-08-012', 'LSC-08-013', 'LSC-08-025', 'LSC-08-026', 'LSC-07-026', 'LSC-07-027', 'LSC-07-031', 'LSC-07-113', 'LSC-07-120', 'LSC-08-000'],
  citations: [C('LSC-08-004'), C('LSC-08-025')], input: mvaClaimableInputSchema, evaluate: decideMvaClaimable,
});
