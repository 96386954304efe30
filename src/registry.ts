import { createRegistry, type RuleRegistry } from './core/registry.js';
import { childMaintenanceRules } from './child-maintenance/rules.js';
import { complaintRules } from './complaints/rules.js';
import { complianceInterviewRules } from './compliance/interview/rules.js';
import { complianceOutcomeRules } from './compliance/outcomes/rules.js';
import { complianceReferralRules } from './compliance/referrals/rules.js';
import { foiRules } from './foi/rules.js';
import { providerRules } from './provider/rules.js';

/**
 * Every rule the library encodes: id, title, citations, function and input schema. The CLI's
 * `rules` command and `docs/rules.md` are generated from it.
 *
 * @example
 * RULES.byId('LSC-03-066').map((r) => r.name);
 */
export const RULES: RuleRegistry = createRegistry([
  ...complianceReferralRules,
  ...complianceInterviewRules,
  ...complianceOutcomeRules,
  ...providerRules,
  ...complaintRules,
  ...childMaintenanceRules,
  ...foiRules,
]);
