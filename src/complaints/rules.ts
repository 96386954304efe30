import type { RuleDefinition } from '../core/registry.js';
import { complaintClosureRule } from './closure.js';
import { complaintContactChannelsRule } from './contact-channels.js';
import { remedialFeedbackRule, reviewFeedbackRule } from './feedback.js';
import { complaintFirstContactCallRule } from './first-contact-call.js';
import { complaintInvestigationRule } from './investigation.js';
import { officialCorrespondenceRule } from './official-correspondence.js';
import { complaintCaseConferenceRule, complaintOutcomeCallRule } from './outcome-call.js';
import { complaintOutcomeRule } from './outcome.js';
import { complaintRedressRule } from './redress.js';
import { complaintResponseTargetRule, resolutionPlanRule } from './response-target.js';
import { complaintSignpostRule } from './signpost.js';
import { complaintSpecialPaymentRule } from './special-payment.js';
import { complaintTrendRule } from './trend.js';

/**
 * The registry entries of the Complaint Resolution Manager guide: one per exported rule function.
 *
 * @example
 * complaintRules.map((r) => r.name);
 */
export const complaintRules: readonly RuleDefinition[] = Object.freeze([
  complaintFirstContactCallRule,
  complaintResponseTargetRule,
  resolutionPlanRule,
  complaintContactChannelsRule,
  complaintInvestigationRule,
  complaintOutcomeRule,
  complaintRedressRule,
  complaintSpecialPaymentRule,
  complaintOutcomeCallRule,
  complaintSignpostRule,
  complaintCaseConferenceRule,
  remedialFeedbackRule,
  reviewFeedbackRule,
  complaintTrendRule,
  complaintClosureRule,
  officialCorrespondenceRule,
]);
