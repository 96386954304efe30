import { z } from 'zod';
import { addMonths } from '../calendar/add-months.js';
import type { IsoDate } from '../calendar/types.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema, INPUT_BOUNDS } from '../core/schemas.js';
import { prv } from './cite-prv.js';

/** Input of {@link decideReplacementCareCarerEligible}. */
export const replacementCareCarerInputSchema = z.object({
  carerDateOfBirth: isoDateSchema,
  /** The date of the replacement-care cost (age is assessed on it). */
  asOf: isoDateSchema,
  /** Usual paid working hours a week (0 when not working). */
  weeklyHoursWorked: z.number().nonnegative().max(INPUT_BOUNDS.weeklyHours),
  /** The carer gives unpaid support to relatives, partners or friends who are ill, frail, disabled or have mental health or substance misuse problems. */
  providesUnpaidSupport: z.boolean(),
  /** The caring responsibilities are a barrier to work. */
  caringIsBarrierToWork: z.boolean(),
  /** The caring responsibilities will affect the type of paid work the carer can do. */
  caringAffectsTypeOfWork: z.boolean(),
});
/** Input of {@link decideReplacementCareCarerEligible}. */
export type ReplacementCareCarerInput = z.input<typeof replacementCareCarerInputSchema>;

const C055 = prv('PRV-055');
const R_AGE = reason('PRV-055', 'The carer must be aged 18 or over.', [C055]);
const R_HOURS = reason('PRV-055', 'The carer must not be working, or must work less than 16 hours a week.', [C055]);
const R_UNPAID = reason('PRV-055', 'The carer must provide unpaid support to relatives, partners or friends who need care.', [C055]);
const R_SIGNIFICANT = reason('PRV-055', "'Significant': caring responsibilities must be a barrier to work and affect the type of paid work the carer can do.", [C055]);
const R_ELIGIBLE = reason('PRV-055', 'Aged 18 or over, working under 16 hours, a significant unpaid caring role: replacement-care costs may be paid.', [C055]);

/**
 * Is a carer eligible for replacement-care costs (para 55)? Aged 18 or over on the date of the
 * cost; not working or working less than 16 hours a week (exactly 16 is not eligible); providing
 * unpaid support that is "significant" (a barrier to work and affecting the type of paid work).
 * Funding is then discretionary ("may be paid"). Every failed condition is a reason.
 *
 * @example
 * decideReplacementCareCarerEligible({ carerDateOfBirth: '2008-05-01', asOf: '2026-05-01', weeklyHoursWorked: 15,
 *   providesUnpaidSupport: true, caringIsBarrierToWork: true, caringAffectsTypeOfWork: true }).value; // true
 */
export function decideReplacementCareCarerEligible(input: ReplacementCareCarerInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const p = policy.provider;
  const failed: Reason[] = [];
  if (addMonths(input.carerDateOfBirth as IsoDate, p.carerMinimumAgeYears.value * 12) > (input.asOf as IsoDate)) failed.push(R_AGE);
  if (input.weeklyHoursWorked >= p.carerWorkingHoursLimit.value) failed.push(R_HOURS);
  if (!input.providesUnpaidSupport) failed.push(R_UNPAID);
  if (!input.caringIsBarrierToWork || !input.caringAffectsTypeOfWork) failed.push(R_SIGNIFICANT);
  return failed.length > 0 ? decide(false, failed, policy.id) : decide(true, [R_ELIGIBLE], policy.id);
}

export const replacementCareCarerRule = defineRule({
  name: 'decideReplacementCareCarerEligible', domain: 'provider', title: 'Replacement-care costs: carer eligibility',
  ids: ['PRV-055'], citations: [C055], input: replacementCareCarerInputSchema, evaluate: decideReplacementCareCarerEligible,
});

/** Nations para 56 names a regulator for (Northern Ireland is not covered). */
export const REPLACEMENT_CARE_NATIONS = Object.freeze(['England', 'Scotland', 'Wales', 'Northern Ireland'] as const);
/** A nation of the UK. */
export type ReplacementCareNation = (typeof REPLACEMENT_CARE_NATIONS)[number];

