import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';
import { R_ABANDON_NOT_AGREED, R_ABANDON_NOT_RECORDED, R_ABANDON_REASON_NOT_PERMITTED, decideAbandonment } from './abandonment.js';
import { outcomeCaseRecordSchema, type OutcomeCaseRecord } from './case-record.js';
import { GMS_OFFENCE_TYPE_TABLE } from './offence-types.js';
import { LSC_OUTCOMES, canonicalOutcomeResult, outcomeForResult } from './outcome-values.js';

/** The verdict of {@link validateCaseOutcome}. */
export interface OutcomeValidity {
  /** No violation was found. */
  readonly valid: boolean;
  /** Every violation, each citing its paragraph, in the order of the guidance. */
  readonly violations: readonly Reason[];
}

const C = (id: string) => lsc(id);
/** Frozen violation reasons, one per rule (exported for tests and tools that list them). */
export const OUTCOME_VIOLATIONS = Object.freeze({
  benefitDecisionMissing: reason('LSC-07-002', 'Where more than one benefit is concerned, every benefit decision must be recorded once the case is returned.', [C('LSC-07-002')]),
  primaryOffence: reason('LSC-07-003', "Exactly one Offence on the case must be marked 'Primary'.", [C('LSC-07-003')]),
  gmsOffenceNotUpdated: reason('LSC-07-005', "A GMS case's 'MIDAS Referral' Offence Type must be updated for its GMS rule before the Case Outcome is recorded.", [C('LSC-07-005'), C('LSC-07-006')]),
  outcomeFieldsIncomplete: reason('LSC-07-007', 'Once the DM response has been received, Outcome, Outcome Result and Date of Outcome must all be recorded.', [C('LSC-07-007'), C('LSC-07-008')]),
  closedWithPaymentOutstanding: reason('LSC-07-008', 'The case must not be closed until the over/underpayment details are received and recorded.', [C('LSC-07-008'), C('LSC-08-028')]),
  outcomeNotOnList: reason('LSC-07-009', "The Outcome must be 'Positive Compliance' or 'No Result'.", [C('LSC-07-009')]),
  resultNotOnList: reason('LSC-07-009', 'The Outcome Result must be one of the 13 values of ch.07 para 9.', [C('LSC-07-009')]),
  resultOutcomeMismatch: reason('LSC-07-009a', "'Positive Compliance' goes only with a change result (decrease, increase, over- or underpayment); every other result goes with 'No Result'.", [C('LSC-07-009a'), C('LSC-07-024')]),
  bothPaymentsNotOpBased: reason('LSC-07-010', "Where there is both an overpayment and an underpayment only one Outcome Result is selected: 'Decrease & Overpayment' or 'Overpayment Only'.", [C('LSC-07-010')]),
  dateOfOutcomeNotToday: reason('LSC-07-011', 'The Date of Outcome must be the day the outcome is recorded; a past date, or the closure date, means the outcome is not counted.', [C('LSC-07-011')]),
  dateOfOutcomeChanged: reason('LSC-07-012', 'A Date of Outcome already entered must not be changed (e.g. when CRT overpayment details arrive).', [C('LSC-07-012')]),
  abandonReason: R_ABANDON_REASON_NOT_PERMITTED,
  abandonAgreed: R_ABANDON_NOT_AGREED,
  abandonRecorded: R_ABANDON_NOT_RECORDED,
  midasDataErrorUnconfirmed: reason('LSC-07-020', "'MIDAS Data Error' is only used when an IFD data match went wrong and the COO Error Reduction Team identified the problem.", [C('LSC-07-020')]),
  creditsOnlyResult: reason('LSC-07-021', "A credits-only case is recorded as 'Positive Compliance' / 'Benefit decrease'.", [C('LSC-07-021')]),
  creditsOnlyAmounts: reason('LSC-07-021', 'No MVA or overpayment amount is recorded on a credits-only case.', [C('LSC-07-021')]),
  positiveWithoutChange: reason('LSC-07-025', "'Positive Compliance' is not selected where the claimant was interviewed but no change to benefit occurred.", [C('LSC-07-025')]),
});
/** An 'Abandoned' result with no abandonment details: every condition is unmet. */
const NO_ABANDONMENT_DETAILS = Object.freeze({ reason: '', agreedWithTeamLeader: false, recordedInDescription: false });
const R_VALID = reason('LSC-07-009', 'The Outcome and Outcome Result are valid and consistent with the case.', [C('LSC-07-009'), C('LSC-07-009a')]);
const OP_BASED: ReadonlySet<string> = new Set(['Decrease & Overpayment', 'Overpayment Only']);

/**
 * Validates the Outcome fields of a case record and returns **every** violation, each with its
 * citation (ch.07 paras 2–25): the para 9 value lists (aliases accepted), the Outcome / Outcome
 * Result pairing, one OP-based result when there is both an over- and an underpayment, the Date
 * of Outcome (the day it is recorded, never changed afterwards), abandonment, 'MIDAS Data Error',
 * credits-only cases, no 'Positive Compliance' without a change, completeness once the DM
 * response is in, and no closure while over/underpayment details are outstanding.
 *
 * @example
 * validateCaseOutcome({ outcome: 'Positive Compliance', outcomeResult: 'No Change' }).value.violations.map((v) => v.rule);
 * // ['LSC-07-009a']
 */
