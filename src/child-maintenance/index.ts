// Public API of the Child Maintenance client contact guidance.
export { childMaintenanceRules } from './rules.js';
export { cmg } from './cite-cmg.js';
export {
  CALL_RECORDING_NOTICE, CONFIDENTIALITY_STATEMENT, FALSE_INFORMATION_WARNING, CHILD_MAINTENANCE_STATEMENTS, type ChildMaintenanceStatement,
} from './statements.js';
export {
  callRecordingNotice, callRecordingNoticeInputSchema, type CallRecordingNoticeInput, type CallRecordingNotice,
  respondToRecordingConcern, recordingConcernInputSchema, type RecordingConcernInput,
  decideClientRecording, clientRecordingInputSchema, type ClientRecordingInput, type ClientRecordingHandling,
} from './call-recording.js';
export { decideClientDataAccess, clientDataAccessInputSchema, type ClientDataAccessInput, type ClientDataAccess } from './data-access.js';
export { firstContactStatements, firstContactStatementsInputSchema, type FirstContactStatementsInput, type StatementToGive } from './first-contact.js';
export {
  decideParentalContactForwarding, parentalContactInputSchema, type ParentalContactInput, type ParentalContactDecision,
  PARENTAL_CONTACT_REQUESTERS, type ParentalContactRequester,
} from './parental-contact.js';
export { childMaintenanceFoiResponseDeadline, childMaintenanceFoiInputSchema, type ChildMaintenanceFoiInput, type ChildMaintenanceFoiDeadline } from './foi-deadline.js';
export {
  classifyBogusCaller, bogusCallerInputSchema, type BogusCallerInput,
  classifySensitiveCase, sensitiveCaseInputSchema, type SensitiveCaseInput,
  classifyUnacceptableClientBehaviour, unacceptableBehaviourInputSchema, type UnacceptableBehaviourInput,
  UNACCEPTABLE_BEHAVIOUR_ACTS, UNACCEPTABLE_BEHAVIOUR_CHANNELS,
} from './classifications.js';
export {
  decideFaceToFaceVisit, faceToFaceVisitInputSchema, type FaceToFaceVisitInput,
  routeClientCommunicationNeeds, communicationNeedsInputSchema, type CommunicationNeedsInput,
  decideRepresentativeDisclosure, representativeDisclosureInputSchema, type RepresentativeDisclosureInput,
  decideChildMaintenanceSpecialPayment, childMaintenanceSpecialPaymentInputSchema, type ChildMaintenanceSpecialPaymentInput,
  routeSuicideThreat, suicideThreatInputSchema, type SuicideThreatInput, type SuicideThreatReferral,
} from './client-routing.js';
