// Public API of the Complaint Resolution Manager guide.
export { complaintRules } from './rules.js';
export { crm } from './cite-crm.js';
export {
  COMPLAINT_STAGES, complaintStageSchema, type ComplaintStage,
  COMPLAINT_OUTCOMES, complaintOutcomeSchema, type ComplaintOutcome,
  COMPLAINT_CONTACT_CHANNELS, type ComplaintContactChannel,
  OFFICIAL_CORRESPONDENCE_TYPES, type OfficialCorrespondenceType,
  localTimestampSchema,
} from './vocabulary.js';
export { decideComplaintFirstContactCall, complaintFirstContactCallInputSchema, type ComplaintFirstContactCallInput, type ComplaintFirstContactCall } from './first-contact-call.js';
export {
  complaintResponseTarget, complaintResponseTargetInputSchema, type ComplaintResponseTargetInput, type ComplaintResponseTarget,
  decideResolutionPlanNeeded, resolutionPlanInputSchema, type ResolutionPlanInput,
} from './response-target.js';
export {
  complaintContactChannels, complaintContactChannelsInputSchema, type ComplaintContactChannelsInput, type ComplaintContactPlan,
  COMPLAINT_CONTACT_PURPOSES, type ComplaintContactPurpose, STAFF_COMPLAINT_ACKNOWLEDGEMENT,
} from './contact-channels.js';
export {
  reviewComplaintInvestigation, complaintInvestigationInputSchema, type ComplaintInvestigationInput, type ComplaintInvestigationReview,
  INVESTIGATION_PATH, type InvestigationStep, EVIDENCE_SOURCES,
} from './investigation.js';
export {
  classifyComplaintOutcome, complaintOutcomeInputSchema, complaintIssueSchema, type ComplaintOutcomeInput,
  COMPLAINT_OUTCOME_DEFINITIONS, type ComplaintOutcomeDefinition, complaintOutcomesForStage,
} from './outcome.js';
export { decideComplaintRedress, complaintRedressInputSchema, type ComplaintRedressInput, type ComplaintRedress, DEFAULT_COMPLAINT_REDRESS } from './redress.js';
export {
  routeComplaintSpecialPayment, complaintSpecialPaymentInputSchema, type ComplaintSpecialPaymentInput, type ComplaintSpecialPaymentDecision,
  SPECIAL_PAYMENT_ROUTES, type SpecialPaymentRoute,
} from './special-payment.js';
export {
  planComplaintOutcomeCall, complaintOutcomeCallInputSchema, type ComplaintOutcomeCallInput, type ComplaintOutcomeCall, SPECIAL_PAYMENT_EXPLANATION,
  decideComplaintCaseConference, complaintCaseConferenceInputSchema, type ComplaintCaseConferenceInput,
} from './outcome-call.js';
export { complaintEscalationSignpost, complaintSignpostInputSchema, type ComplaintSignpostInput } from './signpost.js';
export {
  remedialFeedbackDeadline, remedialFeedbackInputSchema, type RemedialFeedbackInput,
  classifyReviewFeedbackToCrt, reviewFeedbackInputSchema, type ReviewFeedbackInput,
} from './feedback.js';
export { detectComplaintTrend, complaintTrendInputSchema, type ComplaintTrendInput, type ComplaintTrend } from './trend.js';
export { validateComplaintClosure, complaintClosureInputSchema, type ComplaintClosureInput, type ComplaintClosureCheck } from './closure.js';
export {
  routeOfficialCorrespondence, officialCorrespondenceInputSchema, type OfficialCorrespondenceInput, type OfficialCorrespondenceDecision,
  OFFICIAL_CORRESPONDENCE_ROUTES, type OfficialCorrespondenceRoute,
} from './official-correspondence.js';
