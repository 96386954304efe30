import type { RuleDefinition } from '../core/registry.js';
import { callRecordingNoticeRule, clientRecordingRule, recordingConcernRule } from './call-recording.js';
import { bogusCallerRule, sensitiveCaseRule, unacceptableBehaviourRule } from './classifications.js';
import {
  childMaintenanceSpecialPaymentRule, communicationNeedsRule, faceToFaceVisitRule, representativeDisclosureRule, suicideThreatRule,
} from './client-routing.js';
import { clientDataAccessRule } from './data-access.js';
import { firstContactStatementsRule } from './first-contact.js';
import { childMaintenanceFoiRule } from './foi-deadline.js';
import { parentalContactRule } from './parental-contact.js';

/**
 * The registry entries of the Child Maintenance client contact guidance: one per exported rule function.
 *
 * @example
 * childMaintenanceRules.map((r) => r.name);
 */
export const childMaintenanceRules: readonly RuleDefinition[] = Object.freeze([
  bogusCallerRule,
  callRecordingNoticeRule,
  recordingConcernRule,
  clientDataAccessRule,
  clientRecordingRule,
  firstContactStatementsRule,
  faceToFaceVisitRule,
  parentalContactRule,
  childMaintenanceFoiRule,
  communicationNeedsRule,
  sensitiveCaseRule,
  representativeDisclosureRule,
  childMaintenanceSpecialPaymentRule,
  suicideThreatRule,
  unacceptableBehaviourRule,
]);
