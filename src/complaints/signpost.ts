import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { complaintStageSchema } from './vocabulary.js';

/** Input of {@link complaintEscalationSignpost}. */
export const complaintSignpostInputSchema = z.object({
  kind: z.enum(['complaint', 'official correspondence']),
  /** The tier that concluded a complaint (ignored for correspondence). */
  stage: complaintStageSchema.optional(),
});
export type ComplaintSignpostInput = z.input<typeof complaintSignpostInputSchema>;

const R_CRT: Reason = reason('CRM-03b', 'After a CRT conclusion, whatever it is, signpost the customer to the CCRT.', [crm('CRM-03b')]);
const R_CCRT: Reason = reason('CRM-07b', 'After a CCRT conclusion, whatever it is, signpost the customer to ICE.', [crm('CRM-07b')]);
const R_NONE: Reason = reason('CRM-11b', 'Official correspondence has no escalation route: no signposting.', [crm('CRM-11b')]);

/**
 * The next escalation tier to signpost: CRT → CCRT (CRM-03b), CCRT → ICE (CRM-07b), official
 * correspondence → none (CRM-11b). A complaint without a stage is treated as at the CRT.
 *
 * @example
 * complaintEscalationSignpost({ kind: 'complaint', stage: 'CCRT' }).value; // 'ICE'
 */
export function complaintEscalationSignpost(input: ComplaintSignpostInput, options?: RuleOptions): Decision<'CCRT' | 'ICE' | null> {
  const policy = policyOf(options);
  if (input.kind === 'official correspondence') return decide(null, [R_NONE], policy.id);
  return input.stage === 'CCRT' ? decide('ICE', [R_CCRT], policy.id) : decide('CCRT', [R_CRT], policy.id);
}

export const complaintSignpostRule = defineRule({
  name: 'complaintEscalationSignpost', domain: 'complaints', title: 'Complaint escalation signposting',
  ids: ['CRM-03b', 'CRM-07b', 'CRM-11b'], citations: [crm('CRM-03b'), crm('CRM-07b'), crm('CRM-11b')],
  input: complaintSignpostInputSchema, evaluate: complaintEscalationSignpost,
});
