import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.js';
import { JURISDICTIONS, type IsoDate, type Jurisdiction } from '../calendar/types.js';

/**
 * The dates a rule input may carry: 1900–2199. The calendar functions accept any date
 * 0001–9999, but a rule adds periods to its dates, and a case date outside these two centuries is
 * a typing error, not a case (docs/interpretations.md).
 */
export const RULE_DATES_FROM = '1900-01-01';
export const RULE_DATES_TO = '2199-12-31';

/**
 * zod schema for an ISO calendar date `YYYY-MM-DD` in a rule input: a real date (`2026-02-30`
 * fails) from {@link RULE_DATES_FROM} to {@link RULE_DATES_TO}.
 *
 * @example
 * z.object({ dateOfClaim: isoDateSchema }).parse({ dateOfClaim: '2026-01-05' });
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date YYYY-MM-DD' })
  .refine(isIsoDate, { message: 'expected a real calendar date YYYY-MM-DD' })
  .refine((s) => s >= RULE_DATES_FROM && s <= RULE_DATES_TO, {
    message: `expected a date from ${RULE_DATES_FROM} to ${RULE_DATES_TO}`,
  })
  .transform((s) => s as IsoDate);

/**
 * Input-sanity bounds on the numbers a rule input may carry. They are not guidance numbers (those
 * live in the policy editions, `src/core/policy/`): each is far beyond any real case, so a value
 * above one is a typing error, and the validating entry point answers it with an issue naming the
 * field instead of computing with it. Each is also small enough that what a rule does with it
 * stays exact and in range: a date 1900–2199 plus that many days stays in the calendar (0001–9999),
 * an amount times 52 weeks stays a safe integer (docs/interpretations.md, "Input bounds").
 *
 * @example
 * INPUT_BOUNDS.days; // 36500
 */
export const INPUT_BOUNDS = Object.freeze({
  /** Events in one case or for one person: appointments, interviews, requests, witnesses. */
  events: 1_000,
  /** Cases or suppliers in a period or an area (a national caseload is smaller). */
  caseload: 10_000_000,
  /** A number of days (calendar or attendance days): 100 years. */
  days: 36_500,
  /** A person's age in years. */
  ageYears: 150,
  /** Minutes of one period of access: a leap year. */
  minutes: 527_040,
  /** Minutes of one journey: a whole day. */
  journeyMinutes: 1_440,
  /** Hours in a week. */
  weeklyHours: 168,
  /** An amount of money in pence, either sign: £1,000,000,000. */
  pence: 100_000_000_000,
});

/**
 * zod schema for a count: a non-negative integer up to `max` (an {@link INPUT_BOUNDS} entry;
 * chain `.min(1)` for a count that starts at one).
 *
 * @example
 * z.object({ witnesses: countSchema(INPUT_BOUNDS.events).default(0) });
 */
export function countSchema(max: number): z.ZodNumber {
  return z.number().int().nonnegative().max(max);
}

/**
 * zod schema for a number of days: a count up to `INPUT_BOUNDS.days` (100 years).
 *
 * @example
 * z.object({ wfiSanctionDays: daysSchema.optional() }).parse({ wfiSanctionDays: 28 });
 */
export const daysSchema = countSchema(INPUT_BOUNDS.days);

/**
 * zod schema for a number of events in one case (appointments, interviews, requests): a count
 * up to `INPUT_BOUNDS.events`.
 *
 * @example
 * z.object({ interviewsHeld: eventCountSchema.min(1).default(1) });
 */
export const eventCountSchema = countSchema(INPUT_BOUNDS.events);

/**
 * zod schema for a number of cases or suppliers: a count up to `INPUT_BOUNDS.caseload`.
 *
 * @example
 * z.object({ closedCases: caseloadCountSchema }).parse({ closedCases: 1200 });
 */
export const caseloadCountSchema = countSchema(INPUT_BOUNDS.caseload);

/**
 * zod schema for an amount of money in integer pence (never floating point), at most
 * `INPUT_BOUNDS.pence` (£1bn) either way.
 *
 * @example
 * penceSchema.parse(6500); // £65.00
 */
export const penceSchema = z.number().int().min(-INPUT_BOUNDS.pence).max(INPUT_BOUNDS.pence);

/**
 * zod schema for a non-negative amount in integer pence.
 *
 * @example
 * nonNegativePenceSchema.parse(0);
 */
export const nonNegativePenceSchema = penceSchema.nonnegative();

/**
 * zod schema for a {@link Jurisdiction}.
 *
 * @example
 * jurisdictionSchema.parse('scotland');
 */
export const jurisdictionSchema = z.enum(JURISDICTIONS as [Jurisdiction, ...Jurisdiction[]]);

/**
 * zod schema for {@link CalendarOptions}.
 *
 * @example
 * calendarOptionsSchema.parse({ jurisdiction: 'scotland', closures: ['2026-12-31'] });
 */
export const calendarOptionsSchema = z.object({
  jurisdiction: jurisdictionSchema.optional(),
  closures: z.array(isoDateSchema).optional(),
  extraHolidays: z.array(z.object({ date: isoDateSchema, title: z.string() })).optional(),
});
