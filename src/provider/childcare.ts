import { z } from 'zod';
import { addMonths } from '../calendar/add-months.js';
import { civilOf, epochDayOf, formatEpochDay, parseIsoDate, weekdayOf } from '../calendar/epoch-day.js';
import type { IsoDate } from '../calendar/types.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema, nonNegativePenceSchema } from '../core/schemas.js';
import { prv } from './cite-prv.js';

/** Input of {@link childcareFundingEndDate}. */
export const childcareFundingEndInputSchema = z.object({
  childDateOfBirth: isoDateSchema,
  /** The child receives Disability Living Allowance or is registered blind. */
  dlaOrRegisteredBlind: z.boolean().default(false),
});
/** Input of {@link childcareFundingEndDate}. */
export type ChildcareFundingEndInput = z.input<typeof childcareFundingEndInputSchema>;

const C052 = prv('PRV-052');
const C053 = prv('PRV-053');
const C054 = prv('PRV-054');
const R_END_15 = reason('PRV-054', 'Payable up to but not including the first Tuesday in September following the 15th birthday.', [C054]);
const R_END_16 = reason('PRV-054', 'DLA or registered blind: payable up to but not including the first Tuesday in September following the 16th birthday.', [C054]);

/** The first day of `month` in `year` that falls on `isoWeekday` (Monday = 1 … Sunday = 7), as an epoch day. */
function firstWeekdayOfMonth(year: number, month: number, isoWeekday: number): number {
  const first = epochDayOf(year, month, 1);
  return first + ((isoWeekday - 1 - weekdayOf(first) + 7) % 7);
}

/**
 * The childcare funding cut-off for a child (para 54): the first Tuesday in September strictly
 * after the child's 15th birthday (16th if the child gets DLA or is registered blind). Payments
 * can be made for days before it; the cut-off day itself is not payable. A birthday that is
 * itself the first Tuesday in September gives the next year's first Tuesday in September
 * ("following" read strictly). A 29 February birthday falls on 28 February in a common year.
 *
 * @example
 * childcareFundingEndDate({ childDateOfBirth: '2010-03-10' }).value; // '2025-09-02'
 * childcareFundingEndDate({ childDateOfBirth: '2010-09-02' }).value; // '2026-09-01' (birthday on the Tuesday itself)
 */
export function childcareFundingEndDate(input: ChildcareFundingEndInput, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  const p = policy.provider;
  const disabled = input.dlaOrRegisteredBlind === true;
  const years = disabled ? p.childcareAgeLimitYearsDisabledChild.value : p.childcareAgeLimitYears.value;
  const birthday = parseIsoDate(addMonths(input.childDateOfBirth as IsoDate, years * 12));
  const year = civilOf(birthday)[0];
  const month = p.childcareCutOffMonth.value;
  const weekday = p.childcareCutOffIsoWeekday.value;
  let cutOff = firstWeekdayOfMonth(year, month, weekday);
  if (cutOff <= birthday) cutOff = firstWeekdayOfMonth(year + 1, month, weekday);
  return decide(formatEpochDay(cutOff), [disabled ? R_END_16 : R_END_15], policy.id);
}

export const childcareFundingEndRule = defineRule({
  name: 'childcareFundingEndDate', domain: 'provider', title: 'Childcare funding: the child age cut-off date',
  ids: ['PRV-054'], citations: [C054], input: childcareFundingEndInputSchema, evaluate: childcareFundingEndDate,
});

/** Childcare provider statuses of para 53 (`unregistered` is none of them). */
export const CHILDCARE_PROVIDER_STATUSES = Object.freeze([
  'registered',
  'approved under the voluntary part of the General Childcare Register',
  'exempt from registration',
  'unregistered',
] as const);
/** Registration status of a childcare provider. */
export type ChildcareProviderStatus = (typeof CHILDCARE_PROVIDER_STATUSES)[number];

/** How a childcare payment is made (para 53). */
export const CHILDCARE_PAYMENT_METHODS = Object.freeze(["into the childcare provider's bank account", 'by cheque', 'other'] as const);
/** A childcare payment method. */
export type ChildcarePaymentMethod = (typeof CHILDCARE_PAYMENT_METHODS)[number];

