import { z } from 'zod';
import { addWorkingDays, type IsoDate } from '../calendar/index.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import type { PolicyEdition } from '../core/policy/edition.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintStageSchema, type ComplaintStage } from './vocabulary.js';

/** Input of {@link complaintResponseTarget}. */
export const complaintResponseTargetInputSchema = z.object({
  stage: complaintStageSchema,
  /** The date DWP received the complaint (at the CCRT: the escalated complaint). */
  receivedByDwp: isoDateSchema,
  /** A POS case (20 working days at the CCRT; the CRT text gives no POS period). */
  posCase: z.boolean().optional(),
  /** The date the response was sent, if it has been. */
  respondedOn: isoDateSchema.optional(),
  /** A complaint about staff (only these may meet the target by a Resolution Plan). */
  staffComplaint: z.boolean().optional(),
  /** A Resolution Plan was agreed with the complainant by the target date. */
  resolutionPlanAgreed: z.boolean().optional(),
});
export type ComplaintResponseTargetInput = z.input<typeof complaintResponseTargetInputSchema>;

/** The aimed response deadline and whether it was met. */
export interface ComplaintResponseTarget {
  readonly targetDate: IsoDate;
  readonly workingDays: number;
  /** `null` while there is neither a response nor a Resolution Plan. */
  readonly met: boolean | null;
}

const R_TARGET = stageReasons('CRM-01b', 'CRM-05b', 'the aimed response deadline is 15 working days from the date DWP received the complaint.');
const R_POS: Reason = reason('CRM-05b', 'CCRT: for a POS case the aimed response deadline is 20 working days from the date DWP received the complaint.', [crm('CRM-05b')]);
const R_PLAN = stageReasons('CRM-02d', 'CRM-06d', 'a Resolution Plan agreed with the complainant of a staff complaint meets the response target.');
const R_LATE = stageReasons('CRM-01b', 'CRM-05b', 'the response was sent after the aimed deadline.');

function targetDays(stage: ComplaintStage, posCase: boolean | undefined, policy: PolicyEdition): number {
  return stage === 'CCRT' && posCase === true
    ? policy.complaints.posReviewResponseTargetWorkingDays.value
    : policy.complaints.responseTargetWorkingDays.value;
}

/**
 * The aimed response deadline of a complaint: 15 working days from the date DWP received it
 * (CRM-01b, CRM-05b), 20 for a POS case at the CCRT (CRM-05b); a response on the target date is on
 * time. A staff complaint with an agreed Resolution Plan meets the target (CRM-02d, CRM-06d).
 *
 * @example
 * complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-05-02' }).value.targetDate; // '2025-05-27'
 */
export function complaintResponseTarget(input: ComplaintResponseTargetInput, options?: RuleOptions): Decision<ComplaintResponseTarget> {
  const policy = policyOf(options);
  const workingDays = targetDays(input.stage, input.posCase, policy);
  const targetDate = addWorkingDays(input.receivedByDwp as IsoDate, workingDays, options?.calendar);
  const base = workingDays === policy.complaints.responseTargetWorkingDays.value ? R_TARGET[input.stage] : R_POS;
  if (input.staffComplaint === true && input.resolutionPlanAgreed === true) {
    return decide({ targetDate, workingDays, met: true }, [base, R_PLAN[input.stage]], policy.id);
  }
  if (input.respondedOn === undefined) return decide({ targetDate, workingDays, met: null }, [base], policy.id);
  const met = input.respondedOn <= targetDate;
  return decide({ targetDate, workingDays, met }, met ? [base] : [base, R_LATE[input.stage]], policy.id);
}

/** Input of {@link decideResolutionPlanNeeded}. */
export const resolutionPlanInputSchema = z.object({
  stage: complaintStageSchema,
  receivedByDwp: isoDateSchema,
  posCase: z.boolean().optional(),
  staffComplaint: z.boolean(),
  /** When the case manager expects the response to be ready. */
  expectedResponseOn: isoDateSchema,
});
export type ResolutionPlanInput = z.input<typeof resolutionPlanInputSchema>;

const R_PLAN_NEEDED = stageReasons('CRM-02d', 'CRM-06d', 'a staff complaint that will take longer than the response target needs a Resolution Plan agreed with the complainant.');
const R_PLAN_NOT_NEEDED = stageReasons('CRM-02d', 'CRM-06d', 'the response is expected by the target date: no Resolution Plan is needed.');
const R_PLAN_NOT_STAFF = stageReasons('CRM-02d', 'CRM-06d', 'the Resolution Plan is stated for complaints about staff only.');

/**
 * Should a Resolution Plan be agreed? Yes for a complaint about staff that will clearly take
 * longer than the applicable response target (CRM-02d, CRM-06d; POS at the CCRT: 20 working days).
 *
 * @example
 * decideResolutionPlanNeeded({ stage: 'CRT', receivedByDwp: '2025-05-02', staffComplaint: true, expectedResponseOn: '2025-05-28' }).value; // true
 */
export function decideResolutionPlanNeeded(input: ResolutionPlanInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (!input.staffComplaint) return decide(false, [R_PLAN_NOT_STAFF[input.stage]], policy.id);
  const target = addWorkingDays(input.receivedByDwp as IsoDate, targetDays(input.stage, input.posCase, policy), options?.calendar);
  const late = input.expectedResponseOn > target;
  return decide(late, [late ? R_PLAN_NEEDED[input.stage] : R_PLAN_NOT_NEEDED[input.stage]], policy.id);
}

export const complaintResponseTargetRule = defineRule({
  name: 'complaintResponseTarget', domain: 'complaints', title: 'Complaint aimed response deadline (15 / 20 working days)',
  ids: ['CRM-01b', 'CRM-05b', 'CRM-02d', 'CRM-06d'], citations: [crm('CRM-01b'), crm('CRM-05b'), crm('CRM-02d'), crm('CRM-06d')],
  input: complaintResponseTargetInputSchema, evaluate: complaintResponseTarget,
});

export const resolutionPlanRule = defineRule({
  name: 'decideResolutionPlanNeeded', domain: 'complaints', title: 'Staff complaint Resolution Plan',
  ids: ['CRM-02d', 'CRM-06d'], citations: [crm('CRM-02d'), crm('CRM-06d')], input: resolutionPlanInputSchema, evaluate: decideResolutionPlanNeeded,
});
