/**
 * An ISO calendar date `YYYY-MM-DD` (a UK civil date, no time, no zone), validated by
 * {@link isoDate}. Branded so a raw string cannot be passed by mistake.
 *
 * @example
 * const d: IsoDate = isoDate('2026-12-24');
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** The three UK bank-holiday divisions, spelled as GOV.UK's keys. */
export type Jurisdiction = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Every jurisdiction, for validation and menus.
 *
 * @example
 * JURISDICTIONS.includes('scotland'); // true
 */
export const JURISDICTIONS: readonly Jurisdiction[] = Object.freeze(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * Options for working-day arithmetic.
 *
 * @example
 * addWorkingDays(isoDate('2026-06-12'), 1, { jurisdiction: 'scotland' }); // '2026-06-16'
 */
export interface CalendarOptions {
  /** Default `england-and-wales`. */
  readonly jurisdiction?: Jurisdiction;
  /** Extra non-working days (office closures) on top of the bank holidays. */
  readonly closures?: readonly IsoDate[];
  /** Extra bank holidays proclaimed after this release (see docs/calendar.md). */
  readonly extraHolidays?: readonly BankHoliday[];
}

/** One bank holiday. */
export interface BankHoliday {
  readonly date: IsoDate;
  readonly title: string;
}
