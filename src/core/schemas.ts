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
 * zod schema for an amount of money in integer pence (never floating point).
 *
 * @example
 * penceSchema.parse(6500); // £65.00
 */
export const penceSchema = z.number().int().safe();

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
