import { describe, expect, it } from 'vitest';
import {
  LSC_CHECK_TYPES, mayUndertakeCheck, decideClearanceMeasure, decideProgressCheck, selectCasesForProgressCheck, selectIncidentsForCheck, checkDutiesFor,
  processCheckItems, processCheckSampleSize, auditReferralForProcessCheck, routeEntryCorrection, reconcileDiary, classifyVisitEffectiveness, mr303RetentionDate,
  auditAccompaniedInterviews, addWorkingDays, type IsoDate,
} from '../../../src/index.js';

const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('LSC-10-000 / LSC-10-001 who checks', () => {
  it('four check types; LSCTL or a nominated LSCO', () => {
    expect(LSC_CHECK_TYPES).toEqual(['Progress', 'Process', 'Diary', 'Quality Assurance Framework (QAF)']);
    expect(mayUndertakeCheck({ checkType: 'Process', role: 'LSCTL' }).value).toBe(true);
    expect(mayUndertakeCheck({ checkType: 'Process', role: 'LSCO', nominated: true }).value).toBe(true);
    expect(mayUndertakeCheck({ checkType: 'Process', role: 'LSCO' }).value).toBe(false);
    expect(ids(mayUndertakeCheck({ checkType: 'Diary', role: 'LSAO' }))).toEqual(['LSC-10-001']);
  });
});

