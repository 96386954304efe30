// UK civil time (GMT / BST) for timestamps written on the UK wall clock, so an interval stated in
// hours is counted in elapsed hours across a change of the clocks. Pure arithmetic, no `Date`.
//
// British Summer Time runs from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last
// Sunday of October (Summer Time Act 1972 s.1, as amended by the Summer Time Order 2002,
// SI 2002/262). That rule is applied to every year; it has been the UK's since 1998.
import { daysInMonth, epochDayOf, weekdayOf, yearOf } from '../calendar/epoch-day.js';

const MINUTES_PER_DAY = 1440;

/** The epoch day of the last Sunday of a month. */
function lastSundayOf(year: number, month: number): number {
  const last = epochDayOf(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) + 1) % 7);
}

/**
 * The UTC minute (since 1970-01-01T00:00Z) of a UK wall-clock minute (since 1970-01-01T00:00
 * local). A wall-clock time in the hour the clocks skip in March (01:00–01:59) is read as GMT, as
 * if the clocks had not yet gone forward; one in the hour that occurs twice in October (01:00–01:59)
 * is read as its first occurrence, in BST.
 *
 * @example
 * utcMinuteOfUkWallClock(epochDayOf(2025, 7, 1) * 1440 + 600) === epochDayOf(2025, 7, 1) * 1440 + 540; // true: 10:00 BST is 09:00 UTC
 */
export function utcMinuteOfUkWallClock(local: number): number {
  const year = yearOf(Math.floor(local / MINUTES_PER_DAY));
  const bstFrom = lastSundayOf(year, 3) * MINUTES_PER_DAY + 120; // 02:00 BST, the first BST wall-clock minute
  const bstUntil = lastSundayOf(year, 10) * MINUTES_PER_DAY + 120; // 02:00 BST becomes 01:00 GMT
  return local >= bstFrom && local < bstUntil ? local - 60 : local;
}

/**
 * The UK wall-clock minute of a UTC minute (inverse of {@link utcMinuteOfUkWallClock} away from the
 * skipped and repeated hours).
 *
 * @example
 * ukWallClockMinuteOfUtc(epochDayOf(2025, 7, 1) * 1440 + 540) === epochDayOf(2025, 7, 1) * 1440 + 600; // true
 */
export function ukWallClockMinuteOfUtc(utc: number): number {
  const year = yearOf(Math.floor(utc / MINUTES_PER_DAY));
  const bstFrom = lastSundayOf(year, 3) * MINUTES_PER_DAY + 60; // 01:00 GMT
  const bstUntil = lastSundayOf(year, 10) * MINUTES_PER_DAY + 60; // 01:00 GMT
  return utc >= bstFrom && utc < bstUntil ? utc + 60 : utc;
}
