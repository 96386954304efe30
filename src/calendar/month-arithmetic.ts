// Internal fast path for month arithmetic on the hot path of rules (e.g. the Risk C separation
// window): dates as ordinal keys year × 10000 + month × 100 + day (2026-03-10 → 20260310), whose
// numeric order is the calendar order, so no epoch-day conversion, Date or string is needed.
// The public addMonths (date-fns in UTC) stays the reference; a property test checks agreement.
import { daysInMonth, MAX_YEAR, MIN_YEAR, parseIsoDate } from './epoch-day.js';

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * The ordinal key (year × 10000 + month × 100 + day) of an ISO date `YYYY-MM-DD`, validated as
 * {@link parseIsoDate} does (and throwing its TypeError or RangeError naming `name` and the value).
 *
 * @example
 * isoDateKey('2026-03-10'); // 20260310
 * isoDateKey('2026-02-30'); // throws RangeError: Invalid date "2026-02-30": no such calendar date
 */
export function isoDateKey(text: unknown, name = 'date'): number {
  if (typeof text === 'string' && text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    const m = digit(text, 5) * 10 + digit(text, 6);
    const d = digit(text, 8) * 10 + digit(text, 9);
    // Every comparison with NaN (a non-digit) is false.
    if (y >= MIN_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return y * 10000 + m * 100 + d;
  }
  parseIsoDate(text, name); // throws the error that names the bad value
  throw new RangeError(`Invalid ${name}: expected an ISO date YYYY-MM-DD`); // not reached
}

/**
 * Adds `n` (an integer) calendar months to a date key, clamped to the end of a shorter month,
 * as `addMonths` does. NaN when the result would fall outside years 0001–9999.
 *
 * @example
 * addMonthsToDateKey(20260531, -3); // 20260228
 * addMonthsToDateKey(20240131, 1);  // 20240229
 */
export function addMonthsToDateKey(key: number, n: number): number {
  const day = key % 100;
  const months = Math.floor(key / 10000) * 12 + (Math.floor(key / 100) % 100) - 1 + n;
  const y = Math.floor(months / 12);
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) return Number.NaN;
  const m = months - y * 12 + 1;
  const dim = daysInMonth(y, m);
  return y * 10000 + m * 100 + (day < dim ? day : dim);
}
