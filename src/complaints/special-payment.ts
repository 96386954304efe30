import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { nonNegativePenceSchema } from '../core/schemas.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintStageSchema } from './vocabulary.js';

/**
 * Where a proposed complaint Special Payment goes (CRM-02h, CRM-02i, CRM-06h, CRM-06i, CRM-06j).
 *
 * @example
 * SPECIAL_PAYMENT_ROUTES.includes('Special Payment Team'); // true
 */
export const SPECIAL_PAYMENT_ROUTES = Object.freeze([
  'invite further evidence',
  'no Special Payment',
  'case manager pays',
  'Special Payment Team',
] as const);
/** One of {@link SPECIAL_PAYMENT_ROUTES}. */
export type SpecialPaymentRoute = (typeof SPECIAL_PAYMENT_ROUTES)[number];

/** Input of {@link routeComplaintSpecialPayment}. Amounts in integer pence. */
export const complaintSpecialPaymentInputSchema = z.object({
  stage: complaintStageSchema,
  actualFinancialLossPence: nonNegativePenceSchema,
  consolatoryPence: nonNegativePenceSchema,
  /** There is enough evidence to determine the Special Payment. */
  evidenceSufficient: z.boolean(),
  /** The customer has already been given the chance to provide more supporting evidence. */
  furtherEvidenceInvited: z.boolean().optional(),
  /** CCRT: the payment requires a review. */
  requiresReview: z.boolean().optional(),
});
export type ComplaintSpecialPaymentInput = z.input<typeof complaintSpecialPaymentInputSchema>;

/** The route of a proposed Special Payment. */
export interface ComplaintSpecialPaymentDecision {
  readonly route: SpecialPaymentRoute;
  /** Each component is within the case manager's Delegated Financial Authority. */
  readonly withinDelegatedAuthority: boolean;
}

const R_INVITE = stageReasons('CRM-02i', 'CRM-06j', 'with insufficient evidence to determine a Special Payment, give the customer the opportunity to provide more supporting evidence before deciding.');
const R_NO_EVIDENCE = stageReasons('CRM-02i', 'CRM-06j', 'the customer was invited to provide more evidence and the evidence is still insufficient: no Special Payment.');
const R_NOTHING = stageReasons('CRM-02h', 'CRM-06h', 'no Special Payment is proposed.');
const R_WITHIN = stageReasons('CRM-02h', 'CRM-06h', 'the award is within the Delegated Financial Authority (£250 Actual Financial Loss, £100 Consolatory): the case manager makes it.', 'the award is within the Delegated Financial Authority (£250 Actual Financial Loss, £100 Consolatory).');
const R_ABOVE = stageReasons('CRM-02h', 'CRM-06h', 'a payment above the Delegated Financial Authority (£250 Actual Financial Loss, £100 Consolatory) is sent to the Special Payment Team.');
const R_REVIEW: Reason = reason('CRM-06h', 'CCRT: a payment requiring a review is sent to the Special Payment Team.', [crm('CRM-06h')]);
const R_PAY_CCRT: Reason = reason('CRM-06i', 'CCRT: an appropriate award within authority is paid by the case manager.', [crm('CRM-06i')]);

/**
 * Routes a proposed complaint Special Payment. Insufficient evidence → invite more before deciding
 * (CRM-02i, CRM-06j); each component within its Delegated Financial Authority (Actual Financial Loss
 * ≤ £250.00, Consolatory ≤ £100.00) → the case manager pays (CRM-02h, CRM-06i); a component above
 * its limit, or at the CCRT a payment requiring review → the whole award to the Special Payment Team
 * (CRM-02h, CRM-06h).
 *
 * @example
 * routeComplaintSpecialPayment({ stage: 'CRT', actualFinancialLossPence: 25001, consolatoryPence: 0, evidenceSufficient: true }).value.route; // 'Special Payment Team'
 */
export function routeComplaintSpecialPayment(input: ComplaintSpecialPaymentInput, options?: RuleOptions): Decision<ComplaintSpecialPaymentDecision> {
  const policy = policyOf(options);
  const s = input.stage;
  const within =
    input.actualFinancialLossPence <= policy.complaints.specialPaymentActualFinancialLossLimitPence.value &&
    input.consolatoryPence <= policy.complaints.specialPaymentConsolatoryLimitPence.value;
  if (!input.evidenceSufficient) {
    const route = input.furtherEvidenceInvited === true ? 'no Special Payment' : 'invite further evidence';
    return decide({ route, withinDelegatedAuthority: within }, [route === 'no Special Payment' ? R_NO_EVIDENCE[s] : R_INVITE[s]], policy.id);
  }
  if (input.actualFinancialLossPence === 0 && input.consolatoryPence === 0) {
    return decide({ route: 'no Special Payment', withinDelegatedAuthority: true }, [R_NOTHING[s]], policy.id);
  }
  if (!within) return decide({ route: 'Special Payment Team', withinDelegatedAuthority: false }, [R_ABOVE[s]], policy.id);
  if (s === 'CCRT' && input.requiresReview === true) {
    return decide({ route: 'Special Payment Team', withinDelegatedAuthority: true }, [R_WITHIN.CCRT, R_REVIEW], policy.id);
  }
  return decide({ route: 'case manager pays', withinDelegatedAuthority: true }, s === 'CCRT' ? [R_WITHIN.CCRT, R_PAY_CCRT] : [R_WITHIN.CRT], policy.id);
}

export const complaintSpecialPaymentRule = defineRule({
  name: 'routeComplaintSpecialPayment', domain: 'complaints', title: 'Complaint Special Payment: delegated authority £250 / £100',
  ids: ['CRM-02h', 'CRM-02i', 'CRM-06h', 'CRM-06i', 'CRM-06j'],
  citations: [crm('CRM-02h'), crm('CRM-02i'), crm('CRM-06h'), crm('CRM-06i'), crm('CRM-06j')],
  input: complaintSpecialPaymentInputSchema, evaluate: routeComplaintSpecialPayment,
});
