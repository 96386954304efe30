import { calendarFor } from './calendar-for.js';
import type { CalendarOptions, IsoDate } from './types.js';

/**
 * The date itself when it is a working day, otherwise the first working day after it (rolling
 * a due date forward).
 *
 * @example
 * nextWorkingDay(isoDate('2026-12-25')); // '2026-12-29'
 * nextWorkingDay(isoDate('2026-12-29')); // '2026-12-29'
 */
export function nextWorkingDay(date: IsoDate, options?: CalendarOptions): IsoDate {
  return calendarFor(options).nextWorkingDay(date);
}
