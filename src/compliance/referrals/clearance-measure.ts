import { z } from 'zod';
import { addCalendarDays, isWorkingDay, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C = lsc('LSC-01-011');

/** Input of {@link clearanceMeasure}. */
export const clearanceMeasureInputSchema = z
  .object({
    /** Date the case was received in the LSC inbox on FRAIMS (day 0, not counted). */
    receivedInInboxDate: isoDateSchema,
    /** Issue date of the first interview notification (letter, or telephone arrangement), if made. */
    firstInterviewNotificationDate: isoDateSchema.optional(),
    /** Today, to measure an open case (required without a notification date). */
    asOf: isoDateSchema.optional(),
    /** Periods (inclusive) the case was booked out to a Decision Maker or Debt Management: not counted. */
    excludedPeriods: z.array(z.object({ from: isoDateSchema, to: isoDateSchema })).optional(),
  })
  .refine((x) => x.firstInterviewNotificationDate !== undefined || x.asOf !== undefined, { path: ['asOf'], message: 'required when there is no firstInterviewNotificationDate' })
  .refine((x) => x.firstInterviewNotificationDate === undefined || x.firstInterviewNotificationDate >= x.receivedInInboxDate, {
    path: ['firstInterviewNotificationDate'],
    message: 'must not be before receivedInInboxDate',
  });
export type ClearanceMeasureInput = z.input<typeof clearanceMeasureInputSchema>;

/** Result of {@link clearanceMeasure}. */
export interface ClearanceMeasure {
  /** Receipt + 15 working days, extended by excluded (DM/Debt Management) working days. */
  readonly targetDate: IsoDate;
  /** Counted working days after receipt up to and including notification (or asOf). */
  readonly elapsedWorkingDays: number;
  /**
   * Notified (or, while open, `asOf`) on or before `targetDate`, the last compliant day: a
   * notification on the weekend after the 15th working day is outside, though its elapsed working
   * days are 15. A performance measure: report it, never block processing.
   */
  readonly withinMeasure: boolean;
  /** True while no first-interview notification has been issued. */
  readonly open: boolean;
}

const R_MET = reason('LSC-01-011', 'First interview notified within 15 working days of receipt in the inbox (time with a DM or Debt Management not included).', [C]);
const R_MISSED = reason('LSC-01-011', 'More than 15 working days from receipt in the inbox to notification of the first interview: clearance measure missed (a performance measure, not a bar).', [C]);
const R_OPEN_OK = reason('LSC-01-011', 'Not yet notified; still within the 15-working-day clearance measure.', [C]);
const R_OPEN_MISSED = reason('LSC-01-011', 'Not yet notified and already beyond the 15-working-day clearance measure.', [C]);

/**
 * The clearance measure: 15 working days from receipt of the case in the inbox to notification
 * of the first interview, time with a Decision Maker or Debt Management not included (ch.01
 * para 11). Working days follow `options.calendar` (jurisdiction, closures).
 *
 * @example
 * clearanceMeasure({ receivedInInboxDate: '2026-03-02', firstInterviewNotificationDate: '2026-03-23' }).value;
 * // { targetDate: '2026-03-23', elapsedWorkingDays: 15, withinMeasure: true, open: false }
 */
export function clearanceMeasure(input: ClearanceMeasureInput, options?: RuleOptions): Decision<ClearanceMeasure> {
  const policy = policyOf(options);
  const limit = policy.complianceReferrals.clearanceMeasureWorkingDays.value;
  const cal = options?.calendar;
  const periods = input.excludedPeriods ?? [];
  const excluded = (d: string) => periods.some((p) => d >= p.from && d <= p.to);
  const counts = (d: IsoDate) => isWorkingDay(d, cal) && !excluded(d);
  const start = input.receivedInInboxDate as IsoDate;
  const end = (input.firstInterviewNotificationDate ?? input.asOf) as IsoDate;
  let targetDate = start;
  for (let n = 0; n < limit; ) {
    targetDate = addCalendarDays(targetDate, 1);
    if (counts(targetDate)) n++;
  }
  let elapsed = 0;
  for (let d = start; d < end; ) {
    d = addCalendarDays(d, 1);
    if (counts(d)) elapsed++;
  }
  const open = input.firstInterviewNotificationDate === undefined;
  const within = end <= targetDate;
  const why = open ? (within ? R_OPEN_OK : R_OPEN_MISSED) : within ? R_MET : R_MISSED;
  return decide({ targetDate, elapsedWorkingDays: elapsed, withinMeasure: within, open }, [why], policy.id);
}

export const clearanceMeasureRule = defineRule({
  name: 'clearanceMeasure',
  domain: 'compliance',
  title: 'Clearance measure: 15 working days to first interview notification',
  ids: ['LSC-01-011'],
  citations: [C],
  input: clearanceMeasureInputSchema,
  evaluate: clearanceMeasure,
});
