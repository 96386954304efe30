// Public API of the FOI-era compliance edition (FOI request summary).
export { foiRules } from './rules.js';
export { foiFact } from './cite-foi.js';
export {
  FOI_ERA_INTERVIEW_PRINCIPLES, type FoiEraPrinciple, FOI_ERA_INTERVIEW_AIMS, FOI_ERA_ROLES,
  checkFoiEraInterviewRecord, foiEraInterviewRecordInputSchema, type FoiEraInterviewRecordInput, type FoiEraInterviewRecordCheck,
  decideFoiEraDecisionAuthority, foiEraDecisionAuthorityInputSchema, type FoiEraDecisionAuthorityInput,
} from './principles.js';
export {
  foiMailboxDeadlines, foiMailboxInputSchema, type FoiMailboxInput, type FoiMailboxDeadlines,
  foiEraInterviewNotice, foiEraInterviewNoticeInputSchema, type FoiEraInterviewNoticeInput, type FoiEraInterviewNotice,
  foiEraInterviewArrangementDeadline, foiEraArrangementInputSchema, type FoiEraArrangementInput, type FoiEraArrangementDeadline,
  foiEraDocumentsDeadline, foiEraDocumentsInputSchema, type FoiEraDocumentsInput,
} from './deadlines.js';
export {
  decideFoiEraUnannouncedVisit, foiEraUnannouncedVisitInputSchema, type FoiEraUnannouncedVisitInput,
  decideFoiEraEmployerContact, foiEraEmployerContactInputSchema, type FoiEraEmployerContactInput,
  decideFoiEraAbandonment, foiEraAbandonmentInputSchema, type FoiEraAbandonmentInput,
} from './permissions.js';
export {
  FOI_ERA_TRIGGERS, type FoiEraTrigger, classifyFoiEraTrigger, foiEraTriggerInputSchema, type FoiEraTriggerInput,
  validateFoiEraStatementSignature, foiEraStatementInputSchema, type FoiEraStatementInput,
  decideFoiEraLivingTogetherPause, foiEraLivingTogetherInputSchema, type FoiEraLivingTogetherInput, type FoiEraLivingTogetherPause,
  FOI_ERA_CLAIMANT_REQUESTS, type FoiEraClaimantRequest, decideFoiEraClaimantRequest, foiEraClaimantRequestInputSchema,
  type FoiEraClaimantRequestInput, type FoiEraClaimantRequestDecision,
  decideFoiEraFailureToAttend, foiEraFailureToAttendInputSchema, type FoiEraFailureToAttendInput,
  foiEraProcessCheckSample, foiEraProcessCheckInputSchema, type FoiEraProcessCheckInput,
} from './interview.js';
