import { describe, expect, it } from 'vitest';
import {
  auditCaseIntegrity, INTEGRITY_ISSUE_CATEGORIES, QUALITY_ISSUE_CATEGORIES, INTEGRITY_ISSUE_TYPES, INTEGRITY_SELECTION_CATEGORIES, INTEGRITY_ANALYSIS_SYSTEMS,
  planIntegritySample, integrityReportDueDate, integrityRecordRetentionDate, countsAsLscActivity, isPositiveOutcomeChange, integrityProgrammeRules,
  type OutcomeCaseRecord, type IntegrityFacts,
} from '../../../src/compliance/outcomes/index.js';

const pos = (audit: IntegrityFacts, extra: Partial<OutcomeCaseRecord> = {}): OutcomeCaseRecord => ({ outcome: 'Positive Compliance', outcomeResult: 'Decrease & Overpayment', audit, ...extra });
const nr = (audit: IntegrityFacts, extra: Partial<OutcomeCaseRecord> = {}): OutcomeCaseRecord => ({ outcome: 'No Result', outcomeResult: 'No Change', audit, ...extra });
const intCats = (r: OutcomeCaseRecord) => auditCaseIntegrity(r).value.integrityIssues.map((i) => i.category.number);
const qCats = (r: OutcomeCaseRecord) => auditCaseIntegrity(r).value.qualityIssues.map((i) => i.category.number);

