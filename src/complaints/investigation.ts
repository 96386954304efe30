import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import type { Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintStageSchema } from './vocabulary.js';

/**
 * The investigation's logical path, in order (CRM-02b, CRM-06b).
 *
 * @example
 * INVESTIGATION_PATH.map((s) => s.step); // ['whatHappened', 'whatShouldHaveHappened', 'whereMistakesWereMade', 'rootCause']
 */
export const INVESTIGATION_PATH = Object.freeze([
  Object.freeze({ step: 'whatHappened', text: 'what happened' }),
  Object.freeze({ step: 'whatShouldHaveHappened', text: 'what should have happened' }),
  Object.freeze({ step: 'whereMistakesWereMade', text: 'where we have made mistakes' }),
  Object.freeze({ step: 'rootCause', text: 'the root cause of those mistakes' }),
] as const);
/** One step of {@link INVESTIGATION_PATH}. */
export type InvestigationStep = (typeof INVESTIGATION_PATH)[number]['step'];

/**
 * Sources of evidence for an investigation (CRM-02a, CRM-06a): direct system access, answers from
 * colleagues (at the CCRT "via the contributions"), and what the customer supplies.
 *
 * @example
 * EVIDENCE_SOURCES.includes('colleague'); // true
 */
export const EVIDENCE_SOURCES = Object.freeze(['system', 'colleague', 'customer'] as const);

/** Input of {@link reviewComplaintInvestigation}. */
export const complaintInvestigationInputSchema = z.object({
  stage: complaintStageSchema,
  evidence: z.array(z.object({ source: z.enum(EVIDENCE_SOURCES), validated: z.boolean() })),
  /** Which steps of the logical path the investigation record establishes. */
  established: z.object({
    whatHappened: z.boolean(),
    whatShouldHaveHappened: z.boolean(),
    whereMistakesWereMade: z.boolean(),
    rootCause: z.boolean(),
  }),
  staffComplaint: z.boolean().optional(),
});
export type ComplaintInvestigationInput = z.input<typeof complaintInvestigationInputSchema>;

/** What the investigation may rely on, what it still lacks, and who investigates staff. */
export interface ComplaintInvestigationReview {
  /** Indices (into `evidence`) of the validated items the findings may rely on. */
  readonly usableEvidence: readonly number[];
  /** Indices of unvalidated items, which must not be accepted. */
  readonly rejectedEvidence: readonly number[];
  /** Steps of the logical path not yet established, in order. */
  readonly missingSteps: readonly InvestigationStep[];
  /** For a staff complaint: the case manager only obtains assurance; line management investigates the staff member. */
  readonly staffMemberInvestigatedBy: 'line management chain or most appropriate office manager' | null;
}

const R_UNVALIDATED = stageReasons('CRM-02a', 'CRM-06a', 'information that has not been validated is not accepted.');
const R_PATH = stageReasons('CRM-02b', 'CRM-06b', 'the investigation establishes what happened, what should have happened, where mistakes were made and their root cause.');
const R_PATH_INCOMPLETE = stageReasons('CRM-02b', 'CRM-06b', 'the investigation has not yet established every step of its logical path.');
const R_STAFF = stageReasons('CRM-02c', 'CRM-06c', 'for a staff complaint the case manager obtains assurance that the staff-complaints guidance was followed; the staff member is investigated within the line management chain, not by the case manager.');

/**
 * Reviews an investigation: unvalidated information is not accepted (CRM-02a, CRM-06a); the record must
 * establish the four steps of the logical path (CRM-02b, CRM-06b); for a staff complaint the case
 * manager's role is assurance only (CRM-02c, CRM-06c).
 *
 * @example
 * reviewComplaintInvestigation({ stage: 'CRT', evidence: [{ source: 'colleague', validated: false }], established: { whatHappened: true, whatShouldHaveHappened: true, whereMistakesWereMade: false, rootCause: false } }).value.missingSteps;
 * // ['whereMistakesWereMade', 'rootCause']
 */
export function reviewComplaintInvestigation(input: ComplaintInvestigationInput, options?: RuleOptions): Decision<ComplaintInvestigationReview> {
  const policy = policyOf(options);
  const s = input.stage;
  const usable: number[] = [];
  const rejected: number[] = [];
  input.evidence.forEach((e, i) => (e.validated ? usable : rejected).push(i));
  const missing = INVESTIGATION_PATH.filter((p) => !input.established[p.step]).map((p) => p.step);
  const reasons: Reason[] = [];
  if (rejected.length > 0) reasons.push(R_UNVALIDATED[s]);
  reasons.push(missing.length > 0 ? R_PATH_INCOMPLETE[s] : R_PATH[s]);
  const staff = input.staffComplaint === true;
  if (staff) reasons.push(R_STAFF[s]);
  return decide({
    usableEvidence: usable,
    rejectedEvidence: rejected,
    missingSteps: missing,
    staffMemberInvestigatedBy: staff ? 'line management chain or most appropriate office manager' : null,
  }, reasons, policy.id);
}

export const complaintInvestigationRule = defineRule({
  name: 'reviewComplaintInvestigation', domain: 'complaints', title: 'Complaint investigation: validated evidence, logical path, staff complaints',
  ids: ['CRM-02a', 'CRM-02b', 'CRM-02c', 'CRM-06a', 'CRM-06b', 'CRM-06c'],
  citations: [crm('CRM-02a'), crm('CRM-02b'), crm('CRM-02c'), crm('CRM-06a'), crm('CRM-06b'), crm('CRM-06c')],
  input: complaintInvestigationInputSchema, evaluate: reviewComplaintInvestigation,
});
