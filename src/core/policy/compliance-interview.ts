import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Compliance (01/15) ch.04–06 (interview, MF47, post-interview).
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.complianceInterview.<name>.value`).

// Citations are built here with `cite` (core may not import a domain folder); the references
// follow the same `Compliance (01/15) ch.NN para N` form as `lsc()`.
const c = (id: string, para: string) => cite(id, `Compliance (01/15) ${para}`);

/** The employer-contact regimes an edition can state (see `employerContactRegime`). */
export const EMPLOYER_CONTACT_REGIMES = Object.freeze(['grounds-without-consent', 'permission-at-interview-only'] as const);
/** One of {@link EMPLOYER_CONTACT_REGIMES}. */
export type EmployerContactRegime = (typeof EMPLOYER_CONTACT_REGIMES)[number];

/** What follows a failure to attend in an edition (see `failureToAttendReOffer`). */
export const FAILURE_TO_ATTEND_RE_OFFER_RULES = Object.freeze(['consider-suspension', 're-offer-first-and-second-with-good-reason'] as const);
/** One of {@link FAILURE_TO_ATTEND_RE_OFFER_RULES}. */
export type FailureToAttendReOfferRule = (typeof FAILURE_TO_ATTEND_RE_OFFER_RULES)[number];

/**
 * The numbers stated in Compliance (01/15) ch.04–06 (interview, MF47, post-interview), each with its citation.
 *
 * @example
 * CURRENT_POLICY.complianceInterview.smallOverpaymentLimitPence.value; // 6500
 */
export const COMPLIANCE_INTERVIEW_PARAMETERS = Object.freeze({
  /** "small overpayments of £65.00 and under" need one of the exact admissions (≤, inclusive). */
  smallOverpaymentLimitPence: param(6500, 'pence', [c('LSC-05-003', 'ch.05 para 3')], '"£65.00 and under": amount <= 6500 pence'),
  /** Customer Centric capital referrals: capital "exceeds the lower tariff income level" (£6,000). */
  capitalExceptionLowerPence: param(600000, 'pence', [c('LSC-05-012', 'ch.05 para 12')], 'strict: capital > £6,000'),
  /** … "but falls short of the higher level" (£16,000); total that may exceed it → LSI. */
  capitalExceptionUpperPence: param(1600000, 'pence', [c('LSC-05-012', 'ch.05 para 12'), c('LSC-05-014', 'ch.05 para 14')], 'strict: refer when total > £16,000.00'),
  /** Undisclosed capital: "14 calendar days to respond". */
  capitalResponseCalendarDays: param(14, 'calendar-days', [c('LSC-04-053', 'ch.04 para 53')], 'day 0 = request date; due date inclusive'),
  /** Documentary evidence: "Allow the claimant 14 calendar days". */
  documentaryEvidenceCalendarDays: param(14, 'calendar-days', [c('LSC-04-055', 'ch.04 para 55'), c('LSC-06-026', 'ch.06 para 26')], 'day 0 = the date the request was notified to the claimant; day 14 inclusive'),
  /**
   * Documentary evidence counted in working days from the interview instead (the FOI-era edition,
   * FOI-13); `null` in the 2015 edition, which counts {@link documentaryEvidenceCalendarDays} from the request.
   */
  documentaryEvidenceWorkingDaysFromInterview: param<number | null>(null, 'working-days', [c('LSC-04-055', 'ch.04 para 55')], 'null: the 2015 period is in calendar days from the request'),
  /**
   * Who may contact the claimant's employer: `'grounds-without-consent'` (2015: consent on the MF47,
   * or without consent on a ch.06 para 29 ground) or `'permission-at-interview-only'` (the FOI-era
   * edition, FOI-07b–d: only with permission given at the interview; barred after a refusal of
   * permission or a denial of working for the employer).
   */
  employerContactRegime: param<EmployerContactRegime>('grounds-without-consent', 'text', [c('LSC-06-029', 'ch.06 para 29'), c('LSC-04-056', 'ch.04 para 56')]),
  /**
   * After a failure to attend: `'consider-suspension'` (2015, ch.06 para 38: no automatic new
   * appointment) or `'re-offer-first-and-second-with-good-reason'` (the FOI-era edition, FOI-16a/b).
   */
  failureToAttendReOffer: param<FailureToAttendReOfferRule>('consider-suspension', 'text', [c('LSC-06-038', 'ch.06 para 38')]),
  /** Working but finishing immediately: "evidence of dates of employment within 10 working days". */
  finishingWorkEvidenceWorkingDays: param(10, 'working-days', [c('LSC-04-058', 'ch.04 para 58')], 'day 0 = interview date'),
  /** "closure … if the information is not supplied within the subsequent 4 weeks" (after suspension). */
  closureAfterSuspensionWeeks: param(4, 'weeks', [c('LSC-04-016d', 'ch.04 para 16')], 'day 0 = suspension date'),
  /** Telephone interview: MF47 "must be returned within 14 calendar days"; B/F of 14 calendar days. */
  telephoneMf47ReturnCalendarDays: param(14, 'calendar-days', [c('LSC-04-078', 'ch.04 para 78'), c('LSC-04-079', 'ch.04 para 79')], 'day 0 = MF47 issue date'),
  /** LTAMC thinking time: second interview "within 10 calendar days of the initial interview" (`null`: no limit, FOI-10). */
  ltamcSecondInterviewCalendarDays: param<number | null>(10, 'calendar-days', [c('LSC-04-044', 'ch.04 para 44')], 'day 0 = first interview; day 10 inclusive'),
  /** LTAMC: the second interview is "the second and final" one (`null`: no limit, FOI-10). */
  ltamcMaximumInterviews: param<number | null>(2, 'count', [c('LSC-04-045', 'ch.04 para 45')]),
  /** LTAMC: living together reported "within 28 days of the first interview" → causal link. */
  ltamcCausalLinkDays: param(28, 'calendar-days', [c('LSC-04-046', 'ch.04 para 46')], 'unit not stated: calendar days (convention C9); day 0 = first interview'),
  /** Appropriate adult (fallback category): "aged eighteen or over". */
  appropriateAdultMinimumAge: param(18, 'age-years', [c('LSC-04-023', 'ch.04 para 23')], 'inclusive; fallback category only'),
  /** Undisclosed capital: "the last four digits of the account number" may be given (not Halifax). */
  disclosedAccountDigits: param(4, 'count', [c('LSC-04-049', 'ch.04 para 49')]),
  /** "MacFarlane Trust can only supply information from year 2004 onwards". */
  macfarlaneEarliestYear: param(2004, 'years', [c('LSC-04-065b', 'ch.04 para 65')], 'calendar year 2004 onwards'),
  /** Employment information: the claimant "should be allowed 14 days". */
  employmentInformationDays: param(14, 'calendar-days', [c('LSC-06-031', 'ch.06 para 31')], 'unit not stated: calendar days, as ch.06 para 26'),
  /** Employer enquiry: "Allow 10 working days for the response". */
  employerResponseWorkingDays: param(10, 'working-days', [c('LSC-06-036', 'ch.06 para 36')], 'day 0 = request to the employer'),
  /** Suspension letters issued: "set a B/F for 1 month for the response from the claimant". */
  suspensionResponseMonths: param(1, 'months', [c('LSC-06-045', 'ch.06 para 45')], 'calendar month, end-of-month clamped'),
  /** Bereavement Benefit: "12 weeks for a reply"; escalate at the 12-week B/F. */
  bereavementReplyWeeks: param(12, 'weeks', [c('LSC-06-014', 'ch.06 para 14'), c('LSC-06-015', 'ch.06 para 15')], 'day 0 = date forwarded to the Dover BB Maintenance Team'),
  /** Carer's Allowance: FES DCT sets "a 4 week B/F for a response". */
  carersAllowanceResponseWeeks: param(4, 'weeks', [c('LSC-06-055', 'ch.06 para 55'), c('LSC-06-056', 'ch.06 para 56')], 'day 0 = date FES DCT receives the file'),
  /** Pension Credit: escalate if no decision "within ten weeks of referral". */
  pensionCreditEscalationWeeks: param(10, 'weeks', [c('LSC-06-059', 'ch.06 para 59'), c('LSC-08-036', 'ch.08 para 36')], 'day 0 = referral to the Pension Centre; day 70 still within'),
  /** JSA/ESA suspension: AR code "9999". */
  jsaEsaSuspensionReasonCode: param('9999', 'text', [c('LSC-06-046', 'ch.06 para 46')]),
  /** IS suspension: "The 'Reason code' is '2'". */
  isSuspensionReasonCode: param('2', 'text', [c('LSC-06-046', 'ch.06 para 46')]),
}) satisfies ParameterGroup;

/** The shape of the Compliance (01/15) ch.04–06 (interview, MF47, post-interview) parameters. */
export type ComplianceInterviewParameters = typeof COMPLIANCE_INTERVIEW_PARAMETERS;
