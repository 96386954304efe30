import { z } from 'zod';
import type { IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { BENEFITS, type Benefit } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';
import { REFERRAL_SOURCES, RISK_TYPES } from './vocabulary.js';

const C = {
  s0251: lsc('LSC-02-051'),
  s0252: lsc('LSC-02-052'),
  s040: lsc('LSC-03-040'),
  s041: lsc('LSC-03-041'),
  s042: lsc('LSC-03-042'),
  s043: lsc('LSC-03-043'),
  s044: lsc('LSC-03-044'),
  s045: lsc('LSC-03-045'),
};

/** Input of {@link planLtamcCase}. */
export const ltamcCaseInputSchema = z.object({
  riskType: z.enum(RISK_TYPES).optional(),
  source: z.enum(REFERRAL_SOURCES).optional(),
  /** An alleged partner in the household (LSI cases). */
  allegedPartnerInHousehold: z.boolean().optional(),
  /** Benefits paid by DWP to the claimant. */
  claimantBenefits: z.array(z.enum(BENEFITS)),
  /** The alleged partner also receives a DWP-paid benefit. */
  allegedPartnerReceivesDwpBenefit: z.boolean().optional(),
  /** JSA(C)/ESA(C)-only cases: the expiry date of the contributory element, from the Legacy system. */
  contributoryElementExpiryDate: isoDateSchema.optional(),
});
export type LtamcCaseInput = z.input<typeof ltamcCaseInputSchema>;

/** Result of {@link planLtamcCase}. */
export interface LtamcCasePlan {
  /** The case is a potential LTAMC case. */
  readonly ltamcCase: boolean;
  /** FRAIMS cases to raise: one per person receiving DWP benefit. */
  readonly casesToRaise: 1 | 2;
  /** Who to interview, where possible. */
  readonly interviewees: readonly ('claimant' | 'allegedPartner')[];
  /** LTAMC can affect the current award (false when only JSA(C)/ESA(C) is in payment). */
  readonly currentAwardAffected: boolean;
  /** JSA(C)/ESA(C) only: set a case control for this date (expiry of the contributory element). */
  readonly caseControlDate: IsoDate | null;
}

const R = {
  risk: reason('LSC-03-040', 'Risk A or B (another person declared in the household): a potential LTAMC case.', [C.s040]),
  lsi: reason('LSC-03-041', 'From LSI with an alleged partner in the household: a potential LTAMC case.', [C.s041]),
  notLtamc: reason('LSC-03-040', 'Neither Risk A/B nor an LSI case with an alleged partner: not an LTAMC case.', [C.s040, C.s041]),
  two: reason('LSC-03-042', 'Claimant and alleged partner both receive DWP-paid benefit: raise a case for each on FRAIMS (an outcome may be due on each).', [C.s042]),
  both: reason('LSC-03-043', 'Where possible, interview both the claimant and the alleged partner.', [C.s043]),
  contrib: reason('LSC-02-051', 'Only JSA(C)/ESA(C) in payment: LTAMC does not affect the award, but the case is still received.', [C.s0251]),
  control: reason('LSC-02-052', 'Set a case control for the expiry of the contributory element; then consider an LTAMC referral if the claimant moves to a non-contributory benefit.', [C.s0252]),
};

const CONTRIBUTORY: readonly Benefit[] = ['JSA(C)', 'ESA(C)'];

/**
 * Plans a potential LTAMC case (ch.02 paras 51–52; ch.03 paras 40–43): is it LTAMC (Risk A/B, or
 * LSI with an alleged partner), one case per person on DWP benefit, interview both, and the
 * contributory-only case control.
 *
 * @example
 * planLtamcCase({ riskType: 'B', claimantBenefits: ['JSA(IB)'], allegedPartnerReceivesDwpBenefit: true }).value.casesToRaise; // 2
 */
export function planLtamcCase(input: LtamcCaseInput, options?: RuleOptions): Decision<LtamcCasePlan> {
  const policy = policyOf(options);
  const reasons: Reason[] = [];
  const byRisk = input.riskType === 'A' || input.riskType === 'B';
  const byLsi = input.source === 'LSIDowngrade' && input.allegedPartnerInHousehold === true;
  if (byRisk) reasons.push(R.risk);
  if (byLsi) reasons.push(R.lsi);
  const ltamcCase = byRisk || byLsi;
  if (!ltamcCase) reasons.push(R.notLtamc);
  const both = ltamcCase && input.claimantBenefits.length > 0 && input.allegedPartnerReceivesDwpBenefit === true;
  if (both) reasons.push(R.two);
  if (ltamcCase) reasons.push(R.both);
  const contributoryOnly = input.claimantBenefits.length > 0 && input.claimantBenefits.every((b) => CONTRIBUTORY.includes(b));
  let caseControlDate: IsoDate | null = null;
  if (contributoryOnly) {
    reasons.push(R.contrib);
    if (input.contributoryElementExpiryDate !== undefined) {
      caseControlDate = input.contributoryElementExpiryDate as IsoDate;
      reasons.push(R.control);
    }
  }
  return decide(
    { ltamcCase, casesToRaise: both ? 2 : 1, interviewees: ltamcCase ? ['claimant', 'allegedPartner'] : ['claimant'], currentAwardAffected: !contributoryOnly, caseControlDate },
    reasons,
    policy.id,
  );
}
export const ltamcCaseRule = defineRule({
  name: 'planLtamcCase', domain: 'compliance', title: 'Potential LTAMC case: cases, interviewees, contributory control',
  ids: ['LSC-02-051', 'LSC-02-052', 'LSC-03-040', 'LSC-03-041', 'LSC-03-042', 'LSC-03-043'],
  citations: [C.s0251, C.s0252, C.s040, C.s041, C.s042, C.s043], input: ltamcCaseInputSchema, evaluate: planLtamcCase,
});

/** Input of {@link decideLtamcForms}. */
export const ltamcFormsInputSchema = z.object({
  /** The claimant admits that a person (of the opposite or same sex) is a member of the household. */
  admitsPersonIsHouseholdMember: z.boolean(),
  /** The claimant denies they are living together as a married couple / civil partners. */
  deniesLivingTogether: z.boolean(),
  /** The LSCO holds new or substantial information. */
  newOrSubstantialInformation: z.boolean().optional(),
});
export type LtamcFormsInput = z.input<typeof ltamcFormsInputSchema>;

/** Result of {@link decideLtamcForms}. */
export interface LtamcForms {
  readonly completeCp2lt: boolean;
  readonly completeNewFrf: boolean;
}

const R_CP2LT = reason('LSC-03-044', 'The claimant admits the person is a member of the household but denies living together: complete a CP2LT.', [C.s044]);
const R_NO_CP2LT = reason('LSC-03-044', 'A CP2LT is only completed when the claimant admits the person is a member of the household but denies living together.', [C.s044]);
const R_FRF = reason('LSC-03-045', 'The claimant denies the alleged partner is in the household but the LSCO has new or substantial information: complete a Fraud Referral Form.', [C.s045]);

/**
 * Which LTAMC forms to complete at interview (ch.03 paras 44–45): CP2LT only on "admits member
 * of household, denies living together"; a new FRF on "denies partner in household" with new or
 * substantial information.
 *
 * @example
 * decideLtamcForms({ admitsPersonIsHouseholdMember: true, deniesLivingTogether: true }).value; // { completeCp2lt: true, completeNewFrf: false }
 */
export function decideLtamcForms(input: LtamcFormsInput, options?: RuleOptions): Decision<LtamcForms> {
  const policy = policyOf(options);
  const completeCp2lt = input.admitsPersonIsHouseholdMember && input.deniesLivingTogether;
  const completeNewFrf = !input.admitsPersonIsHouseholdMember && input.newOrSubstantialInformation === true;
  const reasons: Reason[] = [completeCp2lt ? R_CP2LT : R_NO_CP2LT];
  if (completeNewFrf) reasons.push(R_FRF);
  return decide({ completeCp2lt, completeNewFrf }, reasons, policy.id);
}
export const ltamcFormsRule = defineRule({
  name: 'decideLtamcForms', domain: 'compliance', title: 'LTAMC: CP2LT or new FRF',
  ids: ['LSC-03-044', 'LSC-03-045'], citations: [C.s044, C.s045], input: ltamcFormsInputSchema, evaluate: decideLtamcForms,
});
