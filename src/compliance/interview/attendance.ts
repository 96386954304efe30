import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import type { Citation } from '../../core/citation.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * FRAIMS appointment activity types (ch.06 para 3).
 *
 * @example
 * APPOINTMENT_ACTIVITY_TYPES; // ['Office Interview', 'Home Visit']
 */
export const APPOINTMENT_ACTIVITY_TYPES = Object.freeze(['Office Interview', 'Home Visit'] as const);
/** One of {@link APPOINTMENT_ACTIVITY_TYPES}. */
export type AppointmentActivityType = (typeof APPOINTMENT_ACTIVITY_TYPES)[number];

/**
 * FRAIMS activity Resolutions (ch.06 para 3), exact text (en dashes as printed).
 *
 * @example
 * ACTIVITY_RESOLUTIONS.includes('Failed to Attend C'); // true
 */
export const ACTIVITY_RESOLUTIONS = Object.freeze([
  'Attended',
  'Further Interview Required',
  'Effective – Action Complete',
  'Effective – Action Incomplete',
  'Ineffective – Visit N/A',
  'Failed to Attend C',
  'Ineffective – Action Incomplete',
  'Customer Cancelled',
  'Not Required',
  'Created in Error',
] as const);
/** One of {@link ACTIVITY_RESOLUTIONS}. */
export type ActivityResolution = (typeof ACTIVITY_RESOLUTIONS)[number];

/**
 * MI results (ch.06 para 3). Neutral "will not affect the FTA MI calculation".
 *
 * @example
 * MI_RESULTS; // ['Effective', 'Ineffective', 'Neutral']
 */
export const MI_RESULTS = Object.freeze(['Effective', 'Ineffective', 'Neutral'] as const);
/** One of {@link MI_RESULTS}. */
export type MiResult = (typeof MI_RESULTS)[number];

/** One row of {@link MI_RESOLUTION_TABLE}. */
export interface MiResolutionRow {
  readonly activityTypes: readonly AppointmentActivityType[];
  readonly resolution: ActivityResolution;
  readonly miResult: MiResult;
  /** The row's reading of the garbled printed table needed a choice (docs/interpretations.md). */
  readonly flagged?: true;
  readonly cites: readonly Citation[];
}

const C001 = lsc('LSC-06-001');
const C002 = lsc('LSC-06-002');
const C003 = lsc('LSC-06-003');
const BOTH: readonly AppointmentActivityType[] = Object.freeze(['Office Interview', 'Home Visit']);
const OFFICE: readonly AppointmentActivityType[] = Object.freeze(['Office Interview']);
const HOME: readonly AppointmentActivityType[] = Object.freeze(['Home Visit']);
const row = (activityTypes: readonly AppointmentActivityType[], resolution: ActivityResolution, miResult: MiResult, flagged?: true): MiResolutionRow =>
  Object.freeze(flagged ? { activityTypes, resolution, miResult, flagged, cites: [C003] } : { activityTypes, resolution, miResult, cites: [C003] });

/**
 * The Resolution → MI Result table of ch.06 para 3, reconstructed from the flattened print in
 * its printed order. 'Ineffective – Visit N/A' is printed inside the Home Visit *Effective*
 * group and is kept there (flagged; see docs/interpretations.md).
 *
 * @example
 * MI_RESOLUTION_TABLE.find((r) => r.resolution === 'Attended')?.miResult; // 'Effective'
 */
export const MI_RESOLUTION_TABLE: readonly MiResolutionRow[] = Object.freeze([
  row(OFFICE, 'Attended', 'Effective'),
  row(OFFICE, 'Further Interview Required', 'Effective'),
  row(HOME, 'Effective – Action Complete', 'Effective'),
  row(HOME, 'Effective – Action Incomplete', 'Effective'),
  row(HOME, 'Ineffective – Visit N/A', 'Effective', true),
  row(OFFICE, 'Failed to Attend C', 'Ineffective'),
  row(HOME, 'Ineffective – Action Incomplete', 'Ineffective'),
  row(BOTH, 'Customer Cancelled', 'Neutral'),
  row(BOTH, 'Not Required', 'Neutral'),
  row(BOTH, 'Created in Error', 'Neutral'),
]);

/** Input of {@link miResultOfResolution}. */
export const miResolutionInputSchema = z.object({
  activityType: z.enum(APPOINTMENT_ACTIVITY_TYPES),
  /** The Resolution as selected; 'Failed to Attend' and hyphen-for-en-dash spellings are accepted as aliases. */
  resolution: z.string().min(1),
  /** What actually happened, to check the Resolution against it (ch.06 para 2). */
  claimantAttended: z.boolean().optional(),
});
export type MiResolutionInput = z.input<typeof miResolutionInputSchema>;

