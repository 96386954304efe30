// FOI-era interview rules: triggers (FOI-06), the signed statement (FOI-09), living-together pauses
// (FOI-10), claimant requests (FOI-11, 12, 14, 15), failure to attend (FOI-16a/b), process checks (FOI-19).
import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { foiFact } from './cite-foi.js';
import { eventCountSchema, caseloadCountSchema } from '../core/schemas.js';

/**
 * The most common triggers for compliance involvement (FOI-06; not exhaustive, hence `other`), each
 * with the nearest 2015 Risk type for comparison.
 *
 * @example
 * FOI_ERA_TRIGGERS.map((t) => t.trigger); // ['suspected living together', 'recently separated', 'self-employed', 'sanctions on benefit', 'suspected undeclared work', 'other']
 */
export const FOI_ERA_TRIGGERS = Object.freeze([
  Object.freeze({ trigger: 'suspected living together', printed: 'living together as a husband and wife or as in a civil partnership', counterpart2015: 'Risk A / Risk B (LTAMC)' }),
  Object.freeze({ trigger: 'recently separated', printed: 'recently separated', counterpart2015: 'Risk C (up to three months)' }),
  Object.freeze({ trigger: 'self-employed', printed: 'you have been self-employed', counterpart2015: 'Risk D (Previously Self-Employed)' }),
  Object.freeze({ trigger: 'sanctions on benefit', printed: 'you have sanctions on your benefits', counterpart2015: 'Risk E (WFI sanction of 4 weeks or more; narrower)' }),
  Object.freeze({ trigger: 'suspected undeclared work', printed: 'working without declaring it', counterpart2015: 'none (an FRF allegation, not a Risk type)' }),
  Object.freeze({ trigger: 'other', printed: '(not listed: the list is of the most common triggers)', counterpart2015: 'Risk F / G / H' }),
] as const);
/** One trigger of {@link FOI_ERA_TRIGGERS}. */
export type FoiEraTrigger = (typeof FOI_ERA_TRIGGERS)[number]['trigger'];
const TRIGGER_NAMES = FOI_ERA_TRIGGERS.map((t) => t.trigger) as [FoiEraTrigger, ...FoiEraTrigger[]];

/** Input of {@link classifyFoiEraTrigger}. */
export const foiEraTriggerInputSchema = z.object({ trigger: z.enum(TRIGGER_NAMES) });
export type FoiEraTriggerInput = z.input<typeof foiEraTriggerInputSchema>;

const R_COMMON: Reason = reason('FOI-06', 'One of the five most common triggers for compliance involvement.', [foiFact('FOI-06')]);
const R_OTHER: Reason = reason('FOI-06', 'Not one of the five most common triggers (the list is not exhaustive).', [foiFact('FOI-06')]);

/**
 * Is the referral reason one of the five most common FOI-era triggers (FOI-06)?
 *
 * @example
 * classifyFoiEraTrigger({ trigger: 'recently separated' }).value; // true
 */
export function classifyFoiEraTrigger(input: FoiEraTriggerInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  return input.trigger === 'other' ? decide(false, [R_OTHER], policy.id) : decide(true, [R_COMMON], policy.id);
}

/** Input of {@link validateFoiEraStatementSignature}. */
export const foiEraStatementInputSchema = z.object({
  author: z.enum(['claimant', 'officer']),
  signer: z.enum(['claimant', 'officer']),
  /** The claimant refused (to sign). */
  claimantRefused: z.boolean(),
});
export type FoiEraStatementInput = z.input<typeof foiEraStatementInputSchema>;

const R_SIG_OK: Reason = reason('FOI-09', 'A signed statement written by the claimant or by the officer, signed by the claimant (or, on a refusal, by the officer).', [foiFact('FOI-09')]);
const R_SIG_BAD: Reason = reason('FOI-09', 'The statement is written by the claimant and signed by them, or written by the officer and signed by the claimant; the officer signs only when the claimant refuses.', [foiFact('FOI-09')]);

/**
 * Is the statement's authorship and signature valid? (claimant, claimant), (officer, claimant), or
 * (officer, officer) when the claimant refuses (FOI-09).
 *
 * @example
 * validateFoiEraStatementSignature({ author: 'officer', signer: 'officer', claimantRefused: false }).value; // false
 */
export function validateFoiEraStatementSignature(input: FoiEraStatementInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const ok = input.signer === 'claimant' || (input.author === 'officer' && input.claimantRefused);
  return decide(ok, [ok ? R_SIG_OK : R_SIG_BAD], policy.id);
}

/** Input of {@link decideFoiEraLivingTogetherPause}. */
export const foiEraLivingTogetherInputSchema = z.object({
  /** A "living together as ..." case. */
  livingTogetherCase: z.boolean(),
  /** The claimant asks to stop the interview to consult their partner. */
  claimantAsksToConsultPartner: z.boolean(),
});
export type FoiEraLivingTogetherInput = z.input<typeof foiEraLivingTogetherInputSchema>;

