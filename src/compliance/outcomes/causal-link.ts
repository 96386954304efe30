import { z } from 'zod';
import { RISK_TYPES } from '../referrals/vocabulary.js';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addCalendarDays, calendarDaysBetween, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The risk categories the causal link can apply to (ch.07 para 32), spelled as the guidance spells them.
 *
 * @example
 * CAUSAL_LINK_RISK_CATEGORIES[0]; // 'Risk A – pre-payment LTAMC'
 */
export const CAUSAL_LINK_RISK_CATEGORIES = Object.freeze([
  'Risk A – pre-payment LTAMC',
  'Risk B - post payment LTAMC',
  'Risk C - recent separation',
] as const);

/** Where a causal-link case stands. */
export const CAUSAL_LINK_STATUSES = Object.freeze(['not-applicable', 'holding', 'mva-claimable', 'no-mva'] as const);
export type CausalLinkStatus = (typeof CAUSAL_LINK_STATUSES)[number];

/** Input of {@link decideCausalLink}. */
export const causalLinkInputSchema = z.object({
  /** The allegation on the original Fraud Referral Form. */
  originalAllegation: z.enum(['LTAMC', 'other']),
  /** The Risk Priority List category, when the case is on the list. */
  riskCategory: z.enum(RISK_TYPES).nullable().default(null),
  /** Every interview held, in any order; the window runs from the first (original) face-to-face one. */
  interviews: z.array(z.object({ date: isoDateSchema, faceToFace: z.boolean() })).min(1),
  /** A written statement (MF47) denying living together was obtained. */
  writtenDenialObtained: z.boolean(),
  /** The claimant's notification to the Department, if any, with the day the Department received it. */
  notification: z
    .object({
      receivedOn: isoDateSchema,
      /** The claimant declares living together as a couple (otherwise e.g. started work, failed to sign). */
      livingTogether: z.boolean(),
      action: z.enum(['withdraws-claim', 'claims-for-partner', 'none']),
    })
    .nullable()
    .default(null),
  /** The day of evaluation (the file is held until the window ends). */
  asOf: isoDateSchema,
});
export type CausalLinkInput = z.input<typeof causalLinkInputSchema>;

/** The verdict of {@link decideCausalLink}. */
export interface CausalLinkVerdict {
  readonly status: CausalLinkStatus;
  /** Day 0: the original (first face-to-face) interview (null when the causal link cannot apply). */
  readonly windowStartsOn: IsoDate | null;
  /** The last day inside the window (day 28, inclusive). */
  readonly windowLastDay: IsoDate | null;
  /** The notification's day number counted from the original interview (day 0). */
  readonly notificationDay: number | null;
  /** May the case be concluded (the window has ended, or the MVA is established)? */
  readonly mayConclude: boolean;
  /** The Case Stage while the file is held (ch.07 para 35). */
  readonly caseStage: 'Closure Action' | null;
}

const C = lsc;
const r = (id: string, says: string, ...more: string[]) => reason(id, says, [C(id), ...more.map((m) => C(m))]);
const R = {
  notEligible: r('LSC-07-032', 'Causal link only applies where the original FRF allegation is LTAMC, or the case is Risk A (pre-payment LTAMC), B (post-payment LTAMC) or C (recent separation).'),
  eligible: r('LSC-07-032', 'The case is one the causal link can apply to (LTAMC allegation or Risk A–C).'),
  noInterview: r('LSC-07-033', 'Causal link can only be claimed after a face-to-face interview with the claimant.'),
  noDenial: r('LSC-07-033', 'Causal link can only be claimed where a written statement denying living together was obtained.'),
  window: r('LSC-07-036', 'The causal link runs from the original interview date; a second ("thinking time") interview does not extend it.', 'LSC-07-034'),
  holding: r('LSC-07-034', 'Hold the file for 28 days following the first interview.'),
  stage: r('LSC-07-035', "Record the causal link as a FRAIMS activity and set the Case Stage to 'Closure Action'.", 'LSC-12-001'),
  inside: r('LSC-07-034', 'Within 28 days of the first interview the claimant declared living together and withdrew the claim or claimed for a partner: the MVA can be claimed.', 'LSC-07-029', 'LSC-07-030'),
  otherReason: r('LSC-07-037', 'Benefit ended or changed for a reason other than living together: no causal-link MVA.'),
  noAction: r('LSC-07-034', 'The claimant neither withdrew the claim nor claimed for a partner: no causal-link MVA.'),
  before: r('LSC-07-034', 'The notification came before the first interview: the causal link runs from the interview, so no causal-link MVA (see the pre-existing change rule).', 'LSC-07-022a'),
  outside: r('LSC-07-034', 'The notification came after day 28 from the first interview: no causal-link MVA.', 'LSC-07-036'),
  expired: r('LSC-07-034', 'No living-together notification by the end of the 28 days: no causal-link MVA; the case can be concluded.', 'LSC-07-135'),
};

/**
 * The causal link (ch.07 paras 29–37, Examples 8–10): only for an LTAMC allegation or Risk A/B/C,
 * only after a face-to-face interview and a written denial; the window is 28 calendar days from
 * the **first** face-to-face interview (day 0), day 28 inclusive, whatever later interview was held; only a
 * living-together notification with a withdrawal or a claim for a partner gives an MVA. Gives
 * the window's last day and the verdict.
 *
 * @example
 * decideCausalLink({ originalAllegation: 'LTAMC', interviews: [{ date: '2015-01-05', faceToFace: true }, { date: '2015-01-19', faceToFace: true }],
 *   writtenDenialObtained: true, notification: { receivedOn: '2015-01-23', livingTogether: true, action: 'withdraws-claim' }, asOf: '2015-01-23' }).value.status; // 'mva-claimable'
 */
