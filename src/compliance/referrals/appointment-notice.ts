import { z } from 'zod';
import { addCalendarDays, addWorkingDays, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';

const C = {
  s050: lsc('LSC-03-050a'),
  s052: lsc('LSC-03-052'),
  s053: lsc('LSC-03-053'),
  s054: lsc('LSC-03-054'),
  s060: lsc('LSC-03-060'),
  s074: lsc('LSC-03-074'),
  s075: lsc('LSC-03-075'),
  s079: lsc('LSC-03-079'),
  s092: lsc('LSC-03-092'),
  s103: lsc('LSC-03-103b'),
};
// The FOI-era edition's notice rule (FOI-05a); cited by reasons only under that edition, so the
// registry entries keep the ch.03 ids and citations.
const F05A = foiFact('FOI-05a');

/**
 * How an appointment was arranged: by letter (the 14-calendar-day minimum applies), by a
 * short-notice telephone call (ch.03 paras 74–81), after the claimant waived the minimum notice
 * (para 103), or re-arranged by agreement after the claimant said they cannot attend (para 92).
 *
 * @example
 * APPOINTMENT_ARRANGEMENTS[0]; // 'Written'
 */
export const APPOINTMENT_ARRANGEMENTS = Object.freeze(['Written', 'ShortNoticeTelephone', 'ClaimantWaiver', 'RearrangedByAgreement'] as const);
/** One of {@link APPOINTMENT_ARRANGEMENTS}. */
export type AppointmentArrangement = (typeof APPOINTMENT_ARRANGEMENTS)[number];

/** Input of {@link appointmentWindow}. */
export const appointmentWindowInputSchema = z
  .object({
    /** Prepayment (Risk A) interview or visit. */
    prepayment: z.boolean().optional(),
    /** Date of receipt of the case by LSC (required for prepayment cases). */
    receivedDate: isoDateSchema.optional(),
    /** Date the claimant is notified (letter issued, or call made). */
    notificationDate: isoDateSchema,
    arrangement: z.enum(APPOINTMENT_ARRANGEMENTS).optional(),
    /** Abroad case: appointment letter to the last known address, 14 days to attend. */
    abroad: z.boolean().optional(),
    /** Short-notice call: the person was the claimant and identity was established by random security questions. */
    identityEstablished: z.boolean().optional(),
    /** Short-notice call: the claimant can attend and obtain the documents in time. */
    claimantAvailableWithDocuments: z.boolean().optional(),
    /** JSA: dates of the claimant's Fortnightly Jobsearch Reviews, to coincide with. */
    fortnightlyJobsearchReviewDates: z.array(isoDateSchema).optional(),
  })
  .refine((x) => x.prepayment !== true || x.receivedDate !== undefined, { path: ['receivedDate'], message: 'required for a prepayment interview or visit' });
export type AppointmentWindowInput = z.input<typeof appointmentWindowInputSchema>;

/** The permitted appointment dates. */
export interface AppointmentWindow {
  /** Earliest permitted appointment date. */
  readonly earliest: IsoDate;
  /** Latest permitted appointment date (prepayment only), else null. */
  readonly latest: IsoDate | null;
  /** The 14-calendar-day minimum notice applies. */
  readonly minimumNoticeApplies: boolean;
  /** How the claimant must be notified. */
  readonly notifyBy: 'Writing' | 'Telephone';
  /** JSA: the first Fortnightly Jobsearch Review inside the window, else the earliest date. */
  readonly preferredDate: IsoDate;
}

const R = {
  prepayment: reason('LSC-03-052', 'Prepayment interviews and visits must take place within 5 working days of receipt by LSC; the 14-day minimum notice does not apply.', [C.s052]),
  written: reason('LSC-03-053', 'Appointments are notified in writing and must be a minimum of 14 calendar days in the future.', [C.s053, C.s060]),
  abroad: reason('LSC-03-050a', 'Abroad: the claimant is given 14 days to attend the appointment.', [C.s050]),
  shortNotice: reason('LSC-03-074', 'Short-notice office or visit appointment arranged by telephone: no minimum notice.', [C.s074]),
  identity: reason('LSC-03-075', 'Short notice: the appointment may only be discussed with the claimant once identity is established by random security questions.', [C.s075]),
  unavailable: reason('LSC-03-079', 'The claimant cannot attend or cannot obtain the documents in time: an appointment letter is issued for a later date (14-day minimum), with a warning that they must attend.', [C.s079, C.s053]),
  writtenWorking: reason('FOI-05a', 'Appointments must give at least the minimum number of working days of notice (3 in the FOI-era edition).', [F05A]),
  noWaiver: reason('FOI-05a', 'This edition has no waiver of the minimum notice: the minimum working-day notice applies.', [F05A]),
  noExemption: reason('FOI-05a', 'This edition has no short-notice or re-arrangement exception: the minimum working-day notice applies.', [F05A]),
  waiver: reason('LSC-03-103b', 'The claimant chose to waive the minimum notification period to have an earlier interview.', [C.s103]),
  rearranged: reason('LSC-03-092', 'Re-arranged at a time and place convenient for both parties: the minimum notice does not apply.', [C.s092]),
  jsa: reason('LSC-03-054', 'JSA: arrange the interview to coincide with the Fortnightly Jobsearch Review (first one inside the permitted window).', [C.s054]),
};

function windowOf(input: AppointmentWindowInput, options: RuleOptions | undefined): { w: Omit<AppointmentWindow, 'preferredDate'>; reasons: Reason[] } {
  const p = policyOf(options).complianceReferrals;
  const notified = input.notificationDate as IsoDate;
  if (input.prepayment === true) {
    const latest = addWorkingDays(input.receivedDate as IsoDate, p.prepaymentInterviewWorkingDays.value, options?.calendar);
    return { w: { earliest: notified, latest, minimumNoticeApplies: false, notifyBy: 'Telephone' }, reasons: [R.prepayment] };
  }
  const workingNotice = p.minimumNoticeWorkingDays.value;
  const written = (reasons: Reason[]) => {
    if (input.abroad === true) {
      return { w: { earliest: addCalendarDays(notified, p.abroadAppointmentNoticeDays.value), latest: null, minimumNoticeApplies: true, notifyBy: 'Writing' as const }, reasons: [...reasons, R.abroad] };
    }
    const earliest = workingNotice === null ? addCalendarDays(notified, p.minimumNoticeCalendarDays.value) : addWorkingDays(notified, workingNotice, options?.calendar);
    return { w: { earliest, latest: null, minimumNoticeApplies: true, notifyBy: 'Writing' as const }, reasons };
  };
  const writtenReason = workingNotice === null ? R.written : R.writtenWorking;
  const free = (why: Reason[]) => ({ w: { earliest: notified, latest: null, minimumNoticeApplies: false, notifyBy: 'Telephone' as const }, reasons: why });
  const arrangement = input.arrangement ?? 'Written';
  if ((arrangement === 'ShortNoticeTelephone' || arrangement === 'RearrangedByAgreement') && !p.shortNoticeArrangementsExempt.value) {
    return written([R.noExemption]);
  }
  switch (arrangement) {
    case 'ShortNoticeTelephone':
      if (input.claimantAvailableWithDocuments === false) return written(workingNotice === null ? [R.unavailable] : [R.unavailable, R.writtenWorking]);
      return free(input.identityEstablished === false ? [R.shortNotice, R.identity] : [R.shortNotice]);
    case 'ClaimantWaiver':
      return p.minimumNoticeWaivable.value ? free([R.waiver]) : written([R.noWaiver]);
    case 'RearrangedByAgreement':
      return free([R.rearranged]);
    default:
      return written([writtenReason]);
  }
}

/**
 * The earliest and latest permitted appointment dates (ch.03 paras 50, 52–54, 60, 74–79, 92,
 * 103): prepayment → within 5 working days of receipt by LSC (jurisdiction from
 * `options.calendar`); written notice → at least 14 calendar days after the letter (day 0 = the
 * issue date); short-notice telephone, claimant waiver, re-arranged by agreement → no minimum
 * (under `foi-era`: 3 working days' notice in every case but a prepayment one, FOI-05a).
 *
 * @example
 * appointmentWindow({ notificationDate: '2026-06-01' }).value.earliest; // '2026-06-15'
 */
export function appointmentWindow(input: AppointmentWindowInput, options?: RuleOptions): Decision<AppointmentWindow> {
  const policy = policyOf(options);
  const { w, reasons } = windowOf(input, options);
  let preferredDate = w.earliest;
  const reviews = input.fortnightlyJobsearchReviewDates;
  if (reviews !== undefined && reviews.length > 0) {
    let best: string | undefined;
    for (const d of reviews) if (d >= w.earliest && (w.latest === null || d <= w.latest) && (best === undefined || d < best)) best = d;
    if (best !== undefined) preferredDate = best as IsoDate;
    reasons.push(R.jsa);
  }
  return decide({ ...w, preferredDate }, reasons, policy.id);
}

export const appointmentWindowRule = defineRule({
  name: 'appointmentWindow',
  domain: 'compliance',
  title: 'Earliest and latest permitted appointment dates',
  ids: ['LSC-03-050a', 'LSC-03-052', 'LSC-03-053', 'LSC-03-054', 'LSC-03-060', 'LSC-03-074', 'LSC-03-075', 'LSC-03-079', 'LSC-03-092', 'LSC-03-103b'],
  citations: Object.values(C),
  input: appointmentWindowInputSchema,
  evaluate: appointmentWindow,
});

/** Input of {@link checkAppointmentCompliance}: the window facts plus the appointment date. */
export const appointmentComplianceInputSchema = z.intersection(appointmentWindowInputSchema, z.object({ appointmentDate: isoDateSchema }));
export type AppointmentComplianceInput = z.input<typeof appointmentComplianceInputSchema>;

/** Why an appointment is not compliant. */
export const APPOINTMENT_BREACHES = Object.freeze(['TooLittleNotice', 'LaterThanPrepaymentDeadline', 'IdentityNotEstablished'] as const);
/** One of {@link APPOINTMENT_BREACHES}. */
export type AppointmentBreach = (typeof APPOINTMENT_BREACHES)[number];

/** Result of {@link checkAppointmentCompliance}. */
export interface AppointmentCompliance {
  readonly compliant: boolean;
  readonly breaches: readonly AppointmentBreach[];
  readonly earliest: IsoDate;
  readonly latest: IsoDate | null;
}

const R_TOO_SOON = reason('LSC-03-053', 'The appointment is sooner than the permitted earliest date (minimum of 14 calendar days in the future).', [C.s053, C.s060]);
const R_TOO_SOON_ABROAD = reason('LSC-03-050a', 'The appointment gives the claimant fewer than 14 days to attend.', [C.s050]);
// An appointment with no minimum notice may still not be before the notification; each
// arrangement's reasons cite its own paragraph.
const R_BEFORE_NOTICE = {
  prepayment: reason('LSC-03-052', 'The prepayment appointment is before the claimant was notified of it.', [C.s052]),
  ShortNoticeTelephone: reason('LSC-03-074', 'The appointment is before the claimant was notified of it.', [C.s074]),
  ClaimantWaiver: reason('LSC-03-103b', 'The appointment is before the claimant was notified of it (the waiver allows an earlier interview, not one before notice).', [C.s103]),
  RearrangedByAgreement: reason('LSC-03-092', 'The re-arranged appointment is before the claimant was notified of it.', [C.s092]),
} as const;
const R_OK_FREE = {
  prepayment: reason('LSC-03-052', 'The prepayment appointment is within the permitted window.', [C.s052]),
  ShortNoticeTelephone: reason('LSC-03-074', 'The short-notice appointment is within the permitted window.', [C.s074]),
  ClaimantWaiver: reason('LSC-03-103b', 'The appointment is within the permitted window (minimum notice waived).', [C.s103]),
  RearrangedByAgreement: reason('LSC-03-092', 'The re-arranged appointment is within the permitted window.', [C.s092]),
} as const;

/** Which arrangement set aside the minimum notice, for a window where none applies. */
function freeArrangementOf(input: AppointmentWindowInput): keyof typeof R_BEFORE_NOTICE {
  if (input.prepayment === true) return 'prepayment';
  const a = input.arrangement;
  return a === 'ClaimantWaiver' || a === 'RearrangedByAgreement' ? a : 'ShortNoticeTelephone';
}
const R_TOO_LATE = reason('LSC-03-052', 'The prepayment interview/visit is later than 5 working days after receipt by LSC.', [C.s052]);
const R_ID = reason('LSC-03-075', 'Short-notice appointment made without establishing that the person was the claimant.', [C.s075]);
const R_TOO_SOON_WORKING = reason('FOI-05a', 'The appointment gives fewer than the minimum working days of notice (3 in the FOI-era edition).', [F05A]);
const R_OK = reason('LSC-03-053', 'The appointment date is within the permitted window.', [C.s053]);
const R_OK_WORKING = reason('FOI-05a', 'The appointment date is within the permitted window.', [F05A]);

/**
 * Is this appointment compliant, and if not why? (ch.03 paras 50, 52–53, 60, 74–75, 79, 92, 103)
 *
 * @example
 * checkAppointmentCompliance({ notificationDate: '2026-06-01', appointmentDate: '2026-06-14' }).value;
 * // { compliant: false, breaches: ['TooLittleNotice'], earliest: '2026-06-15', latest: null }
 */
export function checkAppointmentCompliance(input: AppointmentComplianceInput, options?: RuleOptions): Decision<AppointmentCompliance> {
  const policy = policyOf(options);
  const { w, reasons } = windowOf(input, options);
  const breaches: AppointmentBreach[] = [];
  const why: Reason[] = [...reasons];
  if (input.appointmentDate < w.earliest) {
    breaches.push('TooLittleNotice');
    const tooSoon = policy.complianceReferrals.minimumNoticeWorkingDays.value === null ? R_TOO_SOON : R_TOO_SOON_WORKING;
    why.push(w.minimumNoticeApplies ? (input.abroad === true ? R_TOO_SOON_ABROAD : tooSoon) : R_BEFORE_NOTICE[freeArrangementOf(input)]);
  }
  if (w.latest !== null && input.appointmentDate > w.latest) {
    breaches.push('LaterThanPrepaymentDeadline');
    why.push(R_TOO_LATE);
  }
  const shortNoticeCall = input.prepayment !== true && input.arrangement === 'ShortNoticeTelephone' && policy.complianceReferrals.shortNoticeArrangementsExempt.value;
  if (shortNoticeCall && input.claimantAvailableWithDocuments !== false && input.identityEstablished === false) {
    breaches.push('IdentityNotEstablished');
    why.push(R_ID);
  }
  if (breaches.length === 0) {
    if (!w.minimumNoticeApplies) why.push(R_OK_FREE[freeArrangementOf(input)]);
    else why.push(policy.complianceReferrals.minimumNoticeWorkingDays.value === null ? R_OK : R_OK_WORKING);
  }
  return decide({ compliant: breaches.length === 0, breaches, earliest: w.earliest, latest: w.latest }, why, policy.id);
}

export const appointmentComplianceRule = defineRule({
  name: 'checkAppointmentCompliance',
  domain: 'compliance',
  title: 'Is the appointment compliant',
  ids: ['LSC-03-050a', 'LSC-03-052', 'LSC-03-053', 'LSC-03-060', 'LSC-03-074', 'LSC-03-075', 'LSC-03-079', 'LSC-03-092', 'LSC-03-103b'],
  citations: Object.values(C),
  input: appointmentComplianceInputSchema,
  evaluate: checkAppointmentCompliance,
});
