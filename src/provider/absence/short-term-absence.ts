import { z } from 'zod';
import { addCalendarDays } from '../../calendar/add-calendar-days.js';
import { addMonths } from '../../calendar/add-months.js';
import type { IsoDate } from '../../calendar/types.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, eventCountSchema } from '../../core/schemas.js';
import { prv } from '../cite-prv.js';

/**
 * The allowable short-term absences named in para 46, spelled as printed ("This list is not
 * exhaustive": `other allowable absence` is a reason the provider has found to be of the same kind).
 */
export const ALLOWABLE_ABSENCE_REASONS = Object.freeze([
  'Life boat crew duties',
  'Reserved forces training',
  'Open University residential course',
  'Part time Fire-persons',
  'Jury Service',
  'other allowable absence',
] as const);
/** An allowable short-term absence (para 46). */
export type AllowableAbsenceReason = (typeof ALLOWABLE_ABSENCE_REASONS)[number];

/** Absences treated under para 48 (JSA "treated as available / actively seeking" periods). */
export const JSA_TREATED_AS_AVAILABLE_REASONS = Object.freeze(['sickness', 'domestic emergency', 'domestic violence'] as const);
/** A para 48 absence. */
export type TreatedAsAvailableReason = (typeof JSA_TREATED_AS_AVAILABLE_REASONS)[number];

/** Para 47 appointments. */
export const APPOINTMENT_REASONS = Object.freeze(['medical appointment', 'job interview'] as const);
/** A para 47 appointment. */
export type AppointmentReason = (typeof APPOINTMENT_REASONS)[number];

/** Para 50: failures to meet the induction expectations. */
export const FAILURE_TO_PARTICIPATE_REASONS = Object.freeze(['casual lateness', 'unexplained absence', 'other failure to participate'] as const);
/** A para 50 failure. */
export type FailureToParticipateReason = (typeof FAILURE_TO_PARTICIPATE_REASONS)[number];

/** Every reason for a short-term absence from mandatory provision that {@link decideAbsenceAllowable} decides (holidays: {@link decideHolidayAbsence}). */
export const SHORT_TERM_ABSENCE_REASONS = Object.freeze([
  ...ALLOWABLE_ABSENCE_REASONS,
  ...APPOINTMENT_REASONS,
  ...JSA_TREATED_AS_AVAILABLE_REASONS,
  ...FAILURE_TO_PARTICIPATE_REASONS,
] as const);
/** A reason for a short-term absence. */
export type ShortTermAbsenceReason = (typeof SHORT_TERM_ABSENCE_REASONS)[number];

/** What the provider does about an absence (paras 45–50). */
export const ABSENCE_OUTCOMES = Object.freeze(['allowable', 'refer to DMA'] as const);
/** Outcome: allowable (no DMA referral) or a Decision Making and Appeal referral. */
export type AbsenceOutcome = (typeof ABSENCE_OUTCOMES)[number];

/** The actions that go with an outcome. */
export const ABSENCE_ACTIONS = Object.freeze([
  'obtain written evidence from the claimant',
  'notify Jobcentre Plus of the absence',
  'contact Jobcentre Plus to check earlier periods',
  'make a DMA referral',
] as const);
/** An action that goes with an absence outcome. */
export type AbsenceAction = (typeof ABSENCE_ACTIONS)[number];

const periodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((p) => p.start <= p.end, { message: 'end must be on or after start', path: ['end'] });

/** Input of {@link decideAbsenceAllowable}. */
export const absenceAllowableInputSchema = z
  .object({
    reason: z.enum(SHORT_TERM_ABSENCE_REASONS),
    /** First and last day of the absence (inclusive). */
    start: isoDateSchema,
    end: isoDateSchema,
    /** The claimant has written evidence (of the allowable activity or the appointment). */
    writtenEvidence: z.boolean().default(false),
    /** The claimant told the provider before the absence. */
    notifiedInAdvance: z.boolean().default(false),
    /** The provider has any doubt at all whether the absence can be accepted (paras 45, 48). */
    providerInDoubt: z.boolean().default(false),
    /** Appointments: medical appointments and job interviews earlier on this provision. */
    earlierAppointmentsOnProvision: eventCountSchema.default(0),
    /** Appointments: the provider considers the requests frequent and unreasonable (para 47). */
    frequentAndUnreasonable: z.boolean().default(false),
    /**
     * Para 48: the earlier periods of the same kind allowed on the claimant record (as JCP would
     * find them). Only those overlapping the 12 months ending on `start` count.
     */
    earlierPeriods: z.array(periodSchema).readonly().default([]),
  })
  .refine((a) => a.start <= a.end, { message: 'end must be on or after start', path: ['end'] });
