import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, countSchema, INPUT_BOUNDS, eventCountSchema } from '../../core/schemas.js';
import { addCalendarDays } from '../../calendar/add-calendar-days.js';
import type { IsoDate } from '../../calendar/types.js';
import type { Benefit } from '../common/benefits.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';
import { benefitSchema, DISABILITY_BENEFITS, interviewMethodSchema, interviewRiskTypeSchema, isJsaBenefit, JOBCENTRE_PLUS_BENEFITS } from './types.js';

// ---------------------------------------------------------------------------------------------
// Interview scope with DLA/PIP/AA (ch.04 para 14)

/** Input of {@link interviewBenefitScope}. */
export const interviewBenefitScopeInputSchema = z.object({ benefitsInPayment: z.array(benefitSchema).min(1) });
export type InterviewBenefitScopeInput = z.input<typeof interviewBenefitScopeInputSchema>;

const R_014 = reason('LSC-04-014', 'DLA, PIP or AA is in payment with a Jobcentre Plus benefit: interview the claimant only about the Jobcentre Plus benefit.', [lsc('LSC-04-014')]);
const R_014_ALL = reason('LSC-04-014', 'No DLA/PIP/AA together with a Jobcentre Plus benefit: the interview covers the benefits in payment.', [lsc('LSC-04-014')]);
const R_0207 = reason('LSC-04-014', 'DLA, PIP or AA in payment with another benefit that is not a Jobcentre Plus benefit, such as Pension Credit: the LSCO deals only with the non-DLA/AA element (ch.02 para 7).', [lsc('LSC-04-014'), lsc('LSC-02-007')]);

/**
 * Which benefits the interview may cover: where DLA, PIP or AA is in payment with a Jobcentre
 * Plus benefit, only the Jobcentre Plus benefit(s) (ch.04 para 14); with another benefit such as
 * Pension Credit, only the non-DLA/AA/PIP benefits (ch.02 para 7); doubts about the disability
 * benefit go on a new FRF to FES DCT (para 15, see `assessNewOrSubstantialInformation`).
 *
 * @example
 * interviewBenefitScope({ benefitsInPayment: ['JSA', 'PIP'] }).value; // ['JSA']
 */
export function interviewBenefitScope(input: InterviewBenefitScopeInput, options?: RuleOptions): Decision<readonly Benefit[]> {
  const policy = policyOf(options);
  const b = input.benefitsInPayment;
  const mixed = b.some((x) => DISABILITY_BENEFITS.includes(x)) && b.some((x) => JOBCENTRE_PLUS_BENEFITS.includes(x));
  if (mixed) return decide(b.filter((x) => JOBCENTRE_PLUS_BENEFITS.includes(x)), [R_014], policy.id);
  const others = b.filter((x) => !DISABILITY_BENEFITS.includes(x));
  if (others.length > 0 && others.length < b.length) return decide(others, [R_0207], policy.id);
  return decide([...b], [R_014_ALL], policy.id);
}

/** Registry entry of {@link interviewBenefitScope}. */
export const interviewBenefitScopeRule = defineRule({
  name: 'interviewBenefitScope', domain: 'compliance', title: 'Interview scope when DLA/PIP/AA is in payment',
  ids: ['LSC-04-014'], citations: [lsc('LSC-04-014'), lsc('LSC-02-007')], input: interviewBenefitScopeInputSchema, evaluate: interviewBenefitScope,
});

// ---------------------------------------------------------------------------------------------
// Events during the interview (ch.04 paras 18, 25–28, 30, 34–40, 60, 81)

/**
 * Things that can happen during an interview, each with its rule (ch.04).
 *
 * @example
 * INTERVIEW_EVENTS.includes('claimant-asks-officer-to-leave'); // true
 */
export const INTERVIEW_EVENTS = Object.freeze([
  'claimant-asks-officer-to-leave',
  'claimant-refuses-to-comment',
  'identity-doubt',
  'claimant-asks-to-record',
  'interpreter-requested',
  'communication-prevents-interview',
  'child-or-vulnerable-person-at-risk',
  'domestic-violence-concern',
  'change-admitted',
] as const);
/** One of {@link INTERVIEW_EVENTS}. */
export type InterviewEvent = (typeof INTERVIEW_EVENTS)[number];

