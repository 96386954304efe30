import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Compliance (01/15) ch.01–03 (referrals, initial action, scheduling).
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complianceReferrals.<name>.value`).

/**
 * The numbers stated in Compliance (01/15) ch.01–03 (referrals, initial action, scheduling), each with its citation.
 *
 * @example
 * CURRENT_POLICY.complianceReferrals;
 */
export const COMPLIANCE_REFERRALS_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the Compliance (01/15) ch.01–03 (referrals, initial action, scheduling) parameters. */
export type ComplianceReferralsParameters = typeof COMPLIANCE_REFERRALS_PARAMETERS;
