import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * Government funded Trusts and Funds whose payments need not be declared and may be
 * disregarded (ch.04 para 63, closed list, names as printed).
 *
 * @example
 * GOVERNMENT_FUNDED_TRUSTS.includes('the Skipton Fund'); // true
 */
export const GOVERNMENT_FUNDED_TRUSTS = Object.freeze([
  'the MacFarlane Trusts',
  'the Fund',
  'the Eileen Trust',
  'the Skipton Fund',
  'the London Bombings Relief Charitable Fund',
  'MFET Limited',
  'Caxton Foundation',
] as const);
/** One of {@link GOVERNMENT_FUNDED_TRUSTS}. */
export type GovernmentFundedTrust = (typeof GOVERNMENT_FUNDED_TRUSTS)[number];

/**
 * The Trusts/Funds whose payment details reach the LSCO through the Criminal Intelligence
 * Cardiff OIU post box (ch.04 para 65).
 *
 * @example
 * CARDIFF_OIU_TRUSTS.includes('the Fund'); // false
 */
export const CARDIFF_OIU_TRUSTS: readonly GovernmentFundedTrust[] = Object.freeze([
  'the MacFarlane Trusts', 'the Eileen Trust', 'the Skipton Fund', 'MFET Limited', 'Caxton Foundation',
]);

/**
 * Fills the Notepad wording for disregarded Trust/Fund capital (ch.04 para 68):
 * `capital of <X amount> at <date> is to be disregarded`. Amount in pence, shown as £x,xxx.xx;
 * the date as dd/mm/yyyy.
 *
 * @example
 * disregardedCapitalNotepadText(1250000, '2026-03-02'); // 'capital of £12,500.00 at 02/03/2026 is to be disregarded'
 */