/** Input of {@link interviewEventAction}. */
export const interviewEventInputSchema = z.object({
  event: z.enum(INTERVIEW_EVENTS),
  method: interviewMethodSchema,
  /** Domestic violence: the claimant has internet access (GOV.UK signposting, ch.04 para 27). */
  internetAccess: z.boolean().optional(),
});
export type InterviewEventInput = z.input<typeof interviewEventInputSchema>;

/** Value of {@link interviewEventAction}. */
export interface InterviewEventOutcome {
  /** Whether the interview goes on. */
  readonly continueInterview: boolean;
  /** What the officer does, in order. */
  readonly actions: readonly string[];
}

interface EventRule { readonly continueInterview: boolean; readonly actions: readonly string[]; readonly reasons: readonly Reason[] }
const ev = (continueInterview: boolean, actions: readonly string[], reasons: readonly Reason[]): EventRule =>
  Object.freeze({ continueInterview, actions: Object.freeze([...actions]), reasons: Object.freeze([...reasons]) });

/** The rule for each {@link InterviewEvent} (one entry per catalogue id). */
export const INTERVIEW_EVENT_RULES: Readonly<Record<InterviewEvent, EventRule>> = Object.freeze({
  'claimant-asks-officer-to-leave': ev(false, ['leave-immediately', 'inform-LSCTL', 'record-details-on-FRAIMS-activity'], [
    reason('LSC-04-036', 'Asked by the claimant to leave their home: the LSCO must leave immediately.', [lsc('LSC-04-036')]),
    reason('LSC-04-037', 'Inform the LSCTL and record the details on the FRAIMS activity.', [lsc('LSC-04-037')]),
  ]),
  'claimant-refuses-to-comment': ev(false, ['terminate-interview', 'update-activity-with-anything-said', 'refer-to-LSCTL', 'LSCTL-considers-DM-referral', 'remove-sensitive-material-and-update-RM7-before-DM'], [
    reason('LSC-04-038', 'The claimant refuses to comment: terminate the interview, update the activity (including anything said) and refer the case to the LSCTL.', [lsc('LSC-04-038')]),
    reason('LSC-04-039', 'The LSCTL should consider referring the case to the DM on future entitlement.', [lsc('LSC-04-039')]),
    reason('LSC-04-040', 'Before any DM referral, all sensitive material is removed and the RM7 updated.', [lsc('LSC-04-040')]),
  ]),
  'identity-doubt': ev(true, ['continue-interview', 'do-not-discuss-suspicions', 'after-interview-submit-FRF-with-full-details'], [
    reason('LSC-04-034', 'Doubt about identity: continue the interview and do not discuss the suspicion with the claimant.', [lsc('LSC-04-034')]),
    reason('LSC-04-035', 'After the interview, submit an FRF with full details of the doubt.', [lsc('LSC-04-035')]),
  ]),
  'claimant-asks-to-record': ev(true, ['accept-recording'], [
    reason('LSC-04-030', 'A claimant\'s request to record the interview must be accepted (in Scotland too).', [lsc('LSC-04-030')]),
  ]),
  'interpreter-requested': ev(false, ['arrange-interpreter', 'rearrange-interview-with-interpreter'], [
    reason('LSC-04-018', 'The claimant has the right to an interpreter on request.', [lsc('LSC-04-018')]),
  ]),
  'communication-prevents-interview': ev(false, ['arrange-interpreter', 'rearrange-interview-with-interpreter'], [
    reason('LSC-04-018', 'Communication difficulties prevent the interview: the LSCO arranges an interpreter.', [lsc('LSC-04-018')]),
  ]),
  'child-or-vulnerable-person-at-risk': ev(true, ['follow-Vulnerable-Customer-hub-guidance'], [
    reason('LSC-04-025', 'A child or vulnerable person appears at risk of injury, ill treatment or neglect: act on the Vulnerable Customer hub guidance.', [lsc('LSC-04-025')]),
  ]),
  'domestic-violence-concern': ev(true, ['signpost-to-help', 'agree-how-claimant-receives-information'], [
    reason('LSC-04-026', 'Domestic violence concerns: always signpost to the most appropriate help and agree how the claimant wants to receive information.', [lsc('LSC-04-026')]),
  ]),
  'change-admitted': ev(true, ['advise-case-referred-to-DM', 'advise-benefit-may-be-suspended-until-evidence'], [
    reason('LSC-04-060', 'A change is admitted: tell the claimant the case goes to the DM and benefit may be suspended immediately until the evidence is provided.', [lsc('LSC-04-060')]),
  ]),
});