describe('decideClearanceMeasure (LSC-10-003)', () => {
  // Mon 2 March 2015 + 15 working days = Mon 23 March 2015
  it('working day 14 / 15 inside, 16 outside', () => {
    expect(decideClearanceMeasure({ receivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-20' }).value).toEqual({ workingDays: 14, withinMeasure: true, lastDay: '2015-03-23' });
    expect(decideClearanceMeasure({ receivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-23' }).value.withinMeasure).toBe(true);
    const late = decideClearanceMeasure({ receivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-24' });
    expect(late.value.withinMeasure).toBe(false);
    expect(late.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-11-029d');
  });
  it('a notification on the weekend after the 15th working day is after the last day (catalogue C3)', () => {
    // Fri 6 March 2015 + 15 working days = Fri 27 March 2015
    expect(decideClearanceMeasure({ receivedOn: '2015-03-06', firstInterviewNotifiedOn: '2015-03-27' }).value).toEqual({ workingDays: 15, withinMeasure: true, lastDay: '2015-03-27' });
    expect(decideClearanceMeasure({ receivedOn: '2015-03-06', firstInterviewNotifiedOn: '2015-03-28' }).value).toEqual({ workingDays: 15, withinMeasure: false, lastDay: '2015-03-27' });
    expect(decideClearanceMeasure({ receivedOn: '2015-03-06', firstInterviewNotifiedOn: '2015-03-29' }).value.withinMeasure).toBe(false);
  });
  it('skips bank holidays (Easter 2015) and does not count DM / Debt Management time', () => {
    expect(decideClearanceMeasure({ receivedOn: '2015-03-30', firstInterviewNotifiedOn: '2015-04-21' }).value.workingDays).toBe(14);
    expect(decideClearanceMeasure({ receivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-26', excludedWorkingDays: 3 }).value).toMatchObject({ workingDays: 15, withinMeasure: true, lastDay: '2015-03-26' });
  });
});

describe('decideProgressCheck (LSC-10-005, LSC-10-008)', () => {
  it('first due on working day 26 after allocation (day 25 not yet due)', () => {
    const day26 = addWorkingDays('2015-03-02' as IsoDate, 26);
    expect(day26).toBe('2015-04-09'); // skips Good Friday and Easter Monday
    expect(decideProgressCheck({ allocatedOn: '2015-03-02', asOf: '2015-04-08' }).value).toEqual({ nextDueOn: '2015-04-09', due: false });
    expect(decideProgressCheck({ allocatedOn: '2015-03-02', asOf: '2015-04-09' }).value.due).toBe(true);
    expect(decideProgressCheck({ allocatedOn: '2015-03-02', asOf: '2015-04-10' }).value.due).toBe(true);
    expect(ids(decideProgressCheck({ allocatedOn: '2015-03-02', asOf: '2015-04-09' }))).toEqual(['LSC-10-005']);
  });
  it('then every ten working days from the last check, until closure', () => {
    const d = decideProgressCheck({ allocatedOn: '2015-03-02', lastCheckOn: '2015-04-09', asOf: '2015-04-22' });
    expect(d.value).toEqual({ nextDueOn: '2015-04-23', due: false });
    expect(ids(d)).toEqual(['LSC-10-008']);
    expect(decideProgressCheck({ allocatedOn: '2015-03-02', lastCheckOn: '2015-04-09', closedOn: '2015-04-10', asOf: '2015-05-01' }).value).toEqual({ nextDueOn: null, due: false });
  });
});

describe('FRAIMS query logic (LSC-10-006, LSC-10-007)', () => {
  it('LSC-10-006: open, team = staff number, opened before check date − 25 days (strict)', () => {
    const cases = [
      { id: 'A', status: 'Open', team: '77', dateOpened: '2015-02-04' },
      { id: 'B', status: 'Open', team: '77', dateOpened: '2015-02-05' },
      { id: 'C', status: 'Closed', team: '77', dateOpened: '2015-01-01' },
      { id: 'D', status: 'Open', team: '78', dateOpened: '2015-01-01' },
    ];
    expect(selectCasesForProgressCheck({ cases, staffNumber: '77', checkDate: '2015-03-02' }).value).toEqual(['A']);
  });
  it('LSC-10-007: incidents not Closed or Linked', () => {
    const incidents = [{ id: '1', status: 'Open', owner: '9' }, { id: '2', status: 'Linked', owner: '9' }, { id: '3', status: 'Closed', owner: '9' }, { id: '4', status: 'Open', owner: '8' }];
    expect(selectIncidentsForCheck({ incidents, staffNumber: '9' }).value).toEqual(['1']);
  });
});

describe('check duties (LSC-10-009 to LSC-10-012)', () => {
  it('LSCO daily views; allocating officer My Teams Cases; LSCTL monthly check and records', () => {
    expect(checkDutiesFor({ role: 'LSCO' }).value.map((d) => d.id)).toEqual(['LSC-10-010']);
    expect(checkDutiesFor({ role: 'LSCO', allocatesCases: true, undertakesChecks: true }).value.map((d) => d.id)).toEqual(['LSC-10-009', 'LSC-10-010', 'LSC-10-011']);
    expect(checkDutiesFor({ role: 'LSCTL', allocatesCases: true }).value.map((d) => d.id)).toEqual(['LSC-10-009', 'LSC-10-011', 'LSC-10-012']);
  });
});

describe('process check (LSC-10-013 to LSC-10-022)', () => {
  it('items per area', () => {
    expect(processCheckItems({ area: 'purpose' }).value.every((i) => i.id === 'LSC-10-013')).toBe(true);
    expect(processCheckItems({ area: 'purpose' }).value).toHaveLength(7);
    expect(processCheckItems({ area: 'referrals' }).value.map((i) => i.id)).toEqual(['LSC-10-016', 'LSC-10-016', 'LSC-10-017', 'LSC-10-018']);
    expect(processCheckItems({ area: 'before-interview' }).value.map((i) => i.id)).toEqual(Array(5).fill('LSC-10-019'));
    expect(processCheckItems({ area: 'after-interview' }).value.map((i) => i.id)).toEqual(Array(6).fill('LSC-10-020'));
    expect(processCheckItems({ area: 'outcomes' }).value.map((i) => i.id)).toEqual(Array(5).fill('LSC-10-022'));
    expect(processCheckItems({}).value).toHaveLength(27);
  });
  it('LSC-10-014: at least 5% of closed cases, rounded up', () => {
    expect(processCheckSampleSize({ closedCases: 0 }).value).toBe(0);
    expect(processCheckSampleSize({ closedCases: 1 }).value).toBe(1);
    expect(processCheckSampleSize({ closedCases: 40 }).value).toBe(2);
    expect(processCheckSampleSize({ closedCases: 41 }).value).toBe(3);
  });
  it('LSC-10-016 / LSC-10-017 / LSC-10-018: referral findings', () => {
    expect(auditReferralForProcessCheck({ frfRaisedOn: '2015-03-02', firstClaimantContactOn: '2015-03-02', referralReasonListed: true }).value).toEqual([]);
    expect(auditReferralForProcessCheck({ frfRaisedOn: '2015-03-03', firstClaimantContactOn: '2015-03-02', referralReasonListed: false, dcsInterest: true }).value.map((f) => f.rule))
      .toEqual(['LSC-10-016', 'LSC-10-017', 'LSC-10-018']);
    expect(auditReferralForProcessCheck({ frfRaisedOn: '2015-03-01', firstClaimantContactOn: '2015-03-02', referralReasonListed: true, dcsInterest: true, fesDctManagerAssociated: true }).value).toEqual([]);
  });
});

describe('routeEntryCorrection (LSC-10-023, LSC-10-025, LSC-11-021)', () => {
  it('open / closed / integrity sample', () => {
    expect(routeEntryCorrection({ caseClosed: false }).value).toBe('LSCTL amends via Admin views');
    expect(routeEntryCorrection({ caseClosed: true }).value).toBe('MI Adjustment Template to DWP Performance Reporting Team');
    expect(routeEntryCorrection({ caseClosed: true, integritySample: true }).value).toBe('Case Integrity and Improvement Team amends FRAIMS');
  });
});

describe('diary check (LSC-10-027 to LSC-10-030)', () => {
  it('LSC-10-027: reconciles MR303 with activities', () => {
    const d = reconcileDiary({ diary: [{ date: '2015-03-02', caseRef: 'A' }, { date: '2015-03-03', caseRef: 'B' }], activities: [{ date: '2015-03-02', caseRef: 'A' }, { date: '2015-03-04', caseRef: 'C' }] });
    expect(d.value).toEqual({ unmatchedDiaryEntries: [{ date: '2015-03-03', caseRef: 'B' }], unrecordedActivities: [{ date: '2015-03-04', caseRef: 'C' }] });
  });
  it('LSC-10-028 effective, LSC-10-029 ineffective, else neither', () => {
    expect(classifyVisitEffectiveness({ claimantPresent: true, cooperated: true, statementTaken: true, purposeAddressed: true }).value).toBe('effective');
    expect(classifyVisitEffectiveness({ claimantPresent: false, cooperated: false, statementTaken: false, purposeAddressed: false }).value).toBe('ineffective');
    expect(classifyVisitEffectiveness({ claimantPresent: true, cooperated: false, statementTaken: false, purposeAddressed: false }).value).toBe('ineffective');
    expect(classifyVisitEffectiveness({ claimantPresent: true, cooperated: true, statementTaken: false, purposeAddressed: true }).value).toBeNull();
  });
  it('LSC-10-030: MR303 kept two years', () => {
    expect(mr303RetentionDate({ diaryPeriodEndsOn: '2015-03-31' }).value).toBe('2017-03-31');
    expect(mr303RetentionDate({ diaryPeriodEndsOn: '2016-02-29' }).value).toBe('2018-02-28');
  });
});

describe('auditAccompaniedInterviews (LSC-10-032, LSC-10-033, LSC-10-034)', () => {
  const iv = (date: string, kind: 'Home Visit' | 'Office Interview', extra = {}) => ({ date, kind, recordedOnFraims: true, qafUsed: true, ...extra });
  const full = [iv('2015-04-10', 'Home Visit'), iv('2015-07-10', 'Office Interview'), iv('2015-10-10', 'Home Visit'), iv('2016-01-10', 'Office Interview')];
  it('four a year, one per quarter, both kinds, QAF used: no findings', () => {
    expect(auditAccompaniedInterviews({ year: 2015, interviews: full }).value).toMatchObject({ counted: 4, meetsMinimum: true, quartersWithout: [], bothKinds: true, findings: [] });
  });
  it('three is below the minimum; the financial year ends on 31 March', () => {
    const d = auditAccompaniedInterviews({ year: 2015, interviews: [...full.slice(0, 3), iv('2016-04-01', 'Office Interview')] });
    expect(d.value).toMatchObject({ counted: 3, meetsMinimum: false, quartersWithout: [4] });
    expect(ids(d)).toEqual(['LSC-10-032', 'LSC-10-032']);
  });
  it('unrecorded presence does not count; QAF and both kinds', () => {
    const d = auditAccompaniedInterviews({ year: 2015, interviews: [...full.map((i) => ({ ...i, kind: 'Home Visit' as const, qafUsed: false })), iv('2015-05-01', 'Home Visit', { recordedOnFraims: false })] });
    expect(d.value.counted).toBe(4);
    expect(ids(d)).toEqual(['LSC-10-032', 'LSC-10-033', 'LSC-10-034']);
  });
});