/** Input of {@link decideChildcarePayment}. */
export const childcarePaymentInputSchema = z.object({
  /** The participant is a parent attending provision. */
  parentAttendingProvision: z.boolean(),
  childDateOfBirth: isoDateSchema,
  dlaOrRegisteredBlind: z.boolean().default(false),
  /** The day of childcare the payment is for. */
  careDate: isoDateSchema,
  providerStatus: z.enum(CHILDCARE_PROVIDER_STATUSES),
  /** The childcare contract is between the parent and the childcare provider. */
  contractBetweenParentAndProvider: z.boolean(),
  paymentMethod: z.enum(CHILDCARE_PAYMENT_METHODS),
  /** Amount for the day and the Jobcentre Plus agreed daily limit, in pence. */
  dayAmountPence: nonNegativePenceSchema,
  dailyLimitPence: nonNegativePenceSchema,
  /** Amount for the week (including this day) and the Jobcentre Plus agreed weekly limit, in pence. */
  weekAmountPence: nonNegativePenceSchema,
  weeklyLimitPence: nonNegativePenceSchema,
});
/** Input of {@link decideChildcarePayment}. */
export type ChildcarePaymentInput = z.input<typeof childcarePaymentInputSchema>;

const R_NOT_PARENT = reason('PRV-052', 'Help with childcare costs is for parent participants attending provision.', [C052]);
const R_PARENT = reason('PRV-052', 'A parent participant attending provision may get help with childcare costs.', [C052]);
const R_PROVIDER = reason('PRV-053', 'Childcare funding is only paid to a registered, GCR-approved (voluntary part) or exempt childcare provider.', [C053]);
const R_CONTRACT = reason('PRV-053', 'The childcare contract must be between the parent and the childcare provider.', [C053]);
const R_LIMITS = reason('PRV-053', 'Payments must be within the Jobcentre Plus agreed daily and weekly limits.', [C053]);
const R_METHOD = reason('PRV-053', "Payments are made directly into the childcare provider's bank account or by cheque.", [C053]);
const R_AGE = reason('PRV-054', 'The day is on or after the first Tuesday in September following the age-limit birthday: not payable.', [C054]);
const R_VALID = reason('PRV-053', 'Eligible provider, parent–provider contract, within limits, paid by an accepted method.', [C053]);
const R_AGE_OK = reason('PRV-054', 'The day is before the child age cut-off.', [C054]);

/**
 * May a childcare payment be made for a day of care (paras 52–54)? The participant is a parent
 * attending provision; the childcare provider is registered, GCR-approved (voluntary part) or
 * exempt; the contract is parent–provider; the amount is within the agreed daily and weekly
 * limits; payment goes into the provider's bank account or by cheque; and the day is before the
 * child age cut-off ({@link childcareFundingEndDate}). Every failed condition is a reason.
 *
 * @example
 * decideChildcarePayment({ parentAttendingProvision: true, childDateOfBirth: '2010-03-10', careDate: '2025-09-01',
 *   providerStatus: 'registered', contractBetweenParentAndProvider: true, paymentMethod: 'by cheque',
 *   dayAmountPence: 3000, dailyLimitPence: 4000, weekAmountPence: 15000, weeklyLimitPence: 17500 }).value; // true
 */
export function decideChildcarePayment(input: ChildcarePaymentInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (!input.parentAttendingProvision) return decide(false, [R_NOT_PARENT], policy.id);
  const failed: Reason[] = [];
  if (input.providerStatus === 'unregistered') failed.push(R_PROVIDER);
  if (!input.contractBetweenParentAndProvider) failed.push(R_CONTRACT);
  if (input.dayAmountPence > input.dailyLimitPence || input.weekAmountPence > input.weeklyLimitPence) failed.push(R_LIMITS);
  if (input.paymentMethod === 'other') failed.push(R_METHOD);
  const cutOff = childcareFundingEndDate(input, options).value;
  if ((input.careDate as IsoDate) >= cutOff) failed.push(R_AGE);
  if (failed.length > 0) return decide(false, [R_PARENT, ...failed], policy.id);
  return decide(true, [R_PARENT, R_VALID, R_AGE_OK], policy.id);
}

export const childcarePaymentRule = defineRule({
  name: 'decideChildcarePayment', domain: 'provider', title: 'Childcare payment validity',
  ids: ['PRV-052', 'PRV-053', 'PRV-054'], citations: [C052, C053, C054], input: childcarePaymentInputSchema, evaluate: decideChildcarePayment,
});