const R_027 = reason('LSC-04-027', 'The claimant has internet access: signpost to GOV.UK (or give details printed from it).', [lsc('LSC-04-027')]);
const R_028 = reason('LSC-04-028', 'GOV.UK is not appropriate: signpost to the Citizens Advice Bureau, their family doctor, another local organisation or domestic abuse help lines.', [lsc('LSC-04-028')]);
const R_081 = reason('LSC-04-081', 'Telephone interview: notify the DM at once to review entitlement; do not wait for the MF47.', [lsc('LSC-04-081')]);

/**
 * What the officer does when something happens during the interview (ch.04): leave at once
 * when asked (paras 36–37); terminate and refer to the LSCTL on refusal to comment (paras
 * 38–40); continue, then FRF, on doubts about identity (paras 34–35); accept recording (para
 * 30); an interpreter on request (para 18); safeguarding (para 25); domestic-violence
 * signposting (paras 26–28); on an admitted change, the DM/suspension warning (para 60) and,
 * by telephone, an immediate DM notification (para 81).
 *
 * @example
 * interviewEventAction({ event: 'claimant-asks-officer-to-leave', method: 'Visit' }).value.continueInterview; // false
 */
export function interviewEventAction(input: InterviewEventInput, options?: RuleOptions): Decision<InterviewEventOutcome> {
  const policy = policyOf(options);
  const rule = INTERVIEW_EVENT_RULES[input.event];
  if (input.event === 'domestic-violence-concern') {
    const web = input.internetAccess ?? false;
    return decide(
      { continueInterview: true, actions: [...rule.actions, web ? 'signpost-GOV.UK' : 'signpost-CAB-doctor-local-organisation-helplines'] },
      [...rule.reasons, web ? R_027 : R_028],
      policy.id,
    );
  }
  if (input.event === 'change-admitted' && input.method === 'Telephone') {
    return decide({ continueInterview: true, actions: [...rule.actions, 'notify-DM-immediately-without-waiting-for-MF47'] }, [...rule.reasons, R_081], policy.id);
  }
  return decide({ continueInterview: rule.continueInterview, actions: rule.actions }, rule.reasons, policy.id);
}

/** Registry entry of {@link interviewEventAction}. */
export const interviewEventRule = defineRule({
  name: 'interviewEventAction', domain: 'compliance', title: 'Events during the interview (leave, refusal, identity doubt, recording, interpreter, safeguarding)',
  ids: ['LSC-04-018', 'LSC-04-025', 'LSC-04-026', 'LSC-04-027', 'LSC-04-028', 'LSC-04-030', 'LSC-04-034', 'LSC-04-035', 'LSC-04-036', 'LSC-04-037', 'LSC-04-038', 'LSC-04-039', 'LSC-04-040', 'LSC-04-060', 'LSC-04-081'],
  citations: [lsc('LSC-04-036'), lsc('LSC-04-038')], input: interviewEventInputSchema, evaluate: interviewEventAction,
});

// ---------------------------------------------------------------------------------------------
// Appropriate adult (ch.04 paras 20–24)

/**
 * What an appropriate adult does (ch.04 para 22, closed).
 *
 * @example
 * APPROPRIATE_ADULT_ROLES.length; // 3
 */
export const APPROPRIATE_ADULT_ROLES = Object.freeze([
  'advise the person being interviewed',
  'observe whether the interview is being conducted properly and fairly',
  'facilitate communication with the person being interviewed',
] as const);

