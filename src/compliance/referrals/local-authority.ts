import { z } from 'zod';
import { addCalendarDays, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { BENEFITS } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';

const C043 = lsc('LSC-02-043');
const C044 = lsc('LSC-02-044');
const C045A = lsc('LSC-02-045a');
const C045B = lsc('LSC-02-045b');
const C045C = lsc('LSC-02-045c');
const C046 = lsc('LSC-02-046');
const C047 = lsc('LSC-02-047');
const C048 = lsc('LSC-02-048');
const C049 = lsc('LSC-02-049');

/**
 * The five categories that must be offered to the Local Authority (ch.02 para 43, LSC-02-043). Closed.
 *
 * @example
 * LOCAL_AUTHORITY_OFFER_CATEGORIES.length; // 5
 */
export const LOCAL_AUTHORITY_OFFER_CATEGORIES = Object.freeze([
  'UndeclaredProperty',
  'Abroad',
  'BoardersInHousehold',
  'NonDependantInHousehold',
  'NotAtGivenAddress',
] as const);

/** One of {@link LOCAL_AUTHORITY_OFFER_CATEGORIES}. */
export type LocalAuthorityOfferCategory = (typeof LOCAL_AUTHORITY_OFFER_CATEGORIES)[number];

/** The wording of each LA-offer category (ch.02 para 43), keyed by category. */
export const LOCAL_AUTHORITY_OFFER_CATEGORY_TEXT: Readonly<Record<LocalAuthorityOfferCategory, string>> = Object.freeze({
  UndeclaredProperty: "undeclared property – where the address is not known or not the claimant's current address",
  Abroad: 'abroad – having regard to appropriate benefit regulations',
  BoardersInHousehold: 'boarders in household',
  NonDependantInHousehold: 'non-dependant in household – claimant in receipt of IS and Severe Disability Premium (SDA) in payment',
  NotAtGivenAddress: 'not at given address',
});

/** Input of {@link decideLocalAuthorityOffer}. */
export const localAuthorityOfferInputSchema = z.object({
  category: z.enum(LOCAL_AUTHORITY_OFFER_CATEGORIES).optional(),
  benefits: z.array(z.enum(BENEFITS)),
  /** Severe Disability Premium is in payment with IS (needed for the non-dependant category). */
  severeDisabilityPremiumInPayment: z.boolean().optional(),
  /** A local agreement is in place not to offer referrals to the LA. */
  localAgreementNotToOffer: z.boolean().optional(),
});
export type LocalAuthorityOfferInput = z.input<typeof localAuthorityOfferInputSchema>;

const R_OFFER = reason('LSC-02-043', 'The referral falls into one of the five categories that must be offered to the Local Authority: send the original referral to the LA (on an FPA1 where appropriate) and record the activity on FRAIMS.', [C043, C045A]);
const R_NO_CATEGORY = reason('LSC-02-043', 'The referral is in none of the five categories that must be offered to the Local Authority.', [C043]);
const R_NON_DEP_NOT_IS_SDP = reason('LSC-02-043', 'A non-dependant in household is offered to the LA only when the claimant receives IS with Severe Disability Premium in payment.', [C043]);
const R_LOCAL_AGREEMENT = reason('LSC-02-044', 'A local agreement not to offer referrals to the LA is in place: do not send it; continue Local Service Compliance action.', [C044]);

/**
 * Must the referral be offered to the Local Authority? Only in the five categories of ch.02
 * para 43 (non-dependant: only with IS and Severe Disability Premium in payment), unless a local
 * agreement says not to (para 44).
 *
 * @example
 * decideLocalAuthorityOffer({ category: 'BoardersInHousehold', benefits: ['JSA'] }).value; // true
 */
export function decideLocalAuthorityOffer(input: LocalAuthorityOfferInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.category === undefined) return decide(false, [R_NO_CATEGORY], policy.id);
  if (input.category === 'NonDependantInHousehold' && !(input.benefits.includes('IS') && input.severeDisabilityPremiumInPayment === true)) {
    return decide(false, [R_NON_DEP_NOT_IS_SDP], policy.id);
  }
  if (input.localAgreementNotToOffer === true) return decide(false, [R_LOCAL_AGREEMENT], policy.id);
  return decide(true, [R_OFFER], policy.id);
}

export const localAuthorityOfferRule = defineRule({
  name: 'decideLocalAuthorityOffer',
  domain: 'compliance',
  title: 'Offer the referral to the Local Authority',
  ids: ['LSC-02-043', 'LSC-02-044', 'LSC-02-045a'],
  citations: [C043, C044, C045A],
  input: localAuthorityOfferInputSchema,
  evaluate: decideLocalAuthorityOffer,
});

/** What the LA said about an offered referral. */
export const LOCAL_AUTHORITY_RESPONSES = Object.freeze(['none', 'accepted', 'declined', 'terminationRequested'] as const);
/** One of {@link LOCAL_AUTHORITY_RESPONSES}. */
export type LocalAuthorityResponse = (typeof LOCAL_AUTHORITY_RESPONSES)[number];

/** Input of {@link localAuthorityOfferNextStep}. */
export const localAuthorityOfferStepInputSchema = z.object({
  /** Date the original referral was sent to the LA. */
  offerDate: isoDateSchema,
  /** Today. */
  asOf: isoDateSchema,
  response: z.enum(LOCAL_AUTHORITY_RESPONSES).optional(),
});
export type LocalAuthorityOfferStepInput = z.input<typeof localAuthorityOfferStepInputSchema>;

