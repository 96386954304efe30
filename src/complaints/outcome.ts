import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import type { Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintStageSchema, type ComplaintOutcome, type ComplaintStage } from './vocabulary.js';

/** One outcome category with its definition as printed in the guide's table. */
export interface ComplaintOutcomeDefinition {
  readonly outcome: ComplaintOutcome;
  /** Other spellings in the guide. */
  readonly aliases: readonly string[];
  readonly stages: readonly ComplaintStage[];
  readonly definition: string;
  readonly cites: readonly Citation[];
}

const BOTH = Object.freeze(['CRT', 'CCRT'] as const);
const C02E = crm('CRM-02e');
const C06E = crm('CRM-06e');

/**
 * The outcome categories and their definitions (CRM-02e table; CRM-06e adds Justified at the CCRT).
 *
 * @example
 * COMPLAINT_OUTCOME_DEFINITIONS.find((d) => d.outcome === 'Justified')?.stages; // ['CCRT']
 */
export const COMPLAINT_OUTCOME_DEFINITIONS: readonly ComplaintOutcomeDefinition[] = Object.freeze([
  Object.freeze({ outcome: 'Upheld', aliases: Object.freeze([]), stages: BOTH, cites: Object.freeze([C02E, C06E]),
    definition: 'We agree that the service provided in each of the issues the customer raised was below the standard expected and redress is appropriate such as an apology.' }),
  Object.freeze({ outcome: 'Not Upheld', aliases: Object.freeze([]), stages: BOTH, cites: Object.freeze([C02E, C06E]),
    definition: 'It is decided that upon investigation we did not provide a service below the standards we expect.' }),
  Object.freeze({ outcome: 'Part Upheld', aliases: Object.freeze(['Partially Upheld']), stages: BOTH, cites: Object.freeze([C02E, C06E]),
    definition: 'In cases where the customer raises more than one issue, the CRM agrees that a poor service was provided in some, but not all, of the issues the customer raised and applies redress to the issues upheld.' }),
  Object.freeze({ outcome: 'Justified', aliases: Object.freeze([]), stages: Object.freeze(['CCRT'] as const), cites: Object.freeze([C02E, C06E]),
    definition: 'Justified should be selected for complaints where we agree the customer was right to complain, but the action we have already taken to resolve it is sufficient.' }),
] satisfies ComplaintOutcomeDefinition[]);

/**
 * The outcome categories open at a stage: three at the CRT (CRM-02e), four at the CCRT (CRM-06e).
 *
 * @example
 * complaintOutcomesForStage('CRT'); // ['Upheld', 'Not Upheld', 'Part Upheld']
 */
export function complaintOutcomesForStage(stage: ComplaintStage): readonly ComplaintOutcome[] {
  return stage === 'CRT' ? CRT_OUTCOMES : CCRT_OUTCOMES;
}
const CRT_OUTCOMES = Object.freeze(COMPLAINT_OUTCOME_DEFINITIONS.filter((d) => d.stages.includes('CRT')).map((d) => d.outcome));
const CCRT_OUTCOMES = Object.freeze(COMPLAINT_OUTCOME_DEFINITIONS.map((d) => d.outcome));

/** One issue the customer raised, as found by the investigation. */
export const complaintIssueSchema = z.object({
  /** The service on this issue was below the standard expected. */
  belowStandard: z.boolean(),
  /** The issue is about a member of staff. */
  aboutStaff: z.boolean().optional(),
  /** For a staff issue: assurance that the HR guidance was followed. */
  hrGuidanceFollowed: z.boolean().optional(),
  /** For a staff issue: assurance that the investigation was conducted properly. */
  investigationConductedProperly: z.boolean().optional(),
});

/** Input of {@link classifyComplaintOutcome}. */
export const complaintOutcomeInputSchema = z.object({
  stage: complaintStageSchema,
  issues: z.array(complaintIssueSchema).min(1),
  /** CCRT: the action already taken to resolve the complaint is sufficient. */
  actionAlreadyTakenSufficient: z.boolean().optional(),
});
export type ComplaintOutcomeInput = z.input<typeof complaintOutcomeInputSchema>;

const R_UPHELD = stageReasons('CRM-02e', 'CRM-06e', 'the service on each issue raised was below the standard expected: Upheld.');
const R_PART = stageReasons('CRM-02e', 'CRM-06e', 'the service was poor on some but not all of the issues raised: Part Upheld.');
const R_NOT = stageReasons('CRM-02e', 'CRM-06e', 'the service was not below the standards expected: Not Upheld.');
const R_JUSTIFIED = stageReasons('CRM-02e', 'CRM-06e', '', 'the customer was right to complain but the action already taken to resolve it is sufficient: Justified.');
const R_STAFF = stageReasons('CRM-02g', 'CRM-06g', 'without assurance that the HR guidance was followed and the investigation conducted properly, the staff complaint must be upheld.');

/**
 * Classifies a complaint's outcome from the per-issue findings: all issues below standard → Upheld;
 * some → Part Upheld; none → Not Upheld (CRM-02e, CRM-06e). A staff issue without assurance that
 * the HR guidance was followed and the investigation conducted properly counts as below standard,
 * so a staff complaint must be upheld (CRM-02g, CRM-06g). At the CCRT only, a complaint the
 * customer was right to make whose earlier action is sufficient is Justified (CRM-06e).
 *
 * @example
 * classifyComplaintOutcome({ stage: 'CRT', issues: [{ belowStandard: true }, { belowStandard: false }] }).value; // 'Part Upheld'
 */
export function classifyComplaintOutcome(input: ComplaintOutcomeInput, options?: RuleOptions): Decision<ComplaintOutcome> {
  const policy = policyOf(options);
  const s = input.stage;
  let below = 0;
  let staffForced = false;
  for (const issue of input.issues) {
    const noAssurance = issue.aboutStaff === true && !(issue.hrGuidanceFollowed === true && issue.investigationConductedProperly === true);
    if (noAssurance) staffForced = true;
    if (issue.belowStandard || noAssurance) below++;
  }
  const reasons: Reason[] = staffForced ? [R_STAFF[s]] : [];
  if (below === 0) return decide('Not Upheld', [...reasons, R_NOT[s]], policy.id);
  if (s === 'CCRT' && input.actionAlreadyTakenSufficient === true && !staffForced) return decide('Justified', [R_JUSTIFIED.CCRT], policy.id);
  if (below === input.issues.length) return decide('Upheld', [...reasons, R_UPHELD[s]], policy.id);
  return decide('Part Upheld', [...reasons, R_PART[s]], policy.id);
}

export const complaintOutcomeRule = defineRule({
  name: 'classifyComplaintOutcome', domain: 'complaints', title: 'Complaint outcome category',
  ids: ['CRM-02e', 'CRM-02g', 'CRM-06e', 'CRM-06g'], citations: [C02E, crm('CRM-02g'), C06E, crm('CRM-06g')],
  input: complaintOutcomeInputSchema, evaluate: classifyComplaintOutcome,
});
