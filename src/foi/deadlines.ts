// FOI-era deadlines: the FoI mailbox (FOI-00a/b), interview notice (FOI-05a), arranging the interview
// (FOI-05b/c), documents after the interview (FOI-13).
import { z } from 'zod';
import { addWorkingDays, type IsoDate } from '../calendar/index.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import { foiFact } from './cite-foi.js';
import { decideFoiEraUnannouncedVisit, foiEraUnannouncedVisitInputSchema } from './permissions.js';

/** Input of {@link foiMailboxDeadlines}. */
export const foiMailboxInputSchema = z.object({
  /** The date the DWP FoI mailbox accepted the request. */
  acceptedOn: isoDateSchema,
});
export type FoiMailboxInput = z.input<typeof foiMailboxInputSchema>;

/** When the FoI mailbox forwards a request and when a response can be expected. */
export interface FoiMailboxDeadlines {
  readonly forwardedBy: IsoDate;
  readonly responseExpectedBy: IsoDate;
}

const R_MAILBOX: Reason = reason('FOI-00a', 'By the next working day the request is forwarded to the relevant information owner.', [foiFact('FOI-00a')]);
const R_MAILBOX_20: Reason = reason('FOI-00b', 'A Freedom of Information request can normally expect a response within 20 working days.', [foiFact('FOI-00b')]);

/**
 * DWP FoI mailbox service dates: forwarded to the information owner by the next working day
 * (FOI-00a); a response normally within 20 working days (FOI-00b), both from acceptance.
 *
 * @example
 * foiMailboxDeadlines({ acceptedOn: '2025-04-17' }).value.forwardedBy; // '2025-04-22'
 */
export function foiMailboxDeadlines(input: FoiMailboxInput, options?: RuleOptions): Decision<FoiMailboxDeadlines> {
  const policy = policyOf(options);
  const d = input.acceptedOn as IsoDate;
  return decide({
    forwardedBy: addWorkingDays(d, policy.foi.mailboxForwardingWorkingDays.value, options?.calendar),
    responseExpectedBy: addWorkingDays(d, policy.foi.mailboxResponseWorkingDays.value, options?.calendar),
  }, [R_MAILBOX, R_MAILBOX_20], policy.id);
}

/** Input of {@link foiEraInterviewNotice}. */
export const foiEraInterviewNoticeInputSchema = z.object({
  /** The date the interview was notified (issued). */
  notifiedOn: isoDateSchema,
  /** The date of the interview (office or home). */
  interviewOn: isoDateSchema,
  /** Circumstances for an un-announced visit, if one is proposed. */
  unannouncedVisit: foiEraUnannouncedVisitInputSchema.optional(),
});
export type FoiEraInterviewNoticeInput = z.input<typeof foiEraInterviewNoticeInputSchema>;

/** Whether the notice is long enough. */
export interface FoiEraInterviewNotice {
  /** The earliest permissible interview date (`null` for a permitted un-announced visit). */
  readonly earliestInterviewDate: IsoDate | null;
  readonly valid: boolean;
}

const R_NOTICE_OK: Reason = reason('FOI-05a', 'At least 3 working days\' notice of the interview was given.', [foiFact('FOI-05a')]);
const R_NOTICE_SHORT: Reason = reason('FOI-05a', 'Less than 3 working days\' notice of the interview: the claimant must be given at least 3 working days.', [foiFact('FOI-05a')]);

/**
 * Is the notice of an interview long enough? At least 3 working days: the interview may be on the 3rd
 * working day after notification or later (FOI-05a), unless it is an un-announced visit permitted by
 * FOI-05d. Under the 2015 edition this is 14 calendar days instead.
 *
 * @example
 * foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-06' }).value; // { earliestInterviewDate: '2025-03-06', valid: true }
 */
export function foiEraInterviewNotice(input: FoiEraInterviewNoticeInput, options?: RuleOptions): Decision<FoiEraInterviewNotice> {
  const policy = policyOf(options);
  let refusedVisit: readonly Reason[] | null = null;
  if (input.unannouncedVisit !== undefined) {
    const visit = decideFoiEraUnannouncedVisit(input.unannouncedVisit, options);
    if (visit.value) return decide({ earliestInterviewDate: null, valid: true }, visit.reasons, policy.id);
    refusedVisit = visit.reasons;
  }
  const earliest = addWorkingDays(input.notifiedOn as IsoDate, policy.foi.minimumInterviewNoticeWorkingDays.value, options?.calendar);
  const valid = input.interviewOn >= earliest;
  const notice = valid ? R_NOTICE_OK : R_NOTICE_SHORT;
  // A proposed un-announced visit that FOI-05d does not allow is explained before the notice rule.
  return decide({ earliestInterviewDate: earliest, valid }, refusedVisit === null ? [notice] : [...refusedVisit, notice], policy.id);
}

