import type { RuleDefinition } from '../core/registry.js';

/**
 * The registry entries of the provider guidance (generic chapter): one per exported rule function.
 *
 * @example
 * providerRules.map((r) => r.name);
 */
export const providerRules: readonly RuleDefinition[] = Object.freeze([]);
