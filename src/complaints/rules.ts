import type { RuleDefinition } from '../core/registry.js';

/**
 * The registry entries of the Complaint Resolution Manager guide: one per exported rule function.
 *
 * @example
 * complaintRules.map((r) => r.name);
 */
export const complaintRules: readonly RuleDefinition[] = Object.freeze([]);
