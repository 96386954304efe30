import { z } from 'zod';
import { reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { MVA_GUIDANCE_BENEFITS, type MvaGuidanceBenefit } from './mva-benefits.js';

/** Input of {@link trainingForWorkAllowanceMva}. */
export const tfwaMvaInputSchema = z.object({
  /** The benefit the allowance is paid on top of (e.g. 'Jobseekers Allowance (Income Based)'); never TfWA itself. */
  underlyingBenefit: z.enum(MVA_GUIDANCE_BENEFITS).refine((b) => b !== 'Training for Work Allowance', { message: 'the underlying benefit, not Training for Work Allowance' }),
  claimTerminated: z.boolean(),
  /** The HB MVA when ch.08 para 5 allows one ("Housing Benefit as appropriate"): the average working-age weekly figure; null when not. */
  housingBenefitAveragePence: nonNegativePenceSchema.nullable().default(null),
  overpaymentIdentified: z.boolean().default(false),
});
export type TfwaMvaInput = z.input<typeof tfwaMvaInputSchema>;

/** The MVA lines to record for a Training for Work Allowance case. */
export interface TfwaMva {
  /** Lines recorded under the underlying benefit type (FRAIMS has no TfWA benefit type). */
  readonly lines: readonly { readonly benefit: MvaGuidanceBenefit; readonly amountPence: number }[];
  /** Where an overpayment is dealt with, when one was identified. */
  readonly overpaymentGuidance: 'Allowance Payments Guide' | null;
}

const R_LINES = reason('LSC-08-012', 'Training for Work Allowance claim terminated: 10p of the underlying benefit as the MVA, plus HB as appropriate.', [lsc('LSC-08-012')]);
const R_TYPE = reason('LSC-08-013', 'FRAIMS has no Training for Work Allowance benefit type: record the MVA under the underlying benefit type.', [lsc('LSC-08-013')]);
const R_NOT = reason('LSC-08-012', 'Training for Work Allowance: an MVA only when the claim is terminated.', [lsc('LSC-08-012')]);
const R_OP = reason('LSC-08-014', 'A Training for Work Allowance overpayment follows the Allowance Payments Guide.', [lsc('LSC-08-014')]);

/**
 * The MVA lines of a Training for Work Allowance case (ch.08 paras 12–14): on termination, 10p
 * under the underlying benefit type plus the average HB figure where HB is appropriate; an
 * overpayment follows the Allowance Payments Guide.
 *
 * @example
 * trainingForWorkAllowanceMva({ underlyingBenefit: 'Jobseekers Allowance (Income Based)', claimTerminated: true }).value.lines;
 * // [{ benefit: 'Jobseekers Allowance (Income Based)', amountPence: 10 }]
 */
export function trainingForWorkAllowanceMva(input: TfwaMvaInput, options?: RuleOptions): Decision<TfwaMva> {
  const policy = policyOf(options);
  const overpaymentGuidance = input.overpaymentIdentified ? 'Allowance Payments Guide' : null;
  const extra = overpaymentGuidance === null ? [] : [R_OP];
  if (!input.claimTerminated) return decide({ lines: [], overpaymentGuidance }, [R_NOT, ...extra], policy.id);
  const lines: { benefit: MvaGuidanceBenefit; amountPence: number }[] = [
    { benefit: input.underlyingBenefit as MvaGuidanceBenefit, amountPence: policy.complianceOutcomes.trainingForWorkAllowanceMvaPence.value },
  ];
  const hb = input.housingBenefitAveragePence ?? null;
  if (hb !== null && hb > 0) lines.push({ benefit: 'Housing Benefit', amountPence: hb });
  return decide({ lines, overpaymentGuidance }, [R_LINES, R_TYPE, ...extra], policy.id);
}

export const tfwaMvaRule = defineRule({
  name: 'trainingForWorkAllowanceMva', domain: 'compliance', title: 'Training for Work Allowance MVA',
  ids: ['LSC-08-012', 'LSC-08-013', 'LSC-08-014'], citations: [lsc('LSC-08-012')], input: tfwaMvaInputSchema, evaluate: trainingForWorkAllowanceMva,
});
