import { calendarFor } from './calendar-for.js';
import type { CalendarOptions, IsoDate } from './types.js';

/**
 * True when the date is Monday–Friday, not a bank holiday and not a closure.
 *
 * @example
 * isWorkingDay(isoDate('2026-04-06'));                              // false (Easter Monday)
 * isWorkingDay(isoDate('2026-04-06'), { jurisdiction: 'scotland' }); // true
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean {
  return calendarFor(options).isWorkingDay(date);
}
