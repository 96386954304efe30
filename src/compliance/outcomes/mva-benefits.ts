import type { Citation } from '../../core/citation.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * Benefits named in ch.07–08 in the guidance's own spelling: the ch.08 para 4 list, the HB
 * passporting awards (para 5), Disability Living Allowance (Example 4), the two excluded
 * benefits (para 26) and a few others the library must be able to reject.
 *
 * @example
 * MVA_GUIDANCE_BENEFITS.includes('Carer’s Allowance'); // true
 */
export const MVA_GUIDANCE_BENEFITS = Object.freeze([
  'Bereavement Benefit',
  'Carer’s Allowance',
  'Council Tax Benefit (CTB)',
  'Employment and Support Allowance',
  'Employment and Support Allowance (Income Related)',
  'Employment and Support Allowance (Contributory)',
  'Housing Benefit',
  'Incapacity Benefit',
  'Income Support',
  'Industrial Injuries Disablement Benefit',
  'Jobseekers Allowance (Contributory)',
  'Jobseekers Allowance (Income Based)',
  'Maternity Allowance',
  'Pension Credit',
  'Social Fund',
  'Training for Work Allowance',
  'Universal Credit',
  'Disability Living Allowance',
  'Child Benefit',
  'Child Tax Credit',
  'Attendance Allowance',
  'Personal Independence Payment',
  'State Pension',
] as const);
/** One of {@link MVA_GUIDANCE_BENEFITS}. */
export type MvaGuidanceBenefit = (typeof MVA_GUIDANCE_BENEFITS)[number];

/** How a benefit stands for MVA purposes. */
export type MvaBenefitStatus = 'claimable' | 'claimable-with-conditions' | 'not-claimable';

/** One entry of {@link MVA_BENEFIT_TABLE}. */
export interface MvaBenefitEntry {
  readonly id: string;
  readonly benefit: MvaGuidanceBenefit;
  readonly status: MvaBenefitStatus;
  readonly note: string;
  readonly cites: readonly Citation[];
}

const e = (id: string, benefit: MvaGuidanceBenefit, status: MvaBenefitStatus, note: string, ...more: string[]): MvaBenefitEntry =>
  Object.freeze({ id, benefit, status, note, cites: Object.freeze([lsc(id), ...more.map((m) => lsc(m))]) });

/**
 * Whether an MVA can be claimed on each benefit (ch.08 paras 4–8, 12, 26; ch.07 Appendix paras
 * 13–20). The para 4 list says "include", but the integrity analysis treats it as closed (ch.11
 * para 15): this table is the closed list, with Disability Living Allowance added from Example 4.
 *
 * @example
 * MVA_BENEFIT_TABLE.find((x) => x.benefit === 'Child Benefit')?.status; // 'not-claimable'
 */
export const MVA_BENEFIT_TABLE: readonly MvaBenefitEntry[] = Object.freeze([
  e('LSC-08-004', 'Bereavement Benefit', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-08-004', 'Carer’s Allowance', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-08-007', 'Council Tax Benefit (CTB)', 'claimable-with-conditions', 'Only up to and including 31 March 2013; the amount is entered manually.', 'LSC-08-004', 'LSC-08-008'),
  e('LSC-08-004', 'Employment and Support Allowance', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-08-004', 'Employment and Support Allowance (Income Related)', 'claimable', 'Listed in ch.08 para 4 (Employment and Support Allowance); an HB passporting award.', 'LSC-08-005'),
  e('LSC-07-031', 'Employment and Support Allowance (Contributory)', 'claimable-with-conditions', 'Listed in ch.08 para 4, but never in a living-together case.', 'LSC-08-004'),
  e('LSC-08-005', 'Housing Benefit', 'claimable-with-conditions', 'Only when an IS / JSA(IB) / ESA(IR) / PC (guarantee credit) award ends and HB was claimed, or on a pre-payment LTAMC case; average working-age figures; never for an increase.', 'LSC-08-004', 'LSC-08-006', 'LSC-07-027'),
  e('LSC-08-004', 'Incapacity Benefit', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-08-004', 'Income Support', 'claimable', 'Listed in ch.08 para 4; an HB passporting award.'),
  e('LSC-08-004', 'Industrial Injuries Disablement Benefit', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-07-031', 'Jobseekers Allowance (Contributory)', 'claimable-with-conditions', 'Listed in ch.08 para 4, but never in a living-together case.', 'LSC-08-004'),
  e('LSC-08-004', 'Jobseekers Allowance (Income Based)', 'claimable', 'Listed in ch.08 para 4; an HB passporting award.'),
  e('LSC-08-004', 'Maternity Allowance', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-08-004', 'Pension Credit', 'claimable', 'Listed in ch.08 para 4; an HB passporting award when it includes the guarantee credit element.'),
  e('LSC-08-004', 'Social Fund', 'claimable', 'Listed in ch.08 para 4.'),
  e('LSC-08-012', 'Training for Work Allowance', 'claimable-with-conditions', '10p of the underlying benefit on termination, recorded under the underlying benefit type.', 'LSC-08-004', 'LSC-08-013'),
  e('LSC-08-004', 'Universal Credit', 'claimable', 'Listed in ch.08 para 4; a monthly rate is converted to weekly.'),
  e('LSC-07-113', 'Disability Living Allowance', 'claimable-with-conditions', 'Claimed in Example 4; not where medical evidence was needed to decide entitlement.', 'LSC-07-120', 'LSC-08-004'),
  e('LSC-08-026', 'Child Benefit', 'not-claimable', 'An MVA cannot be claimed on Child Benefit.'),
  e('LSC-08-026', 'Child Tax Credit', 'not-claimable', 'An MVA cannot be claimed on Child Tax Credit.'),
  e('LSC-08-004', 'Attendance Allowance', 'not-claimable', 'Not in the ch.08 para 4 list (treated as closed, ch.11 para 15).', 'LSC-11-015'),
  e('LSC-08-004', 'Personal Independence Payment', 'not-claimable', 'Not in the ch.08 para 4 list (treated as closed, ch.11 para 15).', 'LSC-11-015'),
  e('LSC-08-004', 'State Pension', 'not-claimable', 'Not in the ch.08 para 4 list (treated as closed, ch.11 para 15).', 'LSC-11-015'),
]);

const BY_BENEFIT: ReadonlyMap<string, MvaBenefitEntry> = new Map(MVA_BENEFIT_TABLE.map((x) => [x.benefit, x]));

/**
 * The {@link MVA_BENEFIT_TABLE} entry of a benefit; `undefined` for a name the guidance does not use.
 *
 * @example
 * mvaBenefitEntry('Social Fund')?.status; // 'claimable'
 */
export function mvaBenefitEntry(benefit: string): MvaBenefitEntry | undefined {
  return BY_BENEFIT.get(benefit);
}

/**
 * The awards whose termination passports an HB MVA (ch.08 para 5, LSC-08-005).
 *
 * @example
 * HB_PASSPORTING_BENEFITS.includes('Income Support'); // true
 */
export const HB_PASSPORTING_BENEFITS = Object.freeze([
  'Income Support',
  'Jobseekers Allowance (Income Based)',
  'Employment and Support Allowance (Income Related)',
  'Pension Credit',
] as const satisfies readonly MvaGuidanceBenefit[]);
