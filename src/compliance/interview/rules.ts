import type { RuleDefinition } from '../../core/registry.js';
import { failureToAttendRule, miResolutionRule } from './attendance.js';
import { interviewChecklistRule } from './checklist.js';
import {
  appropriateAdultRule, employmentSupportRule, inf3Rule, interviewBenefitScopeRule, interviewEventRule, interviewIdentityRule,
  ltamcThinkingTimeRule, travelExpensesRule,
} from './conduct.js';
import { employerContactPermissionRule } from './employer-contact.js';
import { employerEnquiryRule } from './employer-enquiry.js';
import { closureAfterSuspensionRule, evidenceDeadlineRule } from './evidence-deadline.js';
import { mf47CheckRule, mf47CopyRule, repaymentAgreementRule, smallOverpaymentRule } from './mf47.js';
import { newOrSubstantialRule } from './new-or-substantial.js';
import { decisionFollowUpRule, interviewSummaryRule, postInterviewRouteRule } from './post-interview.js';
import { suspensionActionRule, suspensionEntryRule, suspensionFollowUpRule } from './suspension.js';
import { trustFundRule } from './trusts-and-funds.js';
import { capitalDisclosureRule, thirdPartyRequestRule } from './undisclosed-capital.js';

/**
 * The registry entries of compliance ch.04–06 (interview, new-or-substantial information, MF47, evidence, employer contact, suspension): one per exported rule function.
 *
 * @example
 * complianceInterviewRules.map((r) => r.name);
 */
export const complianceInterviewRules: readonly RuleDefinition[] = Object.freeze([
  interviewChecklistRule, interviewIdentityRule, travelExpensesRule, inf3Rule, interviewBenefitScopeRule, interviewEventRule,
  appropriateAdultRule, ltamcThinkingTimeRule, capitalDisclosureRule, evidenceDeadlineRule, closureAfterSuspensionRule,
  employerContactPermissionRule, thirdPartyRequestRule, trustFundRule, employmentSupportRule, mf47CopyRule,
  mf47CheckRule, smallOverpaymentRule, repaymentAgreementRule, newOrSubstantialRule,
  miResolutionRule, interviewSummaryRule, postInterviewRouteRule, decisionFollowUpRule, failureToAttendRule,
  employerEnquiryRule, suspensionActionRule, suspensionEntryRule, suspensionFollowUpRule,
]);