export function decideCausalLink(input: CausalLinkInput, options?: RuleOptions): Decision<CausalLinkVerdict> {
  const policy = policyOf(options);
  const risk = input.riskCategory ?? null;
  const none: CausalLinkVerdict = { status: 'not-applicable', windowStartsOn: null, windowLastDay: null, notificationDay: null, mayConclude: true, caseStage: null };
  const bars: Reason[] = [];
  if (input.originalAllegation !== 'LTAMC' && risk !== 'A' && risk !== 'B' && risk !== 'C') bars.push(R.notEligible);
  if (!input.interviews.some((i) => i.faceToFace)) bars.push(R.noInterview);
  if (!input.writtenDenialObtained) bars.push(R.noDenial);
  if (bars.length > 0) return decide(none, bars, policy.id);
  // Day 0: the first face-to-face interview (the "activity", para 34; there is one, para 33).
  let start: IsoDate | undefined;
  for (const i of input.interviews) if (i.faceToFace && (start === undefined || i.date < start)) start = i.date as IsoDate;
  if (start === undefined) return decide(none, [R.noInterview], policy.id);
  const last = addCalendarDays(start, policy.complianceOutcomes.causalLinkWindowDays.value);
  const base = [R.eligible, R.window];
  const n = input.notification ?? null;
  const verdict = (status: CausalLinkStatus, notificationDay: number | null, mayConclude: boolean, caseStage: 'Closure Action' | null): CausalLinkVerdict =>
    ({ status, windowStartsOn: start, windowLastDay: last, notificationDay, mayConclude, caseStage });
  if (n !== null && n.receivedOn < start) return decide(verdict('no-mva', calendarDaysBetween(start, n.receivedOn as IsoDate), true, null), [...base, R.before], policy.id);
  if (n !== null && n.receivedOn <= last) {
    const day = calendarDaysBetween(start, n.receivedOn as IsoDate);
    if (!n.livingTogether) return decide(verdict('no-mva', day, input.asOf > last, input.asOf > last ? null : 'Closure Action'), [...base, R.otherReason], policy.id);
    if (n.action === 'none') return decide(verdict('no-mva', day, input.asOf > last, input.asOf > last ? null : 'Closure Action'), [...base, R.noAction], policy.id);
    return decide(verdict('mva-claimable', day, true, 'Closure Action'), [...base, R.inside], policy.id);
  }
  if (n !== null) return decide(verdict('no-mva', calendarDaysBetween(start, n.receivedOn as IsoDate), true, null), [...base, R.outside], policy.id);
  if (input.asOf <= last) return decide(verdict('holding', null, false, 'Closure Action'), [...base, R.holding, R.stage], policy.id);
  return decide(verdict('no-mva', null, true, null), [...base, R.expired], policy.id);
}

/** Input of {@link decideBenefitAfterLtamcDenial}. */
export const ltamcDenialInputSchema = z.object({
  mf47DeniesLivingTogether: z.boolean(),
  /** The DM's LTAMC decision: 'negative' means not living together as a couple. */
  dmLtamcDecision: z.enum(['negative', 'positive', 'pending']),
});
export type LtamcDenialInput = z.input<typeof ltamcDenialInputSchema>;
const R_PAY = r('LSC-07-028', 'MF47 denial and a negative LTAMC decision: benefit is put into payment (the causal-link period runs).', 'LSC-07-029');
const R_NOT_PAY = r('LSC-07-028', 'Benefit is put into payment only after an MF47 denial and a negative LTAMC decision.');

/**
 * Is benefit put into payment after an LTAMC interview? Yes when the claimant signed an MF47
 * denying living together and the DM gave a negative LTAMC decision (ch.07 para 28).
 *
 * @example
 * decideBenefitAfterLtamcDenial({ mf47DeniesLivingTogether: true, dmLtamcDecision: 'negative' }).value; // true
 */
export function decideBenefitAfterLtamcDenial(input: LtamcDenialInput, options?: RuleOptions): Decision<boolean> {
  const ok = input.mf47DeniesLivingTogether && input.dmLtamcDecision === 'negative';
  return decide(ok, [ok ? R_PAY : R_NOT_PAY], policyOf(options).id);
}

export const causalLinkRule = defineRule({
  name: 'decideCausalLink', domain: 'compliance', title: 'Causal link (28 days from the first interview)',
  ids: ['LSC-07-032', 'LSC-07-033', 'LSC-07-034', 'LSC-07-035', 'LSC-07-036', 'LSC-07-037'], citations: [C('LSC-07-034')], input: causalLinkInputSchema, evaluate: decideCausalLink,
});
export const ltamcDenialRule = defineRule({
  name: 'decideBenefitAfterLtamcDenial', domain: 'compliance', title: 'Benefit into payment after an LTAMC denial',
  ids: ['LSC-07-028'], citations: [C('LSC-07-028')], input: ltamcDenialInputSchema, evaluate: decideBenefitAfterLtamcDenial,
});
