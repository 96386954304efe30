import { foiFact } from '../../foi/cite-foi.js';
import { COMPLIANCE_INTERVIEW_PARAMETERS } from './compliance-interview.js';
import { COMPLIANCE_OUTCOMES_PARAMETERS } from './compliance-outcomes.js';
import { COMPLIANCE_REFERRALS_PARAMETERS, type ComplianceReferralsParameters } from './compliance-referrals.js';
import type { ComplianceInterviewParameters, EmployerContactRegime, FailureToAttendReOfferRule } from './compliance-interview.js';
import type { AbandonmentRegime, ComplianceOutcomesParameters } from './compliance-outcomes.js';
import { FOI_PARAMETERS } from './foi.js';
import { param } from './parameter.js';

// The earlier compliance edition as summarised in the FOI request (docs/foi.md, "Where the
// editions differ"): the 2015 groups with the FOI numbers and rule switches overriding them.
// Only the overridden parameters are listed; everything else is the 2015 value.

/**
 * Compliance (01/15) ch.01–03 parameters as the FOI-era edition states them.
 *
 * @example
 * FOI_ERA_REFERRALS_PARAMETERS.minimumNoticeWorkingDays.value; // 3
 */
export const FOI_ERA_REFERRALS_PARAMETERS: ComplianceReferralsParameters = Object.freeze({
  ...COMPLIANCE_REFERRALS_PARAMETERS,
  /** At least 3 working days' notice (FOI-05a): the same parameter the `foi` group states. */
  minimumNoticeWorkingDays: FOI_PARAMETERS.minimumInterviewNoticeWorkingDays,
  /** FOI-05a states no waiver of the notice period. */
  minimumNoticeWaivable: param<boolean>(false, 'boolean', [foiFact('FOI-05a')], 'The summary mentions no waiver.'),
  /** FOI-05a: at least 3 working days' notice, with no short-notice or re-arrangement exception. */
  shortNoticeArrangementsExempt: param<boolean>(false, 'boolean', [foiFact('FOI-05a')], 'The summary states no exception but the un-announced visit.'),
  /** FOI-05d: suspected couple, prepayment case, warned by a financial assessor; nothing more. */
  unNotifiedVisitNeedsGatewayAndJustification: param<boolean>(false, 'boolean', [foiFact('FOI-05d')], 'The summary names three conditions only.'),
});

/**
 * Compliance (01/15) ch.04 parameters as the FOI-era edition states them.
 *
 * @example
 * FOI_ERA_INTERVIEW_PARAMETERS.documentaryEvidenceWorkingDaysFromInterview.value; // 10
 */
export const FOI_ERA_INTERVIEW_PARAMETERS: ComplianceInterviewParameters = Object.freeze({
  ...COMPLIANCE_INTERVIEW_PARAMETERS,
  /** Documents not supplied at the interview: within 10 working days of the interview (FOI-13). */
  documentaryEvidenceWorkingDaysFromInterview: FOI_PARAMETERS.documentsDueWorkingDays,
  /** LTAMC: a second date is set with no time limit (FOI-10). */
  ltamcSecondInterviewCalendarDays: param<number | null>(null, 'calendar-days', [foiFact('FOI-10')], 'null: no time limit'),
  /** LTAMC: the FOI states no "second and final" limit (FOI-10). */
  ltamcMaximumInterviews: param<number | null>(null, 'count', [foiFact('FOI-10')], 'null: no limit'),
  /** Another appointment is offered automatically after a first failure to attend, and after a second with good reason (FOI-16a/b). */
  failureToAttendReOffer: param<FailureToAttendReOfferRule>('re-offer-first-and-second-with-good-reason', 'text', [foiFact('FOI-16a'), foiFact('FOI-16b')], 'A second failure without good reason, and any later failure, fall back to the 2015 rule (consider suspension).'),
  /** Employer contact only with permission given at the interview; refusal or denial bars it (FOI-07b–d). */
  employerContactRegime: param<EmployerContactRegime>('permission-at-interview-only', 'text', [foiFact('FOI-07b'), foiFact('FOI-07c'), foiFact('FOI-07d')]),
});

/**
 * Compliance (01/15) ch.07–10 parameters as the FOI-era edition states them.
 *
 * @example
 * FOI_ERA_OUTCOMES_PARAMETERS.accompaniedInterviewsPerYear.value; // null
 */
export const FOI_ERA_OUTCOMES_PARAMETERS: ComplianceOutcomesParameters = Object.freeze({
  ...COMPLIANCE_OUTCOMES_PARAMETERS,
  /** A malicious allegation only, at the officer's discretion (FOI-17). */
  abandonmentRegime: param<AbandonmentRegime>('malicious-only-officer-discretion', 'text', [foiFact('FOI-17')]),
  /** The manager accompanies "occasionally": no minimum (FOI-20). */
  accompaniedInterviewsPerYear: param<number | null>(null, 'count', [foiFact('FOI-20')], 'null: no minimum'),
});
