// Public API of compliance ch.07–12 (outcomes, abandonment, MVA, causal link, closure, checks, integrity, case stages).
export { complianceOutcomeRules } from './rules.js';
export {
  LSC_OUTCOMES, LSC_OUTCOME_RESULTS, POSITIVE_COMPLIANCE_RESULTS, NO_RESULT_RESULTS, OUTCOME_RESULT_ALIASES,
  canonicalOutcomeResult, outcomeForResult, outcomeResultSchema, outcomeSchema,
  type LscOutcome, type LscOutcomeResult,
} from './outcome-values.js';
export {
  FRAIMS_OFFENCE_TYPES, GMS_RULE_NATURES, GMS_OFFENCE_TYPE_TABLE, gmsOffenceTypeInputSchema, offenceTypeForGmsRule,
  type FraimsOffenceType, type GmsRuleNature, type GmsOffenceTypeRow, type GmsOffenceTypeInput,
} from './offence-types.js';
export {
  ABANDONMENT_REASONS, ABANDONMENT_REASON_TABLE, abandonmentInputSchema, decideAbandonment, isPermittedAbandonmentReason,
  type AbandonmentReason, type AbandonmentReasonEntry, type AbandonmentInput,
} from './abandonment.js';
export { administrativeOutcomeInputSchema, classifyAdministrativeOutcomeResult, type AdministrativeOutcomeInput } from './administrative-results.js';
export { outcomeCaseRecordSchema, mvaLineSchema, integrityFactsSchema, type OutcomeCaseRecord, type MvaLine, type IntegrityFacts } from './case-record.js';
export { validateCaseOutcome, OUTCOME_VIOLATIONS, type OutcomeValidity } from './outcome-validity.js';
export {
  deriveOutcomeResult, outcomeResultInputSchema, classifyLscOutcomeKind, outcomeKindInputSchema, LSC_OUTCOME_KINDS,
  type OutcomeAndResult, type OutcomeResultInput, type LscOutcomeKind, type OutcomeKindInput,
} from './outcome-result.js';
export {
  POSITIVE_OUTCOME_BASES, positiveOutcomeInputSchema, decidePositiveOutcome,
  type PositiveOutcomeBasis, type PositiveOutcomeInput, type PositiveOutcomeVerdict,
} from './positive-outcome.js';
export { kmiInputSchema, decideOutcomeCountsTowardsKmi, type KmiInput } from './kmi.js';
export {
  MVA_GUIDANCE_BENEFITS, MVA_BENEFIT_TABLE, HB_PASSPORTING_BENEFITS, mvaBenefitEntry,
  type MvaGuidanceBenefit, type MvaBenefitStatus, type MvaBenefitEntry,
} from './mva-benefits.js';
export { mvaAmountInputSchema, computeMonetaryValueOfAdjustment, weeklyFromMonthlyPence, type MvaAmountInput, type MvaAmount } from './mva-amount.js';
export { mvaClaimableInputSchema, decideMvaClaimable, type MvaClaimableInput, type MvaClaimability, type MvaValuation } from './mva-eligibility.js';
export { tfwaMvaInputSchema, trainingForWorkAllowanceMva, type TfwaMvaInput, type TfwaMva } from './training-for-work.js';
export {
  CAUSAL_LINK_RISK_CATEGORIES, CAUSAL_LINK_STATUSES, causalLinkInputSchema, decideCausalLink,
  ltamcDenialInputSchema, decideBenefitAfterLtamcDenial,
  type CausalLinkStatus, type CausalLinkInput, type CausalLinkVerdict, type LtamcDenialInput,
} from './causal-link.js';
export { causalLinkMvaInputSchema, computeCausalLinkMva, type CausalLinkMvaInput, type MvaLineAmount } from './causal-link-mva.js';
export { assessOutcomeInputSchema, assessComplianceOutcome, type AssessOutcomeInput, type ComplianceOutcomeAssessment } from './assess-outcome.js';
export { dateOfChangeInputSchema, decideDateOfChange, type DateOfChangeInput, type DateOfChangeVerdict } from './date-of-change.js';
export {
  RECONSIDERATION_GROUNDS, decisionChallengeInputSchema, decideDecisionChallenge,
  type ReconsiderationGround, type DecisionChallengeInput, type DecisionChallengeVerdict,
} from './challenge-decision.js';
export {
  recordableOverpaymentInputSchema, computeRecordableOverpayment, OVERPAYMENT_RESPONSIBILITIES, overpaymentStepsInputSchema, overpaymentRecordingSteps,
  pensionCreditEscalationInputSchema, decidePensionCreditEscalation,
  type RecordableOverpaymentInput, type OverpaymentResponsibility, type OverpaymentStepsInput, type PensionCreditEscalationInput,
} from './overpayment-recording.js';
export {
  CLOSURE_REQUIREMENTS, checkCaseClosure, closureNotepadInputSchema, closureNotepadWording, documentRetentionInputSchema, documentRetentionDate,
  type ClosureCheck, type ClosureNotepadInput, type ClosureNotepadWording, type DocumentRetentionInput,
} from './closure.js';
export {
  LSC_CASE_STAGES, RESERVED_CASE_STAGES, CASE_STAGES, STAGES_RESERVED_FROM_LSC, TRANSIENT_CASE_STAGES, CASE_STAGE_ALIASES, CASE_STAGE_TRANSITIONS,
  canonicalCaseStage, caseStageTransitionInputSchema, decideCaseStageTransition, nextCaseStages, caseStageRestingInputSchema, auditCaseStageResting,
  investigationEventInputSchema, caseStageAfterInvestigationEvent,
  type CaseStage, type LscCaseStage, type CaseStageTransitionInput, type CaseStageRestingInput, type InvestigationEventInput,
} from './case-stages.js';
export {
  LSC_CHECK_TYPES, checkerInputSchema, mayUndertakeCheck, clearanceInputSchema, decideClearanceMeasure, progressCheckInputSchema, decideProgressCheck,
  progressQueryInputSchema, selectCasesForProgressCheck, incidentQueryInputSchema, selectIncidentsForCheck, LSC_CHECK_DUTIES, checkDutiesInputSchema, checkDutiesFor,
  PROCESS_CHECK_ITEMS, processCheckItemsInputSchema, processCheckItems, processSampleInputSchema, processCheckSampleSize, referralProcessInputSchema, auditReferralForProcessCheck,
  entryCorrectionInputSchema, routeEntryCorrection, diaryInputSchema, reconcileDiary, visitEffectivenessInputSchema, classifyVisitEffectiveness,
  mr303InputSchema, mr303RetentionDate, accompaniedInputSchema, auditAccompaniedInterviews,
  type LscCheckType, type CheckerInput, type ClearanceInput, type ProgressCheckInput, type ProgressQueryInput, type IncidentQueryInput, type CheckDuty, type CheckDutiesInput,
  type ProcessCheckItem, type ProcessCheckItemsInput, type ProcessSampleInput, type ReferralProcessInput, type EntryCorrectionInput, type EntryCorrectionRoute,
  type DiaryInput, type VisitEffectivenessInput, type Mr303Input, type AccompaniedInput, type AccompaniedInterviewAudit,
} from './checks.js';
export {
  INTEGRITY_ISSUE_TYPES, INTEGRITY_ISSUE_CATEGORIES, QUALITY_ISSUE_CATEGORIES, type IntegrityIssueType, type IssueCategory,
} from './integrity-categories.js';
export { auditCaseIntegrity, type CaseIntegrityAudit, type IntegrityIssueFinding } from './integrity-audit.js';
export {
  INTEGRITY_SELECTION_CATEGORIES, INTEGRITY_OTHER_OFFENCE_TYPES, INTEGRITY_ANALYSIS_SYSTEMS, INTEGRITY_PROGRAMME_RULES, integrityProgrammeInputSchema, integrityProgrammeRules,
  integritySampleInputSchema, planIntegritySample, integrityReportInputSchema, integrityReportDueDate, integrityRetentionInputSchema, integrityRecordRetentionDate,
  lscActivityInputSchema, countsAsLscActivity, positiveChangeInputSchema, isPositiveOutcomeChange,
  type IntegritySelectionCategory, type IntegrityProgrammeRule, type IntegrityProgrammeInput, type IntegritySampleInput, type IntegritySamplePlan,
  type IntegrityReportInput, type IntegrityRetentionInput, type LscActivityInput, type PositiveChangeInput,
} from './integrity-programme.js';
export { MF47_STATEMENT_KINDS, MF47_CONTENTS, mf47HandlingInputSchema, mf47Handling, type Mf47StatementKind, type Mf47Contents, type Mf47HandlingInput, type Mf47Handling } from './mf47.js';
