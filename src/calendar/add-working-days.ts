import { calendarFor } from './calendar-for.js';
import type { CalendarOptions, IsoDate } from './types.js';

/**
 * Adds working days. n > 0: the n-th working day strictly after `date`; n < 0: the |n|-th
 * strictly before; n = 0: `date` itself, working day or not. The start day never counts.
 *
 * @example
 * addWorkingDays(isoDate('2026-12-24'), 1); // '2026-12-29' (Christmas Day, Boxing Day substitute, weekend)
 * addWorkingDays(isoDate('2026-12-29'), -1); // '2026-12-24'
 */
export function addWorkingDays(date: IsoDate, n: number, options?: CalendarOptions): IsoDate {
  return calendarFor(options).addWorkingDays(date, n);
}
