// Public API of compliance ch.01–03 (referrals, initial action, scheduling, un-notified visits).
export { complianceReferralRules } from './rules.js';
export {
  RISK_TYPES,
  type RiskType,
  INTERVENTION_METHODS,
  type InterventionMethod,
  CORRESPONDENCE_LANGUAGES,
  type CorrespondenceLanguage,
  REFERRAL_SOURCES,
  type ReferralSource,
} from './vocabulary.js';
export {
  ABROAD_ALLEGATION_KINDS,
  type AbroadAllegationKind,
  abroadCaseInputSchema,
  type AbroadCaseInput,
  type AbroadCaseAction,
  abroadCaseAction,
} from './abroad.js';
export {
  APPOINTMENT_ARRANGEMENTS,
  type AppointmentArrangement,
  appointmentWindowInputSchema,
  type AppointmentWindowInput,
  type AppointmentWindow,
  appointmentWindow,
  appointmentComplianceInputSchema,
  type AppointmentComplianceInput,
  APPOINTMENT_BREACHES,
  type AppointmentBreach,
  type AppointmentCompliance,
  checkAppointmentCompliance,
} from './appointment-notice.js';
export {
  BEREAVEMENT_BENEFITS,
  isBereavementBenefit,
  bereavementReferralInputSchema,
  type BereavementReferralInput,
  type BereavementReferralHandling,
  bereavementReferralHandling,
  maternityAllowanceWorkInputSchema,
  type MaternityAllowanceWorkInput,
  type MaternityAllowanceWorkEffect,
  maternityAllowanceWorkEffect,
  trainingForWorkInputSchema,
  type TrainingForWorkInput,
  type TrainingForWorkAmounts,
  trainingForWorkAllowance,
  creditsOnlyOutcomeInputSchema,
  type CreditsOnlyOutcomeInput,
  type CreditsOnlyOutcome,
  creditsOnlyOutcome,
} from './benefit-specific.js';
export {
  notepadRetentionInputSchema,
  type NotepadRetentionInput,
  notepadRetentionDate,
  documentDestructionInputSchema,
  type DocumentDestructionInput,
  documentDestructionDate,
  ccel1ResponseInputSchema,
  type Ccel1ResponseInput,
  type Ccel1Response,
  ccel1ResponseDue,
  smsReminderInputSchema,
  type SmsReminderInput,
  type SmsReminderDates,
  smsReminderDates,
  hstClearanceInputSchema,
  type HstClearanceInput,
  type HstClearance,
  hstClearanceTarget,
} from './case-dates.js';
export {
  REFERRAL_CHECKLIST_STAGES,
  type ReferralChecklistStage,
  referralChecklistInputSchema,
  type ReferralChecklistInput,
  type ReferralChecklistEntry,
  SHORT_NOTICE_IDENTITY_EVIDENCE,
  SHORT_NOTICE_OTHER_DOCUMENTS,
  REFERRAL_CHECKLIST,
  referralChecklist,
} from './checklists.js';
export {
  clearanceMeasureInputSchema,
  type ClearanceMeasureInput,
  type ClearanceMeasure,
  clearanceMeasure,
} from './clearance-measure.js';
export {
  CUSTODIAL_PAYMENT_METHODS,
  type CustodialPaymentMethod,
  CUSTODIAL_STEPS,
  type CustodialStep,
  custodialReferralInputSchema,
  type CustodialReferralInput,
  type CustodialReferralPlan,
  custodialReferralSteps,
} from './custodial.js';
export {
  duplicateReferralInputSchema,
  type DuplicateReferralInput,
  type DuplicateReferralDecision,
  decideDuplicateReferral,
} from './duplicate-referral.js';
export {
  fesDctAssociationInputSchema,
  type FesDctAssociationInput,
  type FesDctAssociation,
  fesDctAssociation,
} from './fes-dct-association.js';
export {
  HMRC_EMPLOYER_FORMS,
  type HmrcEmployerForm,
  HMRC_FORM_ROUTING,
  hmrcEmployerRequestSchema,
  hmrcEmployerRequestsInputSchema,
  type HmrcEmployerRequestsInput,
  type HmrcEmployerFormPlan,
  hmrcEmployerFormFor,
  planHmrcEmployerRequests,
} from './hmrc-employer-requests.js';
export {
  complianceStillAppropriateInputSchema,
  type ComplianceStillAppropriateInput,
  type ComplianceStillAppropriate,
  decideComplianceStillAppropriate,
  customerCentricApproachInputSchema,
  type CustomerCentricApproachInput,
  mayApproachCustomerCentricClaimant,
} from './initial-action.js';
export {
  CONTACT_LETTERS,
  type ContactLetter,
  contactLetterInputSchema,
  type ContactLetterInput,
  contactLetterFor,
  interventionMethodInputSchema,
  type InterventionMethodInput,
  type InterventionMethodChoice,
  chooseInterventionMethod,
} from './intervention-method.js';
export {
  LOCAL_AUTHORITY_OFFER_CATEGORIES,
  type LocalAuthorityOfferCategory,
  LOCAL_AUTHORITY_OFFER_CATEGORY_TEXT,
  localAuthorityOfferInputSchema,
  type LocalAuthorityOfferInput,
  decideLocalAuthorityOffer,
  LOCAL_AUTHORITY_RESPONSES,
  type LocalAuthorityResponse,
  localAuthorityOfferStepInputSchema,
  type LocalAuthorityOfferStepInput,
  type LocalAuthorityOfferStep,
  localAuthorityOfferNextStep,
  localAuthorityDocumentRequestInputSchema,
  type LocalAuthorityDocumentRequestInput,
  decideLocalAuthorityDocumentRequest,
} from './local-authority.js';
export {
  LSI_DOWNGRADE_GROUNDS,
  type LsiDowngradeGround,
  iucStateSchema,
  type IucState,
  iucBarsCompliance,
  lsiDowngradeInputSchema,
  type LsiDowngradeInput,
  type LsiDowngradeDecision,
  decideLsiDowngrade,
} from './lsi-downgrade.js';
export {
  ltamcCaseInputSchema,
  type LtamcCaseInput,
  type LtamcCasePlan,
  planLtamcCase,
  ltamcFormsInputSchema,
  type LtamcFormsInput,
  type LtamcForms,
  decideLtamcForms,
} from './ltamc.js';
export {
  MATCHING_INCIDENT_ACTIONS,
  type MatchingIncidentAction,
  matchingIncidentInputSchema,
  type MatchingIncidentInput,
  type MatchingIncidentHandling,
  matchingIncidentHandling,
} from './matching-incident.js';
export {
  performanceMeasurementInputSchema,
  type PerformanceMeasurementInput,
  performanceMeasurementInterplay,
} from './performance-measurement.js';
export {
  CCEL1_REPLIES,
  type Ccel1Reply,
  afterCcel1InputSchema,
  type AfterCcel1Input,
  type NoResultOutcome,
  type AfterCcel1Route,
  routeAfterCcel1,
  employerContactInputSchema,
  type EmployerContactInput,
  mayContactEmployer,
} from './postal-contact.js';
export {
  REFERRAL_DESTINATIONS,
  type ReferralDestination,
  referralRoutingInputSchema,
  type ReferralRoutingInput,
  type ReferralRouting,
  routeReferral,
} from './referral-routing.js';
export {
  reportedChangeInputSchema,
  type ReportedChangeInput,
  decideReportedChangeOutcome,
} from './reported-change.js';
export {
  type RiskTypeEntry,
  RISK_TYPE_TABLE,
  referralRiskFactsSchema,
  type ReferralRiskFacts,
  type ReferralRiskClassification,
  classifyReferralRisk,
  isRiskType,
} from './risk-classification.js';
export {
  riskReviewWindowInputSchema,
  type RiskReviewWindowInput,
  type RiskReviewWindow,
  riskReviewWindow,
} from './risk-review-window.js';
export {
  unNotifiedVisitInputSchema,
  type UnNotifiedVisitInput,
  decideUnNotifiedVisit,
} from './un-notified-visit.js';
export {
  type VerbatimText,
  REFERRAL_VERBATIM_TEXTS,
  notepadEntryInputSchema,
  type NotepadEntryInput,
  notepadEntry,
  smsReminderTextInputSchema,
  type SmsReminderTextInput,
  smsReminderText,
  hmrcSubjectInputSchema,
  type HmrcSubjectInput,
  hmrcRequestEmailSubject,
} from './verbatim-texts.js';
