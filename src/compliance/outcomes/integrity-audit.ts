import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { addCalendarDays, workingDaysBetween, type IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';
import { outcomeCaseRecordSchema, type OutcomeCaseRecord } from './case-record.js';
import { INTEGRITY_ISSUE_CATEGORIES, QUALITY_ISSUE_CATEGORIES, type IssueCategory } from './integrity-categories.js';
import { canonicalOutcomeResult } from './outcome-values.js';

/** One issue found on a case. */
export interface IntegrityIssueFinding {
  readonly category: IssueCategory;
  /** Why it was raised (or the analyst's explanation for 'Other'). */
  readonly detail: string;
}

/** The verdict of {@link auditCaseIntegrity}. */
export interface CaseIntegrityAudit {
  readonly integrityIssues: readonly IntegrityIssueFinding[];
  readonly qualityIssues: readonly IntegrityIssueFinding[];
  /** FRAIMS performance adjustment: only when an integrity issue is found (ch.11 para 11). */
  readonly performanceAdjustment: boolean;
  /** The Case Integrity and Improvement Worksheet is completed only for a case with issues (para 16). */
  readonly worksheetRequired: boolean;
}

const I = (n: number) => INTEGRITY_ISSUE_CATEGORIES[n - 1]!;
const Q = (n: number) => QUALITY_ISSUE_CATEGORIES[n - 1]!;
const R_ADJUST = reason('LSC-11-011', 'An integrity issue was found: performance adjustments are made on FRAIMS.', [lsc('LSC-11-011'), lsc('LSC-11-016')]);
const R_QUALITY_ONLY = reason('LSC-11-011', 'Quality issues only: no FRAIMS adjustment; the worksheet is completed.', [lsc('LSC-11-011'), lsc('LSC-11-016')]);
const R_CLEAN = reason('LSC-11-016', 'No integrity or quality issue found: no worksheet is completed.', [lsc('LSC-11-016'), lsc('LSC-11-015')]);

const CATEGORY_REASONS: ReadonlyMap<IssueCategory, Reason> = new Map([...INTEGRITY_ISSUE_CATEGORIES, ...QUALITY_ISSUE_CATEGORIES].map((c) => [c, reason(c.id, `${c.type} issue ${c.number}: ${c.text}`, c.cites)]));

function mvaByBenefit(lines: readonly { benefit: string; amountPence: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l.benefit, (m.get(l.benefit) ?? 0) + l.amountPence);
  return m;
}

/**
 * The integrity analysis of a closed case (ch.11 paras 11, 15–16, 24–29): every integrity issue
 * (categories 1–15, by the case's Outcome) and quality issue (1–13) that the record and the
 * analyst's facts show, each with its category number and citation; whether a FRAIMS performance
 * adjustment follows (integrity issues only) and whether a worksheet is needed. Facts that are
 * not given raise nothing.
 *
 * @example
 * auditCaseIntegrity({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease', audit: { changeOccurredOn: '2015-07-19', changeReportedOn: '2015-07-15' } })
 *   .value.integrityIssues.map((i) => i.category.number); // [5]
 */
export function auditCaseIntegrity(record: OutcomeCaseRecord, options?: RuleOptions): Decision<CaseIntegrityAudit> {
  const policy = policyOf(options);
  const p = policy.complianceOutcomes;
  const a = record.audit ?? {};
  const positive = record.outcome === 'Positive Compliance';
  const noResult = record.outcome === 'No Result';
  const integrity: IntegrityIssueFinding[] = [];
  const quality: IntegrityIssueFinding[] = [];
  const add = (list: IntegrityIssueFinding[], category: IssueCategory, detail: string) => list.push({ category, detail });

  // Integrity 1 / 12: the referral did not meet the criteria for an intervention.
  if (a.referralMeetsInterventionCriteria === false) {
    if (positive) add(integrity, I(1), 'The referral did not meet the intervention criteria.');
    if (noResult) add(integrity, I(12), 'The referral did not meet the intervention criteria.');
  }
  if (positive) {
    if (a.lscoDirectlyResponsibleForChange === false) add(integrity, I(2), 'The LSCO was not directly responsible for the change claimed.');
    const pre = a.preExistingChange;
    if (pre !== undefined) {
      if (pre.reportedTo === 'LSCO' && (pre.fullReviewDone === false || pre.frfAllegationDiscussed === false || pre.mf47Completed === false)) {
        add(integrity, I(3), 'Pre-existing change reported to the LSCO without a full review, discussion of the FRF allegation and an MF47.');
      }
      if (pre.reportedTo === 'other' && pre.changeDate > pre.letterIssueDate) add(integrity, I(3), 'The change reported elsewhere occurred after the interview letter was issued.');
    }
    if (a.claimLive === true && a.robustInterviewConducted === false) add(integrity, I(4), 'Live case cleared as positive without a robust and challenging interview.');
    if (a.changeOccurredOn !== undefined && a.changeReportedOn !== undefined && a.changeOccurredOn > a.changeReportedOn) add(integrity, I(5), 'The change claimed occurs after it was reported (a future change).');
    const cl = a.causalLink;
    if (cl !== undefined) {
      const lastDay = cl.firstInterviewDate === undefined ? undefined : addCalendarDays(cl.firstInterviewDate as IsoDate, p.causalLinkWindowDays.value);
      const inWindow = lastDay !== undefined && cl.notificationReceivedOn !== undefined && cl.notificationReceivedOn <= lastDay;
      if (cl.applied) {
        if (lastDay !== undefined && cl.notificationReceivedOn !== undefined && !inWindow) add(integrity, I(6), 'The change occurred after the causal link period had expired.');
        if (cl.reasonLivingTogether === false) add(integrity, I(6), 'Claimed in the causal link period but the claimant signed off for a reason other than LTAMC.');
        if (!cl.eligibleCase && cl.anotherPersonDeclared !== true) add(integrity, I(6), 'Causal link applied to a case that was neither LTAMC nor Risk A–C.');
      } else if (cl.eligibleCase && inWindow && cl.reasonLivingTogether === true) add(integrity, I(6), 'The causal link conditions were met but it was not applied.');
    }
  }
  if (a.analysisInformation === 'missing') {
    if (positive) add(integrity, I(7), 'The information needed to analyse the case is not on FRAIMS, OPSTRAT notepad or LMS.');
    if (noResult) add(integrity, I(14), 'The information needed to analyse the case is not on FRAIMS, OPSTRAT notepad or LMS.');
  }
  if (positive && a.correctMvaLines !== undefined) {
    const recorded = mvaByBenefit(record.mvaLines ?? []);
    const correct = mvaByBenefit(a.correctMvaLines);
    const benefits = new Set([...recorded.keys(), ...correct.keys()]);
    let wrongAmount = false;
    let hbWrong = false;
    for (const b of benefits) {
      const rec = recorded.get(b);
      const cor = correct.get(b);
      if (b === 'Housing Benefit') { if ((rec === undefined) !== (cor === undefined)) hbWrong = true; else if (rec !== cor) wrongAmount = true; }
      else if ((rec ?? 0) !== (cor ?? 0)) wrongAmount = true;
    }
    if (wrongAmount) add(integrity, I(8), 'A recorded MVA amount differs from the correct MVA.');
    if (hbWrong) add(integrity, I(9), 'Housing Benefit MVA claimed when not appropriate, or not claimed when appropriate.');
  }
  if (positive) {
    const opRec = record.overpaymentRecordedPence ?? null;
    const upRec = record.underpaymentRecordedPence ?? null;
    if ((a.decidedOverpaymentPence !== undefined && a.decidedOverpaymentPence !== (opRec ?? 0)) ||
        (a.decidedUnderpaymentPence !== undefined && a.decidedUnderpaymentPence !== (upRec ?? 0))) {
      add(integrity, I(10), 'An overpayment/underpayment was not claimed, or the amount recorded differs from the decision (any amount counts).');
    }
  }
  if (a.otherIntegrityIssue !== undefined) {
    if (positive) add(integrity, I(11), a.otherIntegrityIssue);
    if (noResult) add(integrity, I(15), a.otherIntegrityIssue);
  }
  if (noResult && canonicalOutcomeResult(record.outcomeResult ?? '') === 'No Change' && a.claimLive === true && a.robustInterviewConducted === false) {
    add(integrity, I(13), 'Live case cleared as No Result / No Change without a robust and challenging interview.');
  }
  integrity.sort((x, y) => x.category.number - y.category.number);

  // Quality 1–13.
  if (a.frfWrongRiskCategoryButGenuine === true) add(quality, Q(1), 'FRF raised under the wrong Risk category (genuine allegation).');
  if (a.letterErrorOrNoRecord === true) add(quality, Q(2), 'Incorrect LSC letter, or no record of the letter on FRAIMS.');
  if (a.employerContactedWithoutPermission === true) add(quality, Q(3), "Employer contacted without the claimant's permission outside the allowed grounds.");
  const late = a.interviewNotifiedLate === true || (a.caseReceivedOn !== undefined && a.firstInterviewNotifiedOn !== undefined &&
    workingDaysBetween(a.caseReceivedOn as IsoDate, a.firstInterviewNotifiedOn as IsoDate, options?.calendar) > p.clearanceWorkingDays.value);
  if (late) add(quality, Q(4), 'The first interview was not notified within the timescales.');
  if (a.notepadInterestNoteRecorded === false) add(quality, Q(5), "No Notepad note 'FES Local Service Compliance interest'.");
  if (a.missingActivities === true) add(quality, Q(6), 'One or more activities are missing.');
  if (a.analysisInformation === 'OPSTRAT-or-LMS-only') add(quality, Q(7), 'Analysis information not on FRAIMS but on OPSTRAT notepad or LMS.');
  if (a.dateOfChangeRecorded !== undefined && (a.dateOfChangeRecorded === null || (a.changeOccurredOn !== undefined && a.dateOfChangeRecorded !== a.changeOccurredOn))) {
    add(quality, Q(8), 'The Date of Change is omitted or is not the day the change occurred.');
  }
  if ((record.offences ?? []).some((o) => o.primary && o.type === 'MIDAS Referral')) add(quality, Q(9), "The Offence Type is still 'MIDAS Referral'.");
  if (a.opUpTabError === true) add(quality, Q(10), 'OP/UP tab error or omission.');
  if ((record.dateOfOutcome ?? null) !== null && (record.dmResponseReceivedOn ?? null) !== null &&
      workingDaysBetween(record.dmResponseReceivedOn as IsoDate, record.dateOfOutcome as IsoDate, options?.calendar) > p.dateOfOutcomeDelayToleranceWorkingDays.value) {
    add(quality, Q(11), 'The Date of Outcome was completed after the DM response was received.');
  }
  if ((record.closedOn ?? null) !== null && a.closurePreconditionsMetOn !== undefined &&
      workingDaysBetween(a.closurePreconditionsMetOn as IsoDate, record.closedOn as IsoDate, options?.calendar) > p.closureDelayToleranceWorkingDays.value) {
    add(quality, Q(12), 'The case was closed after every closure precondition had been met.');
  }
  if (a.otherQualityIssue !== undefined) add(quality, Q(13), a.otherQualityIssue);

  const findings = [...integrity, ...quality];
  const reasons: Reason[] = findings.map((f) => CATEGORY_REASONS.get(f.category)!);
  reasons.push(integrity.length > 0 ? R_ADJUST : quality.length > 0 ? R_QUALITY_ONLY : R_CLEAN);
  return decide({ integrityIssues: integrity, qualityIssues: quality, performanceAdjustment: integrity.length > 0, worksheetRequired: findings.length > 0 }, reasons, policy.id);
}

export const caseIntegrityAuditRule = defineRule({
  name: 'auditCaseIntegrity', domain: 'compliance', title: 'Case integrity audit (integrity issues 1–15, quality issues 1–13)',
  ids: ['LSC-11-011', 'LSC-11-015', 'LSC-11-016', 'LSC-11-026', 'LSC-11-027', ...INTEGRITY_ISSUE_CATEGORIES.map((c) => c.id), ...QUALITY_ISSUE_CATEGORIES.map((c) => c.id)],
  citations: [lsc('LSC-11-028a'), lsc('LSC-11-029a')], input: outcomeCaseRecordSchema, evaluate: auditCaseIntegrity,
});