/** Input of {@link decideAbsenceAllowable}. */
export type AbsenceAllowableInput = z.input<typeof absenceAllowableInputSchema>;

/** Value of {@link decideAbsenceAllowable}. */
export interface AbsenceAllowableValue {
  readonly outcome: AbsenceOutcome;
  readonly actions: readonly AbsenceAction[];
  /** Para 48 absences: earlier periods counted in the 12-month period (else null). */
  readonly earlierPeriodsCounted: number | null;
  /** Para 48 absences: first day of the 12-month look-back (else null). */
  readonly lookBackFrom: IsoDate | null;
}

const C045 = prv('PRV-045');
const C046A = prv('PRV-046a');
const C046B = prv('PRV-046b');
const C047 = prv('PRV-047');
const C048A = prv('PRV-048a');
const C048B = prv('PRV-048b');
const C048C = prv('PRV-048c');
const C050B = prv('PRV-050b');

const R_DOUBT = reason('PRV-045', 'The provider has a doubt: good reason is for the Secretary of State, so a DMA referral is made.', [C045, C048C]);
const R_ALLOWABLE = reason('PRV-046a', 'An allowable short-term absence (e.g. jury service): no DMA referral.', [C046A]);
const R_ALLOWABLE_EVIDENCE = reason('PRV-046b', 'The provider holds written evidence and notifies Jobcentre Plus so the claimant record is updated.', [C046B]);
const R_ALLOWABLE_NO_EVIDENCE = reason('PRV-046b', 'The provider needs written evidence of an allowable absence; without it there is doubt, so a DMA referral is made.', [C046B, C045]);
const R_APPT_UNREASONABLE = reason('PRV-047', 'The provider considers the appointment requests frequent and unreasonable: DMA referral for a Decision Maker.', [C047]);
const R_APPT_EVIDENCE = reason('PRV-047', 'Appointment with written evidence, notified in advance: a DMA referral is not appropriate.', [C047]);
const R_APPT_FIRST = reason('PRV-047', 'A first appointment, notified in advance, may be accepted without written evidence.', [C047]);
const R_APPT_NO_NOTICE = reason('PRV-047', 'Appointment not notified in advance: the condition for no referral is not met, so doubt leads to a DMA referral.', [C047, C045]);
const R_APPT_UNVERIFIED = reason('PRV-047', 'Not a first appointment and not verified by written evidence: a DMA referral is appropriate.', [C047]);
const R_TOO_LONG = reason('PRV-048a', 'The absence is longer than the period JSA regulations allow for this reason: DMA referral.', [C048A]);
const R_TOO_MANY = reason('PRV-048a', 'The periods already allowed in the 12-month period use up the number allowed: DMA referral.', [C048A, C048B]);
const R_WITHIN = reason('PRV-048a', 'Within the number and length of periods allowed: the claimant can be treated as available/ASE.', [C048A]);
const R_PARTICIPATED = reason('PRV-048b', 'Treated as available/ASE, so treated as having participated: no referral; JCP checks the record and notes the absence.', [C048B]);
const R_FAILURE = reason('PRV-050b', 'A failure to meet the participation expectations for another reason is a failure to participate: DMA referral.', [C050B]);

const DMA: readonly AbsenceAction[] = Object.freeze(['make a DMA referral']);
const DMA_AFTER_JCP: readonly AbsenceAction[] = Object.freeze(['contact Jobcentre Plus to check earlier periods', 'make a DMA referral']);
const ALLOWABLE_ACTIONS: readonly AbsenceAction[] = Object.freeze(['obtain written evidence from the claimant', 'notify Jobcentre Plus of the absence']);
const NO_ACTIONS: readonly AbsenceAction[] = Object.freeze([]);
const JCP_ACTIONS: readonly AbsenceAction[] = Object.freeze(['contact Jobcentre Plus to check earlier periods']);

function isOneOf<T extends string>(list: readonly T[], x: string): x is T {
  return (list as readonly string[]).includes(x);
}

function value(outcome: AbsenceOutcome, actions: readonly AbsenceAction[], counted: number | null = null, from: IsoDate | null = null): AbsenceAllowableValue {
  return { outcome, actions, earlierPeriodsCounted: counted, lookBackFrom: from };
}

/**
 * The first day of "the 12 month period" for an absence starting on `start`: the rolling 12
 * calendar months ending on `start` (the day after the same date a year earlier).
 *
 * @example
 * absenceLookBackStart('2026-03-10'); // '2025-03-11'
 */
