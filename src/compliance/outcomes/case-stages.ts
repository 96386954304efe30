import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { calendarDaysBetween, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The FRAIMS Case Stages Local Service Compliance uses (ch.12 para 1, LSC-12-001), in order.
 *
 * @example
 * LSC_CASE_STAGES[0]; // 'Referral'
 */
export const LSC_CASE_STAGES = Object.freeze([
  'Referral', 'Allocated', 'Investigation', 'Benefits Decision', 'CRT', 'Overpayment Decision', 'Post Decision Action', 'Closure Action', 'Closed',
] as const);

/**
 * Stages that may display but are for Investigations or Decision Makers only (ch.12 para 2,
 * LSC-12-002), as listed. 'Post Decision Action' is also in the LSC table and stays usable by LSC.
 *
 * @example
 * RESERVED_CASE_STAGES.length; // 16
 */
export const RESERVED_CASE_STAGES = Object.freeze([
  'Intelligence Gathering', 'IUC', 'Post Decision Action', 'AdPen/Caution Delivery', 'Prosecution Preparation', 'Prosecution File Rejected', 'CPT',
  'Legal Office', 'Prosecution Admin Checks', 'Prosecution Evidential Check', 'Drafting', 'Court', 'Post Court Proceedings', 'Arrest', 'Warrant', 'Appeal',
] as const);

/** Every Case Stage named in ch.12. */
export const CASE_STAGES = Object.freeze([...new Set<string>([...LSC_CASE_STAGES, ...RESERVED_CASE_STAGES])]) as readonly CaseStage[];
export type LscCaseStage = (typeof LSC_CASE_STAGES)[number];
export type CaseStage = LscCaseStage | (typeof RESERVED_CASE_STAGES)[number];

/** The stages an LSC user may never set: the ch.12 para 2 list except 'Post Decision Action' (catalogue C19). */
export const STAGES_RESERVED_FROM_LSC: readonly CaseStage[] = Object.freeze(RESERVED_CASE_STAGES.filter((s) => s !== 'Post Decision Action'));

/** Stages a case must not remain at (ch.12 para 1, LSC-12-001a). */
export const TRANSIENT_CASE_STAGES = Object.freeze(['Overpayment Decision', 'Post Decision Action'] as const satisfies readonly LscCaseStage[]);

/**
 * Stage names used elsewhere in the guidance, mapped to the ch.12 name (catalogue C17).
 *
 * @example
 * CASE_STAGE_ALIASES['Benefit Decision']; // 'Benefits Decision'
 */
export const CASE_STAGE_ALIASES: Readonly<Record<string, CaseStage>> = Object.freeze({
  'Benefit Decision': 'Benefits Decision',
  'Central Reassessment Team': 'CRT',
});

/**
 * The allowed next stages (ch.12 para 1), with Investigation → CRT added for ch.06 para 11
 * (catalogue C18). Closed → Appeal is for Investigations / DM users only.
 *
 * @example
 * CASE_STAGE_TRANSITIONS.Allocated; // ['Investigation', 'Closed']
 */
export const CASE_STAGE_TRANSITIONS: Readonly<Record<LscCaseStage, readonly CaseStage[]>> = Object.freeze({
  Referral: Object.freeze(['Allocated'] as CaseStage[]),
  Allocated: Object.freeze(['Investigation', 'Closed'] as CaseStage[]),
  Investigation: Object.freeze(['Allocated', 'Benefits Decision', 'CRT', 'Closure Action'] as CaseStage[]),
  'Benefits Decision': Object.freeze(['Overpayment Decision', 'Post Decision Action', 'CRT'] as CaseStage[]),
  CRT: Object.freeze(['Overpayment Decision'] as CaseStage[]),
  'Overpayment Decision': Object.freeze(['Post Decision Action'] as CaseStage[]),
  'Post Decision Action': Object.freeze(['Investigation', 'Closed'] as CaseStage[]),
  'Closure Action': Object.freeze(['Investigation', 'Closed'] as CaseStage[]),
  Closed: Object.freeze(['Investigation', 'Appeal'] as CaseStage[]),
});

/**
 * The ch.12 name of a stage written as the guidance writes it anywhere; `undefined` if unknown.
 *
 * @example
 * canonicalCaseStage('Central Reassessment Team'); // 'CRT'
 */
export function canonicalCaseStage(text: string): CaseStage | undefined {
  if ((CASE_STAGES as readonly string[]).includes(text)) return text as CaseStage;
  return Object.hasOwn(CASE_STAGE_ALIASES, text) ? CASE_STAGE_ALIASES[text] : undefined;
}

const caseStageText = z.string().refine((s) => canonicalCaseStage(s) !== undefined, { message: 'expected a ch.12 Case Stage' });

/** Input of {@link decideCaseStageTransition}. */
export const caseStageTransitionInputSchema = z.object({
  from: caseStageText,
  to: caseStageText,
  /** Who sets the stage: LSC staff, or Investigations / Decision Makers. */
  user: z.enum(['LSC', 'Investigations', 'Decision Maker']).default('LSC'),
  /** To 'Closed': whether the closure checklist (checkCaseClosure) is met. */
  closureChecksMet: z.boolean().optional(),
});
export type CaseStageTransitionInput = z.input<typeof caseStageTransitionInputSchema>;

const C = lsc;
const R_OK = reason('LSC-12-001', 'The move is one of the next stages the Case Stages table allows.', [C('LSC-12-001')]);
const R_NOT_NEXT = reason('LSC-12-001', 'The Case Stages table does not allow this next stage.', [C('LSC-12-001')]);
const R_RESERVED = reason('LSC-12-002', 'This Case Stage is for use by Investigations or Decision Makers only.', [C('LSC-12-002')]);
const R_NOT_LSC_FROM = reason('LSC-12-002', 'The case is at a stage reserved for Investigations or Decision Makers: an LSC user cannot move it.', [C('LSC-12-002')]);
const R_CLOSURE = reason('LSC-09-002', 'The case cannot move to Closed until every closure step is complete.', [C('LSC-09-002'), C('LSC-09-001'), C('LSC-08-028')]);
const R_CAUSAL = reason('LSC-07-035', "'Closure Action' is used in causal-link cases.", [C('LSC-07-035'), C('LSC-12-001')]);

/**
 * May a case move from one Case Stage to another? Follows the ch.12 para 1 table (aliases
 * accepted; Investigation → CRT added), refuses the stages reserved for Investigations and
 * Decision Makers to LSC users (para 2; 'Post Decision Action' stays usable, 'Appeal' is theirs),
 * and guards Closed with the closure checklist when its result is given.
 *
 * @example
 * decideCaseStageTransition({ from: 'Investigation', to: 'Closure Action' }).value; // true
 * decideCaseStageTransition({ from: 'Closed', to: 'Appeal' }).value; // false (LSC user)
 */
export function decideCaseStageTransition(input: CaseStageTransitionInput, options?: RuleOptions): Decision<boolean> {
  const edition = policyOf(options).id;
  const from = canonicalCaseStage(input.from)!;
  const to = canonicalCaseStage(input.to)!;
  const lscUser = (input.user ?? 'LSC') === 'LSC';
  const fails: Reason[] = [];
  const next = (CASE_STAGE_TRANSITIONS as Record<string, readonly CaseStage[] | undefined>)[from];
  if (next === undefined) { if (lscUser) fails.push(R_NOT_LSC_FROM); }
  else if (!next.includes(to)) fails.push(R_NOT_NEXT);
  if (lscUser && STAGES_RESERVED_FROM_LSC.includes(to)) fails.push(R_RESERVED);
  if (to === 'Closed' && input.closureChecksMet === false) fails.push(R_CLOSURE);
  if (fails.length > 0) return decide(false, fails, edition);
  return decide(true, to === 'Closure Action' ? [R_OK, R_CAUSAL] : [R_OK], edition);
}

/**
 * The stages a case at `stage` may move to next, for the given user (ch.12 paras 1–2).
 *
 * @example
 * nextCaseStages('Closed'); // ['Investigation']
 */
export function nextCaseStages(stage: CaseStage, user: 'LSC' | 'Investigations' | 'Decision Maker' = 'LSC'): readonly CaseStage[] {
  const next = (CASE_STAGE_TRANSITIONS as Record<string, readonly CaseStage[] | undefined>)[stage] ?? [];
  return user === 'LSC' ? next.filter((s) => !STAGES_RESERVED_FROM_LSC.includes(s)) : next;
}

/** Input of {@link auditCaseStageResting}. */
export const caseStageRestingInputSchema = z.object({
  stage: caseStageText,
  enteredOn: isoDateSchema,
  asOf: isoDateSchema,
});
export type CaseStageRestingInput = z.input<typeof caseStageRestingInputSchema>;
const R_REST = reason('LSC-12-001a', "Cases must not remain at 'Overpayment Decision' or 'Post Decision Action'.", [C('LSC-12-001a')]);
const R_REST_OK = reason('LSC-12-001a', 'The case is not resting in a stage it must not remain at.', [C('LSC-12-001a')]);

/**
 * Is a case resting in a stage it must not remain at ('Overpayment Decision', 'Post Decision
 * Action')? Flagged when found there after the tolerance (default: any later day) (ch.12 para 1).
 *
 * @example
 * auditCaseStageResting({ stage: 'Post Decision Action', enteredOn: '2015-03-02', asOf: '2015-03-03' }).value; // true
 */
export function auditCaseStageResting(input: CaseStageRestingInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const stage = canonicalCaseStage(input.stage)!;
  const resting = (TRANSIENT_CASE_STAGES as readonly string[]).includes(stage) &&
    calendarDaysBetween(input.enteredOn as IsoDate, input.asOf as IsoDate) > policy.complianceOutcomes.transientStageToleranceDays.value;
  return decide(resting, [resting ? R_REST : R_REST_OK], policy.id);
}

/** Input of {@link caseStageAfterInvestigationEvent}. */
export const investigationEventInputSchema = z.object({
  event: z.enum(['failed-to-attend', 'claimant-cancelled', 'suspended-for-failure-to-attend', 'further-information-requested', 'referred-to-dm-for-revision', 'referred-to-crt', 'causal-link-hold']),
});
export type InvestigationEventInput = z.input<typeof investigationEventInputSchema>;
const R_STAY = reason('LSC-12-001b', "The stage remains 'Investigation' where the claimant fails to attend or cancels, benefit is suspended for the failure to attend, or further information is requested.", [C('LSC-12-001b')]);
const R_BD = reason('LSC-12-001', "Referred to the DM for re-assessment: 'Benefits Decision'.", [C('LSC-12-001')]);
const R_CRT = reason('LSC-12-001', "A REF2 referred to the overpayment team: 'CRT'.", [C('LSC-12-001')]);

/**
 * The stage a case at 'Investigation' should show after an event (ch.12 para 1 Investigation row,
 * LSC-12-001b; ch.07 para 35).
 *
 * @example
 * caseStageAfterInvestigationEvent({ event: 'failed-to-attend' }).value; // 'Investigation'
 */
export function caseStageAfterInvestigationEvent(input: InvestigationEventInput, options?: RuleOptions): Decision<LscCaseStage> {
  const edition = policyOf(options).id;
  switch (input.event) {
    case 'referred-to-dm-for-revision': return decide('Benefits Decision', [R_BD], edition);
    case 'referred-to-crt': return decide('CRT', [R_CRT], edition);
    case 'causal-link-hold': return decide('Closure Action', [R_CAUSAL], edition);
    default: return decide('Investigation', [R_STAY], edition);
  }
}

export const caseStageTransitionRule = defineRule({
  name: 'decideCaseStageTransition', domain: 'compliance', title: 'Case Stage transitions', ids: ['LSC-12-001', 'LSC-12-002'], citations: [C('LSC-12-001'), C('LSC-12-002')],
  input: caseStageTransitionInputSchema, evaluate: decideCaseStageTransition,
});
export const caseStageRestingRule = defineRule({
  name: 'auditCaseStageResting', domain: 'compliance', title: 'Stages cases must not rest in', ids: ['LSC-12-001a'], citations: [C('LSC-12-001a')], input: caseStageRestingInputSchema, evaluate: auditCaseStageResting,
});
export const investigationEventRule = defineRule({
  name: 'caseStageAfterInvestigationEvent', domain: 'compliance', title: "When the stage stays at 'Investigation'", ids: ['LSC-12-001b'], citations: [C('LSC-12-001b')], input: investigationEventInputSchema, evaluate: caseStageAfterInvestigationEvent,
});
