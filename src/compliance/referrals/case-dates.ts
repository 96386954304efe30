import { z } from 'zod';
import { addCalendarDays, addMonths, addWeeks, addWorkingDays, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C008B = lsc('LSC-03-008b');
const C025 = lsc('LSC-03-025');
const C026 = lsc('LSC-03-026');
const C033B = lsc('LSC-03-033b');
const C061 = lsc('LSC-03-061');
const C062 = lsc('LSC-03-062');
const C069 = lsc('LSC-03-069');
const C037 = lsc('LSC-02-037');
const C038 = lsc('LSC-02-038');
const C039 = lsc('LSC-02-039');

// ---------------------------------------------------------------- Notepad retention (para 8)

/** Input of {@link notepadRetentionDate}. */
export const notepadRetentionInputSchema = z.object({ recordedOn: isoDateSchema });
export type NotepadRetentionInput = z.input<typeof notepadRetentionInputSchema>;
const R_NOTEPAD = reason('LSC-03-008b', 'Notepad: "Do not delete until" the date 14 months after the note is recorded (end-of-month clamped).', [C008B]);

/**
 * The Notepad "Do not delete until" date: 14 calendar months after the note (ch.03 para 8).
 *
 * @example
 * notepadRetentionDate({ recordedOn: '2015-12-31' }).value; // '2017-02-28'
 */
export function notepadRetentionDate(input: NotepadRetentionInput, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  return decide(addMonths(input.recordedOn as IsoDate, policy.complianceReferrals.notepadRetentionMonths.value), [R_NOTEPAD], policy.id);
}
export const notepadRetentionRule = defineRule({
  name: 'notepadRetentionDate', domain: 'compliance', title: 'Notepad retention date (14 months)',
  ids: ['LSC-03-008b'], citations: [C008B], input: notepadRetentionInputSchema, evaluate: notepadRetentionDate,
});

// ---------------------------------------------------------------- Document destruction (para 33)

/** Input of {@link documentDestructionDate}. */
export const documentDestructionInputSchema = z.object({
  entitlementEndDate: isoDateSchema,
  /** The claim is an exception case under the Records Management Policy. */
  exceptionCase: z.boolean().optional(),
});
export type DocumentDestructionInput = z.input<typeof documentDestructionInputSchema>;
const R_DESTROY = reason('LSC-03-033b', 'LSC documents are kept as long as benefit documents: destroyed 14 months after benefit entitlement ends.', [C033B]);
const R_EXCEPTION = reason('LSC-03-033b', 'Exception case: not destroyed at 14 months; the Records Management Policy decides.', [C033B]);

/**
 * When LSC documents may be destroyed: 14 months after benefit entitlement ends, unless the
 * claim is an exception case (null) (ch.03 para 33).
 *
 * @example
 * documentDestructionDate({ entitlementEndDate: '2026-01-31' }).value; // '2027-03-31'
 */
export function documentDestructionDate(input: DocumentDestructionInput, options?: RuleOptions): Decision<IsoDate | null> {
  const policy = policyOf(options);
  if (input.exceptionCase === true) return decide(null, [R_EXCEPTION], policy.id);
  return decide(addMonths(input.entitlementEndDate as IsoDate, policy.complianceReferrals.documentDestructionMonths.value), [R_DESTROY], policy.id);
}
export const documentDestructionRule = defineRule({
  name: 'documentDestructionDate', domain: 'compliance', title: 'Destruction of LSC documents (14 months)',
  ids: ['LSC-03-033b'], citations: [C033B], input: documentDestructionInputSchema, evaluate: documentDestructionDate,
});

// ---------------------------------------------------------------- CCEL1 response (paras 25–26)

/** Input of {@link ccel1ResponseDue}. */
export const ccel1ResponseInputSchema = z.object({
  issueDate: isoDateSchema,
  /** Date the claimant's reply arrived, if any. */
  replyReceivedDate: isoDateSchema.optional(),
  asOf: isoDateSchema,
});
export type Ccel1ResponseInput = z.input<typeof ccel1ResponseInputSchema>;

/** Result of {@link ccel1ResponseDue}. */
export interface Ccel1Response {
  /** Issue date + 14 calendar days (the B/F date; not rolled off weekends). */
  readonly broughtForward: IsoDate;
  /** FRAIMS Activity Sub-Status to record (verbatim). */
  readonly activitySubStatus: 'Telephone';
  /** The route decision (paras 27–31) is now due: the reply arrived, or the B/F date is reached with none. */
  readonly decisionDue: boolean;
}
const R_CCEL1 = reason('LSC-03-025', "CCEL1: the claimant has 14 calendar days to respond; record the activity with Sub-Status 'Telephone' and a B/F 14 calendar days after issue.", [C025]);
const R_REPLIED = reason('LSC-03-026', 'The CCEL1 was returned: decide the next step now.', [C026]);
const R_BF = reason('LSC-03-026', 'No reply by the 14-day B/F date: decide the next step now.', [C026]);
const R_WAIT = reason('LSC-03-026', 'No reply yet and the B/F date has not been reached.', [C026]);

/**
 * The CCEL1 response B/F date (issue + 14 calendar days) and whether the next decision is due
 * (ch.03 paras 25–26).
 *
 * @example
 * ccel1ResponseDue({ issueDate: '2026-03-06', asOf: '2026-03-20' }).value;
 * // { broughtForward: '2026-03-20', activitySubStatus: 'Telephone', decisionDue: true }
 */
export function ccel1ResponseDue(input: Ccel1ResponseInput, options?: RuleOptions): Decision<Ccel1Response> {
  const policy = policyOf(options);
  const broughtForward = addCalendarDays(input.issueDate as IsoDate, policy.complianceReferrals.ccel1ResponseCalendarDays.value);
  const replied = input.replyReceivedDate !== undefined && input.replyReceivedDate <= input.asOf;
  const reached = input.asOf >= broughtForward;
  const why = replied ? R_REPLIED : reached ? R_BF : R_WAIT;
  return decide({ broughtForward, activitySubStatus: 'Telephone', decisionDue: replied || reached }, [R_CCEL1, why], policy.id);
}
export const ccel1ResponseRule = defineRule({
  name: 'ccel1ResponseDue', domain: 'compliance', title: 'CCEL1 response: 14 calendar days',
  ids: ['LSC-03-025', 'LSC-03-026'], citations: [C025, C026], input: ccel1ResponseInputSchema, evaluate: ccel1ResponseDue,
});

// ---------------------------------------------------------------- SMS reminder (paras 61–62, 69)

/** Input of {@link smsReminderDates}. */
export const smsReminderInputSchema = z.object({
  interviewDate: isoDateSchema,
  /** A mobile telephone number could be located. */
  mobileNumberLocated: z.boolean(),
});
export type SmsReminderInput = z.input<typeof smsReminderInputSchema>;

/** Result of {@link smsReminderDates}. */
export interface SmsReminderDates {
  /** The day before the interview (calendar day), or null without a mobile number. */
  readonly smsSendDate: IsoDate | null;
  /** FRAIMS B/F to check the SMS schedule: the last working day before the interview. */
  readonly checkBroughtForward: IsoDate | null;
}
const R_SMS = reason('LSC-03-061', 'Schedule the SMS reminder of the date and time for the day before the interview; set a B/F the day before to check it (last working day before).', [C061, C062, C069]);
const R_NO_MOBILE = reason('LSC-03-061', 'No mobile telephone number can be located: the SMS step is not required.', [C061]);

/**
 * When to send the SMS reminder (the calendar day before the interview) and the FRAIMS B/F to
 * check it (the last working day before the interview) (ch.03 paras 61–62, 69).
 *
 * @example
 * smsReminderDates({ interviewDate: '2026-03-09', mobileNumberLocated: true }).value;
 * // { smsSendDate: '2026-03-08', checkBroughtForward: '2026-03-06' }
 */
export function smsReminderDates(input: SmsReminderInput, options?: RuleOptions): Decision<SmsReminderDates> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  if (!input.mobileNumberLocated) return decide({ smsSendDate: null, checkBroughtForward: null }, [R_NO_MOBILE], policy.id);
  const day = input.interviewDate as IsoDate;
  return decide(
    {
      smsSendDate: addCalendarDays(day, -p.smsReminderDaysBefore.value),
      checkBroughtForward: addWorkingDays(day, -p.smsCheckBroughtForwardWorkingDaysBefore.value, options?.calendar),
    },
    [R_SMS],
    policy.id,
  );
}
export const smsReminderRule = defineRule({
  name: 'smsReminderDates', domain: 'compliance', title: 'SMS reminder and its B/F check',
  ids: ['LSC-03-061', 'LSC-03-062', 'LSC-03-069'], citations: [C061, C062, C069], input: smsReminderInputSchema, evaluate: smsReminderDates,
});

