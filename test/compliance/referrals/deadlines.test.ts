import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isWorkingDay, type IsoDate } from '../../../src/calendar/index.js';
import {
  appointmentWindow,
  ccel1ResponseDue,
  checkAppointmentCompliance,
  clearanceMeasure,
  documentDestructionDate,
  hstClearanceTarget,
  notepadRetentionDate,
  smsReminderDates,
} from '../../../src/compliance/referrals/index.js';
import { appointmentWindowRule } from '../../../src/compliance/referrals/appointment-notice.js';
import { clearanceMeasureRule } from '../../../src/compliance/referrals/clearance-measure.js';
import { evaluateRule } from '../../../src/core/registry.js';
import { rulesOf } from './helpers.js';

const scotland = { calendar: { jurisdiction: 'scotland' as const } };
const day = fc.integer({ min: 0, max: 12000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86400000).toISOString().slice(0, 10));

describe('appointmentWindow / checkAppointmentCompliance', () => {
  it('LSC-03-053 / LSC-03-060: 13 days of notice fails, 14 passes', () => {
    const c = (appointmentDate: string) => checkAppointmentCompliance({ notificationDate: '2026-06-01', appointmentDate }).value;
    expect(c('2026-06-14')).toEqual({ compliant: false, breaches: ['TooLittleNotice'], earliest: '2026-06-15', latest: null });
    expect(c('2026-06-15').compliant).toBe(true);
    expect(c('2026-06-16').compliant).toBe(true);
    expect(rulesOf(checkAppointmentCompliance({ notificationDate: '2026-06-01', appointmentDate: '2026-06-14' }))).toContain('LSC-03-053');
  });
  it('LSC-03-053: the 14-day minimum is calendar days — a weekend or bank-holiday earliest date is not rolled', () => {
    expect(appointmentWindow({ notificationDate: '2026-05-11' }).value.earliest).toBe('2026-05-25'); // spring bank holiday
  });
  it('LSC-03-052: prepayment within 5 working days of receipt; receipt on the Friday before a bank holiday', () => {
    // Friday 22 May 2026; Monday 25 May is the spring bank holiday
    const w = appointmentWindow({ prepayment: true, receivedDate: '2026-05-22', notificationDate: '2026-05-22' }).value;
    expect(w).toMatchObject({ earliest: '2026-05-22', latest: '2026-06-01', minimumNoticeApplies: false, notifyBy: 'Telephone' });
    const c = (appointmentDate: string) => checkAppointmentCompliance({ prepayment: true, receivedDate: '2026-05-22', notificationDate: '2026-05-22', appointmentDate }).value;
    expect(c('2026-06-01').compliant).toBe(true);
    expect(c('2026-06-02').breaches).toEqual(['LaterThanPrepaymentDeadline']);
  });
  it('LSC-03-052: Scotland vs England & Wales (Easter Monday is not a Scottish bank holiday)', () => {
    const input = { prepayment: true, receivedDate: '2026-04-02', notificationDate: '2026-04-02' };
    expect(appointmentWindow(input).value.latest).toBe('2026-04-13');
    expect(appointmentWindow(input, scotland).value.latest).toBe('2026-04-10');
  });
  it('LSC-03-052: the prepayment deadline is always a working day (property)', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('england-and-wales' as const, 'scotland' as const, 'northern-ireland' as const), (d, jurisdiction) => {
        const latest = appointmentWindow({ prepayment: true, receivedDate: d, notificationDate: d }, { calendar: { jurisdiction } }).value.latest!;
        expect(isWorkingDay(latest as IsoDate, { jurisdiction })).toBe(true);
        expect(latest > d).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('LSC-03-074 / LSC-03-075: short-notice telephone appointments have no minimum, but identity must be established', () => {
    expect(checkAppointmentCompliance({ arrangement: 'ShortNoticeTelephone', notificationDate: '2026-06-01', appointmentDate: '2026-06-02' }).value.compliant).toBe(true);
    const d = checkAppointmentCompliance({ arrangement: 'ShortNoticeTelephone', identityEstablished: false, notificationDate: '2026-06-01', appointmentDate: '2026-06-02' });
    expect(d.value.breaches).toEqual(['IdentityNotEstablished']);
    expect(rulesOf(d)).toContain('LSC-03-075');
    expect(checkAppointmentCompliance({ arrangement: 'ShortNoticeTelephone', notificationDate: '2026-06-02', appointmentDate: '2026-06-01' }).value.breaches).toEqual(['TooLittleNotice']);
  });
  it('LSC-03-079: claimant unavailable or without documents → a letter for a later date with the 14-day minimum', () => {
    const d = checkAppointmentCompliance({ arrangement: 'ShortNoticeTelephone', claimantAvailableWithDocuments: false, notificationDate: '2026-06-01', appointmentDate: '2026-06-03' });
    expect(d.value.compliant).toBe(false);
    expect(rulesOf(d)).toContain('LSC-03-079');
  });
  it('LSC-03-103b: the claimant may waive the minimum notification period', () => {
    const d = checkAppointmentCompliance({ arrangement: 'ClaimantWaiver', notificationDate: '2026-06-01', appointmentDate: '2026-06-03' });
    expect(d.value.compliant).toBe(true);
    expect(rulesOf(d)).toContain('LSC-03-103b');
  });
  it('LSC-03-092: a re-arranged appointment by agreement has no minimum notice', () => {
    expect(rulesOf(appointmentWindow({ arrangement: 'RearrangedByAgreement', notificationDate: '2026-06-01' }))).toEqual(['LSC-03-092']);
  });
  it('LSC-03-050a: abroad — 14 days to attend', () => {
    const d = checkAppointmentCompliance({ abroad: true, notificationDate: '2026-06-01', appointmentDate: '2026-06-14' });
    expect(d.value.compliant).toBe(false);
    expect(rulesOf(d)).toContain('LSC-03-050a');
  });
  it('LSC-03-054: JSA — the first Fortnightly Jobsearch Review inside the window is preferred', () => {
    const d = appointmentWindow({ notificationDate: '2026-06-01', fortnightlyJobsearchReviewDates: ['2026-06-10', '2026-06-24', '2026-06-17'] });
    expect(d.value.preferredDate).toBe('2026-06-17');
    expect(rulesOf(d)).toContain('LSC-03-054');
  });
  it('a prepayment case without receivedDate is a validation error naming the field', () => {
    const r = evaluateRule(appointmentWindowRule, { prepayment: true, notificationDate: '2026-06-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe('receivedDate');
  });
});

describe('clearanceMeasure (LSC-01-011)', () => {
  it('LSC-01-011: the 15th working day after receipt is the last compliant day', () => {
    const c = (n: string) => clearanceMeasure({ receivedInInboxDate: '2026-03-02', firstInterviewNotificationDate: n }).value;
    expect(c('2026-03-23')).toEqual({ targetDate: '2026-03-23', elapsedWorkingDays: 15, withinMeasure: true, open: false });
    expect(c('2026-03-24')).toMatchObject({ elapsedWorkingDays: 16, withinMeasure: false });
  });
  it('LSC-01-011: a notification on the weekend after the 15th working day is after the last compliant day', () => {
    // receipt Fri 6 Mar 2026 → the 15th working day is Fri 27 Mar
    const c = (n: string) => clearanceMeasure({ receivedInInboxDate: '2026-03-06', firstInterviewNotificationDate: n }).value;
    expect(c('2026-03-27')).toEqual({ targetDate: '2026-03-27', elapsedWorkingDays: 15, withinMeasure: true, open: false });
    expect(c('2026-03-28')).toEqual({ targetDate: '2026-03-27', elapsedWorkingDays: 15, withinMeasure: false, open: false });
    expect(c('2026-03-29')).toMatchObject({ elapsedWorkingDays: 15, withinMeasure: false });
    expect(c('2026-03-30')).toMatchObject({ elapsedWorkingDays: 16, withinMeasure: false });
    expect(clearanceMeasure({ receivedInInboxDate: '2026-03-06', asOf: '2026-03-28' }).value).toMatchObject({ open: true, withinMeasure: false });
  });
  it('LSC-01-011 (property): within the measure exactly when notified on or before the target date', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (d, n) => {
        const notified = addCalendarDays(d as IsoDate, n);
        const v = clearanceMeasure({ receivedInInboxDate: d, firstInterviewNotificationDate: notified }).value;
        expect(v.withinMeasure).toBe(notified <= v.targetDate);
      }),
      { numRuns: 200 },
    );
  });
  it('LSC-01-011: bank holidays do not count; Scotland vs England & Wales in August', () => {
    // receipt Fri 24 Jul 2026: E&W loses Mon 31 Aug only after the target; Scotland loses Mon 3 Aug
    expect(clearanceMeasure({ receivedInInboxDate: '2026-07-24', asOf: '2026-07-24' }).value.targetDate).toBe('2026-08-14');
    expect(clearanceMeasure({ receivedInInboxDate: '2026-07-24', asOf: '2026-07-24' }, scotland).value.targetDate).toBe('2026-08-17');
  });
  it('LSC-01-011: days with a Decision Maker or Debt Management are not counted', () => {
    const d = clearanceMeasure({ receivedInInboxDate: '2026-03-02', firstInterviewNotificationDate: '2026-03-25', excludedPeriods: [{ from: '2026-03-09', to: '2026-03-10' }] });
    expect(d.value).toMatchObject({ targetDate: '2026-03-25', elapsedWorkingDays: 15, withinMeasure: true });
  });
  it('LSC-01-011: an open case is measured to asOf', () => {
    expect(clearanceMeasure({ receivedInInboxDate: '2026-03-02', asOf: '2026-03-31' }).value).toMatchObject({ open: true, withinMeasure: false, elapsedWorkingDays: 21 });
  });
  it('LSC-01-011: the target is a working day (property)', () => {
    fc.assert(
      fc.property(day, (d) => {
        const t = clearanceMeasure({ receivedInInboxDate: d, asOf: d }).value.targetDate;
        expect(isWorkingDay(t)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
  it('needs asOf when there is no notification date (validation names the field)', () => {
    const r = evaluateRule(clearanceMeasureRule, { receivedInInboxDate: '2026-03-02' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe('asOf');
  });
});

describe('case dates', () => {
  it('LSC-03-008b: Notepad "do not delete until" = 14 months, end-of-month clamped', () => {
    expect(notepadRetentionDate({ recordedOn: '2015-12-31' }).value).toBe('2017-02-28');
    expect(notepadRetentionDate({ recordedOn: '2026-03-02' }).value).toBe('2027-05-02');
  });
  it('LSC-03-033b: destruction 14 months after entitlement ends; exception cases not', () => {
    expect(documentDestructionDate({ entitlementEndDate: '2026-01-31' }).value).toBe('2027-03-31');
    expect(documentDestructionDate({ entitlementEndDate: '2026-01-31', exceptionCase: true }).value).toBeNull();
  });
  it('LSC-03-025 / LSC-03-026: CCEL1 B/F = issue + 14 calendar days; decision due on a reply or at the B/F', () => {
    const c = (asOf: string, replyReceivedDate?: string) => ccel1ResponseDue({ issueDate: '2026-03-06', asOf, replyReceivedDate }).value;
    expect(c('2026-03-19')).toEqual({ broughtForward: '2026-03-20', activitySubStatus: 'Telephone', decisionDue: false });
    expect(c('2026-03-20').decisionDue).toBe(true);
    expect(c('2026-03-10', '2026-03-09').decisionDue).toBe(true);
    expect(rulesOf(ccel1ResponseDue({ issueDate: '2026-03-06', asOf: '2026-03-20' }))).toEqual(['LSC-03-025', 'LSC-03-026']);
  });
  it('LSC-03-061 / LSC-03-062 / LSC-03-069: SMS the calendar day before; B/F the last working day before', () => {
    expect(smsReminderDates({ interviewDate: '2026-03-09', mobileNumberLocated: true }).value).toEqual({ smsSendDate: '2026-03-08', checkBroughtForward: '2026-03-06' });
    // Tuesday 26 May 2026 after the spring bank holiday
    expect(smsReminderDates({ interviewDate: '2026-05-26', mobileNumberLocated: true }).value).toEqual({ smsSendDate: '2026-05-25', checkBroughtForward: '2026-05-22' });
    expect(smsReminderDates({ interviewDate: '2026-03-09', mobileNumberLocated: false }).value).toEqual({ smsSendDate: null, checkBroughtForward: null });
  });
  it('LSC-02-037 / LSC-02-038 / LSC-02-039: HST 9-week target from the PM FRF date; breach keeps priority', () => {
    const h = (asOf: string, clearedDate?: string) => hstClearanceTarget({ pmFrfReferralDate: '2026-01-05', asOf, clearedDate });
    expect(h('2026-03-09').value).toEqual({ targetDate: '2026-03-09', targetBreached: false, priority: true, associatePosition: 'FRM PM SPOC' });
    expect(h('2026-03-10').value.targetBreached).toBe(true);
    expect(rulesOf(h('2026-03-10'))).toEqual(['LSC-02-037', 'LSC-02-038']);
    expect(h('2026-04-01', '2026-03-09').value.targetBreached).toBe(false);
  });
});