export function absenceLookBackStart(start: IsoDate, options?: RuleOptions): IsoDate {
  return addCalendarDays(addMonths(start, -policyOf(options).provider.absenceLookBackMonths.value), 1);
}

/**
 * Is a short-term absence from mandatory provision allowable, or must the provider make a
 * Decision Making and Appeal (DMA) referral? Paras 45–48 and 50: any doubt → DMA; allowable
 * absences (jury service …) need written evidence; medical appointments and job interviews
 * need evidence and advance notice (a first one without evidence); sickness (2 periods of up to
 * 2 weeks), domestic emergency (4 of up to 1 week) and domestic violence (1 of up to 13 weeks)
 * are counted against the earlier periods allowed in the rolling 12 months ending on the first
 * day of the new absence; casual lateness and other failures → DMA. Holidays: {@link decideHolidayAbsence}.
 *
 * @example
 * decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-23',
 *   earlierPeriods: [{ start: '2025-06-02', end: '2025-06-06' }] }).value.outcome; // 'allowable'
 */
export function decideAbsenceAllowable(input: AbsenceAllowableInput, options?: RuleOptions): Decision<AbsenceAllowableValue> {
  const policy = policyOf(options);
  const p = policy.provider;
  const start = input.start as IsoDate;
  const end = input.end as IsoDate;
  const r = input.reason;
  if (input.providerInDoubt === true) return decide(value('refer to DMA', DMA), [R_DOUBT], policy.id);

  if (isOneOf(ALLOWABLE_ABSENCE_REASONS, r)) {
    if (input.writtenEvidence === true) return decide(value('allowable', ALLOWABLE_ACTIONS), [R_ALLOWABLE, R_ALLOWABLE_EVIDENCE], policy.id);
    return decide(value('refer to DMA', DMA), [R_ALLOWABLE, R_ALLOWABLE_NO_EVIDENCE], policy.id);
  }

  if (isOneOf(APPOINTMENT_REASONS, r)) {
    if (input.frequentAndUnreasonable === true) return decide(value('refer to DMA', DMA), [R_APPT_UNREASONABLE], policy.id);
    if (input.notifiedInAdvance !== true) return decide(value('refer to DMA', DMA), [R_APPT_NO_NOTICE], policy.id);
    if (input.writtenEvidence === true) return decide(value('allowable', NO_ACTIONS), [R_APPT_EVIDENCE], policy.id);
    if ((input.earlierAppointmentsOnProvision ?? 0) === 0) return decide(value('allowable', NO_ACTIONS), [R_APPT_FIRST], policy.id);
    return decide(value('refer to DMA', DMA), [R_APPT_UNVERIFIED], policy.id);
  }

  if (isOneOf(JSA_TREATED_AS_AVAILABLE_REASONS, r)) {
    const [allowed, maxWeeks] =
      r === 'sickness'
        ? [p.sicknessPeriodsAllowed.value, p.sicknessPeriodMaxWeeks.value]
        : r === 'domestic emergency'
          ? [p.domesticEmergencyPeriodsAllowed.value, p.domesticEmergencyPeriodMaxWeeks.value]
          : [p.domesticViolencePeriodsAllowed.value, p.domesticViolencePeriodMaxWeeks.value];
    const from = absenceLookBackStart(start, options);
    let counted = 0;
    for (const e of input.earlierPeriods ?? []) if (e.end >= from && e.start < start) counted++;
    // The last allowed day is start + 7·weeks − 1 (the first day counts).
    if (end > addCalendarDays(start, maxWeeks * 7 - 1)) return decide(value('refer to DMA', DMA_AFTER_JCP, counted, from), [R_TOO_LONG], policy.id);
    if (counted >= allowed) return decide(value('refer to DMA', DMA_AFTER_JCP, counted, from), [R_TOO_MANY], policy.id);
    return decide(value('allowable', JCP_ACTIONS, counted, from), [R_WITHIN, R_PARTICIPATED], policy.id);
  }

  return decide(value('refer to DMA', DMA), [R_FAILURE], policy.id);
}

export const absenceAllowableRule = defineRule({
  name: 'decideAbsenceAllowable',
  domain: 'provider',
  title: 'Short-term absence from mandatory provision: allowable or DMA referral',
  ids: ['PRV-045', 'PRV-046a', 'PRV-046b', 'PRV-047', 'PRV-048a', 'PRV-048b', 'PRV-048c', 'PRV-050b'],
  citations: [C045, C046A, C046B, C047, C048A, C048B, C048C, C050B],
  input: absenceAllowableInputSchema,
  evaluate: decideAbsenceAllowable,
});
