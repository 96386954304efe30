import { z } from 'zod';
import type { Citation } from '../../core/citation.js';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, nonNegativePenceSchema } from '../../core/schemas.js';
import { addMonths, addWeeks, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

const C = lsc;
const r = (id: string, says: string, ...more: string[]) => reason(id, says, [C(id), ...more.map((m) => C(m))]);

/**
 * The offence-type categories from which integrity cases are selected (ch.11 para 4, LSC-11-004).
 *
 * @example
 * INTEGRITY_SELECTION_CATEGORIES.length; // 7
 */
export const INTEGRITY_SELECTION_CATEGORIES = Object.freeze([
  'Living Together As a Married couple (LTAMC) cases', 'Risk Cases', 'Working in Receipt', 'Generalised Matching Service (GMS)',
  'Undeclared Capital and Savings', 'Abandoned Cases', 'Others',
] as const);
export type IntegritySelectionCategory = (typeof INTEGRITY_SELECTION_CATEGORIES)[number];
/** The offence types grouped under 'Others' (ch.11 para 4). */
export const INTEGRITY_OTHER_OFFENCE_TYPES = Object.freeze(['Doubtful Disability', 'Partner Working', 'Abroad', 'Not Caring', 'Child Dependency', 'Full Time Education'] as const);

/**
 * The systems used for the integrity analysis (ch.11 para 14, LSC-11-014), spelled as the guidance spells them.
 *
 * @example
 * INTEGRITY_ANALYSIS_SYSTEMS.includes('E- Referrals'); // true
 */
export const INTEGRITY_ANALYSIS_SYSTEMS = Object.freeze(['FRAIMS', 'OPSTRAT', 'LMS', 'CIS', 'E- Referrals', 'PTP CAM'] as const);

/** One entry of the integrity programme's rules of conduct (ch.11 paras 3, 7, 9, 12, 13, 15, 17, 20). */
export interface IntegrityProgrammeRule {
  readonly id: string;
  readonly topic: 'selection' | 'reporting' | 'purpose' | 'analysis' | 'recording';
  readonly rule: string;
  readonly cites: readonly Citation[];
}
const rule = (id: string, topic: IntegrityProgrammeRule['topic'], text: string): IntegrityProgrammeRule => Object.freeze({ id, topic, rule: text, cites: Object.freeze([C(id)]) });

/**
 * The integrity programme's rules of conduct, purposes, case checks and records (ch.11), one entry per item.
 *
 * @example
 * INTEGRITY_PROGRAMME_RULES.filter((x) => x.id === 'LSC-11-015').length; // 8
 */
export const INTEGRITY_PROGRAMME_RULES: readonly IntegrityProgrammeRule[] = Object.freeze([
  rule('LSC-11-003', 'selection', 'Districts are not informed in advance that they have been selected.'),
  rule('LSC-11-007', 'reporting', 'The national report gives hints, tips, good practice and common errors; it does not show data by individual district.'),
  rule('LSC-11-009', 'reporting', 'Detailed feedback on individual cases goes to the relevant LSC Senior Leader on the Case Integrity and Improvement Worksheet.'),
  rule('LSC-11-012', 'reporting', 'There is no appeal process against integrity findings or adjustments.'),
  rule('LSC-11-013', 'purpose', 'The recorded number of activities is accurate.'),
  rule('LSC-11-013', 'purpose', 'The recorded number of positive outcomes (change cases) is accurate.'),
  rule('LSC-11-013', 'purpose', 'The recorded MVA amount is accurate.'),
  rule('LSC-11-013', 'purpose', 'Any overpayment/underpayment has been identified, regardless of the amount.'),
  rule('LSC-11-013', 'purpose', 'All FRAIMS entries are correct.'),
  rule('LSC-11-013', 'purpose', 'The case was actioned correctly.'),
  rule('LSC-11-013', 'purpose', 'All errors found were reported correctly.'),
  rule('LSC-11-015', 'analysis', 'The referral was appropriate for Local Service Compliance.'),
  rule('LSC-11-015', 'analysis', 'The correct method of intervention was used (face to face unless guidance allows another method).'),
  rule('LSC-11-015', 'analysis', 'Every LSCO action (letter issued, email sent, etc.) is a separate activity line on FRAIMS.'),
  rule('LSC-11-015', 'analysis', 'Copies of all FRAIMS-issued letters can be viewed in the correspondence tab.'),
  rule('LSC-11-015', 'analysis', 'MVAs and positive outcomes were claimed in line with Recording Outcomes.'),
  rule('LSC-11-015', 'analysis', 'MVAs were only claimed for the benefits listed in Claiming a MVA.'),
  rule('LSC-11-015', 'analysis', 'Overpayment action was pursued where appropriate, and the case was not closed on FRAIMS first.'),
  rule('LSC-11-015', 'analysis', 'Every MVA amount for each benefit, including HB, and every OP/UP amount is recorded separately on FRAIMS, whether claimant or official error.'),
  rule('LSC-11-017', 'recording', "A 'Details of Cases Analysed' list is completed for each district and sent, with the worksheets and the Customer Compliance Assurance Check letter, to the LSC Senior Leader."),
  rule('LSC-11-020', 'recording', 'National spreadsheet: month of selection; group and district; FRAIMS case number; claimant name; original Outcome; Integrity and/or Quality Issue; details of the error; further action required (e.g. removal, amendment or addition of an activity, outcome, MVA and/or OP/UP).'),
]);

const PROGRAMME_REASONS: ReadonlyMap<string, Reason> = new Map([...new Set(INTEGRITY_PROGRAMME_RULES.map((x) => x.id))].map((id) => [id, r(id, 'Integrity programme rules of this paragraph.')]));

/** Input of {@link integrityProgrammeRules}. */
export const integrityProgrammeInputSchema = z.object({ topic: z.enum(['selection', 'reporting', 'purpose', 'analysis', 'recording']).optional() });
export type IntegrityProgrammeInput = z.input<typeof integrityProgrammeInputSchema>;

/**
 * The integrity programme's rules for one topic, or all (ch.11 paras 3, 7, 9, 12–15, 17, 20).
 *
 * @example
 * integrityProgrammeRules({ topic: 'analysis' }).value.length; // 8
 */
export function integrityProgrammeRules(input: IntegrityProgrammeInput, options?: RuleOptions): Decision<readonly IntegrityProgrammeRule[]> {
  const out = input.topic === undefined ? INTEGRITY_PROGRAMME_RULES : INTEGRITY_PROGRAMME_RULES.filter((x) => x.topic === input.topic);
  const reasons: Reason[] = [];
  for (const x of out) { const rr = PROGRAMME_REASONS.get(x.id)!; if (!reasons.includes(rr)) reasons.push(rr); }
  return decide(out, reasons, policyOf(options).id);
}

/** Input of {@link planIntegritySample}. */
export const integritySampleInputSchema = z.object({
  /** Districts with their hit rate (any comparable measure; higher is better). */
  districts: z.array(z.object({ name: z.string(), hitRate: z.number() })).min(3),
  offenceCategory: z.enum(INTEGRITY_SELECTION_CATEGORIES),
});
export type IntegritySampleInput = z.input<typeof integritySampleInputSchema>;
/** The monthly integrity sample plan. */
export interface IntegritySamplePlan {
  readonly offenceCategory: IntegritySelectionCategory;
  /** Top, middle and lower performing districts by hit rate. */
  readonly districts: readonly { readonly name: string; readonly band: 'top' | 'middle' | 'lower'; readonly cases: number; readonly positiveCompliance: number; readonly noResult: number }[];
  readonly totalCases: number;
  readonly totalPositiveCompliance: number;
  readonly totalNoResult: number;
  /** Districts are not told in advance. */
  readonly notifyDistricts: false;
}
const R_SAMPLE = r('LSC-11-001', 'Each month 90 cases of the selected Offence Type are taken from each of three districts.');
const R_DISTRICTS = r('LSC-11-002', 'The districts are the top, middle and lower performing districts by hit rate (middle: the lower median when the count is even).');
const R_SECRET = r('LSC-11-003', 'Districts are not informed in advance that they have been selected.');
const R_MIX = r('LSC-11-005', "70% of the cases have the Outcome 'Positive Compliance', the rest 'No Result' (applied per district, rounded to whole cases).");

/**
 * The monthly integrity sample (ch.11 paras 1–5): three districts — the top, middle and lower
 * performing by hit rate — 90 cases each of the month's offence category, 70% 'Positive
 * Compliance' (63) and 27 'No Result' each; 270 / 189 / 81 in all.
 *
 * @example
 * planIntegritySample({ offenceCategory: 'Risk Cases', districts: [{ name: 'A', hitRate: 3 }, { name: 'B', hitRate: 9 }, { name: 'C', hitRate: 5 }] }).value.totalPositiveCompliance; // 189
 */
export function planIntegritySample(input: IntegritySampleInput, options?: RuleOptions): Decision<IntegritySamplePlan> {
  const policy = policyOf(options);
  const p = policy.complianceOutcomes;
  const ranked = [...input.districts].sort((x, y) => y.hitRate - x.hitRate || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const picks = [ranked[0]!, ranked[Math.floor((ranked.length - 1) / 2)]!, ranked[ranked.length - 1]!];
  const cases = p.integrityCasesPerDistrict.value;
  const positive = Math.round((cases * p.integrityPositivePercent.value) / 100);
  const bands = ['top', 'middle', 'lower'] as const;
  const districts = picks.slice(0, p.integrityDistrictsPerMonth.value).map((d, i) => ({ name: d.name, band: bands[i]!, cases, positiveCompliance: positive, noResult: cases - positive }));
  return decide({
    offenceCategory: input.offenceCategory,
    districts,
    totalCases: cases * districts.length,
    totalPositiveCompliance: positive * districts.length,
    totalNoResult: (cases - positive) * districts.length,
    notifyDistricts: false,
  }, [R_SAMPLE, R_DISTRICTS, R_SECRET, R_MIX], policy.id);
}

/** Input of {@link integrityReportDueDate}. */
export const integrityReportInputSchema = z.object({ selectionPeriodEndsOn: isoDateSchema });
export type IntegrityReportInput = z.input<typeof integrityReportInputSchema>;
const R_REPORT = r('LSC-11-006', 'The findings are issued within 2 weeks of the end of the selection period (day 14 is inside).');

/**
 * The last day for issuing the monthly integrity findings: 2 weeks after the selection period ends (ch.11 para 6).
 *
 * @example
 * integrityReportDueDate({ selectionPeriodEndsOn: '2015-03-31' }).value; // '2015-04-14'
 */
export function integrityReportDueDate(input: IntegrityReportInput, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  return decide(addWeeks(input.selectionPeriodEndsOn as IsoDate, policy.complianceOutcomes.integrityReportWeeks.value), [R_REPORT], policy.id);
}

/** Input of {@link integrityRecordRetentionDate}. */
export const integrityRetentionInputSchema = z.object({ finalClosureOn: isoDateSchema });
export type IntegrityRetentionInput = z.input<typeof integrityRetentionInputSchema>;
const R_RETAIN = r('LSC-11-022', 'All monthly integrity assurance records are kept for 14 months from final closure.');

/**
 * The day until which the monthly integrity assurance records are kept: 14 months from the case's
 * final closure (after any amendment), month end clamped (ch.11 para 22).
 *
 * @example
 * integrityRecordRetentionDate({ finalClosureOn: '2015-12-31' }).value; // '2017-02-28'
 */
export function integrityRecordRetentionDate(input: IntegrityRetentionInput, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  return decide(addMonths(input.finalClosureOn as IsoDate, policy.complianceOutcomes.integrityRecordRetentionMonths.value), [R_RETAIN], policy.id);
}

/** Input of {@link countsAsLscActivity}. */
export const lscActivityInputSchema = z.object({
  method: z.enum(['office interview', 'home visit', 'telephone', 'letter']),
  faceToFace: z.boolean(),
  robustAndChallenging: z.boolean(),
  /** LSC guidance allows another method in this case (e.g. a letter to a claimant no longer on benefit). */
  otherMethodAllowedByGuidance: z.boolean().default(false),
});
export type LscActivityInput = z.input<typeof lscActivityInputSchema>;
const R_ACT = r('LSC-11-023', 'An activity is a robust and challenging face to face interview (office interview or home visit).');
const R_ACT_OTHER = r('LSC-11-023', 'Another method counts as an activity where Local Service Compliance guidance allows it.');
const R_ACT_NOT = r('LSC-11-023', 'Not an activity: not a robust and challenging face to face interview, and no other method allowed by guidance.');

/**
 * Does an intervention count as an activity (ch.11 para 23)? A robust and challenging face to face
 * office interview or home visit, unless guidance allows another method.
 *
 * @example
 * countsAsLscActivity({ method: 'home visit', faceToFace: true, robustAndChallenging: true }).value; // true
 */
export function countsAsLscActivity(input: LscActivityInput, options?: RuleOptions): Decision<boolean> {
  const edition = policyOf(options).id;
  if ((input.method === 'office interview' || input.method === 'home visit') && input.faceToFace && input.robustAndChallenging) return decide(true, [R_ACT], edition);
  if (input.otherMethodAllowedByGuidance && input.robustAndChallenging) return decide(true, [R_ACT_OTHER], edition);
  return decide(false, [R_ACT_NOT], edition);
}

/** Input of {@link isPositiveOutcomeChange}. */
export const positiveChangeInputSchema = z.object({
  rateChange: z.enum(['decrease', 'increase', 'none']),
  overpaymentPence: nonNegativePenceSchema.default(0),
  underpaymentPence: nonNegativePenceSchema.default(0),
});
export type PositiveChangeInput = z.input<typeof positiveChangeInputSchema>;
const R_POS = r('LSC-11-024', 'A positive outcome is a decrease or increase in benefit, and/or an overpayment or underpayment (any past-period amount counts).', 'LSC-11-026');
const R_NOT_POS = r('LSC-11-024', 'No change in benefit and no over/underpayment: not a positive outcome (change).', 'LSC-11-026');

/**
 * The ch.11 definition of a positive outcome (change): a decrease or increase in benefit and/or an
 * over/underpayment of any amount (paras 24, 26).
 *
 * @example
 * isPositiveOutcomeChange({ rateChange: 'none', overpaymentPence: 1 }).value; // true
 */
export function isPositiveOutcomeChange(input: PositiveChangeInput, options?: RuleOptions): Decision<boolean> {
  const yes = input.rateChange !== 'none' || (input.overpaymentPence ?? 0) > 0 || (input.underpaymentPence ?? 0) > 0;
  return decide(yes, [yes ? R_POS : R_NOT_POS], policyOf(options).id);
}

export const integrityProgrammeRuleDefinitions = [
  defineRule({ name: 'planIntegritySample', domain: 'compliance', title: 'Monthly integrity sample', ids: ['LSC-11-001', 'LSC-11-002', 'LSC-11-003', 'LSC-11-004', 'LSC-11-005'], citations: [C('LSC-11-001')], input: integritySampleInputSchema, evaluate: planIntegritySample }),
  defineRule({ name: 'integrityReportDueDate', domain: 'compliance', title: 'Integrity findings due date', ids: ['LSC-11-006'], citations: [C('LSC-11-006')], input: integrityReportInputSchema, evaluate: integrityReportDueDate }),
  defineRule({ name: 'integrityRecordRetentionDate', domain: 'compliance', title: 'Integrity records retention', ids: ['LSC-11-022'], citations: [C('LSC-11-022')], input: integrityRetentionInputSchema, evaluate: integrityRecordRetentionDate }),
  defineRule({ name: 'countsAsLscActivity', domain: 'compliance', title: 'Definition: activity', ids: ['LSC-11-023'], citations: [C('LSC-11-023')], input: lscActivityInputSchema, evaluate: countsAsLscActivity }),
  defineRule({ name: 'isPositiveOutcomeChange', domain: 'compliance', title: 'Definition: positive outcome (change)', ids: ['LSC-11-024', 'LSC-11-026'], citations: [C('LSC-11-024')], input: positiveChangeInputSchema, evaluate: isPositiveOutcomeChange }),
  defineRule({ name: 'integrityProgrammeRules', domain: 'compliance', title: 'Integrity programme rules, purposes and checks', ids: ['LSC-11-003', 'LSC-11-007', 'LSC-11-009', 'LSC-11-012', 'LSC-11-013', 'LSC-11-014', 'LSC-11-015', 'LSC-11-017', 'LSC-11-020'], citations: [C('LSC-11-015')], input: integrityProgrammeInputSchema, evaluate: integrityProgrammeRules }),
];