// ---------------------------------------------------------------- HST clearance target (paras 37–39)

/** Input of {@link hstClearanceTarget}. */
export const hstClearanceInputSchema = z.object({
  pmFrfReferralDate: isoDateSchema,
  /** Case closure date, if cleared. */
  clearedDate: isoDateSchema.optional(),
  asOf: isoDateSchema,
});
export type HstClearanceInput = z.input<typeof hstClearanceInputSchema>;

/** Result of {@link hstClearanceTarget}. */
export interface HstClearance {
  /** PM FRF referral date + 9 weeks. */
  readonly targetDate: IsoDate;
  /** Cleared after the target, or still open after it. */
  readonly targetBreached: boolean;
  /** HST cases keep priority at all stages, breached or not. */
  readonly priority: true;
  /** FRAIMS Position to associate to the case. */
  readonly associatePosition: 'FRM PM SPOC';
}
const R_HST = reason('LSC-02-037', 'HST cases are a priority at all stages; clearance target 9 weeks from the date of the PM FRF referral.', [C037, C039]);
const R_HST_BREACH = reason('LSC-02-038', 'The 9-week target is exceeded: the case remains a priority (no change of routing or status).', [C038]);

/**
 * The Performance Measurement – High Suspicion Tracking clearance target: 9 weeks from the PM
 * FRF referral; breaches are flagged and the case stays a priority; associate 'FRM PM SPOC'
 * (ch.02 paras 37–39).
 *
 * @example
 * hstClearanceTarget({ pmFrfReferralDate: '2026-01-05', asOf: '2026-03-10' }).value.targetBreached; // true
 */
export function hstClearanceTarget(input: HstClearanceInput, options?: RuleOptions): Decision<HstClearance> {
  const policy = policyOf(options);
  const targetDate = addWeeks(input.pmFrfReferralDate as IsoDate, policy.complianceReferrals.hstClearanceTargetWeeks.value);
  const end = input.clearedDate ?? input.asOf;
  const targetBreached = end > targetDate;
  return decide(
    { targetDate, targetBreached, priority: true, associatePosition: 'FRM PM SPOC' },
    targetBreached ? [R_HST, R_HST_BREACH] : [R_HST],
    policy.id,
  );
}
export const hstClearanceRule = defineRule({
  name: 'hstClearanceTarget', domain: 'compliance', title: 'HST 9-week clearance target',
  ids: ['LSC-02-037', 'LSC-02-038', 'LSC-02-039'], citations: [C037, C038, C039], input: hstClearanceInputSchema, evaluate: hstClearanceTarget,
});
