import type { Citation } from '../../core/citation.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The two types of issue the integrity analysis records (ch.11 para 27, LSC-11-027).
 *
 * @example
 * INTEGRITY_ISSUE_TYPES; // ['Integrity', 'Quality']
 */
export const INTEGRITY_ISSUE_TYPES = Object.freeze(['Integrity', 'Quality'] as const);
export type IntegrityIssueType = (typeof INTEGRITY_ISSUE_TYPES)[number];

/** One integrity or quality issue category (ch.11 paras 28–29). */
export interface IssueCategory {
  readonly id: string;
  readonly type: IntegrityIssueType;
  /** The category number in its table (Integrity 1–15, Quality 1–13). */
  readonly number: number;
  /** The case Outcome the category applies to ('any' for quality issues). */
  readonly appliesTo: 'Positive Compliance' | 'No Result' | 'any';
  readonly text: string;
  /** Integrity issues lead to a FRAIMS / Basket of Measures adjustment; quality issues do not (para 11). */
  readonly performanceAdjustment: boolean;
  readonly cites: readonly Citation[];
}

const cat = (id: string, type: IntegrityIssueType, number: number, appliesTo: IssueCategory['appliesTo'], text: string): IssueCategory =>
  Object.freeze({ id, type, number, appliesTo, text, performanceAdjustment: type === 'Integrity', cites: Object.freeze([lsc(id), lsc('LSC-11-027')]) });

/**
 * Integrity issue categories 1–15 (ch.11 para 28): 1–11 for Positive Outcome cases, 12–15 for No
 * Result cases. The text is the guidance's, without its "See …" cross-references.
 *
 * @example
 * INTEGRITY_ISSUE_CATEGORIES[4].text; // 'Claiming a future change.'
 */
export const INTEGRITY_ISSUE_CATEGORIES: readonly IssueCategory[] = Object.freeze([
  cat('LSC-11-028a', 'Integrity', 1, 'Positive Compliance', 'The referral should not have been accepted as it did not fulfil the criteria for an intervention.'),
  cat('LSC-11-028b', 'Integrity', 2, 'Positive Compliance', 'A positive outcome / MVA has been claimed but it is not appropriate, for example, the Local Service Compliance Officer is not directly responsible for the change in benefit.'),
  cat('LSC-11-028c', 'Integrity', 3, 'Positive Compliance', 'Pre-existing change error, the: claimant rings the Local Service Compliance Officer to report a pre-existing change but a full review is not undertaken, the allegation on the FRF is not discussed and/or the MF47 is not completed / claimant rings someone other than the Local Service Compliance Officer and reports a change which has not occurred on or prior to the issue of the CCOI1 / CCOI1(W) / CCV1 / CCV1(W)).'),
  cat('LSC-11-028d', 'Integrity', 4, 'Positive Compliance', 'The case was live and the Local Service Compliance Officer has cleared it and claimed a Positive Outcome without conducting a robust and challenging interview with the claimant to ensure the compliance effect as required. Interview conducted face to face, by letter or telephone.'),
  cat('LSC-11-028e', 'Integrity', 5, 'Positive Compliance', 'Claiming a future change.'),
  cat('LSC-11-028f', 'Integrity', 6, 'Positive Compliance', 'Causal link applied incorrectly/not applied, as the: change occurred after the causal link period had expired / Outcome is claimed during the causal link period but the claimant signed off for reason other than Living Together As a Married Couple (LTAMC), for example, failed to sign, found work. Causal link should not have been applied as not the case did not relate to LTAMC or Risk A - C and claimant has not declared another person in the household.'),
  cat('LSC-11-028g', 'Integrity', 7, 'Positive Compliance', 'The information needed to analyse a case is not on FRAIMS.'),
  cat('LSC-11-028h', 'Integrity', 8, 'Positive Compliance', 'An incorrect amount of MVA has been claimed.'),
  cat('LSC-11-028i', 'Integrity', 9, 'Positive Compliance', 'Housing Benefit claimed when not appropriate to do so or not claimed when appropriate.'),
  cat('LSC-11-028j', 'Integrity', 10, 'Positive Compliance', 'An overpayment/underpayment has not been identified/claimed for or an incorrect amount has been claimed.'),
  cat('LSC-11-028k', 'Integrity', 11, 'Positive Compliance', 'Other (explain).'),
  cat('LSC-11-028l', 'Integrity', 12, 'No Result', 'The referral should not have been accepted as it did not fulfil the criteria for an intervention.'),
  cat('LSC-11-028m', 'Integrity', 13, 'No Result', 'The case was live and the Local Service Compliance Officer has cleared it and claimed No Result/ No Change without conducting a robust and challenging interview with the claimant, to ensure the compliance effect as required. Interview conducted face to face, by letter or telephone.'),
  cat('LSC-11-028n', 'Integrity', 14, 'No Result', 'The information needed to analyse a case is not on FRAIMS.'),
  cat('LSC-11-028o', 'Integrity', 15, 'No Result', 'Other (explain).'),
]);

/**
 * Quality issue categories 1–13 (ch.11 para 29); they never lead to a FRAIMS adjustment.
 *
 * @example
 * QUALITY_ISSUE_CATEGORIES[8].text; // 'Offence type is still recorded as MIDAS referral.'
 */
export const QUALITY_ISSUE_CATEGORIES: readonly IssueCategory[] = Object.freeze([
  cat('LSC-11-029a', 'Quality', 1, 'any', 'Raising a Fraud Referral Form (FRF) under the wrong Risk category but it was a genuine allegation.'),
  cat('LSC-11-029b', 'Quality', 2, 'any', 'Issuing incorrect Local Service Compliance letters/no record of any letter being sent in FRAIMS where appropriate so unable to verify that the correct letter has been sent.'),
  cat('LSC-11-029c', 'Quality', 3, 'any', 'Contacting an employer directly without having first obtained the claimant’s permission except in the circumstances allowed for in guidance.'),
  cat('LSC-11-029d', 'Quality', 4, 'any', 'The interview was not notified within the timescales as defined in Local Service Compliance guidance.'),
  cat('LSC-11-029e', 'Quality', 5, 'any', 'No note recorded in notepad showing ‘FES Local Service Compliance interest’.'),
  cat('LSC-11-029f', 'Quality', 6, 'any', 'Missing activity/activities.'),
  cat('LSC-11-029g', 'Quality', 7, 'any', 'All the information needed to analyse a case is not on FRAIMS but can be found on OPSTRAT notepad or LMS.'),
  cat('LSC-11-029h', 'Quality', 8, 'any', 'Date of change omitted or incorrect.'),
  cat('LSC-11-029i', 'Quality', 9, 'any', 'Offence type is still recorded as MIDAS referral.'),
  cat('LSC-11-029j', 'Quality', 10, 'any', 'OP/UP tab error/omission.'),
  cat('LSC-11-029k', 'Quality', 11, 'any', 'Delay in completing the Date of Outcome.'),
  cat('LSC-11-029l', 'Quality', 12, 'any', 'Delay in completing date closed.'),
  cat('LSC-11-029m', 'Quality', 13, 'any', 'Other (explain).'),
]);
