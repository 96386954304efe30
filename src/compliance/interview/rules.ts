import type { RuleDefinition } from '../../core/registry.js';

/**
 * The registry entries of compliance ch.04–06 (interview, new-or-substantial information, MF47, evidence, employer contact, suspension): one per exported rule function.
 *
 * @example
 * complianceInterviewRules.map((r) => r.name);
 */
export const complianceInterviewRules: readonly RuleDefinition[] = Object.freeze([]);
