import type { RuleDefinition } from '../core/registry.js';

/**
 * The registry entries of the Child Maintenance client contact guidance: one per exported rule function.
 *
 * @example
 * childMaintenanceRules.map((r) => r.name);
 */
export const childMaintenanceRules: readonly RuleDefinition[] = Object.freeze([]);
