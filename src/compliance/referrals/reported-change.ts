import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C098 = lsc('LSC-03-098');
const C099 = lsc('LSC-03-099');
const C100 = lsc('LSC-03-100');
const C101 = lsc('LSC-03-101');
const C102 = lsc('LSC-03-102');
const C103A = lsc('LSC-03-103a');

/** Input of {@link decideReportedChangeOutcome}. */
export const reportedChangeInputSchema = z.object({
  /** The claimant reported the change to the LSCO (telephone review), or to another part of the Department. */
  reportedTo: z.enum(['LSCO', 'OtherPartOfDepartment']),
  /** The date the change of circumstances occurred. */
  changeDate: isoDateSchema,
  /** The date the claimant contacted the Department to report it. */
  contactDate: isoDateSchema,
  /** LSCO route: the date of the telephone review (default: the contact date). */
  reviewDate: isoDateSchema.optional(),
  /** LSCO route: a full review including completion of an MF47 was carried out. */
  fullReviewWithMf47: z.boolean().optional(),
  /** Issue date of the LSC invitation (appointment) letter, if issued. */
  letterIssueDate: isoDateSchema.optional(),
});
export type ReportedChangeInput = z.input<typeof reportedChangeInputSchema>;

const R_RECORD = reason('LSC-03-103a', 'The contact from the claimant must be recorded on the FRAIMS case.', [C103A]);
const R_FUTURE = reason('LSC-03-102', 'The claimant reported a future change: a successful outcome cannot be claimed.', [C102]);
const R_NO_REVIEW = reason('LSC-03-099', 'Resolved by telephone: an MVA needs a full review including the completion of an MF47 by the LSCO.', [C099]);
const R_AFTER_REVIEW = reason('LSC-03-100', 'The change must have occurred on or before the day the review takes place.', [C100]);
const R_LSCO_OK = reason('LSC-03-100', 'Full telephone review with an MF47, and the change occurred on or before the review day: a successful outcome (MVA) may be claimed.', [C100, C099, C098]);
const R_NO_LETTER = reason('LSC-03-101', 'Reported to someone other than the LSCO before any invitation letter was issued: no successful outcome.', [C101]);
const R_BEFORE_LETTER = reason('LSC-03-101', 'The contact came before the invitation letter was issued: no successful outcome.', [C101]);
const R_AFTER_LETTER = reason('LSC-03-101', 'The change occurred after the date the letter was issued: no successful outcome.', [C101]);
const R_OTHER_OK = reason('LSC-03-101', 'Following the issue of the letter the claimant reported a change that occurred on or before the issue date: a successful outcome may be claimed.', [C101, C098]);

/**
 * Can a successful outcome (MVA) be claimed when the claimant reports a pre-existing change
 * before the interview? (ch.03 paras 98–103): never for a future change; to the LSCO by
 * telephone → full review with MF47 and change on or before the review day; to anyone else →
 * contact on or after the letter's issue date and change on or before it.
 *
 * @example
 * decideReportedChangeOutcome({ reportedTo: 'OtherPartOfDepartment', changeDate: '2026-04-01', contactDate: '2026-04-18', letterIssueDate: '2026-04-15' }).value; // true
 */
export function decideReportedChangeOutcome(input: ReportedChangeInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const no = (why: Reason) => decide(false, [why, R_RECORD], policy.id);
  if (input.changeDate > input.contactDate) return no(R_FUTURE);
  if (input.reportedTo === 'LSCO') {
    if (input.fullReviewWithMf47 !== true) return no(R_NO_REVIEW);
    if (input.changeDate > (input.reviewDate ?? input.contactDate)) return no(R_AFTER_REVIEW);
    return decide(true, [R_LSCO_OK, R_RECORD], policy.id);
  }
  if (input.letterIssueDate === undefined) return no(R_NO_LETTER);
  if (input.contactDate < input.letterIssueDate) return no(R_BEFORE_LETTER);
  if (input.changeDate > input.letterIssueDate) return no(R_AFTER_LETTER);
  return decide(true, [R_OTHER_OK, R_RECORD], policy.id);
}
export const reportedChangeRule = defineRule({
  name: 'decideReportedChangeOutcome', domain: 'compliance', title: 'Change reported before the interview: successful outcome',
  ids: ['LSC-03-098', 'LSC-03-099', 'LSC-03-100', 'LSC-03-101', 'LSC-03-102', 'LSC-03-103a'],
  citations: [C098, C099, C100, C101, C102, C103A], input: reportedChangeInputSchema, evaluate: decideReportedChangeOutcome,
});
