import { z } from 'zod';
import { reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import type { LscOutcome, LscOutcomeResult } from './outcome-values.js';

/** The Outcome and Outcome Result a case should be recorded with. */
export interface OutcomeAndResult {
  readonly outcome: LscOutcome;
  readonly outcomeResult: LscOutcomeResult;
}

/** Input of {@link deriveOutcomeResult}. */
export const outcomeResultInputSchema = z.object({
  /** Net change to the weekly rate in payment going forward, across the changes identified. */
  rateChange: z.enum(['decrease', 'increase', 'none']),
  /** Past-period overpayment / underpayment amounts (pence; any amount counts, ch.11 para 26). */
  overpaymentPence: nonNegativePenceSchema.default(0),
  underpaymentPence: nonNegativePenceSchema.default(0),
  /** A change of circumstances was declared or identified by the LSC activity (Example 7: changes that net to nil). */
  changesDeclared: z.boolean().default(false),
  /** A National Insurance credits-only case (ch.07 para 21). */
  creditsOnly: z.boolean().default(false),
});
export type OutcomeResultInput = z.input<typeof outcomeResultInputSchema>;

const C = lsc;
const r = (id: string, says: string, ...extra: string[]) => reason(id, says, [C(id), ...extra.map((e) => C(e))]);
const R_CREDITS = r('LSC-07-021', "Credits-only case: 'Positive Compliance' / 'Benefit decrease', with no MVA or overpayment recorded.");
const R_BOTH_DEC = r('LSC-07-010', "Both an overpayment and an underpayment, and the rate decreased: the single OP-based result 'Decrease & Overpayment'.", 'LSC-07-009b');
const R_BOTH = r('LSC-07-010', "Both an overpayment and an underpayment: the single OP-based result 'Overpayment Only'.", 'LSC-07-009b');
const R_DEC_OP = r('LSC-07-009b', "Benefit decreased with an overpayment: 'Decrease & Overpayment'.", 'LSC-07-009');
const R_DEC = r('LSC-07-009b', "Benefit decreased going forward: 'Benefit decrease' (any underpayment is still recorded).", 'LSC-07-009');
const R_INC_UP = r('LSC-07-009b', "Benefit increased with an underpayment: 'Increase & Underpayment'.", 'LSC-07-009');
const R_INC_OP = r('LSC-07-009b', "Benefit increased with an overpayment: the overpayment decides, 'Overpayment Only' (interpretation).", 'LSC-07-009');
const R_INC = r('LSC-07-009b', "Benefit increased going forward: 'Benefit Increase'.", 'LSC-07-009', 'LSC-08-002');
const R_OP = r('LSC-07-009b', "No change to the current rate, past-period overpayment: 'Overpayment Only'.", 'LSC-07-009');
const R_UP = r('LSC-07-009b', "No change to the current rate, past-period underpayment: 'Underpayment Only'.", 'LSC-07-009');
const R_NETTED = r('LSC-07-127', "Changes were declared but net to no change in the rate and no overpayment: positive with no MVA, recorded as 'Benefit decrease' (Example 7's 'Benefit Decrease and/ or Overpayment' is not a para 9 value).", 'LSC-08-024', 'LSC-07-025');
const R_NETTED_OP = r('LSC-07-130', "Offsetting changes effective from different dates left an overpayment: it must be recorded; the rate is unchanged (MVA nil) and Example 7's result is read as 'Decrease & Overpayment'.", 'LSC-07-127', 'LSC-08-024');
const R_NO_CHANGE = r('LSC-07-025', "No change to benefit: 'No Result' / 'No Change', never 'Positive Compliance'.", 'LSC-07-009a');

/**
 * The Outcome and Outcome Result implied by what the LSC activity found (ch.07 paras 9–10, 21,
 * 24–25; Appendix Example 7): an overpayment decides first (para 10), then the current-rate
 * change, then an underpayment; changes that net to nil are positive with no MVA.
 *
 * @example
 * deriveOutcomeResult({ rateChange: 'decrease', overpaymentPence: 12000 }).value;
 * // { outcome: 'Positive Compliance', outcomeResult: 'Decrease & Overpayment' }
 */
export function deriveOutcomeResult(input: OutcomeResultInput, options?: RuleOptions): Decision<OutcomeAndResult> {
  const edition = policyOf(options).id;
  const op = (input.overpaymentPence ?? 0) > 0;
  const up = (input.underpaymentPence ?? 0) > 0;
  const pos = (outcomeResult: LscOutcomeResult): OutcomeAndResult => ({ outcome: 'Positive Compliance', outcomeResult });
  if (input.creditsOnly && (input.changesDeclared || input.rateChange !== 'none')) return decide(pos('Benefit decrease'), [R_CREDITS], edition);
  if (op && up) return input.rateChange === 'decrease' ? decide(pos('Decrease & Overpayment'), [R_BOTH_DEC], edition) : decide(pos('Overpayment Only'), [R_BOTH], edition);
  switch (input.rateChange) {
    case 'decrease':
      return op ? decide(pos('Decrease & Overpayment'), [R_DEC_OP], edition) : decide(pos('Benefit decrease'), [R_DEC], edition);
    case 'increase':
      if (up) return decide(pos('Increase & Underpayment'), [R_INC_UP], edition);
      return op ? decide(pos('Overpayment Only'), [R_INC_OP], edition) : decide(pos('Benefit Increase'), [R_INC], edition);
    default:
      if (op && input.changesDeclared) return decide(pos('Decrease & Overpayment'), [R_NETTED_OP], edition);
      if (op) return decide(pos('Overpayment Only'), [R_OP], edition);
      if (up) return decide(pos('Underpayment Only'), [R_UP], edition);
      if (input.changesDeclared) return decide(pos('Benefit decrease'), [R_NETTED], edition);
      return decide({ outcome: 'No Result', outcomeResult: 'No Change' }, [R_NO_CHANGE], edition);
  }
}

/**
 * The three kinds of LSC outcome (ch.07 para 1, LSC-07-001), spelled as the guidance describes them.
 *
 * @example
 * LSC_OUTCOME_KINDS[2]; // 'no change'
 */
export const LSC_OUTCOME_KINDS = Object.freeze([
  'claim to benefit closed with a Monetary Value of Adjustment (MVA) and/or overpayment/underpayment',
  'claim continues but a change of circumstances results in MVA and/or overpayment/underpayment',
  'no change',
] as const);
/** One of {@link LSC_OUTCOME_KINDS}. */
export type LscOutcomeKind = (typeof LSC_OUTCOME_KINDS)[number];

/** Input of {@link classifyLscOutcomeKind}. */
export const outcomeKindInputSchema = z.object({
  claimClosed: z.boolean(),
  /** An MVA and/or an over/underpayment resulted. */
  mvaOrPaymentAdjustment: z.boolean(),
});
export type OutcomeKindInput = z.input<typeof outcomeKindInputSchema>;
const R_KIND_CLOSED = r('LSC-07-001', 'Claim to benefit closed with an MVA and/or over/underpayment.');
const R_KIND_CONT = r('LSC-07-001', 'Claim continues; a change of circumstances results in an MVA and/or over/underpayment.');
const R_KIND_NONE = r('LSC-07-001', 'No MVA and no over/underpayment: no change.');

/**
 * Which of the three kinds of LSC outcome a case is (ch.07 para 1, LSC-07-001).
 *
 * @example
 * classifyLscOutcomeKind({ claimClosed: false, mvaOrPaymentAdjustment: false }).value; // 'no change'
 */
export function classifyLscOutcomeKind(input: OutcomeKindInput, options?: RuleOptions): Decision<LscOutcomeKind> {
  const edition = policyOf(options).id;
  if (!input.mvaOrPaymentAdjustment) return decide(LSC_OUTCOME_KINDS[2], [R_KIND_NONE], edition);
  return input.claimClosed ? decide(LSC_OUTCOME_KINDS[0], [R_KIND_CLOSED], edition) : decide(LSC_OUTCOME_KINDS[1], [R_KIND_CONT], edition);
}

export const outcomeResultRule = defineRule({
  name: 'deriveOutcomeResult', domain: 'compliance', title: 'Outcome and Outcome Result implied by the facts',
  ids: ['LSC-07-009b', 'LSC-07-010', 'LSC-07-021', 'LSC-07-025', 'LSC-07-127', 'LSC-07-130', 'LSC-08-024'], citations: [C('LSC-07-009b')], input: outcomeResultInputSchema, evaluate: deriveOutcomeResult,
});
export const outcomeKindRule = defineRule({
  name: 'classifyLscOutcomeKind', domain: 'compliance', title: 'Kind of LSC outcome',
  ids: ['LSC-07-001'], citations: [C('LSC-07-001')], input: outcomeKindInputSchema, evaluate: classifyLscOutcomeKind,
});
