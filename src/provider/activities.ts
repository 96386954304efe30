import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { prv } from './cite-prv.js';

const C084 = prv('PRV-084');
const C106 = prv('PRV-106');
const C107 = prv('PRV-107');
const C108 = prv('PRV-108');
const C110 = prv('PRV-110');
const C112 = prv('PRV-112');

/** Kinds of activity a provider may arrange (paras 106–112). */
export const PARTICIPANT_ACTIVITY_KINDS = Object.freeze(['work experience or attachment with an employer', 'self-employment', 'other activity'] as const);
/** A kind of participant activity. */
export type ParticipantActivityKind = (typeof PARTICIPANT_ACTIVITY_KINDS)[number];

/** Input of {@link decideParticipantActivity}. */
export const participantActivityInputSchema = z.object({
  kind: z.enum(PARTICIPANT_ACTIVITY_KINDS),
  /** Employer placements: the employer has a genuine reason for offering it. */
  employerHasGenuineReason: z.boolean().default(true),
  /** Employer placements: the role would otherwise be advertised as vacant (not additional). */
  roleWouldOtherwiseBeAdvertised: z.boolean().default(false),
  /** The activity contravenes the National Minimum Wage Act. */
  contravenesNationalMinimumWage: z.boolean().default(false),
  /** The activity could put the participant at risk. */
  putsParticipantAtRisk: z.boolean().default(false),
  /** The activity could bring Jobcentre Plus or the provider into disrepute. */
  couldBringDisrepute: z.boolean().default(false),
  /** The activity would breach a MAPPA restriction of the participant. */
  breachesMappaRestriction: z.boolean().default(false),
  /** Self-employment: checked with Jobcentre Plus. */
  checkedWithJobcentrePlus: z.boolean().default(false),
  /** Self-employment: checked with HM Revenue and Customs. */
  checkedWithHmrc: z.boolean().default(false),
  /** Self-employment: confirmed it will not affect benefit entitlement. */
  benefitEntitlementUnaffected: z.boolean().default(false),
});
/** Input of {@link decideParticipantActivity}. */
export type ParticipantActivityInput = z.input<typeof participantActivityInputSchema>;

const R_MAPPA = reason('PRV-084', 'The activity breaches a MAPPA restriction, which must be strictly adhered to.', [C084, C110]);
const R_RISK = reason('PRV-110', 'Participants must not be helped into activities that could put them at risk or bring Jobcentre Plus or the provider into disrepute.', [C110]);
const R_NMW = reason('PRV-107', 'An activity with an employer must not contravene the National Minimum Wage Act.', [C107]);
const R_GENUINE = reason('PRV-106', 'The employer must have a genuine reason and the placement must be genuinely additional (not a role that would be advertised).', [C106]);
const R_EMPLOYER_OK = reason('PRV-106', 'Genuine, additional placement within the law: monitor its progress once it starts.', [C106]);
const R_SE_CHECKS = reason('PRV-112', 'Before self-employment activity, check with Jobcentre Plus and HMRC that benefit entitlement is not affected.', [C112]);
const R_SE_OK = reason('PRV-112', 'Checks made with Jobcentre Plus and HMRC; benefit entitlement unaffected.', [C112]);
const R_OK = reason('PRV-110', 'Not an unsuitable activity.', [C110]);

/**
 * May the provider arrange or support an activity for a participant (paras 84, 106–107, 110,
 * 112)? Never one that could put the participant at risk, bring Jobcentre Plus or the provider
 * into disrepute, or breach a MAPPA restriction; employer placements must be genuine, additional
 * and within the National Minimum Wage Act; self-employment needs prior checks with Jobcentre Plus
 * and HMRC that benefits are unaffected. Every failed condition is a reason.
 *
 * @example
 * decideParticipantActivity({ kind: 'work experience or attachment with an employer', roleWouldOtherwiseBeAdvertised: true }).value; // false
 */
