import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addMonths, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';
import { outcomeCaseRecordSchema, type OutcomeCaseRecord } from './case-record.js';
import { validateCaseOutcome } from './outcome-validity.js';

/** The verdict of {@link checkCaseClosure}. */
export interface ClosureCheck {
  readonly mayClose: boolean;
  /** Every unmet precondition, each citing its step. */
  readonly unmet: readonly Reason[];
  /** Points to look at that do not block closure. */
  readonly warnings: readonly Reason[];
}

const C = lsc;
const r = (id: string, says: string, ...more: string[]) => reason(id, says, [C(id), ...more.map((m) => C(m))]);
/** The closure preconditions as frozen reasons (ch.09 paras 1–2, ch.07 para 8, ch.08 paras 23, 28). */
export const CLOSURE_REQUIREMENTS = Object.freeze({
  decisions: r('LSC-09-001', 'The case must not be closed until a decision on all benefits has been returned.', 'LSC-07-002'),
  payments: r('LSC-08-028', 'The case must not be closed until the over and/or underpayment amount has been received and recorded.', 'LSC-07-008'),
  activities: r('LSC-09-002a', "Step 1: every FRAIMS activity must be 'Done', and a note made that the case, paperwork and files have been returned.", 'LSC-09-002'),
  offence: r('LSC-09-002b', "Step 2: an Offence Type of 'MIDAS Referral' must be changed to a Local Service Compliance offence type.", 'LSC-07-006'),
  offenceWarning: r('LSC-09-002b', "The primary Offence Type is still 'MIDAS Referral', which the GMS table gives for 'All other rules': check whether an LSC offence type fits (quality issue 9).", 'LSC-11-029i'),
  primaryBenefit: r('LSC-09-002c', "Step 3: the benefit the case is reported against for MI must be recorded as 'Primary'."),
  outcome: r('LSC-09-002d', 'Step 4: Outcome, Outcome Result and Date of Outcome must all be recorded, valid and consistent (recorded once the MVA and over/underpayment details are in).', 'LSC-08-023', 'LSC-07-009'),
  figures: r('LSC-09-002e', 'Step 5: check that the MVA and/or over/underpayment figures are correctly recorded; amend them if not.'),
  documents: r('LSC-09-002f', 'Step 6: retain the documents under local filing arrangements, or send them as Non Associated Post to the benefit parent file at Heywood DMC.'),
});
const R_OK = r('LSC-09-002', 'Every closure step is complete: the LSAO may close the case.', 'LSC-09-001');
const OUTCOME_IDS: ReadonlySet<string> = new Set(['LSC-07-009', 'LSC-07-009a', 'LSC-07-010', 'LSC-07-014', 'LSC-07-015', 'LSC-07-016', 'FOI-17', 'LSC-07-020', 'LSC-07-021', 'LSC-07-025']);

/**
 * The closure checklist over a case record: every unmet precondition, each with its citation
 * (ch.09 paras 1–2 steps 1–6; ch.07 para 8; ch.08 paras 23, 28). 'MIDAS Referral' left on a GMS
 * case whose rule maps to no other type is a warning, not a blocker.
 *
 * @example
 * checkCaseClosure({ benefitsConcerned: ['Income Support'] }).value.unmet.map((u) => u.rule);
 * // ['LSC-09-001', 'LSC-09-002a', 'LSC-09-002c', 'LSC-09-002d', 'LSC-09-002e', 'LSC-09-002f']
 */
export function checkCaseClosure(record: OutcomeCaseRecord, options?: RuleOptions): Decision<ClosureCheck> {
  const edition = policyOf(options).id;
  const R = CLOSURE_REQUIREMENTS;
  const unmet: Reason[] = [];
  const warnings: Reason[] = [];
  const returned = new Set(record.benefitDecisionsReturned ?? []);
  if ((record.benefitsConcerned ?? []).some((b) => !returned.has(b))) unmet.push(R.decisions);
  if (((record.overpaymentExpected ?? false) && (record.overpaymentRecordedPence ?? null) === null) ||
      ((record.underpaymentExpected ?? false) && (record.underpaymentRecordedPence ?? null) === null)) unmet.push(R.payments);
  if ((record.activityStatuses ?? []).some((s) => s !== 'Done') || !(record.caseReturnNoted ?? false)) unmet.push(R.activities);
  const primary = (record.offences ?? []).find((o) => o.primary);
  if (primary?.type === 'MIDAS Referral') {
    if (record.gmsRuleNature === 'other') warnings.push(R.offenceWarning);
    else unmet.push(R.offence);
  }
  if ((record.primaryBenefit ?? null) === null) unmet.push(R.primaryBenefit);
  const outcomeMissing = (record.outcome ?? null) === null || (record.outcomeResult ?? null) === null || (record.dateOfOutcome ?? null) === null;
  const outcomeInvalid = !outcomeMissing && validateCaseOutcome(record, options).value.violations.some((v) => OUTCOME_IDS.has(v.rule));
  if (outcomeMissing || outcomeInvalid) unmet.push(R.outcome);
  if (!(record.figuresChecked ?? false)) unmet.push(R.figures);
  if ((record.documents ?? null) === null) unmet.push(R.documents);
  return decide({ mayClose: unmet.length === 0, unmet, warnings }, unmet.length === 0 ? [R_OK, ...warnings] : [...unmet, ...warnings], edition);
}

