import { checkInteger, formatEpochDay, parseIsoDate } from './epoch-day.js';
import type { IsoDate } from './types.js';

/**
 * Adds calendar days (every day counts; no rolling for weekends or holidays).
 *
 * @example
 * addCalendarDays(isoDate('2026-02-20'), 14); // '2026-03-06'
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return formatEpochDay(parseIsoDate(date) + checkInteger(n, 'n'));
}
