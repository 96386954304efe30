import { createRegistry, type RuleDefinition, type RuleRegistry } from './core/registry.js';
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
// Marked pure so that a bundler can drop the registry (and every rule) from an app that imports
// only, say, addWorkingDays from the package root.
export const RULES: RuleRegistry = /* @__PURE__ */ createRegistry(
  /* @__PURE__ */ ([] as RuleDefinition[]).concat(
    complianceReferralRules,
    complianceInterviewRules,
    complianceOutcomeRules,
    providerRules,
    complaintRules,
    childMaintenanceRules,
    foiRules,
  ),
);