/** Input of {@link closureNotepadWording}. */
export const closureNotepadInputSchema = z.object({
  /** The interview date inserted in the text. */
  interviewOn: isoDateSchema,
  /** A benefit decrease and/or increase and/or overpayment occurred (Positive Compliance). */
  benefitChangeOrOverpayment: z.boolean(),
});
export type ClosureNotepadInput = z.input<typeof closureNotepadInputSchema>;

/** The Notepad entries to make at closure. */
export interface ClosureNotepadWording {
  /** Step 1: the text 'case selected' is replaced by this. */
  readonly replaces: 'case selected';
  readonly step1: string;
  /** Step 2 (benefit decrease and/or increase and overpayment cases only). */
  readonly step2: string | null;
}

const R_NOTE1 = r('LSC-09-003', "Update Notepad on the benefit system: replace 'case selected' with 'FES Local Service Compliance interview completed on (date)'.");
const R_NOTE2 = r('LSC-09-003', "A benefit decrease and/or increase and overpayment occurred: record '…, benefit decrease and/or overpayment occurred' (the guidance gives no other wording for increases).");

/** dd/mm/yy, the date style of the guidance's examples (07/12/09). */
function ddmmyy(d: string): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(2, 4)}`;
}

/**
 * The verbatim Notepad wording to record at closure (ch.09 para 3, LSC-09-003), with the interview
 * date inserted as dd/mm/yy.
 *
 * @example
 * closureNotepadWording({ interviewOn: '2015-07-02', benefitChangeOrOverpayment: true }).value.step2;
 * // 'FES Local Service Compliance interview completed on 02/07/15, benefit decrease and/or overpayment occurred'
 */
export function closureNotepadWording(input: ClosureNotepadInput, options?: RuleOptions): Decision<ClosureNotepadWording> {
  const step1 = `FES Local Service Compliance interview completed on ${ddmmyy(input.interviewOn)}`;
  const step2 = input.benefitChangeOrOverpayment ? `${step1}, benefit decrease and/or overpayment occurred` : null;
  return decide({ replaces: 'case selected', step1, step2 }, step2 === null ? [R_NOTE1] : [R_NOTE1, R_NOTE2], policyOf(options).id);
}

/** Input of {@link documentRetentionDate}. */
export const documentRetentionInputSchema = z.object({
  /** The day benefit entitlement ended. */
  entitlementEndedOn: isoDateSchema,
  /** An exception case under the Records Management Policy. */
  exceptionCase: z.boolean().default(false),
});
export type DocumentRetentionInput = z.input<typeof documentRetentionInputSchema>;
const R_RETAIN = r('LSC-09-004', 'LSC documents are kept as benefit documentation and destroyed 14 months after benefit entitlement ends.');
const R_EXCEPTION = r('LSC-09-004', 'An exception case: the Records Management Policy decides the retention (not in this guidance).');

/**
 * The day LSC documents are to be destroyed: 14 calendar months after benefit entitlement ends
 * (month end clamped), unless the claim is an exception case, which the Records Management Policy
 * governs (`null`) (ch.09 para 4, LSC-09-004).
 *
 * @example
 * documentRetentionDate({ entitlementEndedOn: '2015-12-31' }).value; // '2017-02-28'
 */
export function documentRetentionDate(input: DocumentRetentionInput, options?: RuleOptions): Decision<IsoDate | null> {
  const policy = policyOf(options);
  if (input.exceptionCase) return decide(null, [R_EXCEPTION], policy.id);
  return decide(addMonths(input.entitlementEndedOn as IsoDate, policy.complianceOutcomes.documentRetentionMonths.value), [R_RETAIN], policy.id);
}

export const caseClosureRule = defineRule({
  name: 'checkCaseClosure', domain: 'compliance', title: 'Closure checklist (every unmet precondition)',
  ids: ['LSC-09-001', 'LSC-09-002', 'LSC-09-002a', 'LSC-09-002b', 'LSC-09-002c', 'LSC-09-002d', 'LSC-09-002e', 'LSC-09-002f', 'LSC-08-023', 'LSC-08-028'],
  citations: [C('LSC-09-002')], input: outcomeCaseRecordSchema, evaluate: checkCaseClosure,
});
export const closureNotepadRule = defineRule({
  name: 'closureNotepadWording', domain: 'compliance', title: 'Notepad closure wording', ids: ['LSC-09-003'], citations: [C('LSC-09-003')], input: closureNotepadInputSchema, evaluate: closureNotepadWording,
});
export const documentRetentionRule = defineRule({
  name: 'documentRetentionDate', domain: 'compliance', title: 'LSC document retention', ids: ['LSC-09-004'], citations: [C('LSC-09-004')], input: documentRetentionInputSchema, evaluate: documentRetentionDate,
});
