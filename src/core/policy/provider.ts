import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Provider guidance, generic chapter.
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.provider.<name>.value`).

const T = 'Provider guidance (generic chapter)';
const P006 = cite('PRV-006', `${T} para 6`);
const P014 = cite('PRV-014', `${T} para 14`);
const P036B = cite('PRV-036b', `${T} para 36`);
const P039 = cite('PRV-039', `${T} para 39`);
const P048A = cite('PRV-048a', `${T} para 48`);
const P048B = cite('PRV-048b', `${T} para 48`);
const P049B = cite('PRV-049b', `${T} para 49`);
const P049D = cite('PRV-049d', `${T} para 49`);
const P054 = cite('PRV-054', `${T} para 54`);
const P055 = cite('PRV-055', `${T} para 55`);
const P067 = cite('PRV-067', `${T} para 67`);
const P077 = cite('PRV-077', `${T} para 77`);
const P119B = cite('PRV-119b', `${T} para 119`);
const PA2P04 = cite('PRV-A2-P-04', `${T} Annex 2 preamble para 4`);
const PA2B01A = cite('PRV-A2-B-01a', `${T} Annex 2 Part B para 1`);
const PA2B06 = cite('PRV-A2-B-06', `${T} Annex 2 Part B para 6`);

/**
 * The numbers stated in Provider guidance, generic chapter, each with its citation.
 *
 * @example
 * CURRENT_POLICY.provider.travelLimitMinutes.value; // 90
 */
export const PROVIDER_PARAMETERS = Object.freeze({
  /** Designation order letting DWP contact employers direct: in force from this date (inclusive). */
  designationOrderFrom: param('2013-07-17', 'date', [P006]),
  /** Longest normal journey, each way, to a place of work search or work. */
  travelLimitMinutes: param(90, 'minutes', [P014], 'each leg separately; exactly 90 is within the limit'),
  /** Fast Track cost criterion: estimated cost strictly over this amount. */
  fastTrackCostThresholdPence: param(200_000, 'pence', [P036B], '"over £2,000": £2,000.00 does not qualify, £2,000.01 does'),
  /** AIIS abolished as a benefit from this date (inclusive). */
  aiisAbolishedFrom: param('2013-10-31', 'date', [P039]),
  /** Short-term sickness: periods allowable within the 12-month period. */
  sicknessPeriodsAllowed: param(2, 'count', [P048A]),
  /** Short-term sickness: longest period. */
  sicknessPeriodMaxWeeks: param(2, 'weeks', [P048A], '"2 weeks each" read as at most 14 calendar days'),
  /** Domestic emergency: periods allowable within the 12-month period. */
  domesticEmergencyPeriodsAllowed: param(4, 'count', [P048A]),
  /** Domestic emergency: longest period. */
  domesticEmergencyPeriodMaxWeeks: param(1, 'weeks', [P048A]),
  /** Domestic violence: periods allowable within the 12-month period. */
  domesticViolencePeriodsAllowed: param(1, 'count', [P048A]),
  /** Domestic violence: longest period. */
  domesticViolencePeriodMaxWeeks: param(13, 'weeks', [P048A]),
  /** The look-back JCP checks for earlier periods allowed ("the 12 month period"). */
  absenceLookBackMonths: param(12, 'months', [P048A, P048B], 'rolling: the 12 months ending on the first day of the new absence; applied to all three kinds (para 48 second part)'),
  /** Length of a Mandatory Work Activity placement (holidays not permitted). */
  mwaPlacementWeeks: param(4, 'weeks', [P049B]),
  /**
   * Proposed cumulative holiday limit during a placement, in scheduled attendance days; `null`
   * when the proposal is not adopted (then no cumulative check is made).
   */
  holidayCumulativeLimitAttendanceDays: param<number | null>(10, 'days', [P049D], '"2 weeks" read as 10 scheduled attendance days; "proposed" status'),
  /** The placement length the proposed holiday limit is stated for (no pro-rating). */
  holidayReferencePlacementWeeks: param(26, 'weeks', [P049D]),
  /** Childcare funding: the birthday after which the cut-off falls. */
  childcareAgeLimitYears: param(15, 'age-years', [P054]),
  /** Childcare funding: the birthday used when the child gets DLA or is registered blind. */
  childcareAgeLimitYearsDisabledChild: param(16, 'age-years', [P054]),
  /** Childcare funding cut-off: month (1–12) of the cut-off day. */
  childcareCutOffMonth: param(9, 'count', [P054], 'September'),
  /** Childcare funding cut-off: ISO weekday of the cut-off day (Monday = 1 … Sunday = 7). */
  childcareCutOffIsoWeekday: param(2, 'count', [P054], 'Tuesday'),
  /** Replacement care: the carer's minimum age (inclusive). */
  carerMinimumAgeYears: param(18, 'age-years', [P055]),
  /** Replacement care: the carer must work strictly fewer hours a week than this. */
  carerWorkingHoursLimit: param(16, 'hours', [P055], 'usual weekly hours; exactly 16 is not eligible'),
  /** Special Customer Records: longest access without management authorisation. */
  scrAccessMaxHours: param(4, 'hours', [P067], 'exactly 4 hours is allowed; longer needs management authorisation'),
  /** ESF audit: validated job and sustainment claim evidence is kept until this date (inclusive). */
  esfRetentionUntil: param('2027-12-31', 'date', [P077]),
  /** Fraud prevention: longest gap between audit checks. */
  fraudAuditIntervalMonths: param(6, 'months', [P119B], 'a ceiling on the gap: at least once every 6 calendar months'),
  /** The DWP provider complaint process covers contracts let or renewed on or after this date. */
  complaintProcessContractsFrom: param('2011-04-01', 'date', [PA2B01A, PA2P04]),
  /** Contribution to ICE costs recovered when a complaint is upheld at the investigation stage. */
  iceUpheldContributionPence: param(500_000, 'pence', [PA2B06], 'reviewed periodically between DWP and providers'),
}) satisfies ParameterGroup;

/** The shape of the Provider guidance, generic chapter parameters. */
export type ProviderParameters = typeof PROVIDER_PARAMETERS;
