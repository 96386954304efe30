import { parseIsoDate } from './epoch-day.js';
import type { IsoDate } from './types.js';

/**
 * Validates an ISO calendar date `YYYY-MM-DD` and returns it branded as {@link IsoDate}.
 * Throws a TypeError for a non-string and a RangeError naming the text for anything else
 * (`'2026-02-30'`, `'2026-2-3'`, `''`).
 *
 * @example
 * isoDate('2026-12-24'); // '2026-12-24'
 * isoDate('2026-02-30'); // throws RangeError: Invalid date "2026-02-30": no such calendar date
 */
export function isoDate(text: string): IsoDate {
  parseIsoDate(text);
  return text as IsoDate;
}

/**
 * True when `text` is a valid ISO calendar date `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 */
export function isIsoDate(text: unknown): text is IsoDate {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}
