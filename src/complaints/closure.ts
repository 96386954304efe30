import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { complaintStageSchema } from './vocabulary.js';

/** Input of {@link validateComplaintClosure}. Categories are free text (the guide gives no list). */
export const complaintClosureInputSchema = z.object({
  stage: complaintStageSchema,
  /** The category or categories the complaint is logged under. */
  loggedCategories: z.array(z.string().min(1)).min(1),
  /** The category or categories it turned out to be about after investigation. */
  categoriesAfterInvestigation: z.array(z.string().min(1)).min(1),
});
export type ComplaintClosureInput = z.input<typeof complaintClosureInputSchema>;

/** Whether the complaint may be closed, and the re-categorisation to make first. */
export interface ComplaintClosureCheck {
  readonly mayClose: boolean;
  readonly addCategories: readonly string[];
  readonly removeCategories: readonly string[];
}

const C04D = crm('CRM-04d');
const C10 = crm('CRM-10');
const R_OK = Object.freeze({
  CRT: reason('CRM-04d', 'CRT: the logged categories match the investigation: the complaint may be closed.', [C04D]),
  CCRT: reason('CRM-10', 'CCRT: the logged categories match the investigation: the complaint may be closed.', [C10]),
});
const R_FIX = Object.freeze({
  CRT: reason('CRM-04d', 'CRT: change the complaint\'s category before closing it.', [C04D]),
  CCRT: reason('CRM-10', 'CCRT: change the complaint\'s category before closing it.', [C10]),
});

/**
 * May the complaint be closed? Only once its logged category or categories match what the
 * investigation found (CRM-04d at the CRT, CRM-10 at the CCRT); otherwise the changes to make first.
 *
 * @example
 * validateComplaintClosure({ stage: 'CRT', loggedCategories: ['a'], categoriesAfterInvestigation: ['b'] }).value;
 * // { mayClose: false, addCategories: ['b'], removeCategories: ['a'] }
 */
export function validateComplaintClosure(input: ComplaintClosureInput, options?: RuleOptions): Decision<ComplaintClosureCheck> {
  const policy = policyOf(options);
  const logged = new Set(input.loggedCategories);
  const found = new Set(input.categoriesAfterInvestigation);
  const add = [...found].filter((c) => !logged.has(c));
  const remove = [...logged].filter((c) => !found.has(c));
  const ok = add.length === 0 && remove.length === 0;
  return decide({ mayClose: ok, addCategories: add, removeCategories: remove }, [ok ? R_OK[input.stage] : R_FIX[input.stage]], policy.id);
}

export const complaintClosureRule = defineRule({
  name: 'validateComplaintClosure', domain: 'complaints', title: 'Complaint closure: correct the category first',
  ids: ['CRM-04d', 'CRM-10'], citations: [C04D, C10], input: complaintClosureInputSchema, evaluate: validateComplaintClosure,
});
