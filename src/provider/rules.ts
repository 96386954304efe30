import type { RuleDefinition } from '../core/registry.js';
import { absenceAllowableRule } from './absence/short-term-absence.js';
import { holidayAbsenceRule } from './absence/holiday.js';
import { travelLimitRule, travelRefundRule } from './travel.js';
import { childcareFundingEndRule, childcarePaymentRule } from './childcare.js';
import { replacementCareCarerRule, replacementCareProviderRule } from './replacement-care.js';
import { participantRecordHandlingRule, mappaElectronicRecordRule, scrAccessRule, clericalStorageRule, clericalDocumentDisposalRule, esfEvidenceRule } from './records.js';
import { mappaResponsibleAuthorityRule, mappaNotificationRule, mappaStartWorkRule, mappaSharingRule } from './mappa.js';
import { behaviourRouteRule, controlMeasuresRule, exclusionRequestRule, incidentReferralRule } from './behaviour.js';
import { fastTrackRule } from './fast-track.js';
import { fraudPreventionRule, suspectedFraudRule, supplierFraudRemediesRule } from './fraud.js';
import { dwpComplaintCategoryRule, isComplaintRule, complaintProcessAppliesRule, participantComplaintRule, electedMemberRule, iceEscalationRule, iceUpheldRule } from './complaints.js';
import { employerContactConsentRule, aiisRule, accidentClaimFormsRule, permittedWorkRule, fundingModelRule, marketShareShiftRule, riskAssessmentsRule, appointeeRule, grossMisconductRule, vulnerableGroupOpportunityRule } from './programme.js';
import { participantActivityRule, employerFeedbackRule } from './activities.js';
import { providerDutiesRule, checkProviderDutiesRule } from './duties.js';

/**
 * The registry entries of the provider guidance (generic chapter): one per exported rule function.
 *
 * @example
 * providerRules.map((r) => r.name);
 */
export const providerRules: readonly RuleDefinition[] = Object.freeze([
  absenceAllowableRule,
  holidayAbsenceRule,
  travelLimitRule,
  travelRefundRule,
  childcareFundingEndRule,
  childcarePaymentRule,
  replacementCareCarerRule,
  replacementCareProviderRule,
  participantRecordHandlingRule,
  mappaElectronicRecordRule,
  scrAccessRule,
  clericalStorageRule,
  clericalDocumentDisposalRule,
  esfEvidenceRule,
  mappaResponsibleAuthorityRule,
  mappaNotificationRule,
  mappaStartWorkRule,
  mappaSharingRule,
  behaviourRouteRule,
  controlMeasuresRule,
  exclusionRequestRule,
  incidentReferralRule,
  fastTrackRule,
  fraudPreventionRule,
  suspectedFraudRule,
  supplierFraudRemediesRule,
  dwpComplaintCategoryRule,
  isComplaintRule,
  complaintProcessAppliesRule,
  participantComplaintRule,
  electedMemberRule,
  iceEscalationRule,
  iceUpheldRule,
  employerContactConsentRule,
  aiisRule,
  accidentClaimFormsRule,
  permittedWorkRule,
  fundingModelRule,
  marketShareShiftRule,
  riskAssessmentsRule,
  appointeeRule,
  grossMisconductRule,
  vulnerableGroupOpportunityRule,
  participantActivityRule,
  employerFeedbackRule,
  providerDutiesRule,
  checkProviderDutiesRule,
]);
