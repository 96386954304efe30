import { z } from 'zod';
import type { IsoDate } from '../calendar/types.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema, caseloadCountSchema } from '../core/schemas.js';
import { prv } from './cite-prv.js';

const C006 = prv('PRV-006');
const C007 = prv('PRV-007');
const C008A = prv('PRV-008a');
const C008B = prv('PRV-008b');
const C016 = prv('PRV-016');
const C019 = prv('PRV-019');
const C021A = prv('PRV-021a');
const C021C = prv('PRV-021c');
const C038A = prv('PRV-038a');
const C038B = prv('PRV-038b');
const C039 = prv('PRV-039');
const C042 = prv('PRV-042');
const C051 = prv('PRV-051');
const C057 = prv('PRV-057');

// ---------------------------------------------------------------------------------------------
// Designation order (paras 6–7).

/** Why DWP contacts an employer. */
export const EMPLOYER_CONTACT_PURPOSES = Object.freeze(['validate employment details', 'other'] as const);
/** Why DWP contacts an employer. */
export type EmployerContactPurpose = (typeof EMPLOYER_CONTACT_PURPOSES)[number];

/** Input of {@link decideEmployerContactConsentNeeded}. */
export const employerContactConsentInputSchema = z.object({
  /** The day of the contact. */
  date: isoDateSchema,
  purpose: z.enum(EMPLOYER_CONTACT_PURPOSES).default('validate employment details'),
});
/** Input of {@link decideEmployerContactConsentNeeded}. */
export type EmployerContactConsentInput = z.input<typeof employerContactConsentInputSchema>;

const R_DO_BEFORE = reason('PRV-006', 'Before the designation order of 17 July 2013, written and informed consent was sought for DWP to contact employers.', [C006]);
const R_DO_AFTER = reason('PRV-006', 'From 17 July 2013, in the majority of cases, no written consent is needed (exceptions: Generic Guidance Chapter 5).', [C006]);
const R_DO_PURPOSE = reason('PRV-007', 'The designation order lets DWP contact the customer’s employer directly to validate employment details.', [C007]);
const R_DO_OTHER = reason('PRV-007', 'The designation order covers validating employment details only; consent rules for other contact are not in this chapter.', [C007]);

/**
 * Must the provider seek the participant's written consent for DWP to contact their employer
 * (paras 6–7)? Not from 17 July 2013 (inclusive), in the majority of cases, when the purpose is
 * validating employment details.
 *
 * @example
 * decideEmployerContactConsentNeeded({ date: '2013-07-17' }).value; // false
 * decideEmployerContactConsentNeeded({ date: '2013-07-16' }).value; // true
 */
export function decideEmployerContactConsentNeeded(input: EmployerContactConsentInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if ((input.date as IsoDate) < policy.provider.designationOrderFrom.value) return decide(true, [R_DO_BEFORE], policy.id);
  if ((input.purpose ?? 'validate employment details') !== 'validate employment details') return decide(true, [R_DO_OTHER], policy.id);
  return decide(false, [R_DO_AFTER, R_DO_PURPOSE], policy.id);
}

export const employerContactConsentRule = defineRule({
  name: 'decideEmployerContactConsentNeeded', domain: 'provider', title: 'Written consent for DWP to contact employers (designation order)',
  ids: ['PRV-006', 'PRV-007'], citations: [C006, C007], input: employerContactConsentInputSchema, evaluate: decideEmployerContactConsentNeeded,
});

// ---------------------------------------------------------------------------------------------
// AIIS (para 39).

/** Input of {@link decideAiisAvailable}. */
export const aiisInputSchema = z.object({ date: isoDateSchema });
/** Input of {@link decideAiisAvailable}. */
export type AiisInput = z.input<typeof aiisInputSchema>;

const R_AIIS_YES = reason('PRV-039', 'Before 31 October 2013 the Analogous Industrial Injuries Scheme was available.', [C039]);
const R_AIIS_NO = reason('PRV-039', 'From 31 October 2013 AIIS is abolished; recipients moved to the main Industrial Injuries Scheme.', [C039]);

