import { z } from 'zod';
import type { Citation } from '../../core/citation.js';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The only reasons for which a case may be 'Abandoned' (ch.07 para 14, LSC-07-014; ch.03 para 3).
 *
 * @example
 * ABANDONMENT_REASONS.includes('malicious-referral'); // true
 */
export const ABANDONMENT_REASONS = Object.freeze([
  'malicious-referral',
  'deceased-or-terminally-ill',
  'defective-claim',
  'dormant-claim-no-verified-information',
  'benefit-not-affected',
  'inappropriate-referral',
] as const);
/** One of {@link ABANDONMENT_REASONS}. */
export type AbandonmentReason = (typeof ABANDONMENT_REASONS)[number];

/** One permitted abandonment reason with the guidance wording. */
export interface AbandonmentReasonEntry {
  readonly id: 'LSC-07-014';
  readonly reason: AbandonmentReason;
  readonly text: string;
  readonly cites: readonly Citation[];
}

const C014 = lsc('LSC-07-014');
const C015 = lsc('LSC-07-015');
const C016 = lsc('LSC-07-016');
const entry = (r: AbandonmentReason, text: string): AbandonmentReasonEntry => Object.freeze({ id: 'LSC-07-014', reason: r, text, cites: Object.freeze([C014]) });

/**
 * The permitted abandonment reasons with their ch.07 para 14 wording (LSC-07-014).
 *
 * @example
 * ABANDONMENT_REASON_TABLE.map((e) => e.reason);
 */
export const ABANDONMENT_REASON_TABLE: readonly AbandonmentReasonEntry[] = Object.freeze([
  entry('malicious-referral', 'The Fraud Referral Form (FRF)/allegation is malicious.'),
  entry('deceased-or-terminally-ill', 'The claimant is deceased or information is held that the claimant is terminally ill.'),
  entry('defective-claim', "The claimant's claim to benefit is defective."),
  entry('dormant-claim-no-verified-information', 'The claim is dormant and past period overpayment action is not appropriate as no verified information is held.'),
  entry('benefit-not-affected', "The claimant's benefit will not be affected by the allegation."),
  entry('inappropriate-referral', 'The referral was inappropriate, for example a case that should not have been referred to, or accepted by, Local Service Compliance.'),
]);

/** Input of {@link decideAbandonment}. */
export const abandonmentInputSchema = z.object({
  /** The reason given; anything not in {@link ABANDONMENT_REASONS} is refused. */
  reason: z.string(),
  /** The reason was discussed and agreed with the Local Service Compliance Team Leader. */
  agreedWithTeamLeader: z.boolean(),
  /** The LSCO noted the decision in the FRAIMS description box. */
  recordedInDescription: z.boolean(),
});
export type AbandonmentInput = z.input<typeof abandonmentInputSchema>;

/** The abandonment reasons, refusals included, as frozen reasons (shared with the outcome validator). */
export const R_ABANDON_REASON_NOT_PERMITTED: Reason = reason('LSC-07-014', "'Abandoned' may only be used for a malicious referral, a deceased or terminally ill claimant, a defective claim, a dormant claim with no verified information for a past-period overpayment, a benefit the allegation does not affect, or an inappropriate referral.", [C014]);
export const R_ABANDON_NOT_AGREED: Reason = reason('LSC-07-015', 'The reason to abandon a case must be discussed and agreed with the LSCTL in all cases.', [C015]);
export const R_ABANDON_NOT_RECORDED: Reason = reason('LSC-07-016', 'The LSCO must note the decision to abandon in the FRAIMS description box.', [C016]);
const R_PERMITTED: ReadonlyMap<string, Reason> = new Map(
  ABANDONMENT_REASON_TABLE.map((e) => [e.reason, reason('LSC-07-014', `Permitted reason to abandon: ${e.text}`, [C014])]),
);
const R_AGREED = reason('LSC-07-015', 'The abandonment was agreed with the LSCTL.', [C015]);
const R_RECORDED = reason('LSC-07-016', 'The abandonment decision is noted in the FRAIMS description box.', [C016]);

const F17 = foiFact('FOI-17');
const R_FOI_MALICIOUS = reason('FOI-17', 'The allegation is malicious: the officer may abandon the investigation (at their discretion).', [F17]);
const R_FOI_NOT_MALICIOUS = reason('FOI-17', 'Only a malicious allegation allows the investigation to be abandoned.', [F17]);

/**
 * May the case be closed as 'Abandoned'? Only for a permitted reason, agreed with the LSCTL and
 * noted in the FRAIMS description (ch.07 paras 14–16). A refusal lists every unmet condition.
 * Under an edition whose `abandonmentRegime` is `'malicious-only-officer-discretion'` (FOI-era,
 * FOI-17): only a malicious allegation, without the team leader's agreement (still noted on FRAIMS).
 *
 * @example
 * decideAbandonment({ reason: 'malicious-referral', agreedWithTeamLeader: true, recordedInDescription: true }).value; // true
 * decideAbandonment({ reason: 'claimant-moved-away', agreedWithTeamLeader: true, recordedInDescription: true }).value; // false
 */
export function decideAbandonment(input: AbandonmentInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const edition = policy.id;
  if (policy.complianceOutcomes.abandonmentRegime.value === 'malicious-only-officer-discretion') {
    // FOI-17: a malicious allegation only; no team leader agreement. The FRAIMS note (ch.07 para 16) is kept.
    const foiFailures: Reason[] = [];
    if (input.reason !== 'malicious-referral') foiFailures.push(R_FOI_NOT_MALICIOUS);
    if (!input.recordedInDescription) foiFailures.push(R_ABANDON_NOT_RECORDED);
    return foiFailures.length > 0 ? decide(false, foiFailures, edition) : decide(true, [R_FOI_MALICIOUS, R_RECORDED], edition);
  }
  const permitted = R_PERMITTED.get(input.reason);
  const failures: Reason[] = [];
  if (permitted === undefined) failures.push(R_ABANDON_REASON_NOT_PERMITTED);
  if (!input.agreedWithTeamLeader) failures.push(R_ABANDON_NOT_AGREED);
  if (!input.recordedInDescription) failures.push(R_ABANDON_NOT_RECORDED);
  if (failures.length > 0) return decide(false, failures, edition);
  return decide(true, [permitted!, R_AGREED, R_RECORDED], edition);
}

/**
 * True when the text is one of the permitted abandonment reasons (LSC-07-014).
 *
 * @example
 * isPermittedAbandonmentReason('defective-claim'); // true
 */
export function isPermittedAbandonmentReason(text: string): text is AbandonmentReason {
  return R_PERMITTED.has(text);
}

export const abandonmentRule = defineRule({
  name: 'decideAbandonment', domain: 'compliance', title: "'Abandoned' outcome: permitted reasons, LSCTL agreement, recorded decision",
  ids: ['LSC-07-014', 'LSC-07-015', 'LSC-07-016'], citations: [C014, C015, C016], input: abandonmentInputSchema, evaluate: decideAbandonment,
});
