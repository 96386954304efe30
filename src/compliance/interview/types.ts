import { z } from 'zod';
import { BENEFITS, type Benefit } from '../common/benefits.js';

/**
 * Risk categories A–H of an FRF (ch.02 para 2), as far as ch.04–06 need them (Risk A/B get the
 * INF3 leaflet, ch.04 para 12). A local alias: the referrals chapter owns `RiskType`.
 *
 * @example
 * INTERVIEW_RISK_TYPES.includes('A'); // true
 */
export const INTERVIEW_RISK_TYPES = Object.freeze(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const);
/** One of {@link INTERVIEW_RISK_TYPES}. */
export type InterviewRiskType = (typeof INTERVIEW_RISK_TYPES)[number];

/**
 * How the LSC intervention is carried out (ch.03 para 36), spelled as the catalogue.
 *
 * @example
 * INTERVIEW_METHODS; // ['OfficeInterview', 'Visit', 'Post', 'Telephone']
 */
export const INTERVIEW_METHODS = Object.freeze(['OfficeInterview', 'Visit', 'Post', 'Telephone'] as const);
/** One of {@link INTERVIEW_METHODS}. */
export type InterviewMethod = (typeof INTERVIEW_METHODS)[number];

/** zod schema of a {@link Benefit}. */
export const benefitSchema = z.enum(BENEFITS as unknown as [Benefit, ...Benefit[]]);
/** zod schema of an {@link InterviewRiskType}. */
export const interviewRiskTypeSchema = z.enum(INTERVIEW_RISK_TYPES);
/** zod schema of an {@link InterviewMethod}. */
export const interviewMethodSchema = z.enum(INTERVIEW_METHODS);

/** Jobcentre Plus (working-age) benefits: IS, JSA and ESA with their elements. */
export const JOBCENTRE_PLUS_BENEFITS: readonly Benefit[] = Object.freeze(['IS', 'JSA', 'JSA(IB)', 'JSA(C)', 'ESA', 'ESA(C)', 'ESA(IR)']);
/** Disability benefits whose claims go to FES DCT: DLA, PIP, AA (ch.04 paras 14–15). */
export const DISABILITY_BENEFITS: readonly Benefit[] = Object.freeze(['DLA', 'PIP', 'AA']);
/** The Bereavement Benefit group (ch.02 para 12). */
export const BEREAVEMENT_BENEFITS: readonly Benefit[] = Object.freeze([
  'BereavementAllowance', 'WidowedParentsAllowance', 'WidowedMothersAllowance', 'WidowsPension', 'BereavementPayment',
]);
/** Benefits the LSCO suspends itself (ch.06 para 41): JSA, ESA, IS and their elements. */
export const LSCO_SUSPENDABLE_BENEFITS: readonly Benefit[] = JOBCENTRE_PLUS_BENEFITS;

/** True when `b` is JSA or one of its elements. */
export function isJsaBenefit(b: Benefit): boolean {
  return b === 'JSA' || b === 'JSA(IB)' || b === 'JSA(C)';
}
/** True when `b` is ESA or one of its elements. */
export function isEsaBenefit(b: Benefit): boolean {
  return b === 'ESA' || b === 'ESA(C)' || b === 'ESA(IR)';
}
