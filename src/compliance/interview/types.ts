import { z } from 'zod';
import { BENEFITS, type Benefit } from '../common/benefits.js';
import { BEREAVEMENT_BENEFITS } from '../referrals/benefit-specific.js';
import { INTERVENTION_METHODS, RISK_TYPES } from '../referrals/vocabulary.js';

export { BEREAVEMENT_BENEFITS };

/** zod schema of a {@link Benefit}. */
export const benefitSchema = z.enum(BENEFITS as unknown as [Benefit, ...Benefit[]]);
/** zod schema of a Risk Type A–H (ch.02 para 2; the vocabulary is the referrals chapter's `RISK_TYPES`). */
export const interviewRiskTypeSchema = z.enum(RISK_TYPES);
/** zod schema of an intervention method (ch.03 para 36; `INTERVENTION_METHODS`). */
export const interviewMethodSchema = z.enum(INTERVENTION_METHODS);

/** Jobcentre Plus (working-age) benefits: IS, JSA and ESA with their elements. */
export const JOBCENTRE_PLUS_BENEFITS: readonly Benefit[] = Object.freeze(['IS', 'JSA', 'JSA(IB)', 'JSA(C)', 'ESA', 'ESA(C)', 'ESA(IR)']);
/** Disability benefits whose claims go to FES DCT: DLA, PIP, AA (ch.04 paras 14–15). */
export const DISABILITY_BENEFITS: readonly Benefit[] = Object.freeze(['DLA', 'PIP', 'AA']);
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
