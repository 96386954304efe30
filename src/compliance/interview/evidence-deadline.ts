import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addCalendarDays } from '../../calendar/add-calendar-days.js';
import { addWorkingDays } from '../../calendar/add-working-days.js';
import { addWeeks } from '../../calendar/add-weeks.js';
import type { IsoDate } from '../../calendar/types.js';
import { foiFact } from '../../foi/cite-foi.js';
import type { Citation } from '../../core/citation.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The kinds of request to the claimant that run against a deadline (ch.04 paras 53, 55, 58,
 * 78–79; ch.06 paras 26, 31).
 *
 * @example
 * EVIDENCE_REQUEST_KINDS.includes('telephone-MF47'); // true
 */
export const EVIDENCE_REQUEST_KINDS = Object.freeze([
  'documentary-evidence',
  'employment-dates-finishing-work',
  'undisclosed-capital',
  'telephone-MF47',
  'employment-information',
] as const);
/** One of {@link EVIDENCE_REQUEST_KINDS}. */
export type EvidenceRequestKind = (typeof EVIDENCE_REQUEST_KINDS)[number];

/** Where a request stands on `asOf`. */
export type EvidenceStatus = 'awaiting' | 'received-in-time' | 'received-late' | 'overdue';

/** What to do next. */
export type EvidenceNextAction =
  | 'none'
  | 'await'
  | 'consider-suspension'
  | 'send-details-to-DM-complex-needs'
  | 'refer-to-DM-suspension-or-overpayment'
  | 'complete-LT54-and-refer-to-DM';

/** Input of {@link evidenceDeadline}. */
export const evidenceDeadlineInputSchema = z
  .object({
    kind: z.enum(EVIDENCE_REQUEST_KINDS),
    /** Date of the request: interview date, letter issue date, or MF47 issue date (telephone). */
    requestDate: isoDateSchema,
    /** Date of a verbal request, if different from `requestDate` (ch.06 para 26): the earlier one counts. */
    verbalRequestDate: isoDateSchema.optional(),
    /**
     * Documentary evidence: date of the interview at which the documents were not supplied. Used by
     * an edition that counts from the interview (FOI-era, FOI-13); defaults to `requestDate`.
     */
    interviewDate: isoDateSchema.optional(),
    /** Undisclosed capital: a later due date granted at the claimant's request (ch.04 para 53). */
    extendedDueDate: isoDateSchema.optional(),
    /** "Today". */
    asOf: isoDateSchema,
    /** When the evidence/reply arrived, if it has. */
    receivedDate: isoDateSchema.optional(),
    /** The claimant has complex needs and/or needs additional support (ch.06 para 39). */
    complexNeeds: z.boolean().default(false),
  })
  .refine(receivedNotBeforeRequest, { message: 'receivedDate is before the request', path: ['receivedDate'] });
export type EvidenceDeadlineInput = z.input<typeof evidenceDeadlineInputSchema>;

/** Value of {@link evidenceDeadline}. */
export interface EvidenceDeadline {
  /** Day 0 of the period. */
  readonly startDate: IsoDate;
  /** Last day on which the evidence is in time (inclusive). */
  readonly dueDate: IsoDate;
  readonly status: EvidenceStatus;
  readonly nextAction: EvidenceNextAction;
  /** Finishing work: a new claim to benefit is needed as well (ch.04 para 58). */
  readonly newClaimRequired: boolean;
}

function minDate(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}

/**
 * The check on an evidence request: evidence cannot arrive before it was asked for (the earlier of
 * the written and the verbal request).
 *
 * @example
 * receivedNotBeforeRequest({ requestDate: '2026-03-02', receivedDate: '2026-03-01' }); // false
 */
export function receivedNotBeforeRequest(v: { readonly requestDate: string; readonly verbalRequestDate?: string | undefined; readonly receivedDate?: string | undefined }): boolean {
  return v.receivedDate === undefined || v.receivedDate >= minDate(v.requestDate, v.verbalRequestDate);
}