/** Next step on a referral offered to the LA, and its dates. */
export interface LocalAuthorityOfferStep {
  readonly action: 'AwaitLocalAuthority' | 'CommenceComplianceAction' | 'UpdateNotepadAndCloseCase' | 'StopAllActivityAndCloseCase';
  /** Offer date + 10 days: the LA's turnaround allowance (informational). */
  readonly turnaroundDue: IsoDate;
  /** Offer date + 14 days: the B/F date at which Compliance action starts if there is no response. */
  readonly broughtForward: IsoDate;
}

const R_AWAIT = reason('LSC-02-045b', 'Allow the LA 10 days to turn the case around; B/F 14 days from the offer: no action before the B/F date.', [C045B]);
const R_NO_RESPONSE = reason('LSC-02-045b', 'No response from the LA by the 14-day B/F date: commence Compliance action.', [C045B]);
const R_ACCEPTED = reason('LSC-02-045c', 'The LA returned the FPA1 and accepted the case: update Notepad and close the case on FRAIMS.', [C045C]);
const R_DECLINED = reason('LSC-02-045c', 'The LA declined the case (not covered by the guidance): commence Compliance action at once (docs/interpretations.md).', [C045C]);
const R_TERMINATE = reason('LSC-02-046', 'The LA has an on-going investigation and asks that all LSC activity be terminated: stop all activity and close the case on FRAIMS.', [C046, C047]);

/**
 * The next step on a referral offered to the LA (ch.02 paras 45–47): await the LA until the
 * 14-calendar-day B/F, then commence Compliance action; close when the LA accepts; stop and
 * close when the LA asks for termination.
 *
 * @example
 * localAuthorityOfferNextStep({ offerDate: '2026-03-02', asOf: '2026-03-16' }).value.action; // 'CommenceComplianceAction'
 */
export function localAuthorityOfferNextStep(input: LocalAuthorityOfferStepInput, options?: RuleOptions): Decision<LocalAuthorityOfferStep> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  const offer = input.offerDate as IsoDate;
  const turnaroundDue = addCalendarDays(offer, p.localAuthorityTurnaroundDays.value);
  const broughtForward = addCalendarDays(offer, p.localAuthorityBroughtForwardDays.value);
  const dates = { turnaroundDue, broughtForward };
  let action: LocalAuthorityOfferStep['action'];
  let why: Reason;
  switch (input.response ?? 'none') {
    case 'accepted': action = 'UpdateNotepadAndCloseCase'; why = R_ACCEPTED; break;
    case 'declined': action = 'CommenceComplianceAction'; why = R_DECLINED; break;
    case 'terminationRequested': action = 'StopAllActivityAndCloseCase'; why = R_TERMINATE; break;
    default:
      if (input.asOf >= broughtForward) { action = 'CommenceComplianceAction'; why = R_NO_RESPONSE; } else { action = 'AwaitLocalAuthority'; why = R_AWAIT; }
  }
  return decide({ action, ...dates }, [why], policy.id);
}

export const localAuthorityOfferStepRule = defineRule({
  name: 'localAuthorityOfferNextStep',
  domain: 'compliance',
  title: 'Local Authority offer: turnaround, B/F and next step',
  ids: ['LSC-02-045b', 'LSC-02-045c', 'LSC-02-046', 'LSC-02-047'],
  citations: [C045B, C045C, C046, C047],
  input: localAuthorityOfferStepInputSchema,
  evaluate: localAuthorityOfferNextStep,
});

/** Input of {@link decideLocalAuthorityDocumentRequest}. */
export const localAuthorityDocumentRequestInputSchema = z.object({
  /** The documents belong to the case the LSC team terminated at the LA's request. */
  caseTerminatedAtLocalAuthorityRequest: z.boolean(),
});
export type LocalAuthorityDocumentRequestInput = z.input<typeof localAuthorityDocumentRequestInputSchema>;

const R_PROVIDE = reason('LSC-02-048', 'Documentation gathered on the case terminated at the LA\'s request can be provided to the LA.', [C048]);
const R_FPA1 = reason('LSC-02-049', 'Information from a previous LSC case: the LA must request it on an FPA1 (joint working); LSI arrange recovery of the Compliance file. LAs should not contact LSC teams directly.', [C049]);

/**
 * How an LA's request for LSC documents is answered (ch.02 paras 48–49): documents of the case
 * just terminated at the LA's request may be provided; anything from a previous case goes via
 * an FPA1 and LSI.
 *
 * @example
 * decideLocalAuthorityDocumentRequest({ caseTerminatedAtLocalAuthorityRequest: true }).value; // 'ProvideDocuments'
 */
export function decideLocalAuthorityDocumentRequest(
  input: LocalAuthorityDocumentRequestInput,
  options?: RuleOptions,
): Decision<'ProvideDocuments' | 'RequestOnFPA1ViaLSI'> {
  const policy = policyOf(options);
  return input.caseTerminatedAtLocalAuthorityRequest
    ? decide('ProvideDocuments', [R_PROVIDE], policy.id)
    : decide('RequestOnFPA1ViaLSI', [R_FPA1], policy.id);
}

export const localAuthorityDocumentRequestRule = defineRule({
  name: 'decideLocalAuthorityDocumentRequest',
  domain: 'compliance',
  title: 'LA request for LSC documents',
  ids: ['LSC-02-048', 'LSC-02-049'],
  citations: [C048, C049],
  input: localAuthorityDocumentRequestInputSchema,
  evaluate: decideLocalAuthorityDocumentRequest,
});
