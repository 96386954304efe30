import { z } from 'zod';
import type { Citation } from '../../core/citation.js';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, nonNegativePenceSchema } from '../../core/schemas.js';
import { addWeeks, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

/** Input of {@link computeRecordableOverpayment}. */
export const recordableOverpaymentInputSchema = z.object({
  /** The overpayment CRT calculated, in pence (before any civil penalty). */
  overpaymentPence: nonNegativePenceSchema,
  /** The official-error part caused by Benefit Centre delay after the LSCO submitted the case. */
  officialErrorFromBenefitCentreDelayPence: nonNegativePenceSchema.default(0),
  /** That part was calculated within one total official-error overpayment that also includes an element the LSCO found. */
  combinedWithLscoOfficialErrorElement: z.boolean().default(false),
  /** A civil penalty calculated on the case, and whether it was added into `overpaymentPence`. */
  civilPenaltyPence: nonNegativePenceSchema.default(0),
  civilPenaltyIncluded: z.boolean().default(false),
});
export type RecordableOverpaymentInput = z.input<typeof recordableOverpaymentInputSchema>;

const R_BC_DELAY = reason('LSC-08-032', 'An official-error overpayment from Benefit Centre delay after the LSCO submitted the case cannot be claimed or recorded on FRAIMS (the BC takes the REF2 action).', [lsc('LSC-08-032')]);
const R_COMBINED = reason('LSC-08-033', 'The BC-delay official error is part of a total official-error overpayment that includes an element the LSCO found: the whole amount is recorded.', [lsc('LSC-08-033')]);
const R_PENALTY = reason('LSC-08-034', 'A civil penalty is not recorded as part of the overpayment.', [lsc('LSC-08-034')]);
const R_RECORD = reason('LSC-08-031', "Record CRT's overpayment details on the FRAIMS case, whatever the amount.", [lsc('LSC-08-031'), lsc('LSC-11-026')]);

/**
 * The overpayment amount the LSCO records on FRAIMS, in pence (ch.08 paras 31–34): CRT's figure,
 * less any official-error part caused by Benefit Centre delay after submission (unless it is part
 * of a combined official-error total that includes the LSCO's own finding), and never a civil penalty.
 *
 * @example
 * computeRecordableOverpayment({ overpaymentPence: 60000, officialErrorFromBenefitCentreDelayPence: 10000 }).value; // 50000
 */
export function computeRecordableOverpayment(input: RecordableOverpaymentInput, options?: RuleOptions): Decision<number> {
  const reasons: Reason[] = [R_RECORD];
  let amount = input.overpaymentPence;
  if (input.civilPenaltyIncluded && (input.civilPenaltyPence ?? 0) > 0) {
    amount -= Math.min(amount, input.civilPenaltyPence ?? 0);
    reasons.push(R_PENALTY);
  } else if ((input.civilPenaltyPence ?? 0) > 0) reasons.push(R_PENALTY);
  const bc = input.officialErrorFromBenefitCentreDelayPence ?? 0;
  if (bc > 0) {
    if (input.combinedWithLscoOfficialErrorElement) reasons.push(R_COMBINED);
    else { amount -= Math.min(amount, bc); reasons.push(R_BC_DELAY); }
  }
  return decide(amount, reasons, policyOf(options).id);
}

/** Who does what with an overpayment (ch.08 paras 14–16, 29–31, 35): one entry per id. */
export interface OverpaymentResponsibility {
  readonly id: string;
  readonly step: string;
  readonly by: string;
  readonly appliesTo: 'all' | 'PDCS-benefit' | 'Training for Work Allowance';
  readonly cites: readonly Citation[];
}
const resp = (id: string, step: string, by: string, appliesTo: OverpaymentResponsibility['appliesTo'] = 'all'): OverpaymentResponsibility =>
  Object.freeze({ id, step, by, appliesTo, cites: Object.freeze([lsc(id)]) });

/**
 * The overpayment and benefit-decision routing table (ch.08 paras 14–16, 29–31, 35).
 *
 * @example
 * OVERPAYMENT_RESPONSIBILITIES.find((r) => r.id === 'LSC-08-029')?.by; // 'CRT'
 */
export const OVERPAYMENT_RESPONSIBILITIES: readonly OverpaymentResponsibility[] = Object.freeze([
  resp('LSC-08-015', 'Notify the outcome of the case (benefit decision); alternatively the LSAO checks the benefit system, records that the response was received and updates the Benefit Decision', 'DM or LSAO'),
  resp('LSC-08-029', 'Calculate the overpayment, re-assess the award, categorise the error and decide recoverability; send the information to Debt Management Services', 'CRT'),
  resp('LSC-08-030', 'Decide whether any small overpayment is recovered (LSC applies no small-overpayment threshold)', 'CRT'),
  resp('LSC-08-031', "Record CRT's overpayment details on the FRAIMS case", 'LSCO'),
  resp('LSC-08-035', 'Record the overpayment manually on FRAIMS from the details returned (normally in Legacy Notes, IS 510)', 'Compliance Officer', 'PDCS-benefit'),
  resp('LSC-08-014', 'Follow the Allowance Payments Guide for the overpayment', 'LSCO', 'Training for Work Allowance'),
]);

const STEP_REASONS: ReadonlyMap<OverpaymentResponsibility, Reason> = new Map(OVERPAYMENT_RESPONSIBILITIES.map((s) => [s, reason(s.id, `${s.by}: ${s.step}.`, s.cites)]));

/** Input of {@link overpaymentRecordingSteps}. */
export const overpaymentStepsInputSchema = z.object({
  /** The benefit is administered by the Pensions, Disability and Carers Service. */
  pdcsBenefit: z.boolean().default(false),
  trainingForWorkAllowance: z.boolean().default(false),
});
export type OverpaymentStepsInput = z.input<typeof overpaymentStepsInputSchema>;

/**
 * The steps and who takes them when an overpayment arises on a case (ch.08 paras 14–16, 29–31, 35).
 *
 * @example
 * overpaymentRecordingSteps({ pdcsBenefit: true }).value.map((s) => s.id); // ['LSC-08-015', 'LSC-08-029', 'LSC-08-030', 'LSC-08-031', 'LSC-08-035']
 */
export function overpaymentRecordingSteps(input: OverpaymentStepsInput, options?: RuleOptions): Decision<readonly OverpaymentResponsibility[]> {
  const steps = OVERPAYMENT_RESPONSIBILITIES.filter((s) => s.appliesTo === 'all' || (s.appliesTo === 'PDCS-benefit' && input.pdcsBenefit) || (s.appliesTo === 'Training for Work Allowance' && input.trainingForWorkAllowance));
  return decide(steps, steps.map((s) => STEP_REASONS.get(s)!), policyOf(options).id);
}

/** Input of {@link decidePensionCreditEscalation}. */
export const pensionCreditEscalationInputSchema = z.object({
  /** The day the case was referred for a Pension Credit decision. */
  referredOn: isoDateSchema,
  decisionReached: z.boolean(),
  /** The information appears in 'Notes'. */
  informationInNotes: z.boolean().default(true),
  asOf: isoDateSchema,
});
export type PensionCreditEscalationInput = z.input<typeof pensionCreditEscalationInputSchema>;
const R_PC_DUE = reason('LSC-08-036', 'No Pension Credit decision within ten weeks of referral: escalate the case by email.', [lsc('LSC-08-036')]);
const R_PC_NOTES = reason('LSC-08-036', "The information does not appear in 'Notes': escalate the case by email.", [lsc('LSC-08-036')]);
const R_PC_OK = reason('LSC-08-036', 'No escalation yet: a decision within ten weeks of referral is awaited, or has been reached.', [lsc('LSC-08-036')]);

/**
 * Must a Pension Credit case be escalated? When no decision is reached within ten weeks of
 * referral (day 70 is still within), and/or the information does not appear in 'Notes' (ch.08 para 36).
 *
 * @example
 * decidePensionCreditEscalation({ referredOn: '2015-01-05', decisionReached: false, asOf: '2015-03-17' }).value.escalate; // true
 */
export function decidePensionCreditEscalation(input: PensionCreditEscalationInput, options?: RuleOptions): Decision<{ readonly escalate: boolean; readonly decisionDueBy: IsoDate }> {
  const policy = policyOf(options);
  const due = addWeeks(input.referredOn as IsoDate, policy.complianceOutcomes.pensionCreditDecisionWeeks.value);
  const reasons: Reason[] = [];
  if (!input.decisionReached && input.asOf > due) reasons.push(R_PC_DUE);
  if (input.informationInNotes === false) reasons.push(R_PC_NOTES);
  return decide({ escalate: reasons.length > 0, decisionDueBy: due }, reasons.length > 0 ? reasons : [R_PC_OK], policy.id);
}

export const recordableOverpaymentRule = defineRule({
  name: 'computeRecordableOverpayment', domain: 'compliance', title: 'Overpayment amount to record (official error, civil penalties)',
  ids: ['LSC-08-031', 'LSC-08-032', 'LSC-08-033', 'LSC-08-034'], citations: [lsc('LSC-08-032')], input: recordableOverpaymentInputSchema, evaluate: computeRecordableOverpayment,
});
export const overpaymentStepsRule = defineRule({
  name: 'overpaymentRecordingSteps', domain: 'compliance', title: 'Overpayment and benefit-decision routing',
  ids: ['LSC-08-014', 'LSC-08-015', 'LSC-08-029', 'LSC-08-030', 'LSC-08-031', 'LSC-08-035'], citations: [lsc('LSC-08-029')], input: overpaymentStepsInputSchema, evaluate: overpaymentRecordingSteps,
});
export const pensionCreditEscalationRule = defineRule({
  name: 'decidePensionCreditEscalation', domain: 'compliance', title: 'Pension Credit decision escalation (ten weeks)',
  ids: ['LSC-08-036'], citations: [lsc('LSC-08-036')], input: pensionCreditEscalationInputSchema, evaluate: decidePensionCreditEscalation,
});
