import { addMonths as addMonthsFns } from 'date-fns';
import { checkInteger, civilOf, formatEpochDay, parseIsoDate } from './epoch-day.js';
import type { IsoDate } from './types.js';

/**
 * Adds calendar months, clamped to the end of a shorter month (date-fns `addMonths`, run on a
 * local-noon Date and read back at once, so the result is the same in every time zone).
 *
 * @example
 * addMonths(isoDate('2024-01-31'), 1);  // '2024-02-29'
 * addMonths(isoDate('2015-12-31'), 14); // '2017-02-28'
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = civilOf(parseIsoDate(date));
  checkInteger(n, 'n');
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(y, m - 1, d);
  const r = addMonthsFns(local, n);
  const year = r.getFullYear();
  if (!(year >= 1 && year <= 9999)) throw new RangeError(`Date out of range: ${date} + ${n} months falls outside 0001-01-01 … 9999-12-31`);
  const text = `${String(year).padStart(4, '0')}-${String(r.getMonth() + 1).padStart(2, '0')}-${String(r.getDate()).padStart(2, '0')}`;
  return formatEpochDay(parseIsoDate(text));
}