export function validateCaseOutcome(record: OutcomeCaseRecord, options?: RuleOptions): Decision<OutcomeValidity> {
  const edition = policyOf(options).id;
  const v: Reason[] = [];
  const V = OUTCOME_VIOLATIONS;
  const outcome = record.outcome ?? null;
  const rawResult = record.outcomeResult ?? null;
  const result = rawResult === null ? null : canonicalOutcomeResult(rawResult) ?? null;
  const outcomeRecorded = outcome !== null || rawResult !== null || (record.dateOfOutcome ?? null) !== null;
  const mvaLines = record.mvaLines ?? [];
  const opRecorded = record.overpaymentRecordedPence ?? null;
  const upRecorded = record.underpaymentRecordedPence ?? null;

  // ch.07 para 2: every benefit decision recorded once the case is back.
  if ((record.dmResponseReceivedOn ?? null) !== null || (record.closedOn ?? null) !== null) {
    const returned = new Set(record.benefitDecisionsReturned ?? []);
    if ((record.benefitsConcerned ?? []).some((b) => !returned.has(b))) v.push(V.benefitDecisionMissing);
  }
  // paras 3–4: exactly one Primary offence (when offences are given).
  const offences = record.offences ?? [];
  if (offences.length > 0 && offences.filter((o) => o.primary).length !== 1) v.push(V.primaryOffence);
  // paras 5–6: GMS case: MIDAS Referral replaced before the outcome is recorded.
  if (record.gmsRuleNature !== undefined && outcomeRecorded) {
    const wanted = GMS_OFFENCE_TYPE_TABLE.find((r) => r.nature === record.gmsRuleNature)!.offenceType;
    const primary = offences.find((o) => o.primary);
    if (wanted !== 'MIDAS Referral' && (primary === undefined || primary.type === 'MIDAS Referral')) v.push(V.gmsOffenceNotUpdated);
  }
  // paras 7–8: outcome fields complete once the DM response is in.
  if ((record.dmResponseReceivedOn ?? null) !== null && (outcome === null || rawResult === null || (record.dateOfOutcome ?? null) === null)) {
    v.push(V.outcomeFieldsIncomplete);
  }
  const opOutstanding = (record.overpaymentExpected ?? false) && opRecorded === null;
  const upOutstanding = (record.underpaymentExpected ?? false) && upRecorded === null;
  if ((record.closedOn ?? null) !== null && (opOutstanding || upOutstanding)) v.push(V.closedWithPaymentOutstanding);
  // para 9: the value lists.
  if (outcome !== null && !(LSC_OUTCOMES as readonly string[]).includes(outcome)) v.push(V.outcomeNotOnList);
  if (rawResult !== null && result === null) v.push(V.resultNotOnList);
  // para 9a (derived): pairing.
  if (result !== null && (outcome === 'Positive Compliance' || outcome === 'No Result') && outcomeForResult(result) !== outcome) v.push(V.resultOutcomeMismatch);
  // para 10: both OP and UP → one OP-based result.
  const hasOp = (opRecorded ?? 0) > 0 || (record.overpaymentExpected ?? false);
  const hasUp = (upRecorded ?? 0) > 0 || (record.underpaymentExpected ?? false);
  if (hasOp && hasUp && result !== null && !OP_BASED.has(result)) v.push(V.bothPaymentsNotOpBased);
  // paras 11–12: Date of Outcome.
  const dateOfOutcome = record.dateOfOutcome ?? null;
  if (dateOfOutcome !== null && (record.outcomeRecordedOn ?? null) !== null && dateOfOutcome !== record.outcomeRecordedOn) v.push(V.dateOfOutcomeNotToday);
  if ((record.originalDateOfOutcome ?? null) !== null && dateOfOutcome !== record.originalDateOfOutcome) v.push(V.dateOfOutcomeChanged);
  // paras 14–16: abandonment, as the edition rules it (decideAbandonment; FOI-17 under foi-era).
  if (result === 'Abandoned') {
    const abandon = decideAbandonment(record.abandonment ?? NO_ABANDONMENT_DETAILS, options);
    if (!abandon.value) v.push(...abandon.reasons);
  }
  // para 20.
  if (result === 'MIDAS Data Error' && !(record.midasDataError?.ifdDataMatchError && record.midasDataError.identifiedByCooErrorReductionTeam)) {
    v.push(V.midasDataErrorUnconfirmed);
  }
  // para 21: credits only.
  if (record.creditsOnly) {
    if ((outcome !== null || result !== null) && !(outcome === 'Positive Compliance' && result === 'Benefit decrease')) v.push(V.creditsOnlyResult);
    if (mvaLines.some((l) => l.amountPence > 0) || (opRecorded ?? 0) > 0) v.push(V.creditsOnlyAmounts);
  }
  // para 25: no Positive Compliance without a change.
  if (outcome === 'Positive Compliance' && !record.creditsOnly && record.changeOfCircumstances === false &&
      !mvaLines.some((l) => l.amountPence > 0) && (opRecorded ?? 0) === 0 && (upRecorded ?? 0) === 0 && !hasOp && !hasUp) {
    v.push(V.positiveWithoutChange);
  }
  return decide({ valid: v.length === 0, violations: v }, v.length === 0 ? [R_VALID] : v, edition);
}

export const caseOutcomeValidityRule = defineRule({
  name: 'validateCaseOutcome', domain: 'compliance', title: 'Outcome validity (every violation)',
  ids: ['LSC-07-002', 'LSC-07-003', 'LSC-07-005', 'LSC-07-007', 'LSC-07-008', 'LSC-07-009', 'LSC-07-009a', 'LSC-07-010', 'LSC-07-011', 'LSC-07-012', 'LSC-07-013', 'LSC-07-014', 'LSC-07-015', 'LSC-07-016', 'LSC-07-020', 'LSC-07-021', 'LSC-07-025'],
  citations: [lsc('LSC-07-009')], input: outcomeCaseRecordSchema, evaluate: validateCaseOutcome,
});
