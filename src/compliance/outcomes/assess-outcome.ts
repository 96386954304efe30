import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, nonNegativePenceSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { causalLinkInputSchema, decideCausalLink, type CausalLinkStatus } from './causal-link.js';
import { decideMvaClaimable } from './mva-eligibility.js';
import { MVA_GUIDANCE_BENEFITS, type MvaGuidanceBenefit } from './mva-benefits.js';
import { deriveOutcomeResult } from './outcome-result.js';
import type { LscOutcome, LscOutcomeResult } from './outcome-values.js';
import { decidePositiveOutcome, positiveOutcomeInputSchema, type PositiveOutcomeBasis } from './positive-outcome.js';

/** Input of {@link assessComplianceOutcome}: what the LSC activity found on a case. */
export const assessOutcomeInputSchema = positiveOutcomeInputSchema.omit({ causalLinkMvaClaimable: true }).extend({
  /** Net change to the weekly rate in payment going forward. */
  rateChange: z.enum(['decrease', 'increase', 'none']).default('none'),
  overpaymentPence: nonNegativePenceSchema.default(0),
  underpaymentPence: nonNegativePenceSchema.default(0),
  /** The day the change occurs and the day it was reported or identified (a later change is a future change). */
  changeOccursOn: isoDateSchema.optional(),
  changeReportedOn: isoDateSchema.optional(),
  /** The claimant moved from one benefit to another with no break and at the same rate. */
  sameRateBenefitSwitch: z.boolean().default(false),
  creditsOnly: z.boolean().default(false),
  /** The benefits whose rate changed, for the per-benefit MVA verdict (needs changeReportedOn as the MVA date). */
  benefits: z.array(z.object({ benefit: z.enum(MVA_GUIDANCE_BENEFITS), medicalEvidenceRequired: z.boolean().default(false) })).default([]),
  /** A living-together case: the causal-link facts. */
  causalLink: causalLinkInputSchema.optional(),
});
export type AssessOutcomeInput = z.input<typeof assessOutcomeInputSchema>;

/** The verdict of {@link assessComplianceOutcome}; outcome fields are null while a causal-link file is held. */
export interface ComplianceOutcomeAssessment {
  readonly outcome: LscOutcome | null;
  readonly outcomeResult: LscOutcomeResult | null;
  /** An MVA is appropriate on the case. */
  readonly mvaAppropriate: boolean;
  /** The benefits for which an MVA is claimable. */
  readonly mvaBenefits: readonly MvaGuidanceBenefit[];
  readonly overpaymentToRecord: boolean;
  readonly underpaymentToRecord: boolean;
  readonly positiveBases: readonly PositiveOutcomeBasis[];
  readonly causalLink: CausalLinkStatus | null;
}

const R_FUTURE = reason('LSC-07-141', "A future change was reported: no MVA and no positive outcome ('No Result' / 'No Change').", [lsc('LSC-07-141'), lsc('LSC-08-025')]);
const R_SWITCH = reason('LSC-07-147', "Moved from one benefit to another with no break at the same rate: no MVA or positive outcome ('No Result' / 'No Change').", [lsc('LSC-07-147'), lsc('LSC-08-025')]);
const R_NO_CHANGE = reason('LSC-07-144', "No change was declared to the LSCO: no MVA or positive outcome ('No Result' / 'No Change').", [lsc('LSC-07-144'), lsc('LSC-07-025')]);
const R_HOLD = reason('LSC-07-034', 'The causal-link file is held until the 28 days have passed: no outcome is recorded yet.', [lsc('LSC-07-034')]);
const R_NO_MVA_SUSPENDED = reason('LSC-08-025', 'The award was suspended before the referral: positive, but no MVA.', [lsc('LSC-08-025'), lsc('LSC-07-022d')]);

/**
 * The whole outcome of a case from what the LSC activity found: the Outcome and Outcome Result,
 * whether an MVA is appropriate (and on which benefits), the over/underpayment to record, the
 * positive-outcome bases and the causal-link verdict. Combines decidePositiveOutcome,
 * decideCausalLink, decideMvaClaimable and deriveOutcomeResult as the Appendix 1–2 examples do
 * (ch.07 paras 22–37, Appendix paras 1–49; ch.08 para 25).
 *
 * @example
 * assessComplianceOutcome({ changeDeclaredAtInterview: true, rateChange: 'increase', underpaymentPence: 4000 }).value.outcomeResult; // 'Increase & Underpayment'
 */