const C = {
  '04-053': lsc('LSC-04-053'), '04-054': lsc('LSC-04-054'), '04-055': lsc('LSC-04-055'), '04-058': lsc('LSC-04-058'),
  '04-078': lsc('LSC-04-078'), '04-079': lsc('LSC-04-079'), '04-080': lsc('LSC-04-080'), '06-026': lsc('LSC-06-026'),
  '06-031': lsc('LSC-06-031'), '06-038': lsc('LSC-06-038'), '06-039': lsc('LSC-06-039'), '04-016d': lsc('LSC-04-016d'),
} as const;

const PERIOD: Record<EvidenceRequestKind, Reason> = {
  'documentary-evidence': reason('LSC-06-026', 'Documentary evidence: 14 calendar days from the date the request was notified to the claimant (letter or verbal request, whichever came first).', [C['04-055'], C['06-026']]),
  'employment-dates-finishing-work': reason('LSC-04-058', 'Working but finishing immediately: evidence of the dates of employment within 10 working days, and a new claim to benefit.', [C['04-058']]),
  'undisclosed-capital': reason('LSC-04-053', 'Undisclosed capital: 14 calendar days to respond, longer if the claimant asked for more time.', [C['04-053']]),
  'telephone-MF47': reason('LSC-04-079', 'Telephone interview: the MF47 must be returned within 14 calendar days of its issue (B/F 14 calendar days).', [C['04-078'], C['04-079']]),
  'employment-information': reason('LSC-06-031', 'Employment information: the claimant is allowed 14 days (calendar days).', [C['06-031']]),
};
const OVERDUE: Record<EvidenceRequestKind, Reason> = {
  'documentary-evidence': reason('LSC-06-026', 'Not received within 14 calendar days: the LSCO should suspend the current award (decided through the suspension rules).', [C['06-026'], C['06-038']]),
  'employment-dates-finishing-work': reason('LSC-06-038', 'Employment dates not provided: the LSCO must consider suspension.', [C['06-038'], C['04-058']]),
  'undisclosed-capital': reason('LSC-04-054', 'No response by the due date: refer to a Decision Maker to consider suspension and/or an overpayment calculation.', [C['04-054']]),
  'telephone-MF47': reason('LSC-04-080', 'MF47 not returned by the B/F date: complete the LT54 and refer the case to the DM.', [C['04-080']]),
  'employment-information': reason('LSC-06-038', 'Employment information not provided: the LSCO must consider suspension.', [C['06-038'], C['06-031']]),
};
// The FOI-era edition (FOI-13): documents not supplied at the interview are due within 10 working
// days of it; the summary states no consequence, so the 2015 consequence (consider suspension) is kept.
const F13 = foiFact('FOI-13');
const R_FOI_PERIOD: Reason = reason('FOI-13', 'Documents not supplied at the interview may be required within 10 working days of the interview.', [F13]);
const R_FOI_OVERDUE: Reason = reason('FOI-13', 'Not received within 10 working days of the interview: the summary states no consequence; as in 2015 the LSCO considers suspension.', [F13, C['06-038']]);
const R_FOI_IN_TIME: Reason = reason('FOI-13', 'Received on or before the due date: in time.', [F13]);
const R_FOI_LATE: Reason = reason('FOI-13', 'Received after the due date.', [F13]);
const R_FOI_WAIT: Reason = reason('FOI-13', 'The due date has not passed: wait for the documents.', [F13]);
const R_COMPLEX: Reason = reason('LSC-06-039', 'Complex needs and/or additional support: the LSCO must not suspend; send the details to the appropriate benefit Decision Maker.', [C['06-039']]);
// The status reasons cite the paragraph that sets the request kind's period.
const STATUS_CITE: Record<EvidenceRequestKind, readonly [string, readonly Citation[]]> = {
  'documentary-evidence': ['LSC-06-026', [C['06-026']]],
  'employment-dates-finishing-work': ['LSC-04-058', [C['04-058']]],
  'undisclosed-capital': ['LSC-04-053', [C['04-053']]],
  'telephone-MF47': ['LSC-04-079', [C['04-079']]],
  'employment-information': ['LSC-06-031', [C['06-031']]],
};
const statusReasons = (says: string): Record<EvidenceRequestKind, Reason> => {
  const out = {} as Record<EvidenceRequestKind, Reason>;
  for (const k of EVIDENCE_REQUEST_KINDS) out[k] = reason(STATUS_CITE[k][0], says, STATUS_CITE[k][1]);
  return out;
};
const R_IN_TIME = statusReasons('Received on or before the due date: in time.');
const R_LATE = statusReasons('Received after the due date.');
const R_WAIT = statusReasons('The due date has not passed: wait for the evidence.');