/** Categories of appropriate adult, in priority order (ch.04 para 23). */
export const APPROPRIATE_ADULT_CATEGORIES = Object.freeze([
  'relative-guardian-or-carer',
  'experienced-with-mentally-disordered-people',
  'other-responsible-adult',
] as const);
/** One of {@link APPROPRIATE_ADULT_CATEGORIES}. */
export type AppropriateAdultCategory = (typeof APPROPRIATE_ADULT_CATEGORIES)[number];

/** Input of {@link decideAppropriateAdult}. */
export const appropriateAdultInputSchema = z.object({
  /** A mental health condition or learning difficulty leaves the claimant unable to understand the significance of questions or replies. */
  claimantNeedsSupport: z.boolean(),
  /** The proposed adult, if any. */
  proposed: z.object({
    category: z.enum(APPROPRIATE_ADULT_CATEGORIES),
    ageYears: countSchema(INPUT_BOUNDS.ageYears),
    employedByDepartment: z.boolean(),
    /** For 'other-responsible-adult': no relative/carer or experienced person is available. */
    higherCategoriesUnavailable: z.boolean().default(false),
  }).optional(),
  /** The claimant declines to re-arrange / to be accompanied. */
  claimantDeclines: z.boolean().default(false),
});
export type AppropriateAdultInput = z.input<typeof appropriateAdultInputSchema>;

/** Value of {@link decideAppropriateAdult}. */
export interface AppropriateAdultDecision {
  readonly required: boolean;
  /** The proposed person qualifies (null when none proposed). */
  readonly proposedQualifies: boolean | null;
  readonly action: 'not-needed' | 'proceed-with-appropriate-adult' | 'offer-to-rearrange' | 'proceed-and-note-declined-on-FRAIMS';
  /** The roles to explain to the adult (not simply an observer). */
  readonly rolesToExplain: readonly string[];
}

const R_021_NO = reason('LSC-04-021', 'The claimant is able to understand the significance of questions and replies: no appropriate adult needed.', [lsc('LSC-04-021')]);
const R_021 = reason('LSC-04-021', 'Mental health condition or learning difficulty: an appropriate adult may be required; they are told they are not simply an observer.', [lsc('LSC-04-021'), lsc('LSC-04-022')]);
const R_023_OK = reason('LSC-04-023', 'The proposed person qualifies as an appropriate adult.', [lsc('LSC-04-023')]);
const R_023_NO = reason('LSC-04-023', 'The proposed person does not qualify: a relative/guardian/carer, else someone experienced and not employed by the Department, else (only failing both) a responsible adult aged 18 or over not employed by the Department.', [lsc('LSC-04-023')]);
const R_024 = reason('LSC-04-024', 'Offer to re-arrange the interview for a date the appropriate adult can attend; if the claimant declines, proceed and note it on the FRAIMS activity.', [lsc('LSC-04-024')]);

/**
 * Is an appropriate adult needed, does the proposed person qualify, and what happens next?
 * (ch.04 paras 20–24): needed for a claimant who cannot understand the significance of
 * questions; qualifies in priority order (relative/guardian/carer; someone experienced, not
 * employed by the Department; else another responsible adult aged 18 or over, not employed by
 * the Department); offer to re-arrange; a declined offer is noted on FRAIMS.
 *
 * @example
 * decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { category: 'other-responsible-adult', ageYears: 17,
 *   employedByDepartment: false, higherCategoriesUnavailable: true } }).value.proposedQualifies; // false
 */
export function decideAppropriateAdult(input: AppropriateAdultInput, options?: RuleOptions): Decision<AppropriateAdultDecision> {
  const policy = policyOf(options);
  if (!input.claimantNeedsSupport) {
    return decide({ required: false, proposedQualifies: null, action: 'not-needed', rolesToExplain: [] }, [R_021_NO], policy.id);
  }
  const p = input.proposed;
  let qualifies: boolean | null = null;
  if (p !== undefined) {
    if (p.category === 'relative-guardian-or-carer') qualifies = true;
    else if (p.category === 'experienced-with-mentally-disordered-people') qualifies = !p.employedByDepartment;
    else qualifies = !p.employedByDepartment && (p.higherCategoriesUnavailable ?? false) && p.ageYears >= policy.complianceInterview.appropriateAdultMinimumAge.value;
  }
  const reasons: Reason[] = [R_021];
  if (qualifies !== null) reasons.push(qualifies ? R_023_OK : R_023_NO);
  if (qualifies === true) {
    return decide({ required: true, proposedQualifies: true, action: 'proceed-with-appropriate-adult', rolesToExplain: APPROPRIATE_ADULT_ROLES }, reasons, policy.id);
  }
  reasons.push(R_024);
  const action = input.claimantDeclines ?? false ? 'proceed-and-note-declined-on-FRAIMS' : 'offer-to-rearrange';
  return decide({ required: true, proposedQualifies: qualifies, action, rolesToExplain: APPROPRIATE_ADULT_ROLES }, reasons, policy.id);
}

