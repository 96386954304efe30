import type { RuleDefinition } from '../../core/registry.js';
import { abandonmentRule } from './abandonment.js';
import { administrativeOutcomeRule } from './administrative-results.js';
import { assessOutcomeRule } from './assess-outcome.js';
import { causalLinkRule, ltamcDenialRule } from './causal-link.js';
import { causalLinkMvaRule } from './causal-link-mva.js';
import { kmiRule } from './kmi.js';
import { mvaAmountRule } from './mva-amount.js';
import { mvaClaimableRule } from './mva-eligibility.js';
import { gmsOffenceTypeRule } from './offence-types.js';
import { outcomeKindRule, outcomeResultRule } from './outcome-result.js';
import { caseOutcomeValidityRule } from './outcome-validity.js';
import { positiveOutcomeRule } from './positive-outcome.js';
import { tfwaMvaRule } from './training-for-work.js';
import { dateOfChangeRule } from './date-of-change.js';
import { decisionChallengeRule } from './challenge-decision.js';
import { overpaymentStepsRule, pensionCreditEscalationRule, recordableOverpaymentRule } from './overpayment-recording.js';
import { caseClosureRule, closureNotepadRule, documentRetentionRule } from './closure.js';
import { checkRules } from './checks.js';
import { mf47Rule } from './mf47.js';
import { caseIntegrityAuditRule } from './integrity-audit.js';
import { integrityProgrammeRuleDefinitions } from './integrity-programme.js';
import { caseStageRestingRule, caseStageTransitionRule, investigationEventRule } from './case-stages.js';

/**
 * The registry entries of compliance ch.07–12 (outcomes, abandonment, MVA, causal link, closure, checks, integrity, case stages): one per exported rule function.
 *
 * @example
 * complianceOutcomeRules.map((r) => r.name);
 */
export const complianceOutcomeRules: readonly RuleDefinition[] = Object.freeze([
  outcomeKindRule,
  gmsOffenceTypeRule,
  caseOutcomeValidityRule,
  outcomeResultRule,
  abandonmentRule,
  administrativeOutcomeRule,
  positiveOutcomeRule,
  kmiRule,
  causalLinkRule,
  ltamcDenialRule,
  causalLinkMvaRule,
  mvaAmountRule,
  mvaClaimableRule,
  tfwaMvaRule,
  assessOutcomeRule,
  dateOfChangeRule,
  decisionChallengeRule,
  recordableOverpaymentRule,
  overpaymentStepsRule,
  pensionCreditEscalationRule,
  caseClosureRule,
  closureNotepadRule,
  documentRetentionRule,
  caseStageTransitionRule,
  caseStageRestingRule,
  investigationEventRule,
  ...checkRules,
  caseIntegrityAuditRule,
  ...integrityProgrammeRuleDefinitions,
  mf47Rule,
]);