/**
 * Is the Analogous Industrial Injuries Scheme available on a date (para 39)? Abolished from
 * 31 October 2013 (inclusive).
 *
 * @example
 * decideAiisAvailable({ date: '2013-10-30' }).value; // true
 * decideAiisAvailable({ date: '2013-10-31' }).value; // false
 */
export function decideAiisAvailable(input: AiisInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const available = (input.date as IsoDate) < policy.provider.aiisAbolishedFrom.value;
  return decide(available, [available ? R_AIIS_YES : R_AIIS_NO], policy.id);
}

export const aiisRule = defineRule({
  name: 'decideAiisAvailable', domain: 'provider', title: 'Analogous Industrial Injuries Scheme abolished',
  ids: ['PRV-039'], citations: [C039], input: aiisInputSchema, evaluate: decideAiisAvailable,
});

// ---------------------------------------------------------------------------------------------
// Accident-related forms (para 38).

/** What an industrial injuries claim is for (para 38); `none` when no claim is made. */
export const INDUSTRIAL_INJURY_CLAIM_KINDS = Object.freeze(['accident', 'prescribed disease', 'none'] as const);
/** What an industrial injuries claim is for. */
export type IndustrialInjuryClaimKind = (typeof INDUSTRIAL_INJURY_CLAIM_KINDS)[number];

/** Input of {@link accidentClaimForms}. */
export const accidentClaimFormsInputSchema = z.object({
  /** What the participant may claim industrial injuries benefit for. */
  claimFor: z.enum(INDUSTRIAL_INJURY_CLAIM_KINDS),
});
/** Input of {@link accidentClaimForms}. */
export type AccidentClaimFormsInput = z.input<typeof accidentClaimFormsInputSchema>;

/** Value of {@link accidentClaimForms}. */
export interface AccidentClaimFormsValue {
  /** Forms DWP requires from the provider for an accident (PARF1 and PARF2 no longer). */
  readonly providerForms: readonly string[];
  /** Where the participant is directed. */
  readonly directParticipantTo: string | null;
  /** The claim form usually issued. */
  readonly usualClaimForm: 'BI100A' | 'BI100PD' | null;
}

const R_PARF = reason('PRV-038a', 'DWP no longer requires providers to complete forms PARF1 and PARF2.', [C038A]);
const R_IIB = reason('PRV-038b', 'A participant claiming industrial injuries benefit contacts the local Jobcentre or benefit centre, which issues the claim form (usually BI100A or BI100PD).', [C038B]);

/**
 * The forms after a participant's accident (para 38): none for the provider (PARF1/PARF2 are no
 * longer required); a participant claiming industrial injuries benefit goes to the local
 * Jobcentre or benefit centre, usually for BI100A (accident) or BI100PD (prescribed disease).
 *
 * @example
 * accidentClaimForms({ claimFor: 'accident' }).value.usualClaimForm; // 'BI100A'
 */
export function accidentClaimForms(input: AccidentClaimFormsInput, options?: RuleOptions): Decision<AccidentClaimFormsValue> {
  const id = policyOf(options).id;
  if (input.claimFor === 'none') return decide({ providerForms: [], directParticipantTo: null, usualClaimForm: null }, [R_PARF], id);
  return decide(
    { providerForms: [], directParticipantTo: 'local Jobcentre or the relevant benefit centre', usualClaimForm: input.claimFor === 'accident' ? 'BI100A' : 'BI100PD' },
    [R_PARF, R_IIB],
    id,
  );
}

export const accidentClaimFormsRule = defineRule({
  name: 'accidentClaimForms', domain: 'provider', title: 'Accident forms and industrial injuries claims',
  ids: ['PRV-038a', 'PRV-038b'], citations: [C038A, C038B], input: accidentClaimFormsInputSchema, evaluate: accidentClaimForms,
});

// ---------------------------------------------------------------------------------------------
// Permitted Work (para 42).

/** Benefits under which Permitted Work is possible (para 42). */
export const PERMITTED_WORK_BENEFITS = Object.freeze(['Incapacity Benefit (IB)', 'Severe Disablement Allowance (SDA)', 'Employment Support Allowance (ESA)'] as const);

