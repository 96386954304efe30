import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintOutcomeSchema, complaintStageSchema } from './vocabulary.js';

/**
 * What the outcome call explains about an awarded Special Payment (CRM-03a, CRM-07a).
 *
 * @example
 * SPECIAL_PAYMENT_EXPLANATION; // ['how much has been awarded', 'how it will be paid', 'when it will be paid']
 */
export const SPECIAL_PAYMENT_EXPLANATION = Object.freeze(['how much has been awarded', 'how it will be paid', 'when it will be paid'] as const);

/** Input of {@link planComplaintOutcomeCall}. */
export const complaintOutcomeCallInputSchema = z
  .object({
    stage: complaintStageSchema,
    outcome: complaintOutcomeSchema,
    specialPaymentAwarded: z.boolean().optional(),
    /** At the outcome call the customer clearly remains dissatisfied. */
    customerClearlyDissatisfied: z.boolean().optional(),
  })
  .refine((i) => !(i.stage === 'CRT' && i.outcome === 'Justified'), { message: 'Justified is a CCRT outcome only (CRM-02e)', path: ['outcome'] });
export type ComplaintOutcomeCallInput = z.input<typeof complaintOutcomeCallInputSchema>;

/** What the outcome call must cover. */
export interface ComplaintOutcomeCall {
  /** Points to explain about an awarded Special Payment (empty when none). */
  readonly explainSpecialPayment: readonly string[];
  /** Where the customer is signposted: the CCRT after a CRT outcome, ICE after a CCRT outcome. */
  readonly signpostTo: 'CCRT' | 'ICE';
  /** CRT: escalate the case to the Review Team proactively. */
  readonly escalateToReviewTeam: boolean;
}

const R_EXPLAIN = stageReasons('CRM-03a', 'CRM-07a', 'for an Upheld or Part Upheld complaint with a Special Payment, explain how much has been awarded and how and when it will be paid.');
const R_SIGNPOST = stageReasons('CRM-03b', 'CRM-07b', 'irrespective of the conclusion, signpost the customer to the Complaint and Correspondence Review Team (CCRT).', 'irrespective of the conclusion, signpost the customer to ICE.');
const R_ESCALATE: Reason = reason('CRM-03c', 'CRT: not upheld and the customer clearly remains dissatisfied: escalate the case to the Review Team proactively.', [crm('CRM-03c')]);
const NOTHING: readonly string[] = Object.freeze([]);

/**
 * Plans the outcome call: explain an awarded Special Payment for Upheld or Part Upheld complaints
 * (CRM-03a, CRM-07a); always signpost — CRT → CCRT (CRM-03b), CCRT → ICE (CRM-07b); CRT Not Upheld
 * with a clearly dissatisfied customer → escalate proactively to the Review Team (CRM-03c).
 * (For a UPCC customer the outcome is given in writing: see {@link complaintContactChannels}.)
 *
 * @example
 * planComplaintOutcomeCall({ stage: 'CRT', outcome: 'Not Upheld', customerClearlyDissatisfied: true }).value;
 * // { explainSpecialPayment: [], signpostTo: 'CCRT', escalateToReviewTeam: true }
 */
export function planComplaintOutcomeCall(input: ComplaintOutcomeCallInput, options?: RuleOptions): Decision<ComplaintOutcomeCall> {
  const policy = policyOf(options);
  const s = input.stage;
  const reasons: Reason[] = [];
  const explain = input.specialPaymentAwarded === true && (input.outcome === 'Upheld' || input.outcome === 'Part Upheld');
  if (explain) reasons.push(R_EXPLAIN[s]);
  reasons.push(R_SIGNPOST[s]);
  const escalate = s === 'CRT' && input.outcome === 'Not Upheld' && input.customerClearlyDissatisfied === true;
  if (escalate) reasons.push(R_ESCALATE);
  return decide({ explainSpecialPayment: explain ? SPECIAL_PAYMENT_EXPLANATION : NOTHING, signpostTo: s === 'CRT' ? 'CCRT' : 'ICE', escalateToReviewTeam: escalate }, reasons, policy.id);
}

/** Input of {@link decideComplaintCaseConference}. */
export const complaintCaseConferenceInputSchema = z.object({
  stage: complaintStageSchema,
  customerRemainsDissatisfied: z.boolean(),
  /** The case manager feels a little extra work could resolve it. */
  littleExtraWorkCouldResolve: z.boolean(),
});
export type ComplaintCaseConferenceInput = z.input<typeof complaintCaseConferenceInputSchema>;

const C04A = crm('CRM-04a');
const C08 = crm('CRM-08');
const R_CONFERENCE = Object.freeze({
  CRT: reason('CRM-04a', 'CRT: the customer remains dissatisfied and a little extra work could resolve it: consider a case conference with colleagues and/or manager.', [C04A]),
  CCRT: reason('CRM-08', 'CCRT: the customer remains dissatisfied and a little extra work could resolve it: consider a case conference with colleagues and/or manager.', [C08]),
});
const R_NO_CONFERENCE = Object.freeze({
  CRT: reason('CRM-04a', 'CRT: a case conference is considered only when the customer remains dissatisfied and a little extra work could resolve it.', [C04A]),
  CCRT: reason('CRM-08', 'CCRT: a case conference is considered only when the customer remains dissatisfied and a little extra work could resolve it.', [C08]),
});

/**
 * Should a case conference be considered? When the customer remains dissatisfied and the case manager
 * feels a little extra work could resolve it (CRM-04a at the CRT, CRM-08 at the CCRT).
 *
 * @example
 * decideComplaintCaseConference({ stage: 'CCRT', customerRemainsDissatisfied: true, littleExtraWorkCouldResolve: true }).value; // true
 */
export function decideComplaintCaseConference(input: ComplaintCaseConferenceInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const yes = input.customerRemainsDissatisfied && input.littleExtraWorkCouldResolve;
  return decide(yes, [yes ? R_CONFERENCE[input.stage] : R_NO_CONFERENCE[input.stage]], policy.id);
}

export const complaintOutcomeCallRule = defineRule({
  name: 'planComplaintOutcomeCall', domain: 'complaints', title: 'Complaint outcome call: Special Payment, signposting, escalation',
  ids: ['CRM-03a', 'CRM-03b', 'CRM-03c', 'CRM-07a', 'CRM-07b'],
  citations: [crm('CRM-03a'), crm('CRM-03b'), crm('CRM-03c'), crm('CRM-07a'), crm('CRM-07b')],
  input: complaintOutcomeCallInputSchema, evaluate: planComplaintOutcomeCall,
});

export const complaintCaseConferenceRule = defineRule({
  name: 'decideComplaintCaseConference', domain: 'complaints', title: 'Complaint case conference',
  ids: ['CRM-04a', 'CRM-08'], citations: [C04A, C08], input: complaintCaseConferenceInputSchema, evaluate: decideComplaintCaseConference,
});
