import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintOutcomeSchema, complaintStageSchema } from './vocabulary.js';

/**
 * The usual redress for an Upheld or Part Upheld complaint (CRM-02f, CRM-06f); a Special Payment is
 * considered as well (CRM-02h, CRM-06h).
 *
 * @example
 * DEFAULT_COMPLAINT_REDRESS[0]; // 'formal apology'
 */
export const DEFAULT_COMPLAINT_REDRESS = Object.freeze([
  'formal apology',
  'assurance that remedial action has been taken and that it won\'t happen again',
] as const);

/** Input of {@link decideComplaintRedress}. */
export const complaintRedressInputSchema = z.object({ stage: complaintStageSchema, outcome: complaintOutcomeSchema });
export type ComplaintRedressInput = z.input<typeof complaintRedressInputSchema>;

/** The redress a case manager must determine. */
export interface ComplaintRedress {
  readonly redressRequired: boolean;
  /** The usual redress (for Part Upheld: for the upheld issues only). */
  readonly redress: readonly string[];
  /** Consider whether the errors warrant a Special Payment. */
  readonly considerSpecialPayment: boolean;
  /** Part Upheld: redress applies only to the issues upheld. */
  readonly upheldIssuesOnly: boolean;
}

const R_REDRESS = stageReasons('CRM-02f', 'CRM-06f', 'an Upheld or Part Upheld complaint needs the level of redress determined: usually a formal apology and an assurance of remedial action; consider a Special Payment.');
const R_NONE = stageReasons('CRM-02f', 'CRM-06f', 'redress is determined only for Upheld or Part Upheld complaints.');
const NO_REDRESS: readonly string[] = Object.freeze([]);

/**
 * Must redress be decided, and what is the usual redress? Upheld / Part Upheld → yes (formal apology,
 * assurance of remedial action, consider a Special Payment); Not Upheld and Justified → none
 * (CRM-02f, CRM-06f; Justified: the action already taken is sufficient).
 *
 * @example
 * decideComplaintRedress({ stage: 'CRT', outcome: 'Part Upheld' }).value.upheldIssuesOnly; // true
 */
export function decideComplaintRedress(input: ComplaintRedressInput, options?: RuleOptions): Decision<ComplaintRedress> {
  const policy = policyOf(options);
  const upheld = input.outcome === 'Upheld' || input.outcome === 'Part Upheld';
  if (!upheld) return decide({ redressRequired: false, redress: NO_REDRESS, considerSpecialPayment: false, upheldIssuesOnly: false }, [R_NONE[input.stage]], policy.id);
  return decide({
    redressRequired: true,
    redress: DEFAULT_COMPLAINT_REDRESS,
    considerSpecialPayment: true,
    upheldIssuesOnly: input.outcome === 'Part Upheld',
  }, [R_REDRESS[input.stage]], policy.id);
}

export const complaintRedressRule = defineRule({
  name: 'decideComplaintRedress', domain: 'complaints', title: 'Complaint redress',
  ids: ['CRM-02f', 'CRM-06f'], citations: [crm('CRM-02f'), crm('CRM-06f')], input: complaintRedressInputSchema, evaluate: decideComplaintRedress,
});
