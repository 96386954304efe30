import type { IsoDate } from '../calendar/types.js';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The civil date in Europe/London (GMT or BST) at an instant, whatever the machine's time zone:
 * the default "today" of `dwp-rules eval --as-of`. Only the CLI reads the clock.
 *
 * @example
 * londonDate(Date.UTC(2026, 5, 30, 23, 30)); // '2026-07-01' (00:30 BST)
 * londonDate(Date.UTC(2026, 0, 31, 23, 30)); // '2026-01-31' (23:30 GMT)
 */
export function londonDate(epochMs: number): IsoDate {
  let y = '';
  let m = '';
  let d = '';
  for (const p of LONDON.formatToParts(epochMs)) {
    if (p.type === 'year') y = p.value;
    else if (p.type === 'month') m = p.value;
    else if (p.type === 'day') d = p.value;
  }
  return `${y.padStart(4, '0')}-${m}-${d}` as IsoDate;
}