export function disregardedCapitalNotepadText(amountPence: number, date: string): string {
  const pounds = String(Math.trunc(amountPence / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const pence = String(amountPence % 100).padStart(2, '0');
  const [y, m, d] = date.split('-');
  return `capital of £${pounds}.${pence} at ${d}/${m}/${y} is to be disregarded`;
}

/**
 * A Trust/Fund name compared loosely: case, spacing, a leading "the" and a final "s" ignored, so
 * the guidance's own "MacFarlane Trust" (ch.04 para 65 note) names "the MacFarlane Trusts".
 */
function trustKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replace(/^the /, '').replace(/s$/, '');
}
const TRUST_KEYS: readonly string[] = GOVERNMENT_FUNDED_TRUSTS.map(trustKey);

/** Input of {@link trustFundPaymentAction}. */
export const trustFundInputSchema = z.object({
  /** Where the payment came from (a listed name, or something else). */
  source: z.string().min(1),
  /** Stage: invited to interview, attending the interview, or payment details received. */
  stage: z.enum(['invited', 'at-interview', 'details-received', 'enquiries-complete']),
  /** At interview: the claimant has not contacted the Trust/Fund and payment details are needed to establish the disregard. */
  paymentDetailsNeeded: z.boolean().default(false),
  /** Enquiries complete: the interview is still applicable. */
  interviewStillApplicable: z.boolean().default(false),
  /** MacFarlane: the start of the period for which payment details are wanted. */
  periodFrom: isoDateSchema.optional(),
});
export type TrustFundInput = z.input<typeof trustFundInputSchema>;

/** What the officer does about a Trust/Fund payment (ch.04 paras 63–73). */
export type TrustFundAction =
  | 'not-a-listed-trust'
  | 'claimant-may-contact-trust'
  | 'question-sensitively'
  | 'terminate-interview-email-FES-SPOC'
  | 'refer-to-DM-for-disregard'
  | 'send-CCOL1TF'
  | 'send-CCOL1TFC-interview-cancelled';

/** Value of {@link trustFundPaymentAction}. */
export interface TrustFundDecision {
  readonly listed: boolean;
  /** Payments from a listed Trust/Fund need not be declared. */
  readonly mustDeclare: boolean;
  readonly action: TrustFundAction;
  /** Payment details come through the Cardiff OIU post box (to the LSCO; the OIU does not check consent forms). */
  readonly viaCardiffOIU: boolean;
  /** MacFarlane cannot supply information before 2004: true when the requested period starts earlier. */
  readonly macfarlanePeriodUnavailable: boolean;
}

const C = {
  '063': lsc('LSC-04-063'), '064': lsc('LSC-04-064'), '065a': lsc('LSC-04-065a'), '065b': lsc('LSC-04-065b'), '066': lsc('LSC-04-066'),
  '067': lsc('LSC-04-067'), '068': lsc('LSC-04-068'), '069': lsc('LSC-04-069'), '072': lsc('LSC-04-072'), '073': lsc('LSC-04-073'),
} as const;
const R_NOT = reason('LSC-04-063', 'Not one of the Government funded Trusts and Funds: the ordinary declaration rules apply.', [C['063']]);
const R_LISTED = reason('LSC-04-063', 'Payments from a Government funded Trust or Fund do not have to be declared and may be disregarded.', [C['063']]);
const R_INVITED = reason('LSC-04-064', 'The claimant may contact the Trust/Fund, which obtains their authority and notifies the Department.', [C['064']]);
const R_OIU = reason('LSC-04-065a', 'Payment details from this Trust/Fund come through the Cardiff OIU post box on a consent form; the LSCO (not the OIU) checks the form.', [C['065a'], C['066']]);
const R_MACFARLANE = reason('LSC-04-065b', 'MacFarlane Trust can only supply information from 2004 onwards.', [C['065b']]);
const R_SENSITIVE = reason('LSC-04-069', 'Capital from a listed Trust/Fund: question sensitively.', [C['069']]);
const R_TERMINATE = reason('LSC-04-069', 'Payment details are needed to establish the disregard: terminate the interview and e-mail the enquiries to the Fraud and Error Service SPOC.', [C['069']]);
const R_DM = reason('LSC-04-067', 'Payment details received: refer to a Decision Maker to decide whether the payment is disregarded; if so, note "capital of X at (date) is to be disregarded".', [C['067'], C['068']]);
const R_TF = reason('LSC-04-072', 'The interview is still applicable: send the CCOL1TF.', [C['072']]);
const R_TFC = reason('LSC-04-073', 'No further action: send the CCOL1TFC (interview cancelled).', [C['073']]);

/**
 * What to do about a payment from a Government funded Trust or Fund (ch.04 paras 63–73): listed
 * payments need not be declared; an invited claimant may contact the Trust/Fund; details come
 * via the Cardiff OIU for five of them (MacFarlane only from 2004); at interview, question
 * sensitively and terminate when payment details are needed (e-mail the FES SPOC); details
 * received go to the DM for the disregard; afterwards CCOL1TF (interview still applicable) or
 * CCOL1TFC (cancelled).
 *
 * @example
 * trustFundPaymentAction({ source: 'the Skipton Fund', stage: 'at-interview', paymentDetailsNeeded: true }).value.action;
 * // 'terminate-interview-email-FES-SPOC'
 */
export function trustFundPaymentAction(input: TrustFundInput, options?: RuleOptions): Decision<TrustFundDecision> {
  const policy = policyOf(options);
  const key = trustKey(input.source);
  const name = GOVERNMENT_FUNDED_TRUSTS.find((_, i) => TRUST_KEYS[i] === key);
  if (name === undefined) {
    return decide({ listed: false, mustDeclare: true, action: 'not-a-listed-trust', viaCardiffOIU: false, macfarlanePeriodUnavailable: false }, [R_NOT], policy.id);
  }
  const reasons: Reason[] = [R_LISTED];
  const viaCardiffOIU = CARDIFF_OIU_TRUSTS.includes(name);
  if (viaCardiffOIU) reasons.push(R_OIU);
  const earliest = policy.complianceInterview.macfarlaneEarliestYear.value;
  const macfarlanePeriodUnavailable = name === 'the MacFarlane Trusts' && input.periodFrom !== undefined && Number(input.periodFrom.slice(0, 4)) < earliest;
  if (macfarlanePeriodUnavailable) reasons.push(R_MACFARLANE);
  let action: TrustFundAction;
  switch (input.stage) {
    case 'invited':
      action = 'claimant-may-contact-trust';
      reasons.push(R_INVITED);
      break;
    case 'at-interview':
      if (input.paymentDetailsNeeded ?? false) {
        action = 'terminate-interview-email-FES-SPOC';
        reasons.push(R_SENSITIVE, R_TERMINATE);
      } else {
        action = 'question-sensitively';
        reasons.push(R_SENSITIVE);
      }
      break;
    case 'details-received':
      action = 'refer-to-DM-for-disregard';
      reasons.push(R_DM);
      break;
    case 'enquiries-complete':
      action = input.interviewStillApplicable ?? false ? 'send-CCOL1TF' : 'send-CCOL1TFC-interview-cancelled';
      reasons.push(action === 'send-CCOL1TF' ? R_TF : R_TFC);
      break;
  }
  return decide({ listed: true, mustDeclare: false, action, viaCardiffOIU, macfarlanePeriodUnavailable }, reasons, policy.id);
}

/** Registry entry of {@link trustFundPaymentAction}. */
export const trustFundRule = defineRule({
  name: 'trustFundPaymentAction',
  domain: 'compliance',
  title: 'Government funded Trusts and Funds: declaration, disregard, interview termination',
  ids: ['LSC-04-063', 'LSC-04-064', 'LSC-04-065a', 'LSC-04-065b', 'LSC-04-066', 'LSC-04-067', 'LSC-04-068', 'LSC-04-069', 'LSC-04-072', 'LSC-04-073'],
  citations: [C['063'], C['069']],
  input: trustFundInputSchema,
  evaluate: trustFundPaymentAction,
});
