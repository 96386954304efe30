import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Compliance (01/15) ch.07–12 (outcomes, MVA, closure, checks, integrity, stages).
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complianceOutcomes.<name>.value`).

/**
 * The numbers stated in Compliance (01/15) ch.07–12 (outcomes, MVA, closure, checks, integrity, stages), each with its citation.
 *
 * @example
 * CURRENT_POLICY.complianceOutcomes;
 */
export const COMPLIANCE_OUTCOMES_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the Compliance (01/15) ch.07–12 (outcomes, MVA, closure, checks, integrity, stages) parameters. */
export type ComplianceOutcomesParameters = typeof COMPLIANCE_OUTCOMES_PARAMETERS;
