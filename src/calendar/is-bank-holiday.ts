import { calendarFor } from './calendar-for.js';
import type { IsoDate, Jurisdiction } from './types.js';

/**
 * True when the date is a bank holiday in the jurisdiction (default England & Wales).
 *
 * @example
 * isBankHoliday(isoDate('2020-05-08')); // true  (VE day, moved early May holiday)
 * isBankHoliday(isoDate('2020-05-04')); // false
 */
export function isBankHoliday(date: IsoDate, jurisdiction?: Jurisdiction): boolean {
  return calendarFor(jurisdiction === undefined ? undefined : { jurisdiction }).isBankHoliday(date);
}
