import { parseIsoDate } from './epoch-day.js';
import type { IsoDate } from './types.js';

/**
 * `to - from` in calendar days (negative when `to` is earlier).
 *
 * @example
 * calendarDaysBetween(isoDate('2026-01-01'), isoDate('2026-01-15')); // 14
 */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(to, 'to') - parseIsoDate(from, 'from');
}