/** Value of {@link miResultOfResolution}: the MI result, or null when the Resolution is not valid for the activity. */
export interface MiResolution {
  readonly miResult: MiResult | null;
  /** The canonical Resolution, when recognised. */
  readonly resolution: ActivityResolution | null;
  /** False when the Resolution is unknown, not valid for this activity type, or contradicts attendance. */
  readonly valid: boolean;
}

const R_MAP = reason('LSC-06-003', 'The Resolution selected on the FRAIMS activity determines the MI result (ch.06 para 3 table).', [C003]);
const R_INVALID = reason('LSC-06-002', 'The Resolution is not one of those valid for this activity type: select the correct Resolution, as it drives MI.', [C002, C003]);
const R_CONTRA = reason('LSC-06-002', 'The Resolution contradicts what happened (attended → an Effective result; not seen → Ineffective or Neutral): it must be correct for MI.', [C002, C001]);

function canonicalResolution(text: string): ActivityResolution | null {
  const t = text.trim().replace(/\s+-\s+/g, ' – ').replace(/\s+/g, ' ');
  if (t.toLowerCase() === 'failed to attend') return 'Failed to Attend C';
  const hit = ACTIVITY_RESOLUTIONS.find((r) => r.toLowerCase() === t.toLowerCase());
  return hit ?? null;
}

/**
 * The MI result (Effective / Ineffective / Neutral) of the Resolution recorded on an Office
 * Interview or Home Visit activity (ch.06 paras 1–3), and whether the Resolution is valid for
 * that activity and consistent with attendance (para 2).
 *
 * @example
 * miResultOfResolution({ activityType: 'Office Interview', resolution: 'Failed to Attend C' }).value.miResult; // 'Ineffective'
 */
export function miResultOfResolution(input: MiResolutionInput, options?: RuleOptions): Decision<MiResolution> {
  const policy = policyOf(options);
  const resolution = canonicalResolution(input.resolution);
  const r = resolution === null ? undefined : MI_RESOLUTION_TABLE.find((x) => x.resolution === resolution && x.activityTypes.includes(input.activityType));
  if (r === undefined) return decide({ miResult: null, resolution, valid: false }, [R_INVALID], policy.id);
  const consistent = input.claimantAttended === undefined || r.flagged === true || input.claimantAttended === (r.miResult === 'Effective');
  if (!consistent) {
    return decide({ miResult: r.miResult, resolution, valid: false }, [R_MAP, R_CONTRA], policy.id);
  }
  return decide({ miResult: r.miResult, resolution, valid: true }, [R_MAP], policy.id);
}

/** Registry entry of {@link miResultOfResolution}. */
export const miResolutionRule = defineRule({
  name: 'miResultOfResolution',
  domain: 'compliance',
  title: 'Appointment Resolution → MI result',
  ids: ['LSC-06-001', 'LSC-06-002', 'LSC-06-003'],
  citations: [C001, C002, C003],
  input: miResolutionInputSchema,
  evaluate: miResultOfResolution,
});

/** Input of {@link canRecordFailureToAttend}. */
export const failureToAttendInputSchema = z.object({
  /** The day for which the interview or visit was arranged. */
  appointmentDate: isoDateSchema,
  /** "Today". */
  asOf: isoDateSchema,
  /** On the appointment day itself: the office's working day has ended (the guidance gives no time). */
  workingDayEnded: z.boolean().default(false),
  /** The claimant attended / was available. */
  attended: z.boolean().default(false),
  /** An LMS record exists for the claimant (ch.06 para 25). */
  lmsRecordExists: z.boolean().default(false),
  /** Which failure to attend this is (1 = the first appointment missed); read by an edition with automatic re-offers (FOI-16a/b). */
  failureNumber: z.number().int().min(1).max(100).default(1),
  /** The claimant has a good reason for not attending (with or without notice; FOI-16b). */
  goodReason: z.boolean().default(false),
});
export type FailureToAttendInput = z.input<typeof failureToAttendInputSchema>;

/** What must be recorded once a failure to attend is established (ch.04 para 82, ch.06 paras 21–25). */
export type FailureToAttendRecord =
  | 'outcome-on-interview-visit-activity'
  | 'correct-resolution-for-MI'
  | 'contact-attempts-and-good-reasons-in-description'
  | 'note-on-LMS-record'
  | 'consider-suspension'
  | 'offer-another-appointment';

