import { calendarFor } from './calendar-for.js';
import type { BankHoliday, Jurisdiction } from './types.js';

/**
 * The bank holidays of a year in a jurisdiction (default England & Wales), computed by rule
 * with the proclaimed one-offs and moved days, sorted by date. Weekend holidays appear only as
 * their substitute weekday, as on GOV.UK.
 *
 * @example
 * bankHolidays(2026, 'scotland').map((h) => h.date);
 * // ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-06-15', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']
 */
export function bankHolidays(year: number, jurisdiction?: Jurisdiction): readonly BankHoliday[] {
  return calendarFor(jurisdiction === undefined ? undefined : { jurisdiction }).bankHolidays(year);
}
