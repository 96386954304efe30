import { z } from 'zod';
import { addWeeks, type IsoDate } from '../calendar/index.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintOutcomeSchema, complaintStageSchema } from './vocabulary.js';

/** Input of {@link remedialFeedbackDeadline}. */
export const remedialFeedbackInputSchema = z.object({
  stage: complaintStageSchema,
  /** The date the feedback recommending remedial action is given. */
  feedbackGivenOn: isoDateSchema,
  /** A simple remedy, or a more complex issue. */
  complexity: z.enum(['simple', 'complex']),
  /** The deadline agreed with the receiving team, if any: it overrides the default ("not rigid"). */
  agreedDeadline: isoDateSchema.optional(),
});
export type RemedialFeedbackInput = z.input<typeof remedialFeedbackInputSchema>;

const R_SIMPLE = stageReasons('CRM-04b', 'CRM-09a', 'a simple remedy may attract a one-week deadline for the receiving team to act and confirm.');
const R_COMPLEX = stageReasons('CRM-04b', 'CRM-09a', 'a more complex issue may attract two weeks or more for the receiving team to act and confirm.');
const R_AGREED = stageReasons('CRM-04b', 'CRM-09a', 'the deadline agreed with the receiving team applies (the default is not rigid).');

/**
 * The deadline for a team to act on remedial-action feedback and confirm it (CRM-04b to a team or
 * site, CRM-09a from the CCRT to a CRT): the agreed date if any, else one week for a simple remedy,
 * two weeks (a minimum) for a more complex issue, in calendar weeks from the feedback.
 *
 * @example
 * remedialFeedbackDeadline({ stage: 'CRT', feedbackGivenOn: '2025-03-03', complexity: 'simple' }).value; // '2025-03-10'
 */
export function remedialFeedbackDeadline(input: RemedialFeedbackInput, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  const s = input.stage;
  if (input.agreedDeadline !== undefined) return decide(input.agreedDeadline as IsoDate, [R_AGREED[s]], policy.id);
  const simple = input.complexity === 'simple';
  const weeks = simple ? policy.complaints.simpleRemedyFeedbackWeeks.value : policy.complaints.complexRemedyFeedbackWeeks.value;
  return decide(addWeeks(input.feedbackGivenOn as IsoDate, weeks), [simple ? R_SIMPLE[s] : R_COMPLEX[s]], policy.id);
}

/** Input of {@link classifyReviewFeedbackToCrt}. */
export const reviewFeedbackInputSchema = z.object({ ccrtOutcome: complaintOutcomeSchema });
export type ReviewFeedbackInput = z.input<typeof reviewFeedbackInputSchema>;

const C05G = crm('CRM-05g');
const R_POSITIVE: Reason = reason('CRM-05g', 'CCRT: feedback to a CRT about a Justified complaint is positive feedback about its complaint handling.', [C05G]);
const R_UNCLASSIFIED: Reason = reason('CRM-05g', 'CCRT: the guide classifies feedback only for Justified complaints.', [C05G]);

/**
 * Is the CCRT's feedback to the CRT positive? Yes when the CCRT outcome is Justified (CRM-05g);
 * otherwise the guide does not classify it (`null`).
 *
 * @example
 * classifyReviewFeedbackToCrt({ ccrtOutcome: 'Justified' }).value; // 'positive'
 */
export function classifyReviewFeedbackToCrt(input: ReviewFeedbackInput, options?: RuleOptions): Decision<'positive' | null> {
  const policy = policyOf(options);
  return input.ccrtOutcome === 'Justified' ? decide('positive', [R_POSITIVE], policy.id) : decide(null, [R_UNCLASSIFIED], policy.id);
}

export const remedialFeedbackRule = defineRule({
  name: 'remedialFeedbackDeadline', domain: 'complaints', title: 'Remedial-action feedback deadline',
  ids: ['CRM-04b', 'CRM-09a'], citations: [crm('CRM-04b'), crm('CRM-09a')], input: remedialFeedbackInputSchema, evaluate: remedialFeedbackDeadline,
});

export const reviewFeedbackRule = defineRule({
  name: 'classifyReviewFeedbackToCrt', domain: 'complaints', title: 'CCRT feedback to the CRT on Justified complaints',
  ids: ['CRM-05g'], citations: [C05G], input: reviewFeedbackInputSchema, evaluate: classifyReviewFeedbackToCrt,
});
