import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import type { PolicyEdition } from '../../core/policy/edition.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, nonNegativePenceSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

/** Input of {@link computeMonetaryValueOfAdjustment}. */
export const mvaAmountInputSchema = z.object({
  benefit: z.string(),
  /** The day the LSCO identified the change (normally the interview day). */
  identifiedOn: isoDateSchema,
  /** 'monthly' for a monthly-assessed benefit (Universal Credit): converted ×12/52 to a weekly rate. */
  rateFrequency: z.enum(['weekly', 'monthly']).default('weekly'),
  /** The rate in payment immediately before the change was identified (the day before), in pence. */
  rateInPaymentBeforePence: nonNegativePenceSchema,
  /** Third-party deductions taken from that rate; the MVA is measured before them. */
  thirdPartyDeductionsBeforePence: nonNegativePenceSchema.default(0),
  /**
   * The DM's decisions, in any order. The MVA uses the decision on the change the LSCO identified
   * (the rate from the identification day); decisions on later changes are ignored.
   */
  decisions: z
    .array(
      z.object({
        decidedOn: isoDateSchema,
        concerns: z.enum(['change-identified-by-lsco', 'later-change']),
        /** The rate decided, in pence (0 when benefit ends). */
        rateInPaymentPence: nonNegativePenceSchema,
        thirdPartyDeductionsPence: nonNegativePenceSchema.default(0),
      }),
    )
    .min(1),
});
export type MvaAmountInput = z.input<typeof mvaAmountInputSchema>;

/** The MVA of one benefit. */
export interface MvaAmount {
  /** The weekly MVA magnitude in pence (counted towards the target whatever the direction). */
  readonly amountPence: number;
  readonly direction: 'increase' | 'decrease' | 'none';
  /** Weekly rates (before third-party deductions) used. */
  readonly weeklyRateBeforePence: number;
  readonly weeklyRateAfterPence: number | null;
  readonly countsTowardsTarget: boolean;
}

const C001 = lsc('LSC-08-001');
const C002 = lsc('LSC-08-002');
const R_DEFINITION = reason('LSC-08-001', "MVA = weekly rate in payment (before third-party deductions) immediately before the LSCO identified the change, minus the rate following the DM's decision, from the identification day.", [C001]);
const R_LATER = reason('LSC-08-001', 'A later DM decision on a further change does not alter the MVA (the 07/12/09 example stays £20.00).', [C001]);
const R_DECREASE = reason('LSC-08-002', 'A decrease in benefit counts towards the MVA target.', [C002]);
const R_INCREASE = reason('LSC-08-002', 'An increase in benefit counts towards the MVA target.', [C002]);
const R_NONE = reason('LSC-08-024', 'No overall change in the rate of benefit in payment: the MVA is nil.', [lsc('LSC-08-024'), C001]);
const R_NO_DECISION = reason('LSC-08-001', 'There is no DM decision on the change the LSCO identified yet: no MVA can be computed.', [C001]);
const R_MONTHLY = reason('LSC-08-001', 'A monthly rate is converted to a weekly rate (× 12 / 52, to the nearest penny).', [C001]);

/**
 * A monthly amount in pence as a weekly amount (× months per year / weeks per year, rounded half
 * up to the penny), for monthly-assessed benefits (ch.08 para 1, interpretation).
 *
 * @example
 * weeklyFromMonthlyPence(52000); // 12000
 */
export function weeklyFromMonthlyPence(monthlyPence: number, policy?: PolicyEdition): number {
  const p = (policy ?? policyOf(undefined)).complianceOutcomes;
  return Math.floor((monthlyPence * p.monthsPerYear.value * 2 + p.weeksPerYear.value) / (2 * p.weeksPerYear.value));
}

/**
 * The Monetary Value of Adjustment of one benefit, in integer pence (ch.08 paras 1–2, 24): the
 * weekly rate in payment immediately before the LSCO identified the change minus the rate
 * following the DM's decision, both before third-party deductions; later decisions on further
 * changes do not alter it; increases and decreases both count.
 *
 * @example
 * computeMonetaryValueOfAdjustment({ benefit: 'Income Support', identifiedOn: '2009-12-07', rateInPaymentBeforePence: 6445,
 *   decisions: [{ decidedOn: '2010-01-04', concerns: 'change-identified-by-lsco', rateInPaymentPence: 4445 },
 *               { decidedOn: '2010-01-04', concerns: 'later-change', rateInPaymentPence: 0 }] }).value.amountPence; // 2000
 */
export function computeMonetaryValueOfAdjustment(input: MvaAmountInput, options?: RuleOptions): Decision<MvaAmount> {
  const policy = policyOf(options);
  const monthly = input.rateFrequency === 'monthly';
  const weekly = (p: number) => (monthly ? weeklyFromMonthlyPence(p, policy) : p);
  const before = weekly(input.rateInPaymentBeforePence + (input.thirdPartyDeductionsBeforePence ?? 0));
  const reasons: Reason[] = [R_DEFINITION];
  if (monthly) reasons.push(R_MONTHLY);
  let decision: (typeof input.decisions)[number] | undefined;
  for (const d of input.decisions) {
    if (d.concerns !== 'change-identified-by-lsco') continue;
    if (decision === undefined || d.decidedOn < decision.decidedOn) decision = d;
  }
  if (input.decisions.some((d) => d.concerns === 'later-change')) reasons.push(R_LATER);
  if (decision === undefined) {
    reasons.push(R_NO_DECISION);
    return decide({ amountPence: 0, direction: 'none', weeklyRateBeforePence: before, weeklyRateAfterPence: null, countsTowardsTarget: false }, reasons, policy.id);
  }
  const after = weekly(decision.rateInPaymentPence + (decision.thirdPartyDeductionsPence ?? 0));
  const diff = before - after;
  const direction = diff > 0 ? 'decrease' : diff < 0 ? 'increase' : 'none';
  reasons.push(direction === 'decrease' ? R_DECREASE : direction === 'increase' ? R_INCREASE : R_NONE);
  return decide({ amountPence: Math.abs(diff), direction, weeklyRateBeforePence: before, weeklyRateAfterPence: after, countsTowardsTarget: diff !== 0 }, reasons, policy.id);
}

export const mvaAmountRule = defineRule({
  name: 'computeMonetaryValueOfAdjustment', domain: 'compliance', title: 'Monetary Value of Adjustment (amount)',
  ids: ['LSC-08-001', 'LSC-08-002', 'LSC-08-024'], citations: [C001, C002], input: mvaAmountInputSchema, evaluate: computeMonetaryValueOfAdjustment,
});