/** Input of {@link decidePermittedWorkPossible}. */
export const permittedWorkInputSchema = z.object({ benefit: z.string().min(1) });
/** Input of {@link decidePermittedWorkPossible}. */
export type PermittedWorkInput = z.input<typeof permittedWorkInputSchema>;

const R_PW_YES = reason('PRV-042', 'Participants claiming IB, SDA or ESA may be able to do some limited work: Permitted Work.', [C042]);
const R_PW_NO = reason('PRV-042', 'Permitted Work applies only to IB, SDA and ESA.', [C042]);

/**
 * The names of {@link PERMITTED_WORK_BENEFITS} a caller may pass, normalised (lower case, single
 * spaces): each full name as printed, its abbreviation, the name with the abbreviation, and ESA's
 * statutory name "Employment and Support Allowance" (para 42 prints "Employment Support Allowance").
 */
const PERMITTED_WORK_NAMES: ReadonlySet<string> = new Set([
  ...PERMITTED_WORK_BENEFITS.flatMap((printed) => {
    const [, full = '', abbreviation = ''] = /^(.*) \((.*)\)$/.exec(printed.toLowerCase()) ?? [];
    return [printed.toLowerCase(), full, abbreviation];
  }),
  'employment and support allowance',
  'employment and support allowance (esa)',
]);

/**
 * Can Permitted Work apply to a participant's benefit (para 42)? IB, SDA or ESA: by full name,
 * abbreviation or both, in any letter case and spacing; ESA also by its statutory name
 * "Employment and Support Allowance". The limits are in the Permitted Work guidance, not in this chapter.
 *
 * @example
 * decidePermittedWorkPossible({ benefit: 'ESA' }).value; // true
 * decidePermittedWorkPossible({ benefit: 'employment and support allowance' }).value; // true
 */
export function decidePermittedWorkPossible(input: PermittedWorkInput, options?: RuleOptions): Decision<boolean> {
  const ok = PERMITTED_WORK_NAMES.has(input.benefit.trim().replace(/\s+/g, ' ').toLowerCase());
  return decide(ok, [ok ? R_PW_YES : R_PW_NO], policyOf(options).id);
}

export const permittedWorkRule = defineRule({
  name: 'decidePermittedWorkPossible', domain: 'provider', title: 'Permitted Work benefits',
  ids: ['PRV-042'], citations: [C042], input: permittedWorkInputSchema, evaluate: decidePermittedWorkPossible,
});

// ---------------------------------------------------------------------------------------------
// Funding model (para 16) and market share shift (para 19).

/** Funding-model elements (para 16). */
export const FUNDING_MODEL_ELEMENTS = Object.freeze([
  'Service Fee / Delivery Fee',
  'Start Payment / Attachment Fee',
  'Job Outcome Fee',
  'Job Retention Fees / Sustainment Payments',
  'Incentive Payments',
] as const);
/** A funding-model element. */
export type FundingModelElement = (typeof FUNDING_MODEL_ELEMENTS)[number];

/** What a Job Outcome definition may stipulate (para 16). */
export const JOB_OUTCOME_DEFINITION_TERMS = Object.freeze([
  'minimum hours per week',
  'number of weeks the job has lasted or is expected to last',
  'job start date within a tracking period of weeks',
] as const);

/** Input of {@link validateFundingModel}. */
export const fundingModelInputSchema = z.object({ elements: z.array(z.enum(FUNDING_MODEL_ELEMENTS)).readonly() });
/** Input of {@link validateFundingModel}. */
export type FundingModelInput = z.input<typeof fundingModelInputSchema>;

const R_FM_OK = reason('PRV-016', 'A funding model comprises one or more of the para 16 elements.', [C016]);
const R_FM_EMPTY = reason('PRV-016', 'A funding model needs at least one of the para 16 elements.', [C016]);
const R_FM_REPEATED = reason('PRV-016', 'Each para 16 element appears at most once in a funding model: an element is repeated.', [C016]);

