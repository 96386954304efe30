import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Compliance (01/15) ch.01–03 (referrals, initial action, scheduling).
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complianceReferrals.<name>.value`).

const c = (id: string, ref: string) => cite(id, `Compliance (01/15) ${ref}`);

/**
 * The numbers stated in Compliance (01/15) ch.01–03 (referrals, initial action, scheduling), each with its citation.
 *
 * @example
 * CURRENT_POLICY.complianceReferrals.minimumNoticeCalendarDays.value; // 14
 */
export const COMPLIANCE_REFERRALS_PARAMETERS = Object.freeze({
  /** Clearance measure: receipt in the inbox → notification of the first interview (ch.01 para 11). */
  clearanceMeasureWorkingDays: param(15, 'working-days', [c('LSC-01-011', 'ch.01 para 11')]),
  /** Risk C: "recently" separated = up to three months before the date of claim (ch.02 para 2). */
  recentSeparationMonths: param(3, 'months', [c('LSC-02-002b', 'ch.02 para 2')], 'inclusive: exactly three months qualifies'),
  /** Risk C/D review "at the 2 – 3 month stage": start of the window (ch.02 para 2). */
  riskReviewFromMonths: param(2, 'months', [c('LSC-02-002c', 'ch.02 para 2')], 'counted from the date of claim'),
  /** Risk C/D review "at the 2 – 3 month stage": end of the window (ch.02 para 2). */
  riskReviewToMonths: param(3, 'months', [c('LSC-02-002c', 'ch.02 para 2')], 'counted from the date of claim'),
  /** Risk E: WFI sanction of 4 weeks or more (ch.02 para 2). */
  wfiSanctionMinimumWeeks: param(4, 'weeks', [c('LSC-02-002d', 'ch.02 para 2')], 'inclusive: exactly 4 weeks qualifies'),
  /** LSI may refer where the overpayment is estimated to be under £2000.00 (ch.02 para 4). */
  lsiDowngradeOverpaymentUnderPence: param(200000, 'pence', [c('LSC-02-004', 'ch.02 para 4')], 'strictly under'),
  /** FES DCT Inbox User Id (ch.02 para 9). */
  fesDctInboxUserId: param('99990438', 'text', [c('LSC-02-009', 'ch.02 para 9')]),
  /** Maternity Allowance Keeping In Touch days: up to 10 days' work in the MAP (ch.02 para 17). */
  maternityAllowanceKeepingInTouchDays: param(10, 'days', [c('LSC-02-017', 'ch.02 para 17')], 'days of work per MAP, inclusive'),
  /** Training for Work Allowance: JSA(IB) rate less 10p (ch.02 para 25). */
  trainingForWorkDeductionPence: param(10, 'pence', [c('LSC-02-025', 'ch.02 para 25')]),
  /** 10p of JSA(IB) continues in payment for passporting (ch.02 para 26). */
  trainingForWorkPassportingJsaPence: param(10, 'pence', [c('LSC-02-026', 'ch.02 para 26')]),
  /** Released from prison or due for release within 4 weeks: not closed without interview (ch.02 para 31). */
  prisonReleaseWindowWeeks: param(4, 'weeks', [c('LSC-02-031', 'ch.02 para 31')], 'inclusive; counted from the date the case is considered'),
  /** The BC closes GMS custodial cases on the same day as the e-mail (ch.02 para 33). */
  custodialClosureSameDayDays: param(0, 'calendar-days', [c('LSC-02-033', 'ch.02 para 33')]),
  /** HST clearance expectation target: 9 weeks from the PM FRF referral (ch.02 para 37). */
  hstClearanceTargetWeeks: param(9, 'weeks', [c('LSC-02-037', 'ch.02 para 37')]),
  /** Allow the LA 10 days to turn the case around (ch.02 para 45). */
  localAuthorityTurnaroundDays: param(10, 'calendar-days', [c('LSC-02-045b', 'ch.02 para 45')], 'unit not stated: calendar days (convention C9); informational'),
  /** B/F 14 days after the LA offer; no response → commence Compliance action (ch.02 para 45). */
  localAuthorityBroughtForwardDays: param(14, 'calendar-days', [c('LSC-02-045b', 'ch.02 para 45')], 'unit not stated: calendar days (convention C9)'),
  /** Matching incidents are actioned daily (ch.02 para 59). */
  matchingIncidentActionWorkingDays: param(0, 'working-days', [c('LSC-02-059', 'ch.02 para 59')], 'by the end of the working day of receipt'),
  /** Duplicate referral on the same matter within 3 months (ch.02 para 64). */
  duplicateReferralMonths: param(3, 'months', [c('LSC-02-064', 'ch.02 para 64')], 'from receipt of the earlier case, inclusive'),
  /** Notepad "Do not delete until (insert 14 months date)" (ch.03 para 8). */
  notepadRetentionMonths: param(14, 'months', [c('LSC-03-008b', 'ch.03 para 8')]),
  /** MF67 for tax years from 2004/05 (start year); MF67A before (ch.03 para 9). */
  mf67FirstTaxYearStart: param(2004, 'years', [c('LSC-03-009', 'ch.03 para 9')], 'start year of the 2004/05 tax year'),
  /** Up to five requests on one MF67/MF67A (ch.03 para 10). */
  hmrcRequestsPerFormMaximum: param(5, 'count', [c('LSC-03-010', 'ch.03 para 10')]),
  /** CCEL1: the claimant has 14 calendar days to respond (ch.03 para 25). */
  ccel1ResponseCalendarDays: param(14, 'calendar-days', [c('LSC-03-025', 'ch.03 para 25')]),
  /** Documents destroyed 14 months after benefit entitlement ends (ch.03 para 33). */
  documentDestructionMonths: param(14, 'months', [c('LSC-03-033b', 'ch.03 para 33')]),
  /** Abroad: the claimant is given 14 days to attend (ch.03 para 50). */
  abroadAppointmentNoticeDays: param(14, 'calendar-days', [c('LSC-03-050a', 'ch.03 para 50')], 'unit not stated: calendar days (convention C9)'),
  /** Prepayment interviews/visits within 5 working days of receipt by LSC (ch.03 para 52). */
  prepaymentInterviewWorkingDays: param(5, 'working-days', [c('LSC-03-052', 'ch.03 para 52')]),
  /** Appointments at least 14 calendar days in the future (ch.03 paras 53, 60). */
  minimumNoticeCalendarDays: param(14, 'calendar-days', [c('LSC-03-053', 'ch.03 para 53'), c('LSC-03-060', 'ch.03 para 60')]),
  /**
   * Minimum notice counted in working days instead (the FOI-era edition, FOI-05a); `null` in the
   * 2015 edition, which counts {@link minimumNoticeCalendarDays}. `appointmentWindow` reads this first.
   */
  minimumNoticeWorkingDays: param<number | null>(null, 'working-days', [c('LSC-03-053', 'ch.03 para 53')], 'null: the 2015 minimum is in calendar days'),
  /** The claimant may waive the minimum notice to have an earlier interview (ch.03 para 103); the FOI edition has no waiver. */
  minimumNoticeWaivable: param<boolean>(true, 'boolean', [c('LSC-03-103b', 'ch.03 para 103')]),
  /**
   * Short-notice telephone appointments and appointments re-arranged by agreement need no minimum
   * notice (ch.03 paras 74, 92); the FOI-era edition states no such exception (FOI-05a).
   */
  shortNoticeArrangementsExempt: param<boolean>(true, 'boolean', [c('LSC-03-074', 'ch.03 para 74'), c('LSC-03-092', 'ch.03 para 92')]),
  /**
   * An un-notified visit needs, besides a pre-payment LTAMC case whose claimant the Financial Assessor
   * told of the visit, Risk A, identification at the gateway and the LSCO's justification documented
   * before the visit (ch.03 paras 66–67); the FOI-era edition names only the first three (FOI-05d).
   */
  unNotifiedVisitNeedsGatewayAndJustification: param<boolean>(true, 'boolean', [c('LSC-03-066', 'ch.03 para 66'), c('LSC-03-067', 'ch.03 para 67')]),
  /** The "3 day minimum notification period" para 103 speaks of (not applied: see docs/interpretations.md). */
  waiverStatedNoticeDays: param(3, 'days', [c('LSC-03-103b', 'ch.03 para 103')], 'as stated; the waiver waives the 14-calendar-day minimum of paras 53/60'),
  /** SMS reminder the day before the interview (ch.03 para 61). */
  smsReminderDaysBefore: param(1, 'calendar-days', [c('LSC-03-061', 'ch.03 para 61')], 'the literal previous calendar day'),
  /** FRAIMS B/F the day before the interview to check the SMS (ch.03 para 62). */
  smsCheckBroughtForwardWorkingDaysBefore: param(1, 'working-days', [c('LSC-03-062', 'ch.03 para 62')], 'the last working day before the interview'),
}) satisfies ParameterGroup;

/** The shape of the Compliance (01/15) ch.01–03 (referrals, initial action, scheduling) parameters. */
export type ComplianceReferralsParameters = typeof COMPLIANCE_REFERRALS_PARAMETERS;