/**
 * The due date of a request to the claimant and what follows when it passes: documentary
 * evidence 14 calendar days from notification (ch.04 para 55, ch.06 para 26); employment dates
 * when finishing work 10 working days (ch.04 para 58); undisclosed capital 14 calendar days,
 * extendable, then DM referral (ch.04 paras 53–54); a telephone MF47 14 calendar days, then
 * LT54 + DM (ch.04 paras 78–80); employment information 14 days (ch.06 para 31). Overdue
 * evidence leads to suspension consideration, except complex-needs claimants (ch.06 para 39).
 * The due date is never before the request date; the due date itself is in time.
 *
 * @example
 * evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-03-17' }).value;
 * // { startDate: '2026-03-02', dueDate: '2026-03-16', status: 'overdue', nextAction: 'consider-suspension', newClaimRequired: false }
 */
export function evidenceDeadline(input: EvidenceDeadlineInput, options?: RuleOptions): Decision<EvidenceDeadline> {
  const policy = policyOf(options);
  const p = policy.complianceInterview;
  const fromInterview = input.kind === 'documentary-evidence' ? p.documentaryEvidenceWorkingDaysFromInterview.value : null;
  const startDate = (fromInterview !== null ? (input.interviewDate ?? input.requestDate) : minDate(input.requestDate, input.kind === 'documentary-evidence' ? input.verbalRequestDate : undefined)) as IsoDate;
  let dueDate: IsoDate;
  switch (input.kind) {
    case 'documentary-evidence':
      dueDate = fromInterview !== null ? addWorkingDays(startDate, fromInterview, options?.calendar) : addCalendarDays(startDate, p.documentaryEvidenceCalendarDays.value);
      break;
    case 'employment-dates-finishing-work':
      dueDate = addWorkingDays(startDate, p.finishingWorkEvidenceWorkingDays.value, options?.calendar);
      break;
    case 'undisclosed-capital': {
      const base = addCalendarDays(startDate, p.capitalResponseCalendarDays.value);
      dueDate = input.extendedDueDate !== undefined && input.extendedDueDate > base ? (input.extendedDueDate as IsoDate) : base;
      break;
    }
    case 'telephone-MF47':
      dueDate = addCalendarDays(startDate, p.telephoneMf47ReturnCalendarDays.value);
      break;
    case 'employment-information':
      dueDate = addCalendarDays(startDate, p.employmentInformationDays.value);
      break;
  }
  const newClaimRequired = input.kind === 'employment-dates-finishing-work';
  const foi = fromInterview !== null;
  const reasons: Reason[] = [foi ? R_FOI_PERIOD : PERIOD[input.kind]];
  let status: EvidenceStatus;
  let nextAction: EvidenceNextAction;
  if (input.receivedDate !== undefined && input.receivedDate <= input.asOf) {
    status = input.receivedDate <= dueDate ? 'received-in-time' : 'received-late';
    nextAction = 'none';
    reasons.push(status === 'received-in-time' ? (foi ? R_FOI_IN_TIME : R_IN_TIME[input.kind]) : foi ? R_FOI_LATE : R_LATE[input.kind]);
  } else if (input.asOf <= dueDate) {
    status = 'awaiting';
    nextAction = 'await';
    reasons.push(foi ? R_FOI_WAIT : R_WAIT[input.kind]);
  } else {
    status = 'overdue';
    reasons.push(foi ? R_FOI_OVERDUE : OVERDUE[input.kind]);
    if (input.kind === 'undisclosed-capital') nextAction = 'refer-to-DM-suspension-or-overpayment';
    else if (input.kind === 'telephone-MF47') nextAction = 'complete-LT54-and-refer-to-DM';
    else if (input.complexNeeds ?? false) {
      nextAction = 'send-details-to-DM-complex-needs';
      reasons.push(R_COMPLEX);
    } else nextAction = 'consider-suspension';
  }
  return decide({ startDate, dueDate, status, nextAction, newClaimRequired }, reasons, policy.id);
}