/**
 * Is a programme funding model well formed (para 16)? One or more of the five elements, each once.
 *
 * @example
 * validateFundingModel({ elements: ['Service Fee / Delivery Fee', 'Job Outcome Fee'] }).value; // true
 */
export function validateFundingModel(input: FundingModelInput, options?: RuleOptions): Decision<boolean> {
  const id = policyOf(options).id;
  if (input.elements.length === 0) return decide(false, [R_FM_EMPTY], id);
  if (new Set(input.elements).size !== input.elements.length) return decide(false, [R_FM_REPEATED], id);
  return decide(true, [R_FM_OK], id);
}

export const fundingModelRule = defineRule({
  name: 'validateFundingModel', domain: 'provider', title: 'Programme funding-model elements',
  ids: ['PRV-016'], citations: [C016], input: fundingModelInputSchema, evaluate: validateFundingModel,
});

/** Input of {@link decideMarketShareShift}. */
export const marketShareShiftInputSchema = z.object({
  suppliersInArea: caseloadCountSchema.min(1),
  merlinAccredited: z.boolean(),
});
/** Input of {@link decideMarketShareShift}. */
export type MarketShareShiftInput = z.input<typeof marketShareShiftInputSchema>;

/** Value of {@link decideMarketShareShift}. */
export interface MarketShareShiftValue {
  readonly marketShareShiftApplies: boolean;
  /** Without Merlin Accreditation the provider may lose eligibility to benefit (not automatic). */
  readonly eligibilityAtRisk: boolean;
}

const R_MSS_ONE = reason('PRV-019', 'A single supplier in the area: no market share shift.', [C019]);
const R_MSS = reason('PRV-019', 'More than one supplier: referrals may shift from poorer to stronger performers.', [C019]);
const R_MSS_MERLIN = reason('PRV-019', 'Failure to obtain Merlin Accreditation may lead to loss of eligibility to benefit from market share shift.', [C019]);

/**
 * Does market share shift apply, and is the provider's eligibility at risk (para 19)?
 *
 * @example
 * decideMarketShareShift({ suppliersInArea: 2, merlinAccredited: false }).value.eligibilityAtRisk; // true
 */
export function decideMarketShareShift(input: MarketShareShiftInput, options?: RuleOptions): Decision<MarketShareShiftValue> {
  const id = policyOf(options).id;
  if (input.suppliersInArea <= 1) return decide({ marketShareShiftApplies: false, eligibilityAtRisk: false }, [R_MSS_ONE], id);
  return decide({ marketShareShiftApplies: true, eligibilityAtRisk: !input.merlinAccredited }, input.merlinAccredited ? [R_MSS] : [R_MSS, R_MSS_MERLIN], id);
}

export const marketShareShiftRule = defineRule({
  name: 'decideMarketShareShift', domain: 'provider', title: 'Market share shift and Merlin Accreditation',
  ids: ['PRV-019'], citations: [C019], input: marketShareShiftInputSchema, evaluate: decideMarketShareShift,
});

// ---------------------------------------------------------------------------------------------
// Health and safety risk assessments (para 21).

/** Groups needing a specific risk assessment (para 21, not exhaustive). */
export const SPECIFIC_RISK_ASSESSMENT_GROUPS = Object.freeze(['young people', 'pregnant workers', 'Lone Workers', 'Manual Handling'] as const);
/** A specific risk-assessment group. */
export type SpecificRiskAssessmentGroup = (typeof SPECIFIC_RISK_ASSESSMENT_GROUPS)[number];

/** Input of {@link requiredRiskAssessments}. */
export const riskAssessmentsInputSchema = z.object({
  groups: z.array(z.enum(SPECIFIC_RISK_ASSESSMENT_GROUPS)).readonly().default([]),
  paidByProvider: z.boolean().default(false),
});
/** Input of {@link requiredRiskAssessments}. */
export type RiskAssessmentsInput = z.input<typeof riskAssessmentsInputSchema>;

const R_EMPLOYEE = reason('PRV-021a', 'Under health and safety law participants are the provider’s employees, paid or not: a general risk assessment applies.', [C021A]);
const R_SPECIFIC = reason('PRV-021c', 'Specific risk assessments apply to young people, pregnant workers, lone workers and manual handling.', [C021C]);

