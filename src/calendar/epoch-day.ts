// Conversions between ISO date strings and epoch days (days since 1970-01-01).
// Pure integer arithmetic (Howard Hinnant's civil-from-days), no Date, no time zone.
import type { IsoDate } from './types.js';

/** The first and last years an {@link IsoDate} may have. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/**
 * Epoch day (days since 1970-01-01) of a proleptic Gregorian date. No validation.
 *
 * @example
 * epochDayOf(1970, 1, 2); // 1
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Year, month (1–12) and day of an epoch day.
 *
 * @example
 * civilOf(0); // [1970, 1, 1]
 */
export function civilOf(epochDay: number): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * The year of an epoch day (cheaper than {@link civilOf} when only the year is needed).
 *
 * @example
 * yearOf(0); // 1970
 */
export function yearOf(epochDay: number): number {
  return civilOf(epochDay)[0];
}

/** Day of the week, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday = 3). */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}

/**
 * Parses an `YYYY-MM-DD` string to an epoch day. Throws a TypeError for a non-string and a
 * RangeError for a malformed or impossible date, each naming the bad value.
 *
 * @example
 * parseIsoDate('1970-01-02'); // 1
 * parseIsoDate('2026-02-30'); // throws RangeError: Invalid ISO date "2026-02-30" …
 */
export function parseIsoDate(text: unknown, name = 'date'): number {
  if (typeof text !== 'string') {
    throw new TypeError(`Invalid ${name} ${describe(text)}: expected an ISO date string YYYY-MM-DD`);
  }
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    throw new RangeError(`Invalid ${name} ${JSON.stringify(text)}: expected an ISO date YYYY-MM-DD`);
  }
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new RangeError(`Invalid ${name} ${JSON.stringify(text)}: expected an ISO date YYYY-MM-DD`);
    year = year * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
    throw new RangeError(`Invalid ${name} ${JSON.stringify(text)}: expected an ISO date YYYY-MM-DD`);
  }
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid ${name} ${JSON.stringify(text)}: no such calendar date`);
  }
  return epochDayOf(year, month, day);
}

const MIN_EPOCH_DAY = epochDayOf(MIN_YEAR, 1, 1);
const MAX_EPOCH_DAY = epochDayOf(MAX_YEAR, 12, 31);

/**
 * Formats an epoch day as `YYYY-MM-DD`. Throws a RangeError when the result would fall
 * outside years 0001–9999 (so nothing ever prints `NaN-aN-aN`).
 *
 * @example
 * formatEpochDay(1); // '1970-01-02'
 */
export function formatEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`Date out of range: epoch day ${epochDay} is outside 0001-01-01 … 9999-12-31`);
  }
  const [y, m, d] = civilOf(epochDay);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as IsoDate;
}

/**
 * Checks that `n` is a safe integer; throws a TypeError naming the value otherwise.
 *
 * @example
 * checkInteger(1.5, 'n'); // throws TypeError: Invalid n 1.5: expected an integer
 */
export function checkInteger(n: unknown, name: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new TypeError(`Invalid ${name} ${describe(n)}: expected an integer`);
  }
  return n;
}