/** Registry entry of {@link decideAppropriateAdult}. */
export const appropriateAdultRule = defineRule({
  name: 'decideAppropriateAdult', domain: 'compliance', title: 'Appropriate adult: need, who qualifies, re-arranging',
  ids: ['LSC-04-021', 'LSC-04-022', 'LSC-04-023', 'LSC-04-024'], citations: [lsc('LSC-04-023')], input: appropriateAdultInputSchema, evaluate: decideAppropriateAdult,
});

// ---------------------------------------------------------------------------------------------
// Identity (ch.04 paras 6–9)

/**
 * Documents accepted at interview to confirm identity, if they state the claimant's name and
 * address (ch.04 para 7).
 *
 * @example
 * INTERVIEW_IDENTITY_DOCUMENTS.includes('passport'); // true
 */
export const INTERVIEW_IDENTITY_DOCUMENTS = Object.freeze([
  'passport', 'driving licence', 'utility bill', 'rent agreement', 'bank statement', 'identity card',
] as const);

/** Input of {@link confirmInterviewIdentity}. */
export const interviewIdentityInputSchema = z.object({
  method: interviewMethodSchema,
  /** Documents seen, with whether each states the claimant's name and address. */
  documents: z.array(z.object({ type: z.string().min(1), showsNameAndAddress: z.boolean() })).default([]),
});
export type InterviewIdentityInput = z.input<typeof interviewIdentityInputSchema>;

/** Value of {@link confirmInterviewIdentity}. */
export interface InterviewIdentity {
  readonly basis: 'document' | 'records-cross-check';
  /** What the LSCO shows to introduce themself: identity card (visits) or identity card / name badge (office). */
  readonly officerCredential: 'identity-card' | 'identity-card-or-name-badge' | 'none';
}

const R_006 = reason('LSC-04-006', 'The LSCO introduces themself with their identity card on home visits, or identity card or name badge in the office.', [lsc('LSC-04-006')]);
const R_007 = reason('LSC-04-007', 'Identity confirmed by a listed document stating the claimant\'s name and address.', [lsc('LSC-04-007')]);
const R_009 = reason('LSC-04-009', 'No suitable document (or a telephone interview): cross-check the latest personal details on Departmental records and record the checks.', [lsc('LSC-04-009')]);

/**
 * How identity is confirmed at interview (ch.04 paras 6–9): one listed document stating name and
 * address, otherwise (and always by telephone) a cross-check against Departmental records; and
 * the credential the officer shows.
 *
 * @example
 * confirmInterviewIdentity({ method: 'Telephone' }).value.basis; // 'records-cross-check'
 */
export function confirmInterviewIdentity(input: InterviewIdentityInput, options?: RuleOptions): Decision<InterviewIdentity> {
  const policy = policyOf(options);
  const officerCredential = input.method === 'Visit' ? 'identity-card' : input.method === 'OfficeInterview' ? 'identity-card-or-name-badge' : 'none';
  const reasons: Reason[] = officerCredential === 'none' ? [] : [R_006];
  const ok = input.method !== 'Telephone' && (input.documents ?? []).some(
    (d) => d.showsNameAndAddress && (INTERVIEW_IDENTITY_DOCUMENTS as readonly string[]).includes(d.type.trim().toLowerCase()),
  );
  reasons.push(ok ? R_007 : R_009);
  return decide({ basis: ok ? 'document' : 'records-cross-check', officerCredential }, reasons, policy.id);
}

