import { CHILD_MAINTENANCE_PARAMETERS } from './child-maintenance.js';
import { COMPLAINTS_PARAMETERS } from './complaints.js';
import { COMPLIANCE_INTERVIEW_PARAMETERS } from './compliance-interview.js';
import { COMPLIANCE_OUTCOMES_PARAMETERS } from './compliance-outcomes.js';
import { COMPLIANCE_REFERRALS_PARAMETERS } from './compliance-referrals.js';
import type { PolicyEdition } from './edition.js';
import { FOI_ERA_INTERVIEW_PARAMETERS, FOI_ERA_OUTCOMES_PARAMETERS, FOI_ERA_REFERRALS_PARAMETERS } from './foi-era.js';
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

/**
 * The earlier compliance edition summarised in the FOI request (docs/foi.md, docs/editions.md):
 * the current edition with the FOI numbers and rule switches in the compliance groups. Run any
 * compliance rule under it with `{ policy: FOI_ERA_POLICY }` or `"policy": "foi-era"` in a scenario.
 *
 * @example
 * appointmentWindow({ notificationDate: '2025-03-03' }, { policy: FOI_ERA_POLICY }).value.earliest; // '2025-03-06'
 */
export const FOI_ERA_POLICY: PolicyEdition = Object.freeze({
  ...CURRENT_POLICY,
  id: 'foi-era',
  title: 'Earlier Customer Compliance edition as summarised in the FOI request (otherwise as the current edition)',
  sources: Object.freeze(['foi-request-customer-compliance.txt', 'local-service-compliance-guidance-2015.txt']),
  complianceReferrals: FOI_ERA_REFERRALS_PARAMETERS,
  complianceInterview: FOI_ERA_INTERVIEW_PARAMETERS,
  complianceOutcomes: FOI_ERA_OUTCOMES_PARAMETERS,
});

const EDITIONS: ReadonlyMap<string, PolicyEdition> = new Map([
  [CURRENT_POLICY.id, CURRENT_POLICY],
  [FOI_ERA_POLICY.id, FOI_ERA_POLICY],
]);

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
