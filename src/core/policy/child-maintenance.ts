import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Child Maintenance client contact guidance.
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.childMaintenance.<name>.value`).

/**
 * The numbers stated in Child Maintenance client contact guidance, each with its citation.
 *
 * @example
 * CURRENT_POLICY.childMaintenance;
 */
export const CHILD_MAINTENANCE_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the Child Maintenance client contact guidance parameters. */
export type ChildMaintenanceParameters = typeof CHILD_MAINTENANCE_PARAMETERS;
