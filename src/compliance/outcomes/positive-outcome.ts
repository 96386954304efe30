import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addMonths } from '../../calendar/index.js';
import type { IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The grounds on which a positive outcome may be claimed: the five situations of ch.07 para 22
 * (a–e), Bereavement Benefit (para 23), a change declared or identified at the LSC interview
 * (Examples 2, 4–8; ch.11 para 24) and a causal-link living-together change (paras 32–37).
 *
 * @example
 * POSITIVE_OUTCOME_BASES.length; // 8
 */
export const POSITIVE_OUTCOME_BASES = Object.freeze([
  'pre-existing-change-reported-after-letter',
  'ineffective-visit-information',
  'fta-suspension-no-contact-terminated',
  'suspended-before-referral-information-enabled-decision',
  'letter-contact-no-longer-on-benefit',
  'bereavement-benefit-past-period-overpayment',
  'change-declared-at-interview',
  'causal-link-living-together',
] as const);
/** One of {@link POSITIVE_OUTCOME_BASES}. */
export type PositiveOutcomeBasis = (typeof POSITIVE_OUTCOME_BASES)[number];

/** Input of {@link decidePositiveOutcome}: the facts of each situation that may apply (all optional). */
export const positiveOutcomeInputSchema = z.object({
  /** (a) After the interview letter was issued the claimant contacted the Department (anywhere: LSCO, BC or JCP) to report a change. */
  preExistingChangeReport: z
    .object({
      letterIssuedOn: isoDateSchema,
      contactedOn: isoDateSchema,
      changeOccurredOn: isoDateSchema,
      contactedWhom: z.enum(['LSCO', 'Benefit Centre', 'Jobcentre Plus', 'other']).default('LSCO'),
    })
    .optional(),
  /** (b) An ineffective visit at which the LSCO gathered information (e.g. the property is empty). */
  ineffectiveVisit: z.object({ informationGathered: z.boolean(), dmReducedOrDisallowed: z.boolean() }).optional(),
  /** (c) The claimant failed to attend and the LSCO suspended payment. */
  ftaSuspension: z
    .object({
      suspendedByLsco: z.boolean(),
      /** The day the LSCO's suspension was notified (the one-month period runs from it). */
      suspensionNotifiedOn: isoDateSchema,
      /** The first day the claimant made contact after the suspension; null when none. */
      claimantContactOn: isoDateSchema.nullable().default(null),
      claimTerminated: z.boolean(),
    })
    .optional(),
  /** (d) The award was suspended before the referral was received. */
  suspendedBeforeReferral: z.object({ lscoInformationSufficient: z.boolean(), dmStoppedAwardOrCalculatedOverpayment: z.boolean() }).optional(),
  /** (e) A letter was used because the claimant is no longer in receipt of benefit; an over/underpayment was decided. */
  letterBecauseNoLongerOnBenefit: z.object({ overOrUnderpaymentDecided: z.boolean() }).optional(),
  /** Para 23: the Bereavement Benefit DM decided a past-period overpayment (even if BB was suspended before the referral). */
  bereavementBenefitPastPeriodOverpayment: z.boolean().default(false),
  /** A change affecting benefit was declared or identified at the LSC interview or visit, and it had occurred by then. */
  changeDeclaredAtInterview: z.boolean().default(false),
  /** A causal-link MVA is claimable (see decideCausalLink). */
  causalLinkMvaClaimable: z.boolean().default(false),
});
export type PositiveOutcomeInput = z.input<typeof positiveOutcomeInputSchema>;

/** The verdict of {@link decidePositiveOutcome}. */
export interface PositiveOutcomeVerdict {
  readonly positive: boolean;
  /** Every basis that holds. */
  readonly bases: readonly PositiveOutcomeBasis[];
  /** (c) only: the last day of the one-calendar-month no-contact period. */
  readonly noContactPeriodEndsOn: IsoDate | null;
}

const C = lsc;
const R = {
  a: reason('LSC-07-022a', 'After the interview letter was issued the claimant reported a change that occurred on or before the issue date: positive.', [C('LSC-07-022a'), C('LSC-07-104')]),
  aLate: reason('LSC-07-022a', 'The reported change occurred after the interview letter was issued: not a positive outcome (integrity issue 3).', [C('LSC-07-022a'), C('LSC-11-028c')]),
  aEarly: reason('LSC-07-022a', 'The change was reported before the interview letter was issued: not a para 22 positive outcome.', [C('LSC-07-022a')]),
  b: reason('LSC-07-022b', 'At an ineffective visit the LSCO gathered information that let the DM reduce or disallow benefit: positive.', [C('LSC-07-022b')]),
  bNo: reason('LSC-07-022b', 'An ineffective visit is positive only if the information gathered let the DM reduce or disallow benefit.', [C('LSC-07-022b')]),
  c: reason('LSC-07-022c', 'The claimant failed to attend, the LSCO suspended payment, there was no contact within one calendar month and the claim was terminated: positive.', [C('LSC-07-022c')]),
  cNo: reason('LSC-07-022c', 'After an FTA, positive only if the LSCO suspended, the claimant made no contact within one calendar month of the suspension and the claim was terminated.', [C('LSC-07-022c')]),
  d: reason('LSC-07-022d', 'The award was suspended before the referral, but the LSCO obtained the information that let the DM stop the award or calculate an overpayment: positive (no MVA).', [C('LSC-07-022d'), C('LSC-08-025')]),
  dNo: reason('LSC-07-022d', 'An award suspended before the referral is positive only if the LSCO’s information let the DM stop the award or calculate an overpayment.', [C('LSC-07-022d')]),
  e: reason('LSC-07-022e', 'The claimant was contacted by letter because no longer on benefit, and an over/underpayment was decided: positive.', [C('LSC-07-022e')]),
  eNo: reason('LSC-07-022e', 'A letter contact (claimant no longer on benefit) is positive only when an over/underpayment results (interpretation).', [C('LSC-07-022e'), C('LSC-11-024')]),
  bb: reason('LSC-07-023', 'The Bereavement Benefit DM decided a past-period overpayment: positive, even if BB was suspended before the referral.', [C('LSC-07-023')]),
  interview: reason('LSC-11-024', 'A change declared or identified at the LSC interview changed benefit: positive.', [C('LSC-11-024'), C('LSC-07-022')]),
  causal: reason('LSC-07-034', 'The claimant declared living together within the causal-link period: positive.', [C('LSC-07-034')]),
  none: reason('LSC-07-022', 'None of the situations in which a positive outcome can be recorded applies.', [C('LSC-07-022'), C('LSC-07-025')]),
};

/**
 * May a positive outcome be claimed, and on which bases? Evaluates every situation of ch.07
 * para 22 (a–e) with its dates, Bereavement Benefit (para 23), a change declared at the interview
 * and the causal link; positive when any basis holds. Where the change was reported (LSCO, BC or
 * JCP) does not matter (Appendix para 4).
 *
 * @example
 * decidePositiveOutcome({ preExistingChangeReport: { letterIssuedOn: '2015-04-15', contactedOn: '2015-04-18', changeOccurredOn: '2015-04-01' } }).value.positive; // true
 */
export function decidePositiveOutcome(input: PositiveOutcomeInput, options?: RuleOptions): Decision<PositiveOutcomeVerdict> {
  const policy = policyOf(options);
  const bases: PositiveOutcomeBasis[] = [];
  const reasons: Reason[] = [];
  const a = input.preExistingChangeReport;
  if (a !== undefined) {
    if (a.contactedOn < a.letterIssuedOn) reasons.push(R.aEarly);
    else if (a.changeOccurredOn > a.letterIssuedOn) reasons.push(R.aLate);
    else { bases.push('pre-existing-change-reported-after-letter'); reasons.push(R.a); }
  }
  const b = input.ineffectiveVisit;
  if (b !== undefined) {
    if (b.informationGathered && b.dmReducedOrDisallowed) { bases.push('ineffective-visit-information'); reasons.push(R.b); } else reasons.push(R.bNo);
  }
  let noContactPeriodEndsOn: IsoDate | null = null;
  const c = input.ftaSuspension;
  if (c !== undefined) {
    noContactPeriodEndsOn = addMonths(c.suspensionNotifiedOn as IsoDate, policy.complianceOutcomes.positiveOutcomeNoContactMonths.value);
    const contact = c.claimantContactOn ?? null;
    const contactWithin = contact !== null && contact <= noContactPeriodEndsOn;
    if (c.suspendedByLsco && !contactWithin && c.claimTerminated) { bases.push('fta-suspension-no-contact-terminated'); reasons.push(R.c); } else reasons.push(R.cNo);
  }
  const d = input.suspendedBeforeReferral;
  if (d !== undefined) {
    if (d.lscoInformationSufficient && d.dmStoppedAwardOrCalculatedOverpayment) { bases.push('suspended-before-referral-information-enabled-decision'); reasons.push(R.d); } else reasons.push(R.dNo);
  }
  const e = input.letterBecauseNoLongerOnBenefit;
  if (e !== undefined) {
    if (e.overOrUnderpaymentDecided) { bases.push('letter-contact-no-longer-on-benefit'); reasons.push(R.e); } else reasons.push(R.eNo);
  }
  if (input.bereavementBenefitPastPeriodOverpayment) { bases.push('bereavement-benefit-past-period-overpayment'); reasons.push(R.bb); }
  if (input.changeDeclaredAtInterview) { bases.push('change-declared-at-interview'); reasons.push(R.interview); }
  if (input.causalLinkMvaClaimable) { bases.push('causal-link-living-together'); reasons.push(R.causal); }
  if (bases.length === 0) reasons.push(R.none);
  return decide({ positive: bases.length > 0, bases, noContactPeriodEndsOn }, reasons, policy.id);
}

export const positiveOutcomeRule = defineRule({
  name: 'decidePositiveOutcome', domain: 'compliance', title: 'Positive outcome criteria',
  ids: ['LSC-07-022', 'LSC-07-022a', 'LSC-07-022b', 'LSC-07-022c', 'LSC-07-022d', 'LSC-07-022e', 'LSC-07-023', 'LSC-07-104', 'LSC-11-024'],
  citations: [C('LSC-07-022')], input: positiveOutcomeInputSchema, evaluate: decidePositiveOutcome,
});