describe('issue categories (LSC-11-027, LSC-11-028a–o, LSC-11-029a–m)', () => {
  it('15 integrity categories (1–11 positive, 12–15 No Result) and 13 quality categories', () => {
    expect(INTEGRITY_ISSUE_TYPES).toEqual(['Integrity', 'Quality']);
    expect(INTEGRITY_ISSUE_CATEGORIES.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(INTEGRITY_ISSUE_CATEGORIES.filter((c) => c.appliesTo === 'Positive Compliance')).toHaveLength(11);
    expect(QUALITY_ISSUE_CATEGORIES.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(INTEGRITY_ISSUE_CATEGORIES.every((c) => c.performanceAdjustment)).toBe(true);
    expect(QUALITY_ISSUE_CATEGORIES.some((c) => c.performanceAdjustment)).toBe(false);
  });
});

describe('auditCaseIntegrity: integrity issues', () => {
  it('LSC-11-028a / LSC-11-028l: referral should not have been accepted (1 positive, 12 No Result)', () => {
    expect(intCats(pos({ referralMeetsInterventionCriteria: false }))).toEqual([1]);
    expect(intCats(nr({ referralMeetsInterventionCriteria: false }))).toEqual([12]);
  });
  it('LSC-11-028b: LSCO not directly responsible', () => expect(intCats(pos({ lscoDirectlyResponsibleForChange: false }))).toEqual([2]));
  it('LSC-11-028c: pre-existing change errors (change on the letter date is fine)', () => {
    expect(intCats(pos({ preExistingChange: { reportedTo: 'LSCO', changeDate: '2015-04-01', letterIssueDate: '2015-04-15', mf47Completed: false } }))).toEqual([3]);
    expect(intCats(pos({ preExistingChange: { reportedTo: 'other', changeDate: '2015-04-16', letterIssueDate: '2015-04-15' } }))).toEqual([3]);
    expect(intCats(pos({ preExistingChange: { reportedTo: 'other', changeDate: '2015-04-15', letterIssueDate: '2015-04-15' } }))).toEqual([]);
  });
  it('LSC-11-028d / LSC-11-028m: live case cleared without a robust interview', () => {
    expect(intCats(pos({ claimLive: true, robustInterviewConducted: false }))).toEqual([4]);
    expect(intCats(nr({ claimLive: true, robustInterviewConducted: false }))).toEqual([13]);
    expect(intCats(nr({ claimLive: false, robustInterviewConducted: false }))).toEqual([]);
  });
  it('LSC-11-028e: a future change claimed', () => {
    expect(intCats(pos({ changeOccurredOn: '2015-07-19', changeReportedOn: '2015-07-15' }))).toEqual([5]);
    expect(intCats(pos({ changeOccurredOn: '2015-07-15', changeReportedOn: '2015-07-15' }))).toEqual([]);
  });
  it('LSC-11-028f: causal link applied wrongly or not applied (day 28 / 29)', () => {
    const cl = { applied: true, eligibleCase: true, firstInterviewDate: '2015-06-13', reasonLivingTogether: true };
    expect(intCats(pos({ causalLink: { ...cl, notificationReceivedOn: '2015-07-11' } }))).toEqual([]);
    expect(intCats(pos({ causalLink: { ...cl, notificationReceivedOn: '2015-07-12' } }))).toEqual([6]);
    expect(intCats(pos({ causalLink: { ...cl, notificationReceivedOn: '2015-06-20', reasonLivingTogether: false } }))).toEqual([6]);
    expect(intCats(pos({ causalLink: { ...cl, notificationReceivedOn: '2015-06-20', eligibleCase: false } }))).toEqual([6]);
    expect(intCats(pos({ causalLink: { ...cl, notificationReceivedOn: '2015-06-20', eligibleCase: false, anotherPersonDeclared: true } }))).toEqual([]);
    expect(intCats(pos({ causalLink: { ...cl, applied: false, notificationReceivedOn: '2015-06-20' } }))).toEqual([6]);
  });
  it('LSC-11-028g / LSC-11-028n: information missing everywhere; LSC-11-029g: only on OPSTRAT or LMS', () => {
    expect(intCats(pos({ analysisInformation: 'missing' }))).toEqual([7]);
    expect(intCats(nr({ analysisInformation: 'missing' }))).toEqual([14]);
    expect(intCats(pos({ analysisInformation: 'OPSTRAT-or-LMS-only' }))).toEqual([]);
    expect(qCats(pos({ analysisInformation: 'OPSTRAT-or-LMS-only' }))).toEqual([7]);
  });
  it('LSC-11-028h: wrong MVA amount (the £20.00 example, exact to the penny)', () => {
    const lines = [{ benefit: 'Income Support', amountPence: 6445, direction: 'decrease' as const }];
    expect(intCats(pos({ correctMvaLines: [{ benefit: 'Income Support', amountPence: 2000 }] }, { mvaLines: lines }))).toEqual([8]);
    expect(intCats(pos({ correctMvaLines: [{ benefit: 'Income Support', amountPence: 6445 }] }, { mvaLines: lines }))).toEqual([]);
  });
  it('LSC-11-028i: HB claimed when it should not be, or not when it should', () => {
    const is = { benefit: 'Income Support', amountPence: 7310, direction: 'decrease' as const };
    expect(intCats(pos({ correctMvaLines: [{ benefit: 'Income Support', amountPence: 7310 }] }, { mvaLines: [is, { benefit: 'Housing Benefit', amountPence: 9000, direction: 'decrease' }] }))).toEqual([9]);
    expect(intCats(pos({ correctMvaLines: [{ benefit: 'Income Support', amountPence: 7310 }, { benefit: 'Housing Benefit', amountPence: 9000 }] }, { mvaLines: [is] }))).toEqual([9]);
  });
  it('LSC-11-028j: over/underpayment missed or wrong (any amount, LSC-11-026)', () => {
    expect(intCats(pos({ decidedOverpaymentPence: 1 }))).toEqual([10]);
    expect(intCats(pos({ decidedOverpaymentPence: 5000 }, { overpaymentRecordedPence: 5000 }))).toEqual([]);
    expect(intCats(pos({ decidedUnderpaymentPence: 300 }, { underpaymentRecordedPence: 200 }))).toEqual([10]);
  });
  it('LSC-11-028k / LSC-11-028o: Other (explain)', () => {
    expect(auditCaseIntegrity(pos({ otherIntegrityIssue: 'MVA claimed twice' })).value.integrityIssues[0]).toMatchObject({ detail: 'MVA claimed twice', category: { number: 11 } });
    expect(intCats(nr({ otherIntegrityIssue: 'x' }))).toEqual([15]);
  });
});

describe('auditCaseIntegrity: quality issues', () => {
  it('LSC-11-029a, LSC-11-029b, LSC-11-029c, LSC-11-029e, LSC-11-029f, LSC-11-029j, LSC-11-029m from the analyst facts', () => {
    expect(qCats(nr({ frfWrongRiskCategoryButGenuine: true, letterErrorOrNoRecord: true, employerContactedWithoutPermission: true, notepadInterestNoteRecorded: false, missingActivities: true, opUpTabError: true, otherQualityIssue: 'x' })))
      .toEqual([1, 2, 3, 5, 6, 10, 13]);
  });
  it('LSC-11-029d: first interview notified after 15 working days (day 15 fine, day 16 late)', () => {
    expect(qCats(nr({ caseReceivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-23' }))).toEqual([]);
    expect(qCats(nr({ caseReceivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-24' }))).toEqual([4]);
  });
  it('LSC-11-029h: date of change omitted or wrong', () => {
    expect(qCats(pos({ dateOfChangeRecorded: null }))).toEqual([8]);
    expect(qCats(pos({ dateOfChangeRecorded: '2014-02-03', changeOccurredOn: '2014-01-10', changeReportedOn: '2014-04-01' }))).toEqual([8]);
    expect(qCats(pos({ dateOfChangeRecorded: '2014-01-10', changeOccurredOn: '2014-01-10' }))).toEqual([]);
  });
  it("LSC-11-029i: Offence Type still 'MIDAS Referral'", () => expect(qCats(nr({}, { offences: [{ type: 'MIDAS Referral', primary: true }] }))).toEqual([9]));
  it('LSC-11-029k: Date of Outcome completed after the DM response', () => {
    expect(qCats(pos({}, { dmResponseReceivedOn: '2015-05-01', dateOfOutcome: '2015-05-01' }))).toEqual([]);
    expect(qCats(pos({}, { dmResponseReceivedOn: '2015-05-01', dateOfOutcome: '2015-05-04' }))).toEqual([]); // Early May bank holiday
    expect(qCats(pos({}, { dmResponseReceivedOn: '2015-05-01', dateOfOutcome: '2015-05-05' }))).toEqual([11]);
  });
  it('LSC-11-029l: closure date entered late', () => {
    expect(qCats(pos({ closurePreconditionsMetOn: '2015-05-01' }, { closedOn: '2015-05-01' }))).toEqual([]);
    expect(qCats(pos({ closurePreconditionsMetOn: '2015-05-01' }, { closedOn: '2015-05-05' }))).toEqual([12]);
  });
});

describe('adjustment and worksheet (LSC-11-011, LSC-11-016)', () => {
  it('integrity issue → adjustment and worksheet; quality only → worksheet, no adjustment; none → neither', () => {
    expect(auditCaseIntegrity(pos({ lscoDirectlyResponsibleForChange: false })).value).toMatchObject({ performanceAdjustment: true, worksheetRequired: true });
    const q = auditCaseIntegrity(pos({ missingActivities: true }));
    expect(q.value).toMatchObject({ performanceAdjustment: false, worksheetRequired: true });
    expect(q.reasons.map((r) => r.rule)).toEqual(['LSC-11-029f', 'LSC-11-011']);
    expect(auditCaseIntegrity(pos({})).value).toEqual({ integrityIssues: [], qualityIssues: [], performanceAdjustment: false, worksheetRequired: false });
  });
  it('returns every issue with its number and citation', () => {
    const d = auditCaseIntegrity(pos({ referralMeetsInterventionCriteria: false, changeOccurredOn: '2015-07-19', changeReportedOn: '2015-07-15', missingActivities: true }, { offences: [{ type: 'MIDAS Referral', primary: true }] }));
    expect(d.value.integrityIssues.map((i) => [i.category.number, i.category.id])).toEqual([[1, 'LSC-11-028a'], [5, 'LSC-11-028e']]);
    expect(d.value.qualityIssues.map((i) => [i.category.number, i.category.id])).toEqual([[6, 'LSC-11-029f'], [9, 'LSC-11-029i']]);
  });
});

describe('integrity programme (LSC-11-001 to LSC-11-026)', () => {
  it('LSC-11-001 / 002 / 003 / 005: 90 × 3 districts, top/middle/lower, 63/27 each, 189/81 in all, not notified', () => {
    const d = planIntegritySample({ offenceCategory: 'Working in Receipt', districts: [{ name: 'A', hitRate: 0.3 }, { name: 'B', hitRate: 0.9 }, { name: 'C', hitRate: 0.5 }, { name: 'D', hitRate: 0.1 }] });
    expect(d.value.districts.map((x) => [x.name, x.band])).toEqual([['B', 'top'], ['C', 'middle'], ['D', 'lower']]);
    expect(d.value).toMatchObject({ totalCases: 270, totalPositiveCompliance: 189, totalNoResult: 81, notifyDistricts: false });
    expect(d.value.districts[0]).toMatchObject({ cases: 90, positiveCompliance: 63, noResult: 27 });
    expect(d.reasons.map((r) => r.rule)).toEqual(['LSC-11-001', 'LSC-11-002', 'LSC-11-003', 'LSC-11-005']);
  });
  it('LSC-11-004: the selection categories; LSC-11-014: the systems', () => {
    expect(INTEGRITY_SELECTION_CATEGORIES).toContain('Abandoned Cases');
    expect(INTEGRITY_ANALYSIS_SYSTEMS).toEqual(['FRAIMS', 'OPSTRAT', 'LMS', 'CIS', 'E- Referrals', 'PTP CAM']);
  });
  it('LSC-11-006: findings within 2 weeks; LSC-11-022: records kept 14 months from final closure', () => {
    expect(integrityReportDueDate({ selectionPeriodEndsOn: '2015-03-31' }).value).toBe('2015-04-14');
    expect(integrityRecordRetentionDate({ finalClosureOn: '2015-12-31' }).value).toBe('2017-02-28');
  });
  it('LSC-11-007, LSC-11-009, LSC-11-012, LSC-11-013, LSC-11-015, LSC-11-017, LSC-11-020: programme rules', () => {
    expect(integrityProgrammeRules({ topic: 'reporting' }).value.map((x) => x.id)).toEqual(['LSC-11-007', 'LSC-11-009', 'LSC-11-012']);
    expect(integrityProgrammeRules({ topic: 'purpose' }).value).toHaveLength(7);
    expect(integrityProgrammeRules({ topic: 'analysis' }).value.every((x) => x.id === 'LSC-11-015')).toBe(true);
    expect(integrityProgrammeRules({ topic: 'recording' }).value.map((x) => x.id)).toEqual(['LSC-11-017', 'LSC-11-020']);
  });
  it('LSC-11-023: activity definition', () => {
    expect(countsAsLscActivity({ method: 'office interview', faceToFace: true, robustAndChallenging: true }).value).toBe(true);
    expect(countsAsLscActivity({ method: 'telephone', faceToFace: false, robustAndChallenging: true }).value).toBe(false);
    expect(countsAsLscActivity({ method: 'letter', faceToFace: false, robustAndChallenging: true, otherMethodAllowedByGuidance: true }).value).toBe(true);
  });
  it('LSC-11-024 / LSC-11-026: positive outcome (change), any amount', () => {
    expect(isPositiveOutcomeChange({ rateChange: 'increase' }).value).toBe(true);
    expect(isPositiveOutcomeChange({ rateChange: 'none', underpaymentPence: 1 }).value).toBe(true);
    expect(isPositiveOutcomeChange({ rateChange: 'none' }).value).toBe(false);
  });
});
