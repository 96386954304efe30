import type { ChildMaintenanceParameters } from './child-maintenance.js';
import type { ComplaintsParameters } from './complaints.js';
import type { ComplianceInterviewParameters } from './compliance-interview.js';
import type { ComplianceOutcomesParameters } from './compliance-outcomes.js';
import type { ComplianceReferralsParameters } from './compliance-referrals.js';
import type { FoiParameters } from './foi.js';
import type { ProviderParameters } from './provider.js';

/**
 * A policy edition: every number the guidance states, grouped by document, under one id.
 * Rules take `options.policy` (default {@link CURRENT_POLICY}) and read their numbers from it,
 * so an earlier or later edition of the guidance is data, not a code fork.
 *
 * @example
 * const days = CURRENT_POLICY.complianceReferrals.clearanceWorkingDays.value;
 */
export interface PolicyEdition {
  /** Stable id written into every Decision, e.g. `current`. */
  readonly id: string;
  readonly title: string;
  /** The documents this edition encodes. */
  readonly sources: readonly string[];
  readonly complianceReferrals: ComplianceReferralsParameters;
  readonly complianceInterview: ComplianceInterviewParameters;
  readonly complianceOutcomes: ComplianceOutcomesParameters;
  readonly provider: ProviderParameters;
  readonly complaints: ComplaintsParameters;
  readonly childMaintenance: ChildMaintenanceParameters;
  /** Numbers of the earlier compliance edition as summarised in the FOI request. */
  readonly foi: FoiParameters;
}
