import { checkInteger, formatEpochDay, parseIsoDate } from './epoch-day.js';
import type { IsoDate } from './types.js';

/**
 * Adds weeks of 7 calendar days.
 *
 * @example
 * addWeeks(isoDate('2026-01-05'), 9); // '2026-03-09'
 */
export function addWeeks(date: IsoDate, n: number): IsoDate {
  return formatEpochDay(parseIsoDate(date) + 7 * checkInteger(n, 'n'));
}
