import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';
import { CORRESPONDENCE_LANGUAGES, INTERVENTION_METHODS, RISK_TYPES, type CorrespondenceLanguage, type InterventionMethod } from './vocabulary.js';

const C = {
  s0103: lsc('LSC-01-003'),
  s021: lsc('LSC-03-021'),
  s024: lsc('LSC-03-024'),
  s036: lsc('LSC-03-036'),
  s037: lsc('LSC-03-037'),
  s039: lsc('LSC-03-039'),
  s057: lsc('LSC-03-057'),
  s063: lsc('LSC-03-063'),
  s099: lsc('LSC-03-099'),
};

/**
 * The letters that notify or contact the claimant, English and Welsh (suffix W).
 *
 * @example
 * CONTACT_LETTERS.includes('CCV1W'); // true
 */
export const CONTACT_LETTERS = Object.freeze(['CCEL1', 'CCEL1W', 'CCOI1', 'CCOI1W', 'CCV1', 'CCV1W'] as const);
/** One of {@link CONTACT_LETTERS}. */
export type ContactLetter = (typeof CONTACT_LETTERS)[number];

const LETTERS: Readonly<Record<InterventionMethod, Readonly<Record<CorrespondenceLanguage, ContactLetter | null>>>> = Object.freeze({
  OfficeInterview: { English: 'CCOI1', Welsh: 'CCOI1W' },
  Visit: { English: 'CCV1', Welsh: 'CCV1W' },
  Post: { English: 'CCEL1', Welsh: 'CCEL1W' },
  Telephone: { English: null, Welsh: null },
});

/** Input of {@link contactLetterFor}. */
export const contactLetterInputSchema = z.object({ method: z.enum(INTERVENTION_METHODS), language: z.enum(CORRESPONDENCE_LANGUAGES) });
export type ContactLetterInput = z.input<typeof contactLetterInputSchema>;
const R_LETTER_OFFICE = reason('LSC-03-063', 'Office interviews are notified on CCOI1 (Welsh: CCOI1W) through a FRAIMS Correspondence activity.', [C.s063]);
const R_LETTER_VISIT = reason('LSC-03-063', 'Home visits are notified on CCV1 (Welsh: CCV1W) through a FRAIMS Correspondence activity.', [C.s063]);
const R_LETTER_POST = reason('LSC-03-024', 'Postal contact (claimant not in receipt of benefit) is by CCEL1 (Welsh: CCEL1W).', [C.s024]);
const R_LETTER_PHONE = reason('LSC-03-036', 'Telephone interventions have no appointment letter.', [C.s036]);

/**
 * The letter for a method of intervention and language (ch.03 paras 24, 63).
 *
 * @example
 * contactLetterFor({ method: 'Visit', language: 'Welsh' }).value; // 'CCV1W'
 */
export function contactLetterFor(input: ContactLetterInput, options?: RuleOptions): Decision<ContactLetter | null> {
  const policy = policyOf(options);
  const why = input.method === 'OfficeInterview' ? R_LETTER_OFFICE : input.method === 'Visit' ? R_LETTER_VISIT : input.method === 'Post' ? R_LETTER_POST : R_LETTER_PHONE;
  return decide(LETTERS[input.method][input.language], [why], policy.id);
}
export const contactLetterRule = defineRule({
  name: 'contactLetterFor', domain: 'compliance', title: 'Appointment/contact letter by method and language',
  ids: ['LSC-03-024', 'LSC-03-036', 'LSC-03-063'], citations: [C.s024, C.s036, C.s063], input: contactLetterInputSchema, evaluate: contactLetterFor,
});

/** Input of {@link chooseInterventionMethod}. */
export const interventionMethodInputSchema = z.object({
  inReceiptOfBenefit: z.boolean(),
  /** Decided (ch.03 para 21) that LSC activity is still appropriate. Default true. */
  lscStillAppropriate: z.boolean().optional(),
  riskType: z.enum(RISK_TYPES).optional(),
  prePayment: z.boolean().optional(),
  /** Risk A: the claimant wishes to pursue entitlement. Default true. */
  claimantWishesToPursueEntitlement: z.boolean().optional(),
  /** The claimant contacted the office before the interview. */
  claimantContactedOfficeBeforeInterview: z.boolean().optional(),
  /** The matter can only be resolved by telephone (e.g. the claimant started full-time work and cannot attend). */
  onlyResolvableByTelephone: z.boolean().optional(),
  /** An interview room is available. Default true. */
  officeRoomAvailable: z.boolean().optional(),
  /** The claimant's personal circumstances make an office interview unsuitable. */
  personalCircumstancesPreventOffice: z.boolean().optional(),
  language: z.enum(CORRESPONDENCE_LANGUAGES).optional(),
});
export type InterventionMethodInput = z.input<typeof interventionMethodInputSchema>;