/** Input of {@link foiEraInterviewArrangementDeadline}. */
export const foiEraArrangementInputSchema = z.object({
  /** The date the compliance officer / team received the referral. */
  referralReceivedOn: isoDateSchema,
  /** A "prepayment case" (5 days instead of 15). */
  prepaymentCase: z.boolean(),
  /** The date the interview was arranged (notified), if it has been. */
  arrangedOn: isoDateSchema.optional(),
});
export type FoiEraArrangementInput = z.input<typeof foiEraArrangementInputSchema>;

/** The arrangement deadline and whether it was met. */
export interface FoiEraArrangementDeadline {
  readonly arrangeBy: IsoDate;
  readonly workingDays: number;
  readonly met: boolean | null;
}

const R_ARRANGE: Reason = reason('FOI-05b', 'The interview must be arranged within 15 working days of receiving the referral.', [foiFact('FOI-05b')]);
const R_ARRANGE_PREPAY: Reason = reason('FOI-05c', 'A prepayment case must be arranged within 5 (working) days of receiving the referral.', [foiFact('FOI-05c')]);

/**
 * By when must the interview be arranged? 15 working days from receipt of the referral (FOI-05b);
 * 5 working days for a prepayment case (FOI-05c; the unit is not stated). Arranged on the due date is on time.
 *
 * @example
 * foiEraInterviewArrangementDeadline({ referralReceivedOn: '2025-05-02', prepaymentCase: false }).value.arrangeBy; // '2025-05-27'
 */
export function foiEraInterviewArrangementDeadline(input: FoiEraArrangementInput, options?: RuleOptions): Decision<FoiEraArrangementDeadline> {
  const policy = policyOf(options);
  const workingDays = input.prepaymentCase ? policy.foi.prepaymentArrangementWorkingDays.value : policy.foi.interviewArrangementWorkingDays.value;
  const arrangeBy = addWorkingDays(input.referralReceivedOn as IsoDate, workingDays, options?.calendar);
  const met = input.arrangedOn === undefined ? null : input.arrangedOn <= arrangeBy;
  return decide({ arrangeBy, workingDays, met }, [input.prepaymentCase ? R_ARRANGE_PREPAY : R_ARRANGE], policy.id);
}

/** Input of {@link foiEraDocumentsDeadline}. */
export const foiEraDocumentsInputSchema = z.object({
  /** The date of the interview at which the documents were not provided. */
  interviewOn: isoDateSchema,
});
export type FoiEraDocumentsInput = z.input<typeof foiEraDocumentsInputSchema>;

const R_DOCS: Reason = reason('FOI-13', 'Relevant documents not provided at the interview may be required within 10 working days.', [foiFact('FOI-13')]);

/**
 * By when may the officer insist on documents not provided at the interview? Within 10 working days of
 * the interview (FOI-13). The 2015 edition allows 14 calendar days instead.
 *
 * @example
 * foiEraDocumentsDeadline({ interviewOn: '2025-04-17' }).value; // '2025-05-06'
 */
export function foiEraDocumentsDeadline(input: FoiEraDocumentsInput, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  return decide(addWorkingDays(input.interviewOn as IsoDate, policy.foi.documentsDueWorkingDays.value, options?.calendar), [R_DOCS], policy.id);
}

export const foiMailboxRule = defineRule({
  name: 'foiMailboxDeadlines', domain: 'foi', title: 'FoI mailbox: forwarding and response dates',
  ids: ['FOI-00a', 'FOI-00b'], citations: [foiFact('FOI-00a'), foiFact('FOI-00b')], input: foiMailboxInputSchema, evaluate: foiMailboxDeadlines,
});
export const foiEraInterviewNoticeRule = defineRule({
  name: 'foiEraInterviewNotice', domain: 'foi', title: 'FOI-era interview notice (3 working days)',
  ids: ['FOI-05a', 'FOI-05d'], citations: [foiFact('FOI-05a'), foiFact('FOI-05d')], input: foiEraInterviewNoticeInputSchema, evaluate: foiEraInterviewNotice,
});
export const foiEraArrangementRule = defineRule({
  name: 'foiEraInterviewArrangementDeadline', domain: 'foi', title: 'FOI-era interview arrangement (15 / 5 working days)',
  ids: ['FOI-05b', 'FOI-05c'], citations: [foiFact('FOI-05b'), foiFact('FOI-05c')], input: foiEraArrangementInputSchema, evaluate: foiEraInterviewArrangementDeadline,
});
export const foiEraDocumentsRule = defineRule({
  name: 'foiEraDocumentsDeadline', domain: 'foi', title: 'FOI-era documents deadline (10 working days)',
  ids: ['FOI-13'], citations: [foiFact('FOI-13')], input: foiEraDocumentsInputSchema, evaluate: foiEraDocumentsDeadline,
});