/** Registry entry of {@link evidenceDeadline}. */
export const evidenceDeadlineRule = defineRule({
  name: 'evidenceDeadline',
  domain: 'compliance',
  title: 'Evidence and response deadlines (documentary evidence, capital, telephone MF47, employment)',
  ids: ['LSC-04-053', 'LSC-04-054', 'LSC-04-055', 'LSC-04-058', 'LSC-04-078', 'LSC-04-079', 'LSC-04-080', 'LSC-06-026', 'LSC-06-031', 'LSC-06-038', 'LSC-06-039'],
  citations: [C['04-055'], C['06-026']],
  input: evidenceDeadlineInputSchema,
  evaluate: evidenceDeadline,
});

/** Input of {@link claimClosureAfterSuspension}. */
export const closureAfterSuspensionInputSchema = z.object({
  /** Date benefit was suspended for missing evidence (day 0). */
  suspensionDate: isoDateSchema,
  asOf: isoDateSchema,
  /** The evidence has now been supplied. */
  evidenceSupplied: z.boolean(),
});
export type ClosureAfterSuspensionInput = z.input<typeof closureAfterSuspensionInputSchema>;

/** Value of {@link claimClosureAfterSuspension}. */
export interface ClosureAfterSuspension {
  /** Last day of "the subsequent 4 weeks" (suspension date + 28 days). */
  readonly lastDayToSupply: IsoDate;
  /** The claim may now be put to the DM for closure. */
  readonly closureMayBeConsidered: boolean;
}

const R_CLOSE: Reason = reason('LSC-04-016d', 'Evidence still not supplied within the 4 weeks after suspension: the claim is considered for closure (overpayment action is not affected).', [C['04-016d']]);
const R_NOT_YET: Reason = reason('LSC-04-016d', 'Within the 4 weeks after suspension, or evidence supplied: no closure.', [C['04-016d']]);

/**
 * The end of the evidence chain: after suspension the claimant has "the subsequent 4 weeks"
 * to supply the evidence; from the day after, the claim is considered for closure (ch.04 para
 * 16). A recommendation: the DM decides.
 *
 * @example
 * claimClosureAfterSuspension({ suspensionDate: '2026-03-20', asOf: '2026-04-18', evidenceSupplied: false }).value;
 * // { lastDayToSupply: '2026-04-17', closureMayBeConsidered: true }
 */
export function claimClosureAfterSuspension(input: ClosureAfterSuspensionInput, options?: RuleOptions): Decision<ClosureAfterSuspension> {
  const policy = policyOf(options);
  const lastDayToSupply = addWeeks(input.suspensionDate as IsoDate, policy.complianceInterview.closureAfterSuspensionWeeks.value);
  const closureMayBeConsidered = !input.evidenceSupplied && input.asOf > lastDayToSupply;
  return decide({ lastDayToSupply, closureMayBeConsidered }, [closureMayBeConsidered ? R_CLOSE : R_NOT_YET], policy.id);
}

/** Registry entry of {@link claimClosureAfterSuspension}. */
export const closureAfterSuspensionRule = defineRule({
  name: 'claimClosureAfterSuspension',
  domain: 'compliance',
  title: 'Claim closure 4 weeks after suspension for missing evidence',
  ids: ['LSC-04-016d'],
  citations: [C['04-016d']],
  input: closureAfterSuspensionInputSchema,
  evaluate: claimClosureAfterSuspension,
});
