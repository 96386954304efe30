import { cite, type Citation } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Compliance (01/15) ch.07–12 (outcomes, MVA, closure, checks, integrity, stages).
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complianceOutcomes.<name>.value`).

function at(id: string, where: string): Citation {
  return cite(id, `Compliance (01/15) ${where}`);
}

/** Who may abandon a case, and why, in an edition (see `abandonmentRegime`). */
export const ABANDONMENT_REGIMES = Object.freeze(['six-grounds-team-leader-agreement', 'malicious-only-officer-discretion'] as const);
/** One of {@link ABANDONMENT_REGIMES}. */
export type AbandonmentRegime = (typeof ABANDONMENT_REGIMES)[number];

/**
 * The numbers stated in Compliance (01/15) ch.07–12 (outcomes, MVA, closure, checks, integrity, stages), each with its citation.
 *
 * @example
 * CURRENT_POLICY.complianceOutcomes.causalLinkWindowDays.value; // 28
 */
export const COMPLIANCE_OUTCOMES_PARAMETERS = Object.freeze({
  /**
   * Abandonment: `'six-grounds-team-leader-agreement'` (2015, ch.07 paras 14–15) or
   * `'malicious-only-officer-discretion'` (the FOI-era edition, FOI-17).
   */
  abandonmentRegime: param<AbandonmentRegime>('six-grounds-team-leader-agreement', 'text', [at('LSC-07-014', 'ch.07 para 14'), at('LSC-07-015', 'ch.07 para 15')]),
  /** Causal-link period: the file is held 28 days after the first face-to-face interview; day 28 is inside. */
  causalLinkWindowDays: param(28, 'calendar-days', [at('LSC-07-034', 'ch.07 para 34'), at('LSC-07-029', 'ch.07 para 29')],
    'Calendar days from the first interview (day 0); a notification on day 28 is inside, day 29 outside.'),
  /** FTA + LSCO suspension: no claimant contact within one calendar month before termination counts as positive. */
  positiveOutcomeNoContactMonths: param(1, 'months', [at('LSC-07-022c', 'ch.07 para 22')],
    'Counted from the LSCO suspension notification; contact on the same day-of-month one month later is within the month.'),
  /** CCEL1 (claimant no longer on benefit): no reply after 14 days (Example 3). */
  correspondenceNoReplyDays: param(14, 'calendar-days', [at('LSC-07-109', 'ch.07 Appendix para 9')]),
  /** Training for Work Allowance: 10p of the underlying benefit as the MVA on termination. */
  trainingForWorkAllowanceMvaPence: param(10, 'pence', [at('LSC-08-012', 'ch.08 para 12')], 'A flat weekly amount of 10p.'),
  /** Council Tax Benefit MVAs only up to and including 31 March 2013. */
  councilTaxBenefitMvaLastDate: param('2013-03-31', 'date', [at('LSC-08-007', 'ch.08 para 7')],
    'Compared with the date the LSCO identified the change (the MVA date).'),
  /** Monthly-assessed benefits (Universal Credit): months per year for the weekly-rate conversion. */
  monthsPerYear: param(12, 'count', [at('LSC-08-001', 'ch.08 para 1')], 'Monthly rate × 12 / 52, rounded to the nearest penny (interpretation).'),
  /** Weeks per year for the monthly → weekly conversion. */
  weeksPerYear: param(52, 'count', [at('LSC-08-001', 'ch.08 para 1')]),
  /** A DM decision is revisable if action starts within one month of notification of the original decision. */
  revisionWindowMonths: param(1, 'months', [at('LSC-08-018', 'ch.08 para 18')], 'Inclusive of the same day-of-month a month later (end-of-month clamped).'),
  /** Pension Credit: escalate when there is no decision within ten weeks of referral. */
  pensionCreditDecisionWeeks: param(10, 'weeks', [at('LSC-08-036', 'ch.08 para 36')], 'Day 70 after referral is still within.'),
  /** LSC documents are destroyed 14 months after benefit entitlement ends. */
  documentRetentionMonths: param(14, 'months', [at('LSC-09-004', 'ch.09 para 4')]),
  /** Clearance measure: 15 working days from receipt in the inbox to notification of the first interview. */
  clearanceWorkingDays: param(15, 'working-days', [at('LSC-10-003', 'ch.10 para 3')]),
  /** Progress check on every case open more than 25 working days since allocation. */
  progressCheckAfterWorkingDays: param(25, 'working-days', [at('LSC-10-005', 'ch.10 para 5')], '"Over 25": the first check is due on working day 26.'),
  /** The FRAIMS query: 'Date Opened' before a date 25 days before the checking date. */
  progressCheckQueryDays: param(25, 'calendar-days', [at('LSC-10-006', 'ch.10 para 6')]),
  /** Repeat the progress check at ten working day intervals until closure. */
  progressCheckRepeatWorkingDays: param(10, 'working-days', [at('LSC-10-008', 'ch.10 para 8')], 'From the previous check.'),
  /** Recommended: one daily-task check per officer each month. */
  dailyTaskChecksPerOfficerPerMonth: param(1, 'count', [at('LSC-10-012', 'ch.10 para 12')]),
  /** Monthly process check: at least 5% of closed cases (a percentage). */
  processCheckSamplePercent: param(5, 'percent', [at('LSC-10-014', 'ch.10 para 14')], 'A percentage; the sample size is rounded up.'),
  /** MR303 diaries are kept for two years. */
  mr303RetentionYears: param(2, 'years', [at('LSC-10-030', 'ch.10 para 30')], 'From the end of the diary period.'),
  /** At least four accompanied interviews per year with each LSCO. */
  accompaniedInterviewsPerYear: param<number | null>(4, 'count', [at('LSC-10-032', 'ch.10 para 32')], 'Financial year (April–March) by default.'),
  /** Recommended: one accompanied interview per quarter. */
  accompaniedInterviewsPerQuarter: param(1, 'count', [at('LSC-10-032', 'ch.10 para 32')]),
  /** First month of the year over which accompanied interviews are counted (4 = April, financial year). */
  accompaniedInterviewYearStartMonth: param(4, 'count', [at('LSC-10-032', 'ch.10 para 32')], 'Interpretation: the financial year.'),
  /** Integrity sample: 90 cases from each district. */
  integrityCasesPerDistrict: param(90, 'count', [at('LSC-11-001', 'ch.11 para 1')]),
  /** Integrity sample: three districts a month (top, middle and lower performing). */
  integrityDistrictsPerMonth: param(3, 'count', [at('LSC-11-001', 'ch.11 para 1'), at('LSC-11-002', 'ch.11 para 2')]),
  /** Integrity sample: 70% of the cases have the Outcome 'Positive Compliance' (a percentage). */
  integrityPositivePercent: param(70, 'percent', [at('LSC-11-005', 'ch.11 para 5')], 'Applied per district: 63 of 90.'),
  /** Integrity findings issued within 2 weeks of the end of the selection period. */
  integrityReportWeeks: param(2, 'weeks', [at('LSC-11-006', 'ch.11 para 6')]),
  /** Integrity records kept for 14 months from final closure. */
  integrityRecordRetentionMonths: param(14, 'months', [at('LSC-11-022', 'ch.11 para 22')]),
  /** Tolerance before a Date of Outcome counts as entered late (no figure in the guidance). */
  dateOfOutcomeDelayToleranceWorkingDays: param(0, 'working-days', [at('LSC-11-029k', 'ch.11 para 29')],
    'The guidance gives no figure; 0 means any working day of delay after the DM response is a quality issue.'),
  /** Tolerance before a closure date counts as entered late (no figure in the guidance). */
  closureDelayToleranceWorkingDays: param(0, 'working-days', [at('LSC-11-029l', 'ch.11 para 29')],
    'The guidance gives no figure; 0 means any working day of delay after every closure precondition is met.'),
  /** Days a case may rest in a stage it "must not remain" in (no figure in the guidance). */
  transientStageToleranceDays: param(0, 'calendar-days', [at('LSC-12-001a', 'ch.12 para 1')],
    'The guidance gives no figure; 0 means a case found in the stage on any later day is flagged.'),
}) satisfies ParameterGroup;

/** The shape of the Compliance (01/15) ch.07–12 (outcomes, MVA, closure, checks, integrity, stages) parameters. */
export type ComplianceOutcomesParameters = typeof COMPLIANCE_OUTCOMES_PARAMETERS;
