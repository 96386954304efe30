import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { minutesOfTimestamp, timestampOfMinutes } from './local-timestamp.js';
import { ukWallClockMinuteOfUtc, utcMinuteOfUkWallClock } from './uk-clock.js';
import { complaintStageSchema, localTimestampSchema } from './vocabulary.js';

/** Input of {@link decideComplaintFirstContactCall}. Timestamps are UK local wall-clock `YYYY-MM-DDTHH:MM`. */
export const complaintFirstContactCallInputSchema = z.object({
  stage: complaintStageSchema,
  /** When the complaint reached the complaint team. */
  receivedAt: localTimestampSchema,
  /** When the initial contact call was made, if it has been. */
  calledAt: localTimestampSchema.optional(),
});
export type ComplaintFirstContactCallInput = z.input<typeof complaintFirstContactCallInputSchema>;

/** What the initial contact call is for and when it is due. */
export interface ComplaintFirstContactCall {
  /**
   * The latest time of the call at the CRT, on the UK wall clock: 48 elapsed hours after
   * `receivedAt` (so 47 or 49 wall-clock hours over a change of the clocks); `null` at the CCRT (no
   * time limit stated).
   */
  readonly dueBy: string | null;
  /** Whether `calledAt` met the target; `null` when there is no target or no call yet. */
  readonly onTime: boolean | null;
  /** What the call must identify. */
  readonly purposes: readonly string[];
}

const C01A = crm('CRM-01a');
const C05A = crm('CRM-05a');
const CRT_PURPOSES = Object.freeze(['the issues the customer wishes to have addressed', 'the resolution they are seeking']);
const CCRT_PURPOSES = Object.freeze(['the issues the customer remains dissatisfied with', 'the resolution they are seeking']);
const R_CRT_DUE: Reason = reason('CRM-01a', 'CRT: the initial contact call should be made within 48 hours of receipt; it identifies the issues and the resolution sought.', [C01A]);
const R_CRT_LATE: Reason = reason('CRM-01a', 'CRT: the initial contact call was made more than 48 hours after receipt.', [C01A]);
const R_CCRT: Reason = reason('CRM-05a', 'CCRT: the initial contact call identifies the issues the customer remains dissatisfied with and the resolution sought; no time limit is stated.', [C05A]);

/**
 * When is the initial contact call due, and was it on time? CRT: within 48 elapsed clock hours of
 * receipt (CRM-01a; 48:00 exactly is on time), counted across a change of the clocks (timestamps
 * are UK wall-clock times, GMT or BST). CCRT: the call's purpose only, no time limit (CRM-05a).
 *
 * @example
 * decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-05-02T10:00' }).value.dueBy; // '2025-05-04T10:00'
 * decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-03-29T10:00' }).value.dueBy; // '2025-03-31T11:00' (clocks went forward)
 */
export function decideComplaintFirstContactCall(input: ComplaintFirstContactCallInput, options?: RuleOptions): Decision<ComplaintFirstContactCall> {
  const policy = policyOf(options);
  if (input.stage === 'CCRT') return decide({ dueBy: null, onTime: null, purposes: CCRT_PURPOSES }, [R_CCRT], policy.id);
  const due = utcMinuteOfUkWallClock(minutesOfTimestamp(input.receivedAt)) + policy.complaints.firstContactCallHours.value * 60;
  const dueBy = timestampOfMinutes(ukWallClockMinuteOfUtc(due));
  if (input.calledAt === undefined) return decide({ dueBy, onTime: null, purposes: CRT_PURPOSES }, [R_CRT_DUE], policy.id);
  const onTime = utcMinuteOfUkWallClock(minutesOfTimestamp(input.calledAt)) <= due;
  return decide({ dueBy, onTime, purposes: CRT_PURPOSES }, onTime ? [R_CRT_DUE] : [R_CRT_DUE, R_CRT_LATE], policy.id);
}

export const complaintFirstContactCallRule = defineRule({
  name: 'decideComplaintFirstContactCall', domain: 'complaints', title: 'Complaint initial contact call (48 hours at the CRT)',
  ids: ['CRM-01a', 'CRM-05a'], citations: [C01A, C05A], input: complaintFirstContactCallInputSchema, evaluate: decideComplaintFirstContactCall,
});