/** Registry entry of {@link confirmInterviewIdentity}. */
export const interviewIdentityRule = defineRule({
  name: 'confirmInterviewIdentity', domain: 'compliance', title: 'Identity at interview',
  ids: ['LSC-04-006', 'LSC-04-007', 'LSC-04-009'], citations: [lsc('LSC-04-007')], input: interviewIdentityInputSchema, evaluate: confirmInterviewIdentity,
});

// ---------------------------------------------------------------------------------------------
// LTAMC thinking time (ch.04 paras 41–46)

/** Input of {@link ltamcThinkingTime}. */
export const ltamcThinkingTimeInputSchema = z.object({
  firstInterviewDate: isoDateSchema,
  /** The proposed or actual date of the second interview. */
  secondInterviewDate: isoDateSchema.optional(),
  /** A change reported that led to benefit being adjusted, and when it was reported. */
  changeReportDate: isoDateSchema.optional(),
  /** The claimant reports living together (after the second interview), and when. */
  livingTogetherReportDate: isoDateSchema.optional(),
  /** Interviews already held in this thinking-time sequence. */
  interviewsHeld: eventCountSchema.min(1).default(1),
});
export type LtamcThinkingTimeInput = z.input<typeof ltamcThinkingTimeInputSchema>;

/** Value of {@link ltamcThinkingTime}. */
export interface LtamcThinkingTime {
  /** Latest date of the second interview: first interview + 10 calendar days; null when the edition sets no limit (FOI-10). */
  readonly secondInterviewBy: IsoDate | null;
  /** The proposed second interview is in time (null when none given). */
  readonly secondInterviewInTime: boolean | null;
  /** Last day of the 28-day causal-link period from the first interview. */
  readonly causalLinkEnds: IsoDate;
  /** A change reported before the second interview, or living together reported within 28 days: causal link (MVA, ch.07). */
  readonly causalLink: boolean;
  /** A further interview may be arranged (the second is the final one). */
  readonly furtherInterviewAllowed: boolean;
}

const R_042 = reason('LSC-04-042', 'LTAMC thinking time: take a statement of the current living-together position and the wish to discuss it; a change reported before the second interview falls within the causal link.', [lsc('LSC-04-042')]);
const R_044 = reason('LSC-04-044', 'Arrange the second interview within 10 calendar days of the first.', [lsc('LSC-04-044')]);
const R_045 = reason('LSC-04-045', 'The second interview is the final one: obtain a further statement.', [lsc('LSC-04-045')]);
const R_FOI_10 = reason('FOI-10', 'Living-together case: the interview may stop for the claimant to consult their partner; a second date is set, with no time limit and no limit on further interviews.', [foiFact('FOI-10')]);
const R_046 = reason('LSC-04-046', 'Living together reported within 28 days of the first interview, leading to an adjustment: MVA under the causal link.', [lsc('LSC-04-046')]);

/**
 * The LTAMC "thinking time" sequence (ch.04 paras 41–46): second (and final) interview within
 * 10 calendar days of the first; a change reported before the second interview, or living
 * together reported within 28 days of the *first* interview, falls under the causal link. An
 * edition with `ltamcSecondInterviewCalendarDays`/`ltamcMaximumInterviews` null (FOI-era, FOI-10)
 * sets no time limit (`secondInterviewBy: null`) and no limit on further interviews.
 *
 * @example
 * ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-12' }).value.secondInterviewInTime; // true
 */