/**
 * The risk assessments a participant needs (para 21): the general one (participants are treated
 * as employees, paid or not) plus a specific one per group they belong to.
 *
 * @example
 * requiredRiskAssessments({ groups: ['pregnant workers'] }).value; // ['general risk assessment', 'specific risk assessment: pregnant workers']
 */
export function requiredRiskAssessments(input: RiskAssessmentsInput, options?: RuleOptions): Decision<readonly string[]> {
  const groups = [...new Set(input.groups ?? [])];
  const list = ['general risk assessment', ...groups.map((g) => `specific risk assessment: ${g}`)];
  return decide(list, groups.length > 0 ? [R_EMPLOYEE, R_SPECIFIC] : [R_EMPLOYEE], policyOf(options).id);
}

export const riskAssessmentsRule = defineRule({
  name: 'requiredRiskAssessments', domain: 'provider', title: 'Health and safety risk assessments for participants',
  ids: ['PRV-021a', 'PRV-021c'], citations: [C021A, C021C], input: riskAssessmentsInputSchema, evaluate: requiredRiskAssessments,
});

// ---------------------------------------------------------------------------------------------
// Appointees (para 8).

/** Input of {@link decideAppointeeInvolvement}. */
export const appointeeInputSchema = z.object({
  hasAppointee: z.boolean(),
  /** The stage may affect the participant's entitlement or award. */
  stageMayAffectEntitlement: z.boolean(),
});
/** Input of {@link decideAppointeeInvolvement}. */
export type AppointeeInput = z.input<typeof appointeeInputSchema>;

/** Value of {@link decideAppointeeInvolvement}. */
export interface AppointeeValue {
  readonly mustInclude: boolean;
  /** The provider may let the appointee attend for the first few days. */
  readonly mayAttendFirstDays: boolean;
}

const R_APP_MUST = reason('PRV-008a', 'The appointee must be included at any stage where entitlement or award may be affected.', [C008A]);
const R_APP_NOT = reason('PRV-008a', 'The stage does not affect entitlement or award: including the appointee is not required.', [C008A]);
const R_APP_MAY = reason('PRV-008b', 'The provider may let the appointee attend with the participant for the first few days.', [C008B]);
const R_APP_NONE = reason('PRV-008a', 'No appointee.', [C008A]);

/**
 * Must the appointee be included (para 8)? At any stage where the participant's entitlement or
 * award may be affected; the provider may also let them attend for the first few days.
 *
 * @example
 * decideAppointeeInvolvement({ hasAppointee: true, stageMayAffectEntitlement: true }).value.mustInclude; // true
 */
export function decideAppointeeInvolvement(input: AppointeeInput, options?: RuleOptions): Decision<AppointeeValue> {
  const id = policyOf(options).id;
  if (!input.hasAppointee) return decide({ mustInclude: false, mayAttendFirstDays: false }, [R_APP_NONE], id);
  return decide({ mustInclude: input.stageMayAffectEntitlement, mayAttendFirstDays: true }, [input.stageMayAffectEntitlement ? R_APP_MUST : R_APP_NOT, R_APP_MAY], id);
}

export const appointeeRule = defineRule({
  name: 'decideAppointeeInvolvement', domain: 'provider', title: 'Involving the appointee',
  ids: ['PRV-008a', 'PRV-008b'], citations: [C008A, C008B], input: appointeeInputSchema, evaluate: decideAppointeeInvolvement,
});

// ---------------------------------------------------------------------------------------------
// Gross misconduct (para 51).

/** Provision kinds para 51 distinguishes. */
export const GROSS_MISCONDUCT_PROVISIONS = Object.freeze(['Mandatory Work Activity', 'other mandatory provision'] as const);
/** A provision kind of para 51. */
export type GrossMisconductProvision = (typeof GROSS_MISCONDUCT_PROVISIONS)[number];

/** Input of {@link grossMisconductDismissalSteps}. */
export const grossMisconductInputSchema = z.object({ provision: z.enum(GROSS_MISCONDUCT_PROVISIONS) });
/** Input of {@link grossMisconductDismissalSteps}. */
export type GrossMisconductInput = z.input<typeof grossMisconductInputSchema>;

