import { z } from 'zod';
import { addMonths, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C = lsc('LSC-02-002c');

/** Input of {@link riskReviewWindow}. */
export const riskReviewWindowInputSchema = z.object({
  riskType: z.enum(['C', 'D']),
  dateOfClaim: isoDateSchema,
  /** The date of a review already held or planned, to check against the window. */
  reviewDate: isoDateSchema.optional(),
});
export type RiskReviewWindowInput = z.input<typeof riskReviewWindowInputSchema>;

/** The Risk C/D review window and where a review date falls in it. */
export interface RiskReviewWindow {
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  /** 'early' before the window, 'due' inside it (inclusive), 'late' after; null without a review date. */
  readonly timing: 'early' | 'due' | 'late' | null;
}

const R_WINDOW = reason('LSC-02-002c', 'Risk C and D cases are reviewed at the 2 – 3 month stage, counted from the date of claim (inclusive).', [C]);
const R_EARLY = reason('LSC-02-002c', 'The review date is before the 2-month stage: early.', [C]);
const R_DUE = reason('LSC-02-002c', 'The review date is within the 2 – 3 month stage.', [C]);
const R_LATE = reason('LSC-02-002c', 'The review date is after the 3-month stage: late.', [C]);

/**
 * The "review at the 2 – 3 month stage" window of a Risk C or D referral (ch.02 para 2,
 * LSC-02-002c): from date of claim + 2 months to date of claim + 3 months, both inclusive.
 *
 * @example
 * riskReviewWindow({ riskType: 'C', dateOfClaim: '2026-01-31' }).value;
 * // { earliest: '2026-03-31', latest: '2026-04-30', timing: null }
 */
export function riskReviewWindow(input: RiskReviewWindowInput, options?: RuleOptions): Decision<RiskReviewWindow> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  const dateOfClaim = input.dateOfClaim as IsoDate;
  const earliest = addMonths(dateOfClaim, p.riskReviewFromMonths.value);
  const latest = addMonths(dateOfClaim, p.riskReviewToMonths.value);
  const r = input.reviewDate;
  if (r === undefined) return decide({ earliest, latest, timing: null }, [R_WINDOW], policy.id);
  if (r < earliest) return decide({ earliest, latest, timing: 'early' }, [R_WINDOW, R_EARLY], policy.id);
  if (r > latest) return decide({ earliest, latest, timing: 'late' }, [R_WINDOW, R_LATE], policy.id);
  return decide({ earliest, latest, timing: 'due' }, [R_WINDOW, R_DUE], policy.id);
}

export const riskReviewWindowRule = defineRule({
  name: 'riskReviewWindow',
  domain: 'compliance',
  title: 'Risk C/D review at the 2 – 3 month stage',
  ids: ['LSC-02-002c'],
  citations: [C],
  input: riskReviewWindowInputSchema,
  evaluate: riskReviewWindow,
});