export function ltamcThinkingTime(input: LtamcThinkingTimeInput, options?: RuleOptions): Decision<LtamcThinkingTime> {
  const policy = policyOf(options);
  const p = policy.complianceInterview;
  const first = input.firstInterviewDate as IsoDate;
  const limitDays = p.ltamcSecondInterviewCalendarDays.value;
  const secondInterviewBy = limitDays === null ? null : addCalendarDays(first, limitDays);
  const causalLinkEnds = addCalendarDays(first, p.ltamcCausalLinkDays.value);
  const second = input.secondInterviewDate;
  const secondInterviewInTime = second === undefined ? null : second > first && (secondInterviewBy === null || second <= secondInterviewBy);
  const reasons: Reason[] = limitDays === null ? [R_042, R_FOI_10] : [R_042, R_044, R_045];
  let causalLink = false;
  if (input.changeReportDate !== undefined && second !== undefined && input.changeReportDate >= first && input.changeReportDate < second) causalLink = true;
  if (input.livingTogetherReportDate !== undefined && input.livingTogetherReportDate >= first && input.livingTogetherReportDate <= causalLinkEnds) {
    causalLink = true;
    reasons.push(R_046);
  }
  const maxInterviews = p.ltamcMaximumInterviews.value;
  const furtherInterviewAllowed = maxInterviews === null || (input.interviewsHeld ?? 1) < maxInterviews;
  return decide({ secondInterviewBy, secondInterviewInTime, causalLinkEnds, causalLink, furtherInterviewAllowed }, reasons, policy.id);
}

/** Registry entry of {@link ltamcThinkingTime}. */
export const ltamcThinkingTimeRule = defineRule({
  name: 'ltamcThinkingTime', domain: 'compliance', title: 'LTAMC thinking time: second interview and causal link',
  ids: ['LSC-04-042', 'LSC-04-044', 'LSC-04-045', 'LSC-04-046'], citations: [lsc('LSC-04-044')], input: ltamcThinkingTimeInputSchema, evaluate: ltamcThinkingTime,
});

// ---------------------------------------------------------------------------------------------
// Travel expenses, INF3 leaflet, More Frequent Attendance (ch.04 paras 10, 12–13, 75–76)

/** Input of {@link mustOfferTravelExpenses}. */
export const travelExpensesInputSchema = z.object({
  method: interviewMethodSchema,
  benefits: z.array(benefitSchema).min(1),
  /** JSA: the interview falls on the claimant's normal day of attendance. */
  onNormalAttendanceDay: z.boolean().default(false),
});
export type TravelExpensesInput = z.input<typeof travelExpensesInputSchema>;

const C010 = lsc('LSC-04-010');
const R_010_YES = reason('LSC-04-010', 'Office interview: offer to reimburse the claimant\'s travel expenses.', [C010]);
const R_010_JSA = reason('LSC-04-010', 'JSA claimant interviewed on their normal day of attendance: no travel expenses.', [C010]);
const R_010_NA = reason('LSC-04-010', 'Not an office interview: no travel expenses to offer.', [C010]);

/**
 * Must the officer offer travel expenses? Yes for an office interview, except a JSA claimant
 * seen on their normal attendance day (ch.04 para 10).
 *
 * @example
 * mustOfferTravelExpenses({ method: 'OfficeInterview', benefits: ['JSA'], onNormalAttendanceDay: true }).value; // false
 */
export function mustOfferTravelExpenses(input: TravelExpensesInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.method !== 'OfficeInterview') return decide(false, [R_010_NA], policy.id);
  if (input.benefits.some(isJsaBenefit) && (input.onNormalAttendanceDay ?? false)) return decide(false, [R_010_JSA], policy.id);
  return decide(true, [R_010_YES], policy.id);
}

/** Registry entry of {@link mustOfferTravelExpenses}. */
export const travelExpensesRule = defineRule({
  name: 'mustOfferTravelExpenses', domain: 'compliance', title: 'Travel expenses for an office interview',
  ids: ['LSC-04-010'], citations: [C010], input: travelExpensesInputSchema, evaluate: mustOfferTravelExpenses,
});

/** Input of {@link inf3LeafletAction}. */
export const inf3InputSchema = z.object({ riskType: interviewRiskTypeSchema.optional(), leafletReceived: z.boolean() });
export type Inf3Input = z.input<typeof inf3InputSchema>;

const R_012 = reason('LSC-04-012', 'Risk A or B: confirm the claimant has received the INF3(IS/JSA) leaflet.', [lsc('LSC-04-012')]);
const R_013 = reason('LSC-04-013', 'Not received: give a copy and, if needed, time to read it.', [lsc('LSC-04-013')]);
const R_012_NA = reason('LSC-04-012', 'Not a Risk A or B referral: no INF3 check.', [lsc('LSC-04-012')]);