/** The effect of the request on the interview. */
export interface FoiEraLivingTogetherPause {
  readonly interviewStopped: boolean;
  readonly secondInterviewDateSet: boolean;
  /** The FOI edition sets no limit on the second date (2015: within 10 calendar days). */
  readonly secondInterviewWithinDays: null;
}

const R_PAUSE: Reason = reason('FOI-10', 'In a living-together case the claimant may stop the interview to consult their partner; a second date is set.', [foiFact('FOI-10')]);
const R_NO_PAUSE: Reason = reason('FOI-10', 'The pause to consult a partner is for living-together cases at the claimant\'s request.', [foiFact('FOI-10')]);

/**
 * Does the interview stop for the claimant to consult their partner? In a living-together case, on the
 * claimant's request; a second date is then set, with no limit stated (FOI-10).
 *
 * @example
 * decideFoiEraLivingTogetherPause({ livingTogetherCase: true, claimantAsksToConsultPartner: true }).value.secondInterviewDateSet; // true
 */
export function decideFoiEraLivingTogetherPause(input: FoiEraLivingTogetherInput, options?: RuleOptions): Decision<FoiEraLivingTogetherPause> {
  const policy = policyOf(options);
  const stop = input.livingTogetherCase && input.claimantAsksToConsultPartner;
  return decide({ interviewStopped: stop, secondInterviewDateSet: stop, secondInterviewWithinDays: null }, [stop ? R_PAUSE : R_NO_PAUSE], policy.id);
}

/**
 * What a claimant may ask for at an FOI-era interview (FOI-11, FOI-12, FOI-14, FOI-15).
 *
 * @example
 * FOI_ERA_CLAIMANT_REQUESTS.includes('record the interview'); // true
 */
export const FOI_ERA_CLAIMANT_REQUESTS = Object.freeze(['bring somebody', 'record the interview', 'refuse to say anything', 'ask the officer to leave'] as const);
/** One of {@link FOI_ERA_CLAIMANT_REQUESTS}. */
export type FoiEraClaimantRequest = (typeof FOI_ERA_CLAIMANT_REQUESTS)[number];

/** Input of {@link decideFoiEraClaimantRequest}. */
export const foiEraClaimantRequestInputSchema = z.object({
  request: z.enum(FOI_ERA_CLAIMANT_REQUESTS),
  location: z.enum(['office', 'home']),
});
export type FoiEraClaimantRequestInput = z.input<typeof foiEraClaimantRequestInputSchema>;

/** The answer to a claimant's request and its effect on the interview. */
export interface FoiEraClaimantRequestDecision {
  readonly granted: boolean;
  readonly effect: 'interview continues' | 'interview terminated' | 'officer leaves' | 'not applicable';
}

const R_COMPANION: Reason = reason('FOI-11', 'The claimant can have somebody with them for the interview.', [foiFact('FOI-11')]);
const R_RECORD: Reason = reason('FOI-12', 'The claimant may record the interview and the request MUST be accepted.', [foiFact('FOI-12')]);
const R_SILENT: Reason = reason('FOI-14', 'The claimant may refuse to say anything; the interview is then terminated.', [foiFact('FOI-14')]);
const R_LEAVE: Reason = reason('FOI-15', 'In the claimant\'s home the interviewer must leave when asked, at any point.', [foiFact('FOI-15')]);
const R_LEAVE_OFFICE: Reason = reason('FOI-15', 'The duty to leave when asked is stated for interviews in the claimant\'s home.', [foiFact('FOI-15')]);

/**
 * The answer to a claimant's request at an FOI-era interview: a companion is allowed (FOI-11);
 * recording must be accepted (FOI-12); a refusal to say anything terminates the interview (FOI-14);
 * at home the officer must leave when asked (FOI-15).
 *
 * @example
 * decideFoiEraClaimantRequest({ request: 'ask the officer to leave', location: 'home' }).value; // { granted: true, effect: 'officer leaves' }
 */
export function decideFoiEraClaimantRequest(input: FoiEraClaimantRequestInput, options?: RuleOptions): Decision<FoiEraClaimantRequestDecision> {
  const policy = policyOf(options);
  switch (input.request) {
    case 'bring somebody':
      return decide({ granted: true, effect: 'interview continues' }, [R_COMPANION], policy.id);
    case 'record the interview':
      return decide({ granted: true, effect: 'interview continues' }, [R_RECORD], policy.id);
    case 'refuse to say anything':
      return decide({ granted: true, effect: 'interview terminated' }, [R_SILENT], policy.id);
    case 'ask the officer to leave':
      return input.location === 'home'
        ? decide({ granted: true, effect: 'officer leaves' }, [R_LEAVE], policy.id)
        : decide({ granted: false, effect: 'not applicable' }, [R_LEAVE_OFFICE], policy.id);
  }
}

