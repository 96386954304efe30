import { z } from 'zod';

/**
 * The FRAIMS Outcome values (ch.07 para 9, LSC-07-009), spelled as the guidance spells them.
 *
 * @example
 * LSC_OUTCOMES.includes('No Result'); // true
 */
export const LSC_OUTCOMES = Object.freeze(['Positive Compliance', 'No Result'] as const);
/** One of {@link LSC_OUTCOMES}. */
export type LscOutcome = (typeof LSC_OUTCOMES)[number];

/**
 * The 13 FRAIMS Outcome Result values (ch.07 para 9, LSC-07-009): "one of the following only".
 *
 * @example
 * LSC_OUTCOME_RESULTS.length; // 13
 */
export const LSC_OUTCOME_RESULTS = Object.freeze([
  'Abandoned',
  'Benefit decrease',
  'Benefit Increase',
  'Decrease & Overpayment',
  'Overpayment Only',
  'Increase & Underpayment',
  'Underpayment Only',
  'No Change',
  'External handoff',
  'Cleared before receiving case',
  'User error',
  'Duplicate referral',
  'MIDAS Data Error',
] as const);
/** One of {@link LSC_OUTCOME_RESULTS}. */
export type LscOutcomeResult = (typeof LSC_OUTCOME_RESULTS)[number];

/**
 * The six Outcome Results that go with 'Positive Compliance' and count towards the KMI
 * (ch.07 para 24, LSC-07-024, LSC-07-009a).
 *
 * @example
 * POSITIVE_COMPLIANCE_RESULTS.includes('Overpayment Only'); // true
 */
export const POSITIVE_COMPLIANCE_RESULTS = Object.freeze([
  'Benefit decrease',
  'Benefit Increase',
  'Decrease & Overpayment',
  'Overpayment Only',
  'Increase & Underpayment',
  'Underpayment Only',
] as const satisfies readonly LscOutcomeResult[]);

/**
 * The seven Outcome Results that go with 'No Result' (LSC-07-009a, inferred: para 24 lists only
 * the six change results as positive; Examples 9–13 pair 'No Result' with 'No Change').
 *
 * @example
 * NO_RESULT_RESULTS.includes('Abandoned'); // true
 */
export const NO_RESULT_RESULTS = Object.freeze([
  'No Change',
  'Abandoned',
  'External handoff',
  'Cleared before receiving case',
  'User error',
  'Duplicate referral',
  'MIDAS Data Error',
] as const satisfies readonly LscOutcomeResult[]);

/**
 * Variant spellings the guidance itself uses, accepted on input and mapped to the para 9 value
 * (catalogue C03). 'Benefit Decrease and/ or Overpayment' (Example 7) is deliberately absent.
 *
 * @example
 * OUTCOME_RESULT_ALIASES['Decrease and Overpayment']; // 'Decrease & Overpayment'
 */
export const OUTCOME_RESULT_ALIASES: Readonly<Record<string, LscOutcomeResult>> = Object.freeze({
  'Benefit Decrease': 'Benefit decrease',
  'Decrease and Overpayment': 'Decrease & Overpayment',
  'Increase and Underpayment': 'Increase & Underpayment',
  'MIDAS data error': 'MIDAS Data Error',
});

const RESULT_SET: ReadonlySet<string> = new Set(LSC_OUTCOME_RESULTS);
const POSITIVE_SET: ReadonlySet<string> = new Set(POSITIVE_COMPLIANCE_RESULTS);

/**
 * The para 9 spelling of an Outcome Result written as the guidance writes it anywhere (exact value
 * or a known alias, LSC-07-009); `undefined` for a value that is not on the list.
 *
 * @example
 * canonicalOutcomeResult('Increase and Underpayment'); // 'Increase & Underpayment'
 * canonicalOutcomeResult('Benefit Decrease and/ or Overpayment'); // undefined
 */
export function canonicalOutcomeResult(text: string): LscOutcomeResult | undefined {
  if (RESULT_SET.has(text)) return text as LscOutcomeResult;
  return Object.hasOwn(OUTCOME_RESULT_ALIASES, text) ? OUTCOME_RESULT_ALIASES[text] : undefined;
}

/**
 * The Outcome an Outcome Result belongs with (LSC-07-009a).
 *
 * @example
 * outcomeForResult('Underpayment Only'); // 'Positive Compliance'
 * outcomeForResult('User error'); // 'No Result'
 */
export function outcomeForResult(result: LscOutcomeResult): LscOutcome {
  return POSITIVE_SET.has(result) ? 'Positive Compliance' : 'No Result';
}

/**
 * zod schema for an Outcome Result: a para 9 value or a guidance alias, transformed to the para 9
 * spelling (LSC-07-009).
 *
 * @example
 * outcomeResultSchema.parse('Benefit Decrease'); // 'Benefit decrease'
 */
export const outcomeResultSchema = z
  .string()
  .refine((s) => canonicalOutcomeResult(s) !== undefined, { message: `expected one of: ${LSC_OUTCOME_RESULTS.join(', ')}` })
  .transform((s) => canonicalOutcomeResult(s) as LscOutcomeResult);

/** zod schema for an Outcome (LSC-07-009). */
export const outcomeSchema = z.enum(LSC_OUTCOMES);
