// FOI-era permissions: un-announced visits (FOI-05d), employer contact (FOI-07a–d), abandonment (FOI-17).
import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { foiFact } from './cite-foi.js';

/** Input of {@link decideFoiEraUnannouncedVisit}. */
export const foiEraUnannouncedVisitInputSchema = z.object({
  /** The claimant is suspected of being in a couple. */
  suspectedCouple: z.boolean(),
  /** A "prepayment case". */
  prepaymentCase: z.boolean(),
  /** A financial assessor has warned the claimant they will be visited at some point. */
  financialAssessorWarned: z.boolean(),
});
export type FoiEraUnannouncedVisitInput = z.input<typeof foiEraUnannouncedVisitInputSchema>;

const R_VISIT_OK: Reason = reason('FOI-05d', 'Suspected couple, prepayment case and warned by a financial assessor: an un-announced visit is possible.', [foiFact('FOI-05d')]);
const R_VISIT_NO: Reason = reason('FOI-05d', 'An un-announced visit is allowed ONLY for a suspected couple in a prepayment case already warned by a financial assessor: give notice.', [foiFact('FOI-05d')]);

/**
 * May an un-announced visit be made? ONLY where the claimant is suspected of being in a couple, it is a
 * prepayment case, and a financial assessor has warned them of a visit (FOI-05d).
 *
 * @example
 * decideFoiEraUnannouncedVisit({ suspectedCouple: true, prepaymentCase: true, financialAssessorWarned: false }).value; // false
 */
export function decideFoiEraUnannouncedVisit(input: FoiEraUnannouncedVisitInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const ok = input.suspectedCouple && input.prepaymentCase && input.financialAssessorWarned;
  return decide(ok, [ok ? R_VISIT_OK : R_VISIT_NO], policy.id);
}

/** Input of {@link decideFoiEraEmployerContact}. */
export const foiEraEmployerContactInputSchema = z.object({
  /** The claimant has been interviewed. */
  interviewed: z.boolean(),
  /** At the interview the claimant gave permission to contact the employer. */
  permissionGivenAtInterview: z.boolean(),
  /** The claimant refused permission. */
  permissionRefused: z.boolean().optional(),
  /** The claimant denies working for the employer. */
  deniesWorkingForEmployer: z.boolean().optional(),
});
export type FoiEraEmployerContactInput = z.input<typeof foiEraEmployerContactInputSchema>;

const R_BEFORE: Reason = reason('FOI-07a', 'Where undeclared work is suspected, the employer may not be contacted before the claimant is interviewed.', [foiFact('FOI-07a')]);
const R_REFUSED: Reason = reason('FOI-07c', 'The claimant refused permission: the employer must not be contacted (a breach of human rights).', [foiFact('FOI-07c')]);
const R_DENIES: Reason = reason('FOI-07d', 'The claimant denies working for the employer: the employer must not be contacted.', [foiFact('FOI-07d')]);
const R_NO_PERMISSION: Reason = reason('FOI-07b', 'Permission to contact the employer must be obtained at the interview; none was given.', [foiFact('FOI-07b')]);
const R_PERMITTED: Reason = reason('FOI-07b', 'Permission to contact the employer was given at the interview.', [foiFact('FOI-07b')]);

/**
 * May the officer contact the claimant's employer (suspected undeclared work)? Never before the
 * interview (FOI-07a); never after a refusal of permission (FOI-07c) or a denial of working for the
 * employer (FOI-07d); otherwise only with permission given at the interview (FOI-07b). The 2015
 * edition allows contact without consent in six cases (2015 §06.29), including both bars here.
 *
 * @example
 * decideFoiEraEmployerContact({ interviewed: true, permissionGivenAtInterview: false, deniesWorkingForEmployer: true }).value; // false
 */
export function decideFoiEraEmployerContact(input: FoiEraEmployerContactInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (!input.interviewed) return decide(false, [R_BEFORE], policy.id);
  const bars: Reason[] = [];
  if (input.permissionRefused === true) bars.push(R_REFUSED);
  if (input.deniesWorkingForEmployer === true) bars.push(R_DENIES);
  if (bars.length > 0) return decide(false, bars, policy.id);
  return input.permissionGivenAtInterview ? decide(true, [R_PERMITTED], policy.id) : decide(false, [R_NO_PERMISSION], policy.id);
}

/** Input of {@link decideFoiEraAbandonment}. */
export const foiEraAbandonmentInputSchema = z.object({ allegationMalicious: z.boolean() });
export type FoiEraAbandonmentInput = z.input<typeof foiEraAbandonmentInputSchema>;

const R_ABANDON: Reason = reason('FOI-17', 'The allegation is malicious: the investigation may be abandoned.', [foiFact('FOI-17')]);
const R_NO_ABANDON: Reason = reason('FOI-17', 'The FOI summary gives a malicious allegation as the ground to abandon; it is not met.', [foiFact('FOI-17')]);

/**
 * May the investigation be abandoned? Yes (a discretion) where the allegation is malicious (FOI-17).
 * The 2015 edition lists six grounds and needs the team leader's agreement (2015 §07.14–§07.15).
 *
 * @example
 * decideFoiEraAbandonment({ allegationMalicious: true }).value; // true
 */
export function decideFoiEraAbandonment(input: FoiEraAbandonmentInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  return input.allegationMalicious ? decide(true, [R_ABANDON], policy.id) : decide(false, [R_NO_ABANDON], policy.id);
}

export const foiEraUnannouncedVisitRule = defineRule({
  name: 'decideFoiEraUnannouncedVisit', domain: 'foi', title: 'FOI-era un-announced visits',
  ids: ['FOI-05d'], citations: [foiFact('FOI-05d')], input: foiEraUnannouncedVisitInputSchema, evaluate: decideFoiEraUnannouncedVisit,
});
export const foiEraEmployerContactRule = defineRule({
  name: 'decideFoiEraEmployerContact', domain: 'foi', title: 'FOI-era employer contact',
  ids: ['FOI-07a', 'FOI-07b', 'FOI-07c', 'FOI-07d'], citations: [foiFact('FOI-07a'), foiFact('FOI-07b'), foiFact('FOI-07c'), foiFact('FOI-07d')],
  input: foiEraEmployerContactInputSchema, evaluate: decideFoiEraEmployerContact,
});
export const foiEraAbandonmentRule = defineRule({
  name: 'decideFoiEraAbandonment', domain: 'foi', title: 'FOI-era abandonment (malicious allegation)',
  ids: ['FOI-17'], citations: [foiFact('FOI-17')], input: foiEraAbandonmentInputSchema, evaluate: decideFoiEraAbandonment,
});