/** Input of {@link decideFoiEraFailureToAttend}. */
export const foiEraFailureToAttendInputSchema = z.object({
  /** Which appointment the claimant failed to attend: 1 = the first, 2 = the second, … */
  appointmentNumber: eventCountSchema.min(1),
  /** The claimant had good reason for not attending (with or without notice). */
  goodReason: z.boolean(),
});
export type FoiEraFailureToAttendInput = z.input<typeof foiEraFailureToAttendInputSchema>;

const R_FTA_FIRST: Reason = reason('FOI-16a', 'After a failure to attend, another appointment must automatically be offered.', [foiFact('FOI-16a')]);
const R_FTA_SECOND: Reason = reason('FOI-16b', 'A failure to attend the second appointment with good reason (with or without notice): another must be offered.', [foiFact('FOI-16b')]);
const R_FTA_NONE: Reason = reason('FOI-16b', 'No duty to offer another appointment is stated (second failure without good reason, or a later failure).', [foiFact('FOI-16b')]);

/**
 * Must another appointment be offered after a failure to attend? Always after the first (FOI-16a);
 * after the second only with good reason (FOI-16b); the summary states no duty otherwise. The 2015
 * edition has no automatic re-offer (the officer considers suspension instead).
 *
 * @example
 * decideFoiEraFailureToAttend({ appointmentNumber: 1, goodReason: false }).value; // true
 */
export function decideFoiEraFailureToAttend(input: FoiEraFailureToAttendInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.appointmentNumber === 1) return decide(true, [R_FTA_FIRST], policy.id);
  if (input.appointmentNumber === 2 && input.goodReason) return decide(true, [R_FTA_SECOND], policy.id);
  return decide(false, [R_FTA_NONE], policy.id);
}

/** Input of {@link foiEraProcessCheckSample}. */
export const foiEraProcessCheckInputSchema = z.object({
  /** The cases in the period (closed cases per month, as the 2015 edition makes precise). */
  cases: caseloadCountSchema,
});
export type FoiEraProcessCheckInput = z.input<typeof foiEraProcessCheckInputSchema>;

const R_SAMPLE: Reason = reason('FOI-19', '5% of cases are selected for process checks (rounded up).', [foiFact('FOI-19')]);

/**
 * How many cases are selected for process checks? 5% of cases, rounded up (FOI-19).
 *
 * @example
 * foiEraProcessCheckSample({ cases: 41 }).value; // 3
 */
export function foiEraProcessCheckSample(input: FoiEraProcessCheckInput, options?: RuleOptions): Decision<number> {
  const policy = policyOf(options);
  const pct = policy.foi.processCheckPercent.value;
  return decide(Math.floor((input.cases * pct + 99) / 100), [R_SAMPLE], policy.id);
}

export const foiEraTriggerRule = defineRule({
  name: 'classifyFoiEraTrigger', domain: 'foi', title: 'FOI-era triggers for compliance involvement',
  ids: ['FOI-06'], citations: [foiFact('FOI-06')], input: foiEraTriggerInputSchema, evaluate: classifyFoiEraTrigger,
});
export const foiEraStatementRule = defineRule({
  name: 'validateFoiEraStatementSignature', domain: 'foi', title: 'FOI-era signed statement',
  ids: ['FOI-09'], citations: [foiFact('FOI-09')], input: foiEraStatementInputSchema, evaluate: validateFoiEraStatementSignature,
});
export const foiEraLivingTogetherRule = defineRule({
  name: 'decideFoiEraLivingTogetherPause', domain: 'foi', title: 'FOI-era living-together pause',
  ids: ['FOI-10'], citations: [foiFact('FOI-10')], input: foiEraLivingTogetherInputSchema, evaluate: decideFoiEraLivingTogetherPause,
});
export const foiEraClaimantRequestRule = defineRule({
  name: 'decideFoiEraClaimantRequest', domain: 'foi', title: 'FOI-era claimant requests at interview',
  ids: ['FOI-11', 'FOI-12', 'FOI-14', 'FOI-15'], citations: [foiFact('FOI-11'), foiFact('FOI-12'), foiFact('FOI-14'), foiFact('FOI-15')],
  input: foiEraClaimantRequestInputSchema, evaluate: decideFoiEraClaimantRequest,
});
export const foiEraFailureToAttendRule = defineRule({
  name: 'decideFoiEraFailureToAttend', domain: 'foi', title: 'FOI-era failure to attend',
  ids: ['FOI-16a', 'FOI-16b'], citations: [foiFact('FOI-16a'), foiFact('FOI-16b')], input: foiEraFailureToAttendInputSchema, evaluate: decideFoiEraFailureToAttend,
});
export const foiEraProcessCheckRule = defineRule({
  name: 'foiEraProcessCheckSample', domain: 'foi', title: 'FOI-era process checks (5%)',
  ids: ['FOI-19'], citations: [foiFact('FOI-19')], input: foiEraProcessCheckInputSchema, evaluate: foiEraProcessCheckSample,
});
