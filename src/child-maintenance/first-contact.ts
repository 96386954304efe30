import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { cmg } from './cite-cmg.js';
import { CONFIDENTIALITY_STATEMENT, FALSE_INFORMATION_WARNING, type ChildMaintenanceStatement } from './statements.js';

/** Input of {@link firstContactStatements}. */
export const firstContactStatementsInputSchema = z.object({
  /** This is the first contact with this client (per client, not per case or call). */
  firstContactWithClient: z.boolean(),
  /** How the contact is made. */
  channel: z.enum(['phone', 'in person', 'in writing']),
});
export type FirstContactStatementsInput = z.input<typeof firstContactStatementsInputSchema>;

/** One statement to give, and how. */
export interface StatementToGive {
  readonly statement: ChildMaintenanceStatement;
  readonly delivery: 'read out' | 'in writing';
}

const C04A = cmg('CMG-04a');
const C08A = cmg('CMG-08a');
const R_CONF: Reason = reason('CMG-04a', 'At first contact the client must be advised of the confidentiality statement under the Data Protection Act.', [C04A]);
const R_FALSE: Reason = reason('CMG-08a', 'At first contact the false-information statement must be given word for word.', [C08A]);
const R_NOT_FIRST: Reason = reason('CMG-04a', 'The confidentiality statement and the false-information warning are given at the first contact with a client only.', [C04A, C08A]);
const NONE: readonly StatementToGive[] = Object.freeze([]);
const SPOKEN: readonly StatementToGive[] = Object.freeze([
  Object.freeze({ statement: CONFIDENTIALITY_STATEMENT, delivery: 'read out' as const }),
  Object.freeze({ statement: FALSE_INFORMATION_WARNING, delivery: 'read out' as const }),
]);
const WRITTEN: readonly StatementToGive[] = Object.freeze([
  Object.freeze({ statement: CONFIDENTIALITY_STATEMENT, delivery: 'in writing' as const }),
  Object.freeze({ statement: FALSE_INFORMATION_WARNING, delivery: 'in writing' as const }),
]);

/**
 * The statements to give at the first contact with a client: the confidentiality statement
 * (CMG-04a, text CMG-04b) and the false-information warning word for word (CMG-08a, text CMG-08b);
 * read out on a call or in person, included verbatim when the first contact is in writing.
 *
 * @example
 * firstContactStatements({ firstContactWithClient: true, channel: 'phone' }).value.map((s) => s.statement.id); // ['CMG-04b', 'CMG-08b']
 */
export function firstContactStatements(input: FirstContactStatementsInput, options?: RuleOptions): Decision<readonly StatementToGive[]> {
  const policy = policyOf(options);
  if (!input.firstContactWithClient) return decide(NONE, [R_NOT_FIRST], policy.id);
  return decide(input.channel === 'in writing' ? WRITTEN : SPOKEN, [R_CONF, R_FALSE], policy.id);
}

export const firstContactStatementsRule = defineRule({
  name: 'firstContactStatements', domain: 'child-maintenance', title: 'Statements at first contact with a client',
  ids: ['CMG-04a', 'CMG-04b', 'CMG-08a', 'CMG-08b'], citations: [C04A, CONFIDENTIALITY_STATEMENT.cites[0]!, C08A, FALSE_INFORMATION_WARNING.cites[0]!],
  input: firstContactStatementsInputSchema, evaluate: firstContactStatements,
});