export function decideParticipantActivity(input: ParticipantActivityInput, options?: RuleOptions): Decision<boolean> {
  const id = policyOf(options).id;
  const failed: Reason[] = [];
  if (input.breachesMappaRestriction === true) failed.push(R_MAPPA);
  if (input.putsParticipantAtRisk === true || input.couldBringDisrepute === true) failed.push(R_RISK);
  if (input.contravenesNationalMinimumWage === true) failed.push(R_NMW);
  if (input.kind === 'work experience or attachment with an employer' && (input.employerHasGenuineReason === false || input.roleWouldOtherwiseBeAdvertised === true)) failed.push(R_GENUINE);
  if (input.kind === 'self-employment' && !(input.checkedWithJobcentrePlus === true && input.checkedWithHmrc === true && input.benefitEntitlementUnaffected === true)) failed.push(R_SE_CHECKS);
  if (failed.length > 0) return decide(false, failed, id);
  const ok = input.kind === 'work experience or attachment with an employer' ? R_EMPLOYER_OK : input.kind === 'self-employment' ? R_SE_OK : R_OK;
  return decide(true, [ok], id);
}

export const participantActivityRule = defineRule({
  name: 'decideParticipantActivity', domain: 'provider', title: 'Suitable activities, employer placements and self-employment',
  ids: ['PRV-084', 'PRV-106', 'PRV-107', 'PRV-110', 'PRV-112'], citations: [C084, C106, C107, C110, C112],
  input: participantActivityInputSchema, evaluate: decideParticipantActivity,
});

/** Kinds of employer feedback on a rejected participant (para 108). */
export const EMPLOYER_FEEDBACK_KINDS = Object.freeze(['specific evidence of unsuitability', 'vague and evasive'] as const);
/** A kind of employer feedback. */
export type EmployerFeedbackKind = (typeof EMPLOYER_FEEDBACK_KINDS)[number];

/** Input of {@link assessEmployerRejectionFeedback}. */
export const employerFeedbackInputSchema = z.object({
  /** The employer's feedback on rejecting a participant expected to be offered work. */
  feedback: z.enum(EMPLOYER_FEEDBACK_KINDS),
});
/** Input of {@link assessEmployerRejectionFeedback}. */
export type EmployerFeedbackInput = z.input<typeof employerFeedbackInputSchema>;

/** Value of {@link assessEmployerRejectionFeedback}. */
export interface EmployerFeedbackValue {
  readonly continueWorkExperienceWithEmployer: boolean;
  readonly reviewFutureOffers: boolean;
}

const R_FB_SPECIFIC = reason('PRV-108', 'Specific evidence of unsuitability: no problem continuing work experience with the employer.', [C108]);
const R_FB_VAGUE = reason('PRV-108', 'Vague and evasive feedback: consider whether future work-experience offers are agreed with that employer; track patterns.', [C108]);

/**
 * What to make of an employer's feedback after rejecting a participant for a vacancy (para 108).
 *
 * @example
 * assessEmployerRejectionFeedback({ feedback: 'vague and evasive' }).value.reviewFutureOffers; // true
 */
export function assessEmployerRejectionFeedback(input: EmployerFeedbackInput, options?: RuleOptions): Decision<EmployerFeedbackValue> {
  const id = policyOf(options).id;
  return input.feedback === 'specific evidence of unsuitability'
    ? decide({ continueWorkExperienceWithEmployer: true, reviewFutureOffers: false }, [R_FB_SPECIFIC], id)
    : decide({ continueWorkExperienceWithEmployer: true, reviewFutureOffers: true }, [R_FB_VAGUE], id);
}

export const employerFeedbackRule = defineRule({
  name: 'assessEmployerRejectionFeedback', domain: 'provider', title: 'Employer feedback on a rejected participant',
  ids: ['PRV-108'], citations: [C108], input: employerFeedbackInputSchema, evaluate: assessEmployerRejectionFeedback,
});