/** Value of {@link grossMisconductDismissalSteps}. */
export interface GrossMisconductValue {
  readonly steps: readonly string[];
  /** `must` for MWA; `recommended` ("it is suggested") elsewhere. */
  readonly strength: 'must' | 'recommended';
}

const R_GM_MWA = reason('PRV-051', 'MWA: the provider must discuss with a Jobcentre Plus adviser before dismissal for gross misconduct (DMG Memo 28/12) and the DMA referral.', [C051]);
const R_GM_OTHER = reason('PRV-051', 'Other mandatory provision: it is suggested the provider discusses with a Jobcentre Plus adviser first.', [C051]);
const GM_STEPS = Object.freeze(['discuss with a Jobcentre Plus adviser', 'dismiss for gross misconduct', 'refer to DMA']);

/**
 * The steps before dismissing a participant for gross misconduct (para 51): discuss with a
 * Jobcentre Plus adviser first — a must on MWA, suggested for all other mandatory provision.
 *
 * @example
 * grossMisconductDismissalSteps({ provision: 'Mandatory Work Activity' }).value.strength; // 'must'
 */
export function grossMisconductDismissalSteps(input: GrossMisconductInput, options?: RuleOptions): Decision<GrossMisconductValue> {
  const id = policyOf(options).id;
  return input.provision === 'Mandatory Work Activity'
    ? decide({ steps: GM_STEPS, strength: 'must' }, [R_GM_MWA], id)
    : decide({ steps: GM_STEPS, strength: 'recommended' }, [R_GM_OTHER], id);
}

export const grossMisconductRule = defineRule({
  name: 'grossMisconductDismissalSteps', domain: 'provider', title: 'Gross misconduct: discuss with Jobcentre Plus first',
  ids: ['PRV-051'], citations: [C051], input: grossMisconductInputSchema, evaluate: grossMisconductDismissalSteps,
});

// ---------------------------------------------------------------------------------------------
// Opportunities with children or vulnerable groups (para 57).

/** Input of {@link decideVulnerableGroupOpportunity}. */
export const vulnerableGroupOpportunityInputSchema = z.object({
  involvesChildrenOrVulnerableGroups: z.boolean(),
  /** The provider itself has ensured the participant is suitable. */
  suitabilityConfirmedByProvider: z.boolean(),
});
/** Input of {@link decideVulnerableGroupOpportunity}. */
export type VulnerableGroupOpportunityInput = z.input<typeof vulnerableGroupOpportunityInputSchema>;

const R_VG_NA = reason('PRV-057', 'The opportunity involves no work with children or other vulnerable groups.', [C057]);
const R_VG_OK = reason('PRV-057', 'The provider has ensured the participant is suitable for work with children or vulnerable groups.', [C057]);
const R_VG_NO = reason('PRV-057', 'The provider must itself ensure suitability, whatever steps Jobcentre Plus took before referral.', [C057]);

/**
 * May a participant take an opportunity involving children or other vulnerable groups (para 57)?
 * Only once the provider has ensured they are suitable.
 *
 * @example
 * decideVulnerableGroupOpportunity({ involvesChildrenOrVulnerableGroups: true, suitabilityConfirmedByProvider: false }).value; // false
 */
export function decideVulnerableGroupOpportunity(input: VulnerableGroupOpportunityInput, options?: RuleOptions): Decision<boolean> {
  const id = policyOf(options).id;
  if (!input.involvesChildrenOrVulnerableGroups) return decide(true, [R_VG_NA], id);
  return input.suitabilityConfirmedByProvider ? decide(true, [R_VG_OK], id) : decide(false, [R_VG_NO], id);
}

export const vulnerableGroupOpportunityRule = defineRule({
  name: 'decideVulnerableGroupOpportunity', domain: 'provider', title: 'Opportunities with children or vulnerable groups',
  ids: ['PRV-057'], citations: [C057], input: vulnerableGroupOpportunityInputSchema, evaluate: decideVulnerableGroupOpportunity,
});
