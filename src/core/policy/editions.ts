import { CHILD_MAINTENANCE_PARAMETERS } from './child-maintenance.js';
import { COMPLAINTS_PARAMETERS } from './complaints.js';
import { COMPLIANCE_INTERVIEW_PARAMETERS } from './compliance-interview.js';
import { COMPLIANCE_OUTCOMES_PARAMETERS } from './compliance-outcomes.js';
import { COMPLIANCE_REFERRALS_PARAMETERS } from './compliance-referrals.js';
import type { PolicyEdition } from './edition.js';
import { FOI_PARAMETERS } from './foi.js';
import { PROVIDER_PARAMETERS } from './provider.js';

/**
 * The current edition: Local Service Compliance guidance (01/15) and the provider, complaint
 * resolution and child maintenance guidance in `shared/guidance/`.
 *
 * @example
 * someRule(input, { policy: CURRENT_POLICY });
 */
export const CURRENT_POLICY: PolicyEdition = Object.freeze({
  id: 'current',
  title: 'Local Service Compliance (01/15) with the current provider, complaints and child maintenance guidance',
  sources: Object.freeze([
    'local-service-compliance-guidance-2015.txt',
    'provider-guidance-generic-chapter.txt',
    'complaint-resolution-manager-guide.txt',
    'child-maintenance-client-contact.txt',
    'foi-request-customer-compliance.txt',
  ]),
  complianceReferrals: COMPLIANCE_REFERRALS_PARAMETERS,
  complianceInterview: COMPLIANCE_INTERVIEW_PARAMETERS,
  complianceOutcomes: COMPLIANCE_OUTCOMES_PARAMETERS,
  provider: PROVIDER_PARAMETERS,
  complaints: COMPLAINTS_PARAMETERS,
  childMaintenance: CHILD_MAINTENANCE_PARAMETERS,
  foi: FOI_PARAMETERS,
});

const EDITIONS: ReadonlyMap<string, PolicyEdition> = new Map([[CURRENT_POLICY.id, CURRENT_POLICY]]);

/**
 * Every policy edition the library ships, by id.
 *
 * @example
 * policyEditions().map((e) => e.id); // ['current', …]
 */
export function policyEditions(): readonly PolicyEdition[] {
  return [...EDITIONS.values()];
}

/**
 * Looks up a policy edition by id; throws a RangeError naming the id when there is none.
 *
 * @example
 * policyEdition('current') === CURRENT_POLICY; // true
 */
export function policyEdition(id: string): PolicyEdition {
  const e = EDITIONS.get(id);
  if (e === undefined) {
    throw new RangeError(`Unknown policy edition ${JSON.stringify(id)}; known: ${[...EDITIONS.keys()].join(', ')}`);
  }
  return e;
}