/**
 * The INF3(IS/JSA) leaflet check for Risk A and B referrals (ch.04 paras 12–13).
 *
 * @example
 * inf3LeafletAction({ riskType: 'B', leafletReceived: false }).value; // 'give-copy-and-reading-time'
 */
export function inf3LeafletAction(input: Inf3Input, options?: RuleOptions): Decision<'not-applicable' | 'confirmed' | 'give-copy-and-reading-time'> {
  const policy = policyOf(options);
  if (input.riskType !== 'A' && input.riskType !== 'B') return decide('not-applicable', [R_012_NA], policy.id);
  if (input.leafletReceived) return decide('confirmed', [R_012], policy.id);
  return decide('give-copy-and-reading-time', [R_012, R_013], policy.id);
}

/** Registry entry of {@link inf3LeafletAction}. */
export const inf3Rule = defineRule({
  name: 'inf3LeafletAction', domain: 'compliance', title: 'INF3 leaflet for Risk A/B',
  ids: ['LSC-04-012', 'LSC-04-013'], citations: [lsc('LSC-04-012')], input: inf3InputSchema, evaluate: inf3LeafletAction,
});

/**
 * Example triggers for More Frequent Attendance (ch.04 para 75, an open list).
 *
 * @example
 * MFA_TRIGGERS.includes('failed-to-keep-interview-without-valid-reason'); // true
 */
export const MFA_TRIGGERS = Object.freeze([
  'appearance-suggests-working',
  'failed-to-keep-interview-without-valid-reason',
  'in-a-rush-to-complete-interview',
  'other',
] as const);

/** Input of {@link employmentSupportReferral}. */
export const employmentSupportInputSchema = z.object({
  benefits: z.array(benefitSchema).min(1),
  triggers: z.array(z.enum(MFA_TRIGGERS)).default([]),
});
export type EmploymentSupportInput = z.input<typeof employmentSupportInputSchema>;

const R_074 = reason('LSC-04-074', 'Tell the claimant about other Jobcentre Plus services available to them.', [lsc('LSC-04-074')]);
const R_075 = reason('LSC-04-075', 'JSA: the LSCO may decide More Frequent Attendance is appropriate (e.g. appearance suggests working, a missed interview, a rush to finish).', [lsc('LSC-04-075')]);
const R_075_NO = reason('LSC-04-075', 'JSA without an MFA indication: inform about Jobcentre Plus services.', [lsc('LSC-04-075')]);
const R_076 = reason('LSC-04-076', 'Other benefits: consider a referral to a Personal Adviser on an A6/minute sheet to the relevant Jobcentre.', [lsc('LSC-04-076')]);

/**
 * Employment support at the end of the interview (ch.04 paras 74–76): JSA claimants may be put
 * on More Frequent Attendance when a trigger is present; other claimants may be referred to a
 * Personal Adviser on an A6/minute sheet.
 *
 * @example
 * employmentSupportReferral({ benefits: ['JSA'], triggers: ['appearance-suggests-working'] }).value; // 'consider-more-frequent-attendance'
 */
export function employmentSupportReferral(
  input: EmploymentSupportInput,
  options?: RuleOptions,
): Decision<'consider-more-frequent-attendance' | 'inform-of-services' | 'consider-PA-referral-A6'> {
  const policy = policyOf(options);
  if (input.benefits.some(isJsaBenefit)) {
    if ((input.triggers ?? []).length > 0) return decide('consider-more-frequent-attendance', [R_074, R_075], policy.id);
    return decide('inform-of-services', [R_074, R_075_NO], policy.id);
  }
  return decide('consider-PA-referral-A6', [R_074, R_076], policy.id);
}

/** Registry entry of {@link employmentSupportReferral}. */
export const employmentSupportRule = defineRule({
  name: 'employmentSupportReferral', domain: 'compliance', title: 'More Frequent Attendance / PA referral',
  ids: ['LSC-04-074', 'LSC-04-075', 'LSC-04-076'], citations: [lsc('LSC-04-075')], input: employmentSupportInputSchema, evaluate: employmentSupportReferral,
});