/** Value of {@link canRecordFailureToAttend}. */
export interface FailureToAttend {
  readonly canRecord: boolean;
  /** What to record and consider once it can be recorded; empty otherwise. */
  readonly records: readonly FailureToAttendRecord[];
}

const C021 = lsc('LSC-06-021');
const R_ATTENDED = reason('LSC-06-001', 'The claimant attended: record the outcome of the appointment, not a failure to attend.', [C001]);
const R_TOO_EARLY = reason('LSC-06-021', 'A failure to attend is only established at the end of the working day for which the appointment was arranged, not before.', [C021]);
const R_FTA = reason('LSC-06-021', 'The working day of the appointment has ended: the failure to attend can be recorded on the interview/visit activity.', [C021, lsc('LSC-04-082')]);
const R_DETAILS = reason('LSC-06-024', 'Record the attempts made to contact the claimant and any good reasons in the activity Description/Comments.', [lsc('LSC-06-024')]);
const R_LMS = reason('LSC-06-025', 'An LMS record exists: note on it that the claimant failed to attend / was not available.', [lsc('LSC-06-025')]);
const R_FOI_FIRST = reason('FOI-16a', 'A first failure to attend: another appointment must automatically be offered.', [foiFact('FOI-16a')]);
const R_FOI_SECOND = reason('FOI-16b', 'A second failure to attend with good reason: another appointment must be offered.', [foiFact('FOI-16b')]);
const R_FOI_NO_DUTY = reason('FOI-16b', 'A second failure without good reason, or a later failure: no duty to re-offer is stated; as in 2015 the LSCO considers suspension.', [foiFact('FOI-16b'), lsc('LSC-06-038')]);
const R_SUSPEND = reason('LSC-06-038', 'Failure to attend: the LSCO must consider suspension.', [lsc('LSC-06-038')]);

/**
 * Can a failure to attend be recorded yet? Only at the end of the working day for which the
 * interview or visit was arranged (ch.06 para 21): never before the appointment day, on the day
 * only once the working day has ended, and on any later day. Then the outcome and the correct
 * Resolution are recorded (ch.04 para 82, ch.06 paras 21–23), with contact attempts and good
 * reasons (para 24), an LMS note (para 25), and suspension considered (para 38). Under an edition
 * whose `failureToAttendReOffer` is `'re-offer-first-and-second-with-good-reason'` (FOI-era,
 * FOI-16a/b) a first failure, or a second with good reason, gives `offer-another-appointment`
 * instead of `consider-suspension`.
 *
 * @example
 * canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-10' }).value.canRecord; // false
 */
export function canRecordFailureToAttend(input: FailureToAttendInput, options?: RuleOptions): Decision<FailureToAttend> {
  const policy = policyOf(options);
  if (input.attended ?? false) return decide({ canRecord: false, records: [] }, [R_ATTENDED], policy.id);
  const ended = input.asOf > input.appointmentDate || (input.asOf === input.appointmentDate && (input.workingDayEnded ?? false));
  if (!ended) return decide({ canRecord: false, records: [] }, [R_TOO_EARLY], policy.id);
  const records: FailureToAttendRecord[] = ['outcome-on-interview-visit-activity', 'correct-resolution-for-MI', 'contact-attempts-and-good-reasons-in-description'];
  const reasons: Reason[] = [R_FTA, R_DETAILS];
  if (input.lmsRecordExists ?? false) {
    records.push('note-on-LMS-record');
    reasons.push(R_LMS);
  }
  if (policy.complianceInterview.failureToAttendReOffer.value === 're-offer-first-and-second-with-good-reason') {
    const n = input.failureNumber ?? 1;
    if (n === 1 || (n === 2 && (input.goodReason ?? false))) {
      records.push('offer-another-appointment');
      reasons.push(n === 1 ? R_FOI_FIRST : R_FOI_SECOND);
    } else {
      records.push('consider-suspension');
      reasons.push(R_FOI_NO_DUTY);
    }
    return decide({ canRecord: true, records }, reasons, policy.id);
  }
  records.push('consider-suspension');
  reasons.push(R_SUSPEND);
  return decide({ canRecord: true, records }, reasons, policy.id);
}

/** Registry entry of {@link canRecordFailureToAttend}. */
export const failureToAttendRule = defineRule({
  name: 'canRecordFailureToAttend',
  domain: 'compliance',
  title: 'Failure to attend: can it be recorded yet, and what to record',
  ids: ['LSC-06-021', 'LSC-06-024', 'LSC-06-025', 'LSC-04-082'],
  citations: [C021],
  input: failureToAttendInputSchema,
  evaluate: canRecordFailureToAttend,
});
