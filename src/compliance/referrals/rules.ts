import type { RuleDefinition } from '../../core/registry.js';
import { abroadCaseRule } from './abroad.js';
import { appointmentWindowRule } from './appointment-notice.js';
import { appointmentComplianceRule } from './appointment-notice.js';
import { bereavementReferralRule } from './benefit-specific.js';
import { maternityAllowanceWorkRule } from './benefit-specific.js';
import { trainingForWorkRule } from './benefit-specific.js';
import { creditsOnlyOutcomeRule } from './benefit-specific.js';
import { notepadRetentionRule } from './case-dates.js';
import { documentDestructionRule } from './case-dates.js';
import { ccel1ResponseRule } from './case-dates.js';
import { smsReminderRule } from './case-dates.js';
import { hstClearanceRule } from './case-dates.js';
import { referralChecklistRule } from './checklists.js';
import { clearanceMeasureRule } from './clearance-measure.js';
import { custodialReferralRule } from './custodial.js';
import { duplicateReferralRule } from './duplicate-referral.js';
import { fesDctAssociationRule } from './fes-dct-association.js';
import { hmrcEmployerRequestsRule } from './hmrc-employer-requests.js';
import { complianceStillAppropriateRule } from './initial-action.js';
import { customerCentricApproachRule } from './initial-action.js';
import { contactLetterRule } from './intervention-method.js';
import { interventionMethodRule } from './intervention-method.js';
import { localAuthorityOfferRule } from './local-authority.js';
import { localAuthorityOfferStepRule } from './local-authority.js';
import { localAuthorityDocumentRequestRule } from './local-authority.js';
import { lsiDowngradeRule } from './lsi-downgrade.js';
import { ltamcCaseRule } from './ltamc.js';
import { ltamcFormsRule } from './ltamc.js';
import { matchingIncidentRule } from './matching-incident.js';
import { performanceMeasurementRule } from './performance-measurement.js';
import { afterCcel1Rule } from './postal-contact.js';
import { employerContactRule } from './postal-contact.js';
import { referralRoutingRule } from './referral-routing.js';
import { reportedChangeRule } from './reported-change.js';
import { referralRiskRule } from './risk-classification.js';
import { riskReviewWindowRule } from './risk-review-window.js';
import { unNotifiedVisitRule } from './un-notified-visit.js';
import { notepadEntryRule } from './verbatim-texts.js';
import { smsReminderTextRule } from './verbatim-texts.js';
import { hmrcSubjectRule } from './verbatim-texts.js';

/**
 * The registry entries of compliance ch.01–03 (referrals, initial action, scheduling, un-notified visits): one per exported rule function.
 *
 * @example
 * complianceReferralRules.map((r) => r.name);
 */
export const complianceReferralRules: readonly RuleDefinition[] = Object.freeze([
  abroadCaseRule,
  appointmentWindowRule,
  appointmentComplianceRule,
  bereavementReferralRule,
  maternityAllowanceWorkRule,
  trainingForWorkRule,
  creditsOnlyOutcomeRule,
  notepadRetentionRule,
  documentDestructionRule,
  ccel1ResponseRule,
  smsReminderRule,
  hstClearanceRule,
  referralChecklistRule,
  clearanceMeasureRule,
  custodialReferralRule,
  duplicateReferralRule,
  fesDctAssociationRule,
  hmrcEmployerRequestsRule,
  complianceStillAppropriateRule,
  customerCentricApproachRule,
  contactLetterRule,
  interventionMethodRule,
  localAuthorityOfferRule,
  localAuthorityOfferStepRule,
  localAuthorityDocumentRequestRule,
  lsiDowngradeRule,
  ltamcCaseRule,
  ltamcFormsRule,
  matchingIncidentRule,
  performanceMeasurementRule,
  afterCcel1Rule,
  employerContactRule,
  referralRoutingRule,
  reportedChangeRule,
  referralRiskRule,
  riskReviewWindowRule,
  unNotifiedVisitRule,
  notepadEntryRule,
  smsReminderTextRule,
  hmrcSubjectRule,
]);
