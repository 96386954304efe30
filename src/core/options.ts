import type { CalendarOptions } from '../calendar/types.js';
import type { PolicyEdition } from './policy/edition.js';
import { CURRENT_POLICY } from './policy/editions.js';

/**
 * The options every rule function accepts as its last argument.
 *
 * @example
 * someDeadline(input, { policy: CURRENT_POLICY, calendar: { jurisdiction: 'scotland' } });
 */
export interface RuleOptions {
  /** The policy edition to decide under; default {@link CURRENT_POLICY}. */
  readonly policy?: PolicyEdition;
  /** Jurisdiction and extra closures for working-day arithmetic; default England & Wales. */
  readonly calendar?: CalendarOptions;
}

/**
 * The policy edition a rule should use: `options.policy`, else the current edition.
 *
 * @example
 * const policy = policyOf(options);
 */
export function policyOf(options: RuleOptions | undefined): PolicyEdition {
  return options?.policy ?? CURRENT_POLICY;
}
