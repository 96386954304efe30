import { calendarFor } from './calendar-for.js';
import type { CalendarOptions, IsoDate } from './types.js';

/**
 * The signed count of working-day steps from `from` to `to`: when from <= to, the working
 * days d with from < d <= to; when to < from, minus those with to <= d < from. So
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every integer n.
 *
 * @example
 * workingDaysBetween(isoDate('2026-12-24'), isoDate('2026-12-29')); // 1
 * workingDaysBetween(isoDate('2026-12-29'), isoDate('2026-12-24')); // -1
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options?: CalendarOptions): number {
  return calendarFor(options).workingDaysBetween(from, to);
}
