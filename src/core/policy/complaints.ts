import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Complaint Resolution Manager guide.
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complaints.<name>.value`).

const CRM_01A = cite('CRM-01a', 'Complaint Resolution Manager guide §1 (CRT: Establish issues to be resolved)');
const CRM_01B = cite('CRM-01b', 'Complaint Resolution Manager guide §1 (CRT: Establish issues to be resolved)');
const CRM_01E = cite('CRM-01e', 'Complaint Resolution Manager guide §1 (CRT: Establish issues to be resolved)');
const CRM_02D = cite('CRM-02d', 'Complaint Resolution Manager guide §2 (CRT: Investigates Issues)');
const CRM_02H = cite('CRM-02h', 'Complaint Resolution Manager guide §2 (CRT: Investigates Issues)');
const CRM_04B = cite('CRM-04b', 'Complaint Resolution Manager guide §4 (CRT: Case Conference)');
const CRM_04C = cite('CRM-04c', 'Complaint Resolution Manager guide §4 (CRT: Case Conference)');
const CRM_05B = cite('CRM-05b', 'Complaint Resolution Manager guide §5 (CCRT: Establish issues to be resolved)');
const CRM_05E = cite('CRM-05e', 'Complaint Resolution Manager guide §5 (CCRT: Establish issues to be resolved)');
const CRM_06D = cite('CRM-06d', 'Complaint Resolution Manager guide §6 (CCRT: Investigates Issues)');
const CRM_06H = cite('CRM-06h', 'Complaint Resolution Manager guide §6 (CCRT: Investigates Issues)');
const CRM_09A = cite('CRM-09a', 'Complaint Resolution Manager guide §9 (CCRT: Feedback)');
const CRM_09B = cite('CRM-09b', 'Complaint Resolution Manager guide §9 (CCRT: Feedback)');

/**
 * The numbers stated in Complaint Resolution Manager guide, each with its citation.
 *
 * @example
 * CURRENT_POLICY.complaints.responseTargetWorkingDays.value; // 15
 */
export const COMPLAINTS_PARAMETERS = Object.freeze({
  /** CRT initial contact call: within 48 hours of receipt (CRM-01a). */
  firstContactCallHours: param(48, 'hours', [CRM_01A], 'Elapsed clock hours (weekends included) from receipt by the CRT.'),
  /** Aimed response deadline, both tiers: 15 working days from DWP receipt (CRM-01b, CRM-05b); also the Resolution Plan reference (CRM-02d, CRM-06d). */
  responseTargetWorkingDays: param(15, 'working-days', [CRM_01B, CRM_05B, CRM_02D, CRM_06D]),
  /** CCRT aimed response deadline for a POS case: 20 working days (CRM-05b). */
  posReviewResponseTargetWorkingDays: param(20, 'working-days', [CRM_05B], 'Stated for the CCRT only.'),
  /** Delegated Financial Authority, Actual Financial Loss: £250 (CRM-02h, CRM-06h). */
  specialPaymentActualFinancialLossLimitPence: param(25000, 'pence', [CRM_02H, CRM_06H], '£250.00 is within authority; £250.01 is above.'),
  /** Delegated Financial Authority, Consolatory: £100 (CRM-02h, CRM-06h). */
  specialPaymentConsolatoryLimitPence: param(10000, 'pence', [CRM_02H, CRM_06H], '£100.00 is within authority; £100.01 is above.'),
  /** Feedback deadline for a simple remedy: one week (CRM-04b, CRM-09a). */
  simpleRemedyFeedbackWeeks: param(1, 'weeks', [CRM_04B, CRM_09A], 'Calendar weeks; the agreed date overrides.'),
  /** Feedback deadline for a more complex issue: two weeks or more (CRM-04b, CRM-09a). */
  complexRemedyFeedbackWeeks: param(2, 'weeks', [CRM_04B, CRM_09A], 'A minimum: "two weeks or more".'),
  /** Trend indicator: the third complaint in a row (CRM-04c, CRM-09b). */
  trendRunLength: param(3, 'count', [CRM_04C, CRM_09B], 'An example in the text ("such as"), used as the default threshold.'),
  /** CCRT trend window: in the last month (CRM-09b). The CRT has no window (CRM-04c). */
  reviewTrendWindowMonths: param(1, 'months', [CRM_09B], 'Rolling: after asOf minus one month, up to asOf inclusive.'),
  /** UPCC / vexatious customers at the CRT: written messages only (CRM-01e). */
  restrictedContactChannelsCrt: param(Object.freeze(['written'] as const), 'text', [CRM_01E]),
  /** UPCC / vexatious customers at the CCRT: written or SMS text messages only (CRM-05e). */
  restrictedContactChannelsCcrt: param(Object.freeze(['written', 'SMS'] as const), 'text', [CRM_05E]),
}) satisfies ParameterGroup;

/** The shape of the Complaint Resolution Manager guide parameters. */
export type ComplaintsParameters = typeof COMPLAINTS_PARAMETERS;
