import type { RuleDefinition } from '../../core/registry.js';

/**
 * The registry entries of compliance ch.07–12 (outcomes, abandonment, MVA, causal link, closure, checks, integrity, case stages): one per exported rule function.
 *
 * @example
 * complianceOutcomeRules.map((r) => r.name);
 */
export const complianceOutcomeRules: readonly RuleDefinition[] = Object.freeze([]);