/** The registration bodies of para 56, as printed (historic names kept). */
export const REPLACEMENT_CARE_REGULATORS = Object.freeze({
  England: 'Care Quality Commission',
  Scotland: 'Social Care and Social Work Improvement Scotland (SCSWIS)',
  Wales: 'Care and Social Services Inspectorate, Wales',
} as const);
/** A replacement-care registration body. */
export type ReplacementCareRegulator = (typeof REPLACEMENT_CARE_REGULATORS)[keyof typeof REPLACEMENT_CARE_REGULATORS];

/** Input of {@link decideReplacementCareProvider}. */
export const replacementCareProviderInputSchema = z.object({
  nation: z.enum(REPLACEMENT_CARE_NATIONS),
  /** The replacement-care provider gives personal care in the home. */
  personalCareInHome: z.boolean(),
  /** The body the provider is registered with, if any. */
  registeredWith: z.enum(Object.values(REPLACEMENT_CARE_REGULATORS) as [ReplacementCareRegulator, ...ReplacementCareRegulator[]]).nullable(),
  /** The care contract is between the carer (or the person cared for) and the provider. */
  contractWithCarerOrPersonCaredFor: z.boolean(),
  /** Jobcentre Plus is a party to the care contract. */
  contractInvolvesJobcentrePlus: z.boolean(),
});
/** Input of {@link decideReplacementCareProvider}. */
export type ReplacementCareProviderInput = z.input<typeof replacementCareProviderInputSchema>;

/** Value of {@link decideReplacementCareProvider}. */
export interface ReplacementCareProviderValue {
  readonly acceptable: boolean;
  /** The body the provider must be registered with (null: no national registration needed or, NI, not stated). */
  readonly requiredRegulator: ReplacementCareRegulator | null;
  /** Who pays the costs on behalf of the carer. */
  readonly paidBy: 'Jobcentre Plus';
}

const C056 = prv('PRV-056');
const R_NO_NATIONAL = reason('PRV-056', 'There is no national registration process for replacement-care providers not giving personal care in the home.', [C056]);
const R_REGISTERED = reason('PRV-056', 'A provider of personal care in the home is registered with the body for its nation.', [C056]);
const R_NOT_REGISTERED = reason('PRV-056', 'A provider of personal care in the home must be registered with the body for its nation.', [C056]);
const R_NI = reason('PRV-056', 'Para 56 names no registration body for Northern Ireland.', [C056]);
const R_CONTRACT = reason('PRV-056', 'The care contract must be between the carer (or person cared for) and the provider, and must not involve Jobcentre Plus.', [C056]);

/**
 * Is a replacement-care provider and contract acceptable (para 56)? Personal care in the home
 * needs registration with the nation's body (CQC, SCSWIS, CSSIW); the contract is between the
 * carer or the person cared for and the provider, never Jobcentre Plus (which pays the costs on
 * the carer's behalf).
 *
 * @example
 * decideReplacementCareProvider({ nation: 'England', personalCareInHome: true, registeredWith: 'Care Quality Commission',
 *   contractWithCarerOrPersonCaredFor: true, contractInvolvesJobcentrePlus: false }).value.acceptable; // true
 */
export function decideReplacementCareProvider(input: ReplacementCareProviderInput, options?: RuleOptions): Decision<ReplacementCareProviderValue> {
  const policy = policyOf(options);
  const reasons: Reason[] = [];
  let ok = true;
  let required: ReplacementCareRegulator | null = null;
  if (!input.personalCareInHome) reasons.push(R_NO_NATIONAL);
  else if (input.nation === 'Northern Ireland') reasons.push(R_NI);
  else {
    required = REPLACEMENT_CARE_REGULATORS[input.nation];
    if (input.registeredWith === required) reasons.push(R_REGISTERED);
    else {
      ok = false;
      reasons.push(R_NOT_REGISTERED);
    }
  }
  if (!input.contractWithCarerOrPersonCaredFor || input.contractInvolvesJobcentrePlus) {
    ok = false;
    reasons.push(R_CONTRACT);
  }
  return decide({ acceptable: ok, requiredRegulator: required, paidBy: 'Jobcentre Plus' }, reasons, policy.id);
}

export const replacementCareProviderRule = defineRule({
  name: 'decideReplacementCareProvider', domain: 'provider', title: 'Replacement-care provider registration and contract',
  ids: ['PRV-056'], citations: [C056], input: replacementCareProviderInputSchema, evaluate: decideReplacementCareProvider,
});
