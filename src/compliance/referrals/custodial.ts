import { z } from 'zod';
import { addCalendarDays, addWeeks, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { BENEFITS } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';

const C030 = lsc('LSC-02-030');
const C031 = lsc('LSC-02-031');
const C032A = lsc('LSC-02-032a');
const C032B = lsc('LSC-02-032b');
const C032C = lsc('LSC-02-032c');
const C032D = lsc('LSC-02-032d');
const C032E = lsc('LSC-02-032e');
const C033 = lsc('LSC-02-033');

/** How the custodial claimant's benefit is paid (ch.02 para 30). */
export const CUSTODIAL_PAYMENT_METHODS = Object.freeze(['DirectPayment', 'Cheque'] as const);
/** One of {@link CUSTODIAL_PAYMENT_METHODS}. */
export type CustodialPaymentMethod = (typeof CUSTODIAL_PAYMENT_METHODS)[number];

/** The steps of a Customer Centric custodial referral (ch.02 paras 30–33). */
export const CUSTODIAL_STEPS = Object.freeze([
  'ArrangeInterviewOnRelease',
  'CheckSigningEvidenceAfterSentencing',
  'ConfirmOngoingImprisonment',
  'CompleteFrfWithOffenceIdFraud',
  'ReferToBenefitCentreForTerminationAndOverpayment',
  'NotifyPdcsOfCustodialSentence',
  'ClaimOutcomesAndCloseOnceTerminated',
] as const);
/** One of {@link CUSTODIAL_STEPS}. */
export type CustodialStep = (typeof CUSTODIAL_STEPS)[number];

/** Input of {@link custodialReferralSteps}. */
export const custodialReferralInputSchema = z.object({
  paymentMethod: z.enum(CUSTODIAL_PAYMENT_METHODS),
  benefits: z.array(z.enum(BENEFITS)),
  /** The claimant has been released from prison. */
  released: z.boolean().optional(),
  /** The expected release date, if known. */
  releaseDate: isoDateSchema.optional(),
  /** Today: the date the case is considered. */
  asOf: isoDateSchema,
  /** JSA: evidence of signing was input after the sentence date (possible impersonation). */
  signingAfterSentencing: z.boolean().optional(),
  /** The date the Compliance Admin Officer e-mailed the BC, if done. */
  benefitCentreEmailDate: isoDateSchema.optional(),
});
export type CustodialReferralInput = z.input<typeof custodialReferralInputSchema>;

/** Result of {@link custodialReferralSteps}. */
export interface CustodialReferralPlan {
  /** Released, or due for release within 4 weeks: the referral must not be closed without interview. */
  readonly mustNotCloseWithoutInterview: boolean;
  /** B/F to the release date when an interview is to be arranged. */
  readonly broughtForward: IsoDate | null;
  readonly steps: readonly CustodialStep[];
  /** The BC should close the case on the day it receives the e-mail. */
  readonly benefitCentreClosureDue: IsoDate | null;
}

const R = {
  release: reason('LSC-02-031', 'Released, or due for release within 4 weeks: the referral must not be closed without interview; B/F to the release date and arrange the interview.', [C031]),
  inPrison: reason('LSC-02-031', 'Imprisonment continues and release is more than 4 weeks away (or unknown): termination action applies.', [C031]),
  sort: reason('LSC-02-030', 'Custodial referrals are sorted immediately into direct payment and cheque payment cases.', [C030]),
  cheque: reason('LSC-02-030', 'Cheque-paid custodial cases: the guidance gives no further steps (gap; docs/interpretations.md).', [C030]),
  jsaSigning: reason('LSC-02-032a', 'JSA: confirm whether signing evidence was input after sentencing (active impersonation).', [C032A]),
  idFraud: reason('LSC-02-032b', "Signing after sentencing suggests impersonation: complete an FRF with offence type 'ID fraud'.", [C032B]),
  confirm: reason('LSC-02-032c', 'Confirm on-going imprisonment and record it on FRAIMS.', [C032C, C032B]),
  bc: reason('LSC-02-032d', 'Refer the case to the Benefit Centre by e-mail for termination and overpayment action; send hard copies; record on FRAIMS.', [C032D]),
  pc: reason('LSC-02-032e', 'Also in receipt of Pension Credit: notify the Pension, Disability and Carers Service of the custodial sentence.', [C032E]),
  follow: reason('LSC-02-033', 'The BC should close the case on the same day as the e-mail; once terminated, claim the outcomes and close the LSC case.', [C033]),
};

/**
 * The handling of a Customer Centric custodial referral (ch.02 paras 30–33): released or due
 * for release within 4 weeks (inclusive, from asOf) → never close without interview; otherwise
 * for direct payment cases: JSA signing check, 'ID fraud' FRF on impersonation, confirm
 * imprisonment, e-mail the BC (closure due the same day), notify PDCS if PC is in payment.
 *
 * @example
 * custodialReferralSteps({ paymentMethod: 'DirectPayment', benefits: ['ESA'], releaseDate: '2026-03-30', asOf: '2026-03-02' }).value.mustNotCloseWithoutInterview; // true
 */
export function custodialReferralSteps(input: CustodialReferralInput, options?: RuleOptions): Decision<CustodialReferralPlan> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  const reasons: Reason[] = [R.sort];
  const windowEnd = addWeeks(input.asOf as IsoDate, p.prisonReleaseWindowWeeks.value);
  const soon = input.released === true || (input.releaseDate !== undefined && input.releaseDate <= windowEnd);
  if (soon) {
    reasons.push(R.release);
    const bf = input.released === true ? null : (input.releaseDate as IsoDate);
    return decide({ mustNotCloseWithoutInterview: true, broughtForward: bf, steps: ['ArrangeInterviewOnRelease'], benefitCentreClosureDue: null }, reasons, policy.id);
  }
  reasons.push(R.inPrison);
  if (input.paymentMethod === 'Cheque') {
    reasons.push(R.cheque);
    return decide({ mustNotCloseWithoutInterview: false, broughtForward: null, steps: [], benefitCentreClosureDue: null }, reasons, policy.id);
  }
  const steps: CustodialStep[] = [];
  if (input.benefits.some((b) => b === 'JSA' || b === 'JSA(IB)' || b === 'JSA(C)')) {
    steps.push('CheckSigningEvidenceAfterSentencing');
    reasons.push(R.jsaSigning);
    if (input.signingAfterSentencing === true) {
      steps.push('CompleteFrfWithOffenceIdFraud');
      reasons.push(R.idFraud);
    }
  }
  steps.push('ConfirmOngoingImprisonment', 'ReferToBenefitCentreForTerminationAndOverpayment');
  reasons.push(R.confirm, R.bc);
  if (input.benefits.includes('PC')) {
    steps.push('NotifyPdcsOfCustodialSentence');
    reasons.push(R.pc);
  }
  steps.push('ClaimOutcomesAndCloseOnceTerminated');
  reasons.push(R.follow);
  const due = input.benefitCentreEmailDate === undefined ? null : addCalendarDays(input.benefitCentreEmailDate as IsoDate, p.custodialClosureSameDayDays.value);
  return decide({ mustNotCloseWithoutInterview: false, broughtForward: null, steps, benefitCentreClosureDue: due }, reasons, policy.id);
}
export const custodialReferralRule = defineRule({
  name: 'custodialReferralSteps', domain: 'compliance', title: 'Customer Centric custodial referrals',
  ids: ['LSC-02-030', 'LSC-02-031', 'LSC-02-032a', 'LSC-02-032b', 'LSC-02-032c', 'LSC-02-032d', 'LSC-02-032e', 'LSC-02-033'],
  citations: [C030, C031, C032A, C032B, C032C, C032D, C032E, C033], input: custodialReferralInputSchema, evaluate: custodialReferralSteps,
});
