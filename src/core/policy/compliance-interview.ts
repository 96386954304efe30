import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Compliance (01/15) ch.04–06 (interview, MF47, post-interview).
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complianceInterview.<name>.value`).

/**
 * The numbers stated in Compliance (01/15) ch.04–06 (interview, MF47, post-interview), each with its citation.
 *
 * @example
 * CURRENT_POLICY.complianceInterview;
 */
export const COMPLIANCE_INTERVIEW_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the Compliance (01/15) ch.04–06 (interview, MF47, post-interview) parameters. */
export type ComplianceInterviewParameters = typeof COMPLIANCE_INTERVIEW_PARAMETERS;
