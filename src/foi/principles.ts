// The FOI-era character of a Customer Compliance interview (facts 1–4, 8, 18, 20).
import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { foiFact } from './cite-foi.js';

/** One principle of the FOI-era Customer Compliance interview. */
export interface FoiEraPrinciple {
  readonly id: string;
  readonly principle: string;
  readonly cites: readonly Citation[];
}

const p = (id: string, principle: string): FoiEraPrinciple => Object.freeze({ id, principle, cites: Object.freeze([foiFact(id)]) });

/**
 * The principles of the FOI-era Customer Compliance interview, one entry per fact.
 *
 * @example
 * FOI_ERA_INTERVIEW_PRINCIPLES.map((x) => x.id); // ['FOI-01', 'FOI-02', 'FOI-03', 'FOI-04', 'FOI-18', 'FOI-20']
 */
export const FOI_ERA_INTERVIEW_PRINCIPLES: readonly FoiEraPrinciple[] = Object.freeze([
  p('FOI-01', 'Customer Compliance action is not a criminal investigation and the interview is not done under caution.'),
  p('FOI-02', 'The interview is robust and challenging: the officer does not have to accept initial answers as the truth.'),
  p('FOI-03', 'The officer gathers information and any documents supplied; they go to a Decision Maker, who decides any action.'),
  p('FOI-04', 'The officer impresses on the claimant that they have to comply from now on.'),
  p('FOI-18', 'Only the Decision Maker makes decisions; the officer who comes out just gathers information.'),
  p('FOI-20', 'The officer normally interviews alone; a manager occasionally accompanies them, for supervision.'),
]);

/**
 * The aims of the Customer Compliance interview, verbatim (FOI-08; the requester's "1." and closing
 * quote dropped). The 2015 edition words them differently (2015 §04.05).
 *
 * @example
 * FOI_ERA_INTERVIEW_AIMS.aims.length; // 4
 */
export const FOI_ERA_INTERVIEW_AIMS = Object.freeze({
  id: 'FOI-08',
  lead: 'The aim of the Customer Compliance interview is to:',
  aims: Object.freeze([
    'discuss the case having regard to the reason for the referral;',
    'obtain accurate information from the customer;',
    'conduct a full review of the customer’s circumstances; and',
    'reinforce customer responsibilities.',
  ] as const),
  cites: Object.freeze([foiFact('FOI-08')]),
});

/** Input of {@link checkFoiEraInterviewRecord}. */
export const foiEraInterviewRecordInputSchema = z.object({
  /** The claimant was interviewed under caution. */
  underCaution: z.boolean(),
  /** The case was handled as a criminal investigation. */
  treatedAsCriminalInvestigation: z.boolean(),
  /** The aims of the interview (FOI-08) were covered. */
  aimsCovered: z.boolean(),
  /** The officer impressed on the claimant that they must comply from now on. */
  futureComplianceImpressed: z.boolean(),
  /** A signed statement was taken. */
  signedStatementTaken: z.boolean(),
  /**
   * The interview was terminated because the claimant refused to say anything (FOI-14). Its aims,
   * the impressing of future compliance and a signed statement are then not required. Default false.
   */
  terminatedOnRefusal: z.boolean().optional(),
  /** Who was present for the Department besides the officer. */
  accompaniedBy: z.enum(['nobody', 'manager for supervision', 'other']),
  /** The interviewing officer made a decision on the case. */
  officerMadeDecision: z.boolean(),
});
export type FoiEraInterviewRecordInput = z.input<typeof foiEraInterviewRecordInputSchema>;

/** Whether the record conforms, and the facts it breaches. */
export interface FoiEraInterviewRecordCheck {
  readonly conforms: boolean;
  readonly breaches: readonly string[];
}

const R_CAUTION: Reason = reason('FOI-01', 'A Customer Compliance interview is not a criminal investigation and is not done under caution.', [foiFact('FOI-01')]);
const R_AIMS: Reason = reason('FOI-08', 'The interview must cover its four aims.', [foiFact('FOI-08')]);
const R_IMPRESS: Reason = reason('FOI-04', 'The officer must impress on the claimant that they have to comply from now on.', [foiFact('FOI-04')]);
const R_STATEMENT: Reason = reason('FOI-09', 'A signed statement is taken at the interview.', [foiFact('FOI-09')]);
const R_ALONE: Reason = reason('FOI-20', 'The officer interviews alone, occasionally accompanied by their manager for supervision.', [foiFact('FOI-20')]);
const R_DECIDER: Reason = reason('FOI-18', 'The officer only gathers information; the Decision Maker makes any decision.', [foiFact('FOI-18')]);
const R_REFUSED: Reason = reason('FOI-14', 'The interview was terminated because the claimant refused to say anything: its aims, the impressing of future compliance and a signed statement are not required of it.', [foiFact('FOI-14')]);
const R_OK: Reason = reason('FOI-02', 'The interview record conforms to the FOI-era principles (a robust and challenging interview, not bound by initial answers).', [foiFact('FOI-02'), foiFact('FOI-03')]);

