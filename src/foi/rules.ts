import type { RuleDefinition } from '../core/registry.js';

/**
 * The registry entries of the FOI-era compliance edition (FOI request summary): one per exported rule function.
 *
 * @example
 * foiRules.map((r) => r.name);
 */
export const foiRules: readonly RuleDefinition[] = Object.freeze([]);