export function assessComplianceOutcome(input: AssessOutcomeInput, options?: RuleOptions): Decision<ComplianceOutcomeAssessment> {
  const policy = policyOf(options);
  const reasons: Reason[] = [];
  const op = input.overpaymentPence ?? 0;
  const up = input.underpaymentPence ?? 0;
  let rateChange = input.rateChange ?? 'none';
  let causal: CausalLinkStatus | null = null;
  let causalMva = false;
  if (input.causalLink !== undefined) {
    const cl = decideCausalLink(input.causalLink, options);
    reasons.push(...cl.reasons);
    causal = cl.value.status;
    causalMva = causal === 'mva-claimable';
    if (causalMva && rateChange === 'none') rateChange = 'decrease';
    if (causal === 'holding') {
      reasons.push(R_HOLD);
      return decide({ outcome: null, outcomeResult: null, mvaAppropriate: false, mvaBenefits: [], overpaymentToRecord: false, underpaymentToRecord: false, positiveBases: [], causalLink: causal }, reasons, policy.id);
    }
  }
  const future = input.changeOccursOn !== undefined && input.changeReportedOn !== undefined && input.changeOccursOn > input.changeReportedOn;
  const noPositive = (why: Reason): Decision<ComplianceOutcomeAssessment> =>
    decide({ outcome: 'No Result', outcomeResult: 'No Change', mvaAppropriate: false, mvaBenefits: [], overpaymentToRecord: false, underpaymentToRecord: false, positiveBases: [], causalLink: causal }, [...reasons, why], policy.id);
  if (future) return noPositive(R_FUTURE);
  if (input.sameRateBenefitSwitch && op === 0 && up === 0) return noPositive(R_SWITCH);
  // Object.assign, not a spread: a spread of a JSON-parsed object takes V8's slow path (~1 µs).
  const positive = decidePositiveOutcome(Object.assign({}, input, { causalLinkMvaClaimable: causalMva }), options);
  if (!positive.value.positive) {
    reasons.push(...positive.reasons);
    return noPositive(R_NO_CHANGE);
  }
  reasons.push(...positive.reasons);
  const result = deriveOutcomeResult({ rateChange, overpaymentPence: op, underpaymentPence: up, changesDeclared: (input.changeDeclaredAtInterview ?? false) || (op === 0 && up === 0), creditsOnly: input.creditsOnly ?? false }, options);
  reasons.push(...result.reasons);
  const suspended = input.suspendedBeforeReferral !== undefined;
  if (suspended) reasons.push(R_NO_MVA_SUSPENDED);
  const mvaAppropriate = rateChange !== 'none' && !suspended && !(input.creditsOnly ?? false);
  const mvaBenefits: MvaGuidanceBenefit[] = [];
  if (mvaAppropriate && input.changeReportedOn !== undefined) {
    for (const b of input.benefits ?? []) {
      // A causal-link MVA is a living-together MVA: never on the contributory elements (ch.07 para 31).
      const d = decideMvaClaimable({ benefit: b.benefit, direction: rateChange, identifiedOn: input.changeReportedOn, medicalEvidenceRequired: b.medicalEvidenceRequired ?? false, livingTogetherCase: causalMva }, options);
      reasons.push(...d.reasons);
      if (d.value.claimable) mvaBenefits.push(b.benefit);
    }
  }
  return decide({
    outcome: result.value.outcome,
    outcomeResult: result.value.outcomeResult,
    mvaAppropriate,
    mvaBenefits,
    overpaymentToRecord: op > 0,
    underpaymentToRecord: up > 0,
    positiveBases: positive.value.bases,
    causalLink: causal,
  }, reasons, policy.id);
}

export const assessOutcomeRule = defineRule({
  name: 'assessComplianceOutcome', domain: 'compliance', title: 'Case outcome from the LSC findings (Appendix 1–2 examples)',
  ids: ['LSC-07-101', 'LSC-07-106', 'LSC-07-109', 'LSC-07-113', 'LSC-07-121', 'LSC-07-124', 'LSC-07-127', 'LSC-07-131', 'LSC-07-135', 'LSC-07-138', 'LSC-07-141', 'LSC-07-144', 'LSC-07-147'],
  citations: [lsc('LSC-07-022')], input: assessOutcomeInputSchema, evaluate: assessComplianceOutcome,
});
