import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { POSITIVE_COMPLIANCE_RESULTS, canonicalOutcomeResult } from './outcome-values.js';

/** Input of {@link decideOutcomeCountsTowardsKmi}. */
export const kmiInputSchema = z.object({
  outcome: z.string(),
  outcomeResult: z.string(),
  dateOfOutcome: isoDateSchema,
  /** The calendar day the outcome fields were entered. */
  recordedOn: isoDateSchema,
  /** Was the FRF raised for a reason listed in the referral guidance (not a locally identified reason)? */
  referralReasonListed: z.boolean().default(true),
});
export type KmiInput = z.input<typeof kmiInputSchema>;

const POSITIVE: ReadonlySet<string> = new Set(POSITIVE_COMPLIANCE_RESULTS);
const R_COUNTS = reason('LSC-07-024', "'Positive Compliance' with a change result and today's Date of Outcome: counted towards the LSC KMI.", [lsc('LSC-07-024'), lsc('LSC-07-011')]);
const R_NOT_POSITIVE = reason('LSC-07-024', "Only 'Positive Compliance' with one of the six change results counts towards the KMI.", [lsc('LSC-07-024')]);
const R_DATE = reason('LSC-07-011', 'The Date of Outcome is not the day the outcome was recorded (a past date or the closure date): the outcome is not counted.', [lsc('LSC-07-011')]);
const R_LOCAL = reason('LSC-10-017', 'A referral for a locally identified reason should not be actioned and cannot be claimed towards the KMI.', [lsc('LSC-10-017')]);

/**
 * Does a recorded outcome count towards the Local Service Compliance KMI? Only 'Positive
 * Compliance' with one of the six change results (ch.07 para 24), dated the day it was recorded
 * (para 11), on a referral raised for a listed reason (ch.10 para 17). Every failed condition is given.
 *
 * @example
 * decideOutcomeCountsTowardsKmi({ outcome: 'Positive Compliance', outcomeResult: 'Overpayment Only', dateOfOutcome: '2015-06-01', recordedOn: '2015-06-01' }).value; // true
 */
export function decideOutcomeCountsTowardsKmi(input: KmiInput, options?: RuleOptions): Decision<boolean> {
  const edition = policyOf(options).id;
  const result = canonicalOutcomeResult(input.outcomeResult);
  const fails: Reason[] = [];
  if (input.outcome !== 'Positive Compliance' || result === undefined || !POSITIVE.has(result)) fails.push(R_NOT_POSITIVE);
  if (input.dateOfOutcome !== input.recordedOn) fails.push(R_DATE);
  if (input.referralReasonListed === false) fails.push(R_LOCAL);
  return fails.length === 0 ? decide(true, [R_COUNTS], edition) : decide(false, fails, edition);
}

export const kmiRule = defineRule({
  name: 'decideOutcomeCountsTowardsKmi', domain: 'compliance', title: 'Outcome counted towards the LSC KMI',
  ids: ['LSC-07-011', 'LSC-07-024', 'LSC-10-017'], citations: [lsc('LSC-07-024')], input: kmiInputSchema, evaluate: decideOutcomeCountsTowardsKmi,
});
