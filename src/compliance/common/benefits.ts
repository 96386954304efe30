/**
 * Benefits and allowances named in the Local Service Compliance guidance (01/15), spelled as
 * the catalogue's cross-cutting concepts (shared/spec/rules-lsc-01-05.md, "Benefit").
 * `TfWA` (Training for Work Allowance) is not a benefit but is paid on top of one.
 *
 * @example
 * BENEFITS.includes('JSA(IB)'); // true
 */
export const BENEFITS = Object.freeze([
  'IS',
  'JSA',
  'JSA(IB)',
  'JSA(C)',
  'ESA',
  'ESA(C)',
  'ESA(IR)',
  'Credits',
  'TfWA',
  'DLA',
  'AA',
  'PIP',
  'CA',
  'PC',
  'HB',
  'CTB',
  'BereavementAllowance',
  'WidowedParentsAllowance',
  'WidowedMothersAllowance',
  'WidowsPension',
  'BereavementPayment',
  'MA',
  'ChildBenefit',
  'ChildTaxCredit',
  'RetirementPension',
] as const);

/** One of {@link BENEFITS}. */
export type Benefit = (typeof BENEFITS)[number];
