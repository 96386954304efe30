import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Complaint Resolution Manager guide.
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complaints.<name>.value`).

/**
 * The numbers stated in Complaint Resolution Manager guide, each with its citation.
 *
 * @example
 * CURRENT_POLICY.complaints;
 */
export const COMPLAINTS_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the Complaint Resolution Manager guide parameters. */
export type ComplaintsParameters = typeof COMPLAINTS_PARAMETERS;