/**
 * Checks an interview record against the FOI-era principles: no caution, not criminal (FOI-01); the
 * aims covered (FOI-08); future compliance impressed (FOI-04); a signed statement (FOI-09); the officer
 * alone or with a supervising manager (FOI-20); no decision by the officer (FOI-03, FOI-18). An
 * interview terminated on the claimant's refusal to say anything (FOI-14) is not held to FOI-08,
 * FOI-04 or FOI-09: the claimant may refuse, and the interview then ends.
 *
 * @example
 * checkFoiEraInterviewRecord({ underCaution: true, treatedAsCriminalInvestigation: false, aimsCovered: true, futureComplianceImpressed: true,
 *   signedStatementTaken: true, accompaniedBy: 'nobody', officerMadeDecision: false }).value.breaches; // ['FOI-01']
 */
export function checkFoiEraInterviewRecord(input: FoiEraInterviewRecordInput, options?: RuleOptions): Decision<FoiEraInterviewRecordCheck> {
  const policy = policyOf(options);
  const breaches: string[] = [];
  const reasons: Reason[] = [];
  if (input.underCaution || input.treatedAsCriminalInvestigation) { breaches.push('FOI-01'); reasons.push(R_CAUTION); }
  if (input.terminatedOnRefusal === true) reasons.push(R_REFUSED);
  else {
    if (!input.aimsCovered) { breaches.push('FOI-08'); reasons.push(R_AIMS); }
    if (!input.futureComplianceImpressed) { breaches.push('FOI-04'); reasons.push(R_IMPRESS); }
    if (!input.signedStatementTaken) { breaches.push('FOI-09'); reasons.push(R_STATEMENT); }
  }
  if (input.accompaniedBy === 'other') { breaches.push('FOI-20'); reasons.push(R_ALONE); }
  if (input.officerMadeDecision) { breaches.push('FOI-18'); reasons.push(R_DECIDER); }
  if (breaches.length === 0) reasons.push(R_OK);
  return decide({ conforms: breaches.length === 0, breaches }, reasons, policy.id);
}

/**
 * Roles in an FOI-era compliance case (FOI-03, FOI-18, FOI-20).
 *
 * @example
 * FOI_ERA_ROLES.includes('Decision Maker'); // true
 */
export const FOI_ERA_ROLES = Object.freeze(['Customer Compliance Officer', 'Decision Maker', 'manager'] as const);

/** Input of {@link decideFoiEraDecisionAuthority}. */
export const foiEraDecisionAuthorityInputSchema = z.object({ role: z.enum(FOI_ERA_ROLES) });
export type FoiEraDecisionAuthorityInput = z.input<typeof foiEraDecisionAuthorityInputSchema>;

const R_DM: Reason = reason('FOI-03', 'The information and documents go to a Decision Maker, who decides any action.', [foiFact('FOI-03'), foiFact('FOI-18')]);
const R_NOT_DM: Reason = reason('FOI-18', 'Only the Decision Maker makes decisions; the officer (or a supervising manager) gathers information.', [foiFact('FOI-18')]);

/**
 * May this role decide any action on the case? Only the Decision Maker (FOI-03, FOI-18).
 *
 * @example
 * decideFoiEraDecisionAuthority({ role: 'Customer Compliance Officer' }).value; // false
 */
export function decideFoiEraDecisionAuthority(input: FoiEraDecisionAuthorityInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  return input.role === 'Decision Maker' ? decide(true, [R_DM], policy.id) : decide(false, [R_NOT_DM], policy.id);
}

export const foiEraInterviewRecordRule = defineRule({
  name: 'checkFoiEraInterviewRecord', domain: 'foi', title: 'FOI-era interview record check',
  ids: ['FOI-01', 'FOI-02', 'FOI-04', 'FOI-08', 'FOI-09', 'FOI-14', 'FOI-18', 'FOI-20'],
  citations: ['FOI-01', 'FOI-02', 'FOI-04', 'FOI-08', 'FOI-09', 'FOI-14', 'FOI-18', 'FOI-20'].map(foiFact),
  input: foiEraInterviewRecordInputSchema, evaluate: checkFoiEraInterviewRecord,
});
export const foiEraDecisionAuthorityRule = defineRule({
  name: 'decideFoiEraDecisionAuthority', domain: 'foi', title: 'FOI-era decision authority',
  ids: ['FOI-03', 'FOI-18'], citations: [foiFact('FOI-03'), foiFact('FOI-18')], input: foiEraDecisionAuthorityInputSchema, evaluate: decideFoiEraDecisionAuthority,
});
