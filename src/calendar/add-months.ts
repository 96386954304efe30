import { addMonths as addMonthsFns } from 'date-fns';
import { checkInteger, formatEpochDay, parseIsoDate } from './epoch-day.js';
import type { IsoDate } from './types.js';
import { inUtc } from './utc-date.js';

const MS_PER_DAY = 86_400_000;

/**
 * Adds calendar months, clamped to the end of a shorter month. Uses date-fns `addMonths` in a
 * UTC context (never the host's zone), so the result is the same in every time zone.
 *
 * @example
 * addMonths(isoDate('2024-01-31'), 1);  // '2024-02-29'
 * addMonths(isoDate('2015-12-31'), 14); // '2017-02-28'
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const day = parseIsoDate(date);
  checkInteger(n, 'n');
  const result = addMonthsFns(day * MS_PER_DAY, n, { in: inUtc });
  const epochDay = Math.floor(result.getTime() / MS_PER_DAY);
  if (!Number.isFinite(epochDay)) {
    throw new RangeError(`Date out of range: ${date} + ${n} months falls outside 0001-01-01 … 9999-12-31`);
  }
  return formatEpochDay(epochDay);
}
