import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addMonths, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The grounds on which a reconsideration can succeed (ch.08 para 21, LSC-08-021).
 *
 * @example
 * RECONSIDERATION_GROUNDS.includes('error-of-law'); // true
 */
export const RECONSIDERATION_GROUNDS = Object.freeze(['ignorance-of-material-fact', 'mistake-as-to-material-fact', 'error-of-law'] as const);
export type ReconsiderationGround = (typeof RECONSIDERATION_GROUNDS)[number];

/** Input of {@link decideDecisionChallenge}. */
export const decisionChallengeInputSchema = z.object({
  /** The day the original DM decision was notified. */
  originalDecisionNotifiedOn: isoDateSchema,
  /** The day action leading to a revision was started (the LSCO's request). */
  actionStartedOn: isoDateSchema,
  /** An explanation of the decision was asked for first (it can be verbal). */
  explanationRequested: z.boolean(),
  /** After the explanation the LSCO still believes the decision is wrong. */
  stillDisputed: z.boolean(),
  /** The grounds the LSCO shows. */
  grounds: z.array(z.enum(RECONSIDERATION_GROUNDS)).default([]),
});
export type DecisionChallengeInput = z.input<typeof decisionChallengeInputSchema>;

/** The verdict of {@link decideDecisionChallenge}. */
export interface DecisionChallengeVerdict {
  /** The last day on which action can start for the decision to be revisable. */
  readonly revisionWindowLastDay: IsoDate;
  readonly inTime: boolean;
  /** A reconsideration may be requested now. */
  readonly reconsiderationMayBeRequested: boolean;
}

const C = lsc;
const R_IN = reason('LSC-08-018', 'Action leading to a revision started within one month of the notification of the original decision: the decision can be revised.', [C('LSC-08-018')]);
const R_LATE = reason('LSC-08-018', 'Action started more than one month after the notification of the original decision: outside the revision window.', [C('LSC-08-018')]);
const R_EXPLAIN = reason('LSC-08-019', 'To dispute a decision the LSCO must first ask for an explanation (verbally is enough).', [C('LSC-08-019')]);
const R_ACCEPTED = reason('LSC-08-020', 'After the explanation the LSCO no longer disputes the decision: no reconsideration.', [C('LSC-08-020')]);
const R_RECON = reason('LSC-08-020', 'The LSCO still believes the decision is wrong and may request a reconsideration.', [C('LSC-08-020')]);
const R_NO_GROUND = reason('LSC-08-021', 'A reconsideration must show ignorance of a material fact, a mistake as to a material fact, or an error of law.', [C('LSC-08-021')]);
const R_GROUND = reason('LSC-08-021', 'The reconsideration shows at least one of the grounds (ignorance of or mistake as to a material fact, error of law).', [C('LSC-08-021')]);

/**
 * Can the LSCO challenge a DM decision? Revisable when action starts within one calendar month of
 * the notification (day 0; the same day-of-month a month later is in time, month end clamped;
 * ch.08 para 18); an explanation is asked for first (para 19); a reconsideration follows only if
 * the LSCO still disputes it (para 20) and shows a para 21 ground.
 *
 * @example
 * decideDecisionChallenge({ originalDecisionNotifiedOn: '2015-01-31', actionStartedOn: '2015-02-28', explanationRequested: true, stillDisputed: true, grounds: ['error-of-law'] }).value.reconsiderationMayBeRequested; // true
 */
export function decideDecisionChallenge(input: DecisionChallengeInput, options?: RuleOptions): Decision<DecisionChallengeVerdict> {
  const policy = policyOf(options);
  const last = addMonths(input.originalDecisionNotifiedOn as IsoDate, policy.complianceOutcomes.revisionWindowMonths.value);
  const inTime = input.actionStartedOn <= last;
  const reasons: Reason[] = [inTime ? R_IN : R_LATE];
  let may = inTime;
  if (!input.explanationRequested) { reasons.push(R_EXPLAIN); may = false; }
  else if (!input.stillDisputed) { reasons.push(R_ACCEPTED); may = false; }
  else reasons.push(R_RECON);
  if ((input.grounds ?? []).length === 0) { reasons.push(R_NO_GROUND); may = false; } else reasons.push(R_GROUND);
  return decide({ revisionWindowLastDay: last, inTime, reconsiderationMayBeRequested: may }, reasons, policy.id);
}

export const decisionChallengeRule = defineRule({
  name: 'decideDecisionChallenge', domain: 'compliance', title: "Challenging a Decision Maker's decision (revision window, explanation, reconsideration)",
  ids: ['LSC-08-018', 'LSC-08-019', 'LSC-08-020', 'LSC-08-021'], citations: [C('LSC-08-018')], input: decisionChallengeInputSchema, evaluate: decideDecisionChallenge,
});
