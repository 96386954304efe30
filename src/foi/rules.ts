import type { RuleDefinition } from '../core/registry.js';
import { foiEraArrangementRule, foiEraDocumentsRule, foiEraInterviewNoticeRule, foiMailboxRule } from './deadlines.js';
import {
  foiEraClaimantRequestRule, foiEraFailureToAttendRule, foiEraLivingTogetherRule, foiEraProcessCheckRule, foiEraStatementRule, foiEraTriggerRule,
} from './interview.js';
import { foiEraAbandonmentRule, foiEraEmployerContactRule, foiEraUnannouncedVisitRule } from './permissions.js';
import { foiEraDecisionAuthorityRule, foiEraInterviewRecordRule } from './principles.js';

/**
 * The registry entries of the FOI-era compliance edition (FOI request summary): one per exported rule function.
 *
 * @example
 * foiRules.map((r) => r.name);
 */
export const foiRules: readonly RuleDefinition[] = Object.freeze([
  foiMailboxRule,
  foiEraInterviewRecordRule,
  foiEraDecisionAuthorityRule,
  foiEraInterviewNoticeRule,
  foiEraArrangementRule,
  foiEraUnannouncedVisitRule,
  foiEraTriggerRule,
  foiEraEmployerContactRule,
  foiEraStatementRule,
  foiEraLivingTogetherRule,
  foiEraClaimantRequestRule,
  foiEraDocumentsRule,
  foiEraFailureToAttendRule,
  foiEraAbandonmentRule,
  foiEraProcessCheckRule,
]);
