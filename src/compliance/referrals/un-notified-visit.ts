import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';
import { RISK_TYPES } from './vocabulary.js';

const C066 = lsc('LSC-03-066');
const C067 = lsc('LSC-03-067');

/** Input of {@link decideUnNotifiedVisit}. */
export const unNotifiedVisitInputSchema = z.object({
  /** Risk Type of the referral, if it is a risk referral. */
  riskType: z.enum(RISK_TYPES).optional(),
  /** The case is pre-payment (new claim, benefit not yet in payment). */
  prePayment: z.boolean(),
  /** The allegation is Living Together As a Married Couple. */
  ltamc: z.boolean(),
  /** The case was identified at the gateway. */
  identifiedAtGateway: z.boolean(),
  /** The Financial Assessor told the claimant that a visit would take place. */
  financialAssessorToldClaimant: z.boolean(),
  /** The LSCO's full justification of why the visit is un-notified was documented before the visit. */
  justificationDocumentedBeforeVisit: z.boolean(),
});
export type UnNotifiedVisitInput = z.input<typeof unNotifiedVisitInputSchema>;

const R_ALLOWED = reason('LSC-03-066', 'Risk A pre-payment LTAMC case identified at the gateway, the Financial Assessor told the claimant a visit would take place, and the justification is documented before the visit: an un-notified visit may be made.', [C066, C067]);
const R_NOT_A = reason('LSC-03-066', 'Un-notified visits may only be made on Risk A (pre-payment LTAMC) cases (Article 8, Human Rights Act); notify the visit.', [C066]);
const R_NOT_PRE = reason('LSC-03-066', 'The case is not pre-payment: un-notified visits are only for Risk A pre-payment cases; notify the visit.', [C066]);
const R_NOT_LTAMC = reason('LSC-03-066', 'The allegation is not LTAMC: un-notified visits are only for pre-payment LTAMC cases; notify the visit.', [C066]);
const R_NOT_GATEWAY = reason('LSC-03-066', 'The case was not identified at the gateway: notify the visit.', [C066]);
const R_NOT_TOLD = reason('LSC-03-066', 'The Financial Assessor did not tell the claimant a visit would take place: notify the visit.', [C066]);
// The FOI-era edition (FOI-05d): three conditions, cited to the FOI summary (reasons only, so the
// registry entry keeps the ch.03 ids).
const F05D = foiFact('FOI-05d');
const R_FOI_ALLOWED = reason('FOI-05d', 'Suspected couple, prepayment case and warned by a financial assessor: an un-announced visit may be made.', [F05D]);
const R_FOI_NOT_PRE = reason('FOI-05d', 'Not a prepayment case: an un-announced visit is allowed only for a suspected couple in a prepayment case already warned by a financial assessor; give notice.', [F05D]);
const R_FOI_NOT_COUPLE = reason('FOI-05d', 'The claimant is not suspected of being in a couple: give notice.', [F05D]);
const R_FOI_NOT_WARNED = reason('FOI-05d', 'A financial assessor has not warned the claimant of a visit: give notice.', [F05D]);
const R_NO_JUSTIFICATION = reason('LSC-03-067', "The LSCO's full justification of why the visit is un-notified must be documented before the visit.", [C067]);

/**
 * May an un-notified visit be made? Only on a Risk A pre-payment LTAMC case identified at the
 * gateway where the Financial Assessor told the claimant a visit would take place, and only
 * with the LSCO's full justification documented before the visit (ch.03 paras 66–67). Every
 * failing condition is given as a reason. Under an edition whose
 * `unNotifiedVisitNeedsGatewayAndJustification` is false (`foi-era`, FOI-05d) only pre-payment,
 * LTAMC and the Financial Assessor's warning are required.
 *
 * @example
 * decideUnNotifiedVisit({ riskType: 'A', prePayment: true, ltamc: true, identifiedAtGateway: true,
 *   financialAssessorToldClaimant: true, justificationDocumentedBeforeVisit: true }).value; // true
 */
export function decideUnNotifiedVisit(input: UnNotifiedVisitInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const fails: Reason[] = [];
  if (!policy.complianceReferrals.unNotifiedVisitNeedsGatewayAndJustification.value) {
    if (!input.prePayment) fails.push(R_FOI_NOT_PRE);
    if (!input.ltamc) fails.push(R_FOI_NOT_COUPLE);
    if (!input.financialAssessorToldClaimant) fails.push(R_FOI_NOT_WARNED);
    return fails.length === 0 ? decide(true, [R_FOI_ALLOWED], policy.id) : decide(false, fails, policy.id);
  }
  if (input.riskType !== 'A') fails.push(R_NOT_A);
  if (!input.prePayment) fails.push(R_NOT_PRE);
  if (!input.ltamc) fails.push(R_NOT_LTAMC);
  if (!input.identifiedAtGateway) fails.push(R_NOT_GATEWAY);
  if (!input.financialAssessorToldClaimant) fails.push(R_NOT_TOLD);
  if (!input.justificationDocumentedBeforeVisit) fails.push(R_NO_JUSTIFICATION);
  return fails.length === 0 ? decide(true, [R_ALLOWED], policy.id) : decide(false, fails, policy.id);
}

export const unNotifiedVisitRule = defineRule({
  name: 'decideUnNotifiedVisit',
  domain: 'compliance',
  title: 'Un-notified visit eligibility',
  ids: ['LSC-03-066', 'LSC-03-067'],
  citations: [C066, C067],
  input: unNotifiedVisitInputSchema,
  evaluate: decideUnNotifiedVisit,
});
