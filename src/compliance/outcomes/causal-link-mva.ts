import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { MVA_GUIDANCE_BENEFITS, type MvaGuidanceBenefit } from './mva-benefits.js';

/** Input of {@link computeCausalLinkMva}: a causal-link MVA already established by decideCausalLink. */
export const causalLinkMvaInputSchema = z.object({
  action: z.enum(['withdraws-claim', 'claims-for-partner']),
  benefit: z.enum(MVA_GUIDANCE_BENEFITS),
  /** Withdrawal: the weekly rate in payment immediately before benefit ceased. */
  weeklyRateBeforeCeasingPence: nonNegativePenceSchema.default(0),
  /** Claim for a partner: the weekly increase in the income-based award. */
  weeklyIncreasePence: nonNegativePenceSchema.default(0),
  housingBenefitClaimed: z.boolean().default(false),
  /** The average working-age HB weekly figure (FRAIMS data). */
  housingBenefitAveragePence: nonNegativePenceSchema.default(0),
});
export type CausalLinkMvaInput = z.input<typeof causalLinkMvaInputSchema>;

/** One MVA line. */
export interface MvaLineAmount { readonly benefit: MvaGuidanceBenefit; readonly amountPence: number }

const INCOME_BASED: ReadonlySet<string> = new Set(['Income Support', 'Jobseekers Allowance (Income Based)', 'Employment and Support Allowance (Income Related)']);
const CONTRIBUTORY: ReadonlySet<string> = new Set(['Jobseekers Allowance (Contributory)', 'Employment and Support Allowance (Contributory)']);
const R_WITHDRAW = reason('LSC-07-029', 'Claim withdrawn within 28 days because now a couple: MVA of the IS / JSA(IB) / ESA(IR) rate in payment immediately before benefit ceased.', [lsc('LSC-07-029')]);
const R_HB = reason('LSC-07-029', 'Housing Benefit had been claimed: the HB MVA is added at average working-age figures.', [lsc('LSC-07-029'), lsc('LSC-08-005')]);
const R_PARTNER = reason('LSC-07-030', 'Claimed for a partner within the same 28 days and an income-based benefit was awarded or increased: MVA of the increase (never an HB increase).', [lsc('LSC-07-030'), lsc('LSC-08-006')]);
const R_CONTRIB = reason('LSC-07-031', 'No MVA on the contributory elements of JSA or ESA in a living-together case.', [lsc('LSC-07-031')]);
const R_OTHER = reason('LSC-07-029', 'A causal-link MVA is claimed only on Income Support, JSA (Income Based) or ESA (Income Related), plus HB.', [lsc('LSC-07-029')]);

/**
 * The MVA lines of an established causal-link case (ch.07 paras 29–31): on withdrawal, the IS /
 * JSA(IB) / ESA(IR) rate in payment immediately before benefit ceased plus average HB if HB was
 * claimed; on a claim for a partner, the increase in the income-based award; never the
 * contributory elements of JSA or ESA.
 *
 * @example
 * computeCausalLinkMva({ action: 'withdraws-claim', benefit: 'Income Support', weeklyRateBeforeCeasingPence: 7310 }).value;
 * // [{ benefit: 'Income Support', amountPence: 7310 }]
 */
export function computeCausalLinkMva(input: CausalLinkMvaInput, options?: RuleOptions): Decision<readonly MvaLineAmount[]> {
  const edition = policyOf(options).id;
  if (CONTRIBUTORY.has(input.benefit)) return decide([], [R_CONTRIB], edition);
  if (!INCOME_BASED.has(input.benefit)) return decide([], [R_OTHER], edition);
  const reasons: Reason[] = [];
  const lines: MvaLineAmount[] = [];
  if (input.action === 'withdraws-claim') {
    lines.push({ benefit: input.benefit, amountPence: input.weeklyRateBeforeCeasingPence ?? 0 });
    reasons.push(R_WITHDRAW);
    if (input.housingBenefitClaimed) {
      lines.push({ benefit: 'Housing Benefit', amountPence: input.housingBenefitAveragePence ?? 0 });
      reasons.push(R_HB);
    }
  } else {
    lines.push({ benefit: input.benefit, amountPence: input.weeklyIncreasePence ?? 0 });
    reasons.push(R_PARTNER);
  }
  return decide(lines, reasons, edition);
}

export const causalLinkMvaRule = defineRule({
  name: 'computeCausalLinkMva', domain: 'compliance', title: 'Causal-link MVA lines',
  ids: ['LSC-07-029', 'LSC-07-030', 'LSC-07-031'], citations: [lsc('LSC-07-029')], input: causalLinkMvaInputSchema, evaluate: computeCausalLinkMva,
});