/** Result of {@link chooseInterventionMethod}. */
export interface InterventionMethodChoice {
  /** The method to use, or null when no LSC activity is appropriate (close the case). */
  readonly method: InterventionMethod | null;
  /** Every method the guidance permits in this case. */
  readonly permitted: readonly InterventionMethod[];
  /** The letter to issue, if any. */
  readonly letter: ContactLetter | null;
  /** How the claimant is notified of the appointment. */
  readonly notifyBy: 'Writing' | 'Telephone' | null;
}

const R = {
  noLonger: reason('LSC-03-021', 'Not in receipt of benefit and LSC activity is no longer appropriate: no intervention; close the case.', [C.s021]),
  post: reason('LSC-03-024', 'Not in receipt of benefit but LSC activity still appropriate: contact the claimant by post with the CCEL1/CCEL1W.', [C.s024, C.s036]),
  riskA: reason('LSC-03-039', 'Risk A: a face-to-face interview is required if the claimant wishes to pursue entitlement (not post or telephone).', [C.s039]),
  prepayNotify: reason('LSC-03-057', 'Prepayment visit: notify the claimant by telephone; in writing only if they cannot be contacted by telephone.', [C.s057]),
  telephone: reason('LSC-03-036', 'The claimant contacted the office before the interview and the matter can only be resolved by telephone: telephone intervention (a full review including an MF47 is needed for an MVA).', [C.s036, C.s099]),
  office: reason('LSC-03-037', 'Office interviews are the preferred method (a robust, challenging face-to-face interview).', [C.s037, C.s0103]),
  visit: reason('LSC-03-037', 'No room available or the claimant\'s personal circumstances prevent an office interview: home visit.', [C.s037, C.s0103]),
};

/**
 * The method of intervention (ch.01 para 3; ch.03 paras 21, 24, 36–37, 39, 57, 63, 99): post
 * (CCEL1) only when the claimant is not in receipt of benefit but LSC is still appropriate;
 * telephone only when the claimant contacted the office before the interview; Risk A
 * pre-payment needs face to face; otherwise an office interview is preferred, a visit when no
 * room is available or circumstances prevent it.
 *
 * @example
 * chooseInterventionMethod({ inReceiptOfBenefit: false }).value.letter; // 'CCEL1'
 */
export function chooseInterventionMethod(input: InterventionMethodInput, options?: RuleOptions): Decision<InterventionMethodChoice> {
  const policy = policyOf(options);
  const lang = input.language ?? 'English';
  const out = (method: InterventionMethod | null, permitted: InterventionMethod[], notifyBy: InterventionMethodChoice['notifyBy'], reasons: Reason[]) =>
    decide<InterventionMethodChoice>({ method, permitted, letter: method === null ? null : LETTERS[method][lang], notifyBy }, reasons, policy.id);
  // Risk A is a new claim not yet in payment: pursuing entitlement needs face to face (para 39),
  // so the not-in-receipt postal route (paras 24, 36) is not open to it.
  const faceToFaceOnly = input.riskType === 'A' && input.claimantWishesToPursueEntitlement !== false;
  if (!input.inReceiptOfBenefit) {
    if (input.lscStillAppropriate === false) return out(null, [], null, [R.noLonger]);
    if (!faceToFaceOnly) return out('Post', ['Post'], 'Writing', [R.post]);
  }
  const phoneAllowed = !faceToFaceOnly && input.claimantContactedOfficeBeforeInterview === true;
  const permitted: InterventionMethod[] = phoneAllowed ? ['OfficeInterview', 'Visit', 'Telephone'] : ['OfficeInterview', 'Visit'];
  const reasons: Reason[] = faceToFaceOnly ? [R.riskA] : [];
  if (phoneAllowed && input.onlyResolvableByTelephone === true) return out('Telephone', permitted, 'Telephone', [R.telephone]);
  const office = input.officeRoomAvailable !== false && input.personalCircumstancesPreventOffice !== true;
  const prepay = input.prePayment === true;
  if (prepay) reasons.push(R.prepayNotify);
  if (office) return out('OfficeInterview', permitted, prepay ? 'Telephone' : 'Writing', [...reasons, R.office]);
  return out('Visit', permitted, prepay ? 'Telephone' : 'Writing', [...reasons, R.visit]);
}

export const interventionMethodRule = defineRule({
  name: 'chooseInterventionMethod', domain: 'compliance', title: 'Method of intervention',
  ids: ['LSC-01-003', 'LSC-03-021', 'LSC-03-024', 'LSC-03-036', 'LSC-03-037', 'LSC-03-039', 'LSC-03-057', 'LSC-03-063', 'LSC-03-099'],
  citations: Object.values(C), input: interventionMethodInputSchema, evaluate: chooseInterventionMethod,
});
