import { z } from 'zod';
import { reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import type { Citation } from '../../core/citation.js';
import { lsc } from '../common/cite-lsc.js';
import { interviewMethodSchema, interviewRiskTypeSchema } from './types.js';

/** When a checklist item applies. */
export type InterviewChecklistCondition =
  | 'always'
  | 'face-to-face'
  | 'incorrect-payment-suggested'
  | 'risk-A-or-B'
  | 'office-interview'
  | 'documentary-evidence-requested'
  | 'new-or-substantial'
  | 'capital-exception-referral'
  | 'sensitive-material-present';

/** Stages of the interview. */
export type InterviewStage = 'before' | 'opening' | 'during' | 'closing' | 'after';

/** One entry of {@link INTERVIEW_CHECKLIST}. */
export interface InterviewChecklistItem {
  readonly id: string;
  readonly stage: InterviewStage;
  readonly when: InterviewChecklistCondition;
  readonly text: string;
  readonly cites: readonly Citation[];
}

const item = (id: string, stage: InterviewStage, when: InterviewChecklistCondition, text: string): InterviewChecklistItem =>
  Object.freeze({ id, stage, when, text, cites: Object.freeze([lsc(id)]) });

/**
 * What the officer must do before, during and after the interview (ch.04–05), one entry per
 * catalogue id, each with the condition under which it applies.
 *
 * @example
 * INTERVIEW_CHECKLIST.find((i) => i.id === 'LSC-04-001')?.stage; // 'before'
 */
export const INTERVIEW_CHECKLIST: readonly InterviewChecklistItem[] = Object.freeze([
  item('LSC-04-001', 'before', 'always', 'Remove all sensitive material from the case documents and complete the RM7 to confirm the check.'),
  item('LSC-04-002', 'before', 'sensitive-material-present', 'Sensitive material: any material whose disclosure is believed to give rise to a real risk of serious prejudice to an important public interest.'),
  item('LSC-04-003', 'before', 'sensitive-material-present', 'Typical sensitive material (not exhaustive): allegations that could identify the informant; national security; material given in confidence (e.g. a bank official or doctor); Social Services details that may reveal a child in care\'s whereabouts (blank out).'),
  item('LSC-04-005', 'opening', 'always', 'Aims: discuss the case with regard to the referral reason; obtain accurate information; fully review the claimant\'s circumstances; reinforce the claimant\'s responsibilities.'),
  item('LSC-04-011', 'opening', 'always', 'Explain the purpose of the interview.'),
  item('LSC-04-011', 'opening', 'incorrect-payment-suggested', 'Explain that this aspect will not lead to prosecution but may result in a Civil Penalty, and that overpaid benefit may be repayable.'),
  item('LSC-05-013', 'opening', 'capital-exception-referral', 'Make clear at the start that the interview concerns the specific information on the FRF.'),
  item('LSC-04-016a', 'during', 'office-interview', 'Interview in a private interview room or a screened area.'),
  item('LSC-04-016b', 'during', 'always', 'Robust and challenging interview: establish the truth and current circumstances; present the FRF details without revealing the source; invite and listen to the response; question further; warn about conduct and future non-declaration; CP2(L/T) where appropriate.'),
  item('LSC-04-016c', 'during', 'always', 'Ask: when did it start, how long, how often, why was correct information not provided, why was the change not reported (not once new or substantial information arises).'),
  item('LSC-04-016d', 'during', 'documentary-evidence-requested', 'Warn that failing to provide the evidence results in suspension, then closure if not supplied within the subsequent 4 weeks.'),
  item('LSC-04-016e', 'during', 'new-or-substantial', 'Limit questions to current benefit entitlement.'),
  item('LSC-04-016f', 'during', 'always', 'Obtain an MF47 statement, including any admission of knowingly giving false information or failing to declare a change.'),
  item('LSC-04-016g', 'during', 'always', 'Keep a brief record of the interview: fact, not opinion (Data Protection Act 1998).'),
  item('LSC-04-012', 'opening', 'risk-A-or-B', 'Confirm the claimant has received the INF3(IS/JSA) leaflet.'),
  item('LSC-04-033', 'during', 'always', 'Confirm mobile and landline numbers; report changes to the Benefit Centre and the Jobcentre at the earliest opportunity.'),
  item('LSC-04-055', 'during', 'documentary-evidence-requested', 'Allow 14 calendar days for the evidence, warn that failure may affect entitlement, record it on the FRAIMS activity.'),
  item('LSC-05-001a', 'during', 'always', 'Complete the MF47 during the interview.'),
  item('LSC-05-001b', 'during', 'always', 'Ask whether the claimant wants to write the statement; otherwise write it in their own words.'),
  item('LSC-04-074', 'closing', 'always', 'Tell the claimant about other Jobcentre Plus services.'),
  item('LSC-04-077', 'closing', 'always', 'All documents completed, signed and dated by the claimant; explain the next steps; MF47 copy on request.'),
  item('LSC-04-017', 'after', 'always', 'Record the interview summary on FRAIMS.'),
  item('LSC-04-061a', 'after', 'always', 'If further information is needed for a decision or overpayment, create an activity and B/F recording that the case is booked out to the DM/BC.'),
]);

/** Input of {@link interviewChecklist}. */
export const interviewChecklistInputSchema = z.object({
  method: interviewMethodSchema,
  riskType: interviewRiskTypeSchema.optional(),
  incorrectPaymentSuggested: z.boolean().default(false),
  documentaryEvidenceRequested: z.boolean().default(false),
  newOrSubstantial: z.boolean().default(false),
  capitalExceptionReferral: z.boolean().default(false),
  sensitiveMaterialPresent: z.boolean().default(false),
  /** Only the items of this stage (default: all stages). */
  stage: z.enum(['before', 'opening', 'during', 'closing', 'after']).optional(),
});
export type InterviewChecklistInput = z.input<typeof interviewChecklistInputSchema>;

const R_LIST = reason('LSC-04-016b', 'The interview checklist for these facts (ch.04–05).', [lsc('LSC-04-016b'), lsc('LSC-04-001'), lsc('LSC-05-001a')]);

/**
 * The checklist items that apply to an interview with these facts, in order (ch.04 paras 1–17,
 * 33, 55, 61, 74, 77; ch.05 paras 1, 13).
 *
 * @example
 * interviewChecklist({ method: 'Visit', riskType: 'A' }).value.some((i) => i.id === 'LSC-04-012'); // true
 */
export function interviewChecklist(input: InterviewChecklistInput, options?: RuleOptions): Decision<readonly InterviewChecklistItem[]> {
  const policy = policyOf(options);
  const holds = (c: InterviewChecklistCondition): boolean => {
    switch (c) {
      case 'always': return true;
      case 'face-to-face': return input.method === 'OfficeInterview' || input.method === 'Visit';
      case 'office-interview': return input.method === 'OfficeInterview';
      case 'incorrect-payment-suggested': return input.incorrectPaymentSuggested ?? false;
      case 'risk-A-or-B': return input.riskType === 'A' || input.riskType === 'B';
      case 'documentary-evidence-requested': return input.documentaryEvidenceRequested ?? false;
      case 'new-or-substantial': return input.newOrSubstantial ?? false;
      case 'capital-exception-referral': return input.capitalExceptionReferral ?? false;
      case 'sensitive-material-present': return input.sensitiveMaterialPresent ?? false;
    }
  };
  const items = INTERVIEW_CHECKLIST.filter((i) => holds(i.when) && (input.stage === undefined || i.stage === input.stage));
  return decide(items, [R_LIST], policy.id);
}

/** Registry entry of {@link interviewChecklist}. */
export const interviewChecklistRule = defineRule({
  name: 'interviewChecklist', domain: 'compliance', title: 'Interview checklist',
  ids: ['LSC-04-001', 'LSC-04-002', 'LSC-04-003', 'LSC-04-005', 'LSC-04-011', 'LSC-04-016a', 'LSC-04-016b', 'LSC-04-016g', 'LSC-04-017', 'LSC-04-033', 'LSC-04-061a'],
  citations: [lsc('LSC-04-016b')], input: interviewChecklistInputSchema, evaluate: interviewChecklist,
});
