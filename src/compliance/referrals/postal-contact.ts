import { z } from 'zod';
import type { IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';

const C023 = lsc('LSC-03-023');
const C027 = lsc('LSC-03-027');
const C028 = lsc('LSC-03-028');
const C029 = lsc('LSC-03-029');
const C031 = lsc('LSC-03-031');
const C032 = lsc('LSC-03-032');
const C083 = lsc('LSC-03-083');
const C0110 = lsc('LSC-01-010');

/** What the claimant said in reply to the CCEL1. */
export const CCEL1_REPLIES = Object.freeze(['NoResponse', 'AdmitsWorking', 'DeniesWorking', 'OtherResponse'] as const);
/** One of {@link CCEL1_REPLIES}. */
export type Ccel1Reply = (typeof CCEL1_REPLIES)[number];

/** Input of {@link routeAfterCcel1}. */
export const afterCcel1InputSchema = z.object({
  reply: z.enum(CCEL1_REPLIES),
  /** The referral relates to (past-period) employment / working while on benefit. */
  earningsCase: z.boolean(),
  /** The employer is named on the referral. */
  employerNamed: z.boolean().optional(),
  /** The claimant provided documentary evidence of the wages. */
  wageEvidenceProvided: z.boolean().optional(),
  /** Employer contact has been made (or considered) and is exhausted. */
  employerContactExhausted: z.boolean().optional(),
  /** There is sufficient information to send the case to a Decision Maker. */
  sufficientForDecisionMaker: z.boolean(),
  /** Today: the Date of Outcome if the case is closed. */
  today: isoDateSchema,
});
export type AfterCcel1Input = z.input<typeof afterCcel1InputSchema>;

/** The FRAIMS outcome recorded on an insufficient-information closure (verbatim values). */
export interface NoResultOutcome {
  readonly outcome: 'No Result';
  readonly outcomeResult: 'No Change';
  readonly dateOfOutcome: IsoDate;
}

/** Result of {@link routeAfterCcel1}. */
export interface AfterCcel1Route {
  readonly next: 'ConsiderEmployerContact' | 'ReferToDecisionMaker' | 'CloseCase';
  /** Set when the case is closed for insufficient information. */
  readonly outcome: NoResultOutcome | null;
}

const R_EMPLOYER_NO_REPLY = reason('LSC-03-028', 'Earnings case with the employer named and no reply (or the claimant denies working there): consider contacting the employer direct.', [C028, C027]);
const R_EMPLOYER_WAGES = reason('LSC-03-029', 'The claimant admits working for the employer but cannot or will not provide evidence of the wages: consider contacting the employer for wage information.', [C029, C027]);
const R_DM = reason('LSC-03-027', 'Sufficient information to refer to a Decision Maker: follow the post-interview DM referral action.', [C027]);
const R_CLOSE = reason('LSC-03-031', "Insufficient information for a DM: set Outcome 'No Result', Outcome Result 'No Change', Date of Outcome today, then take case closure action.", [C031, C032, C0110]);

/**
 * The next step once the CCEL1 is returned or its B/F date passes (ch.03 paras 27–32): earnings
 * cases with a named employer → consider employer contact first; sufficient information → DM;
 * otherwise close with Outcome 'No Result' / 'No Change' dated today.
 *
 * @example
 * routeAfterCcel1({ reply: 'NoResponse', earningsCase: false, sufficientForDecisionMaker: false, today: '2026-03-20' }).value.outcome;
 * // { outcome: 'No Result', outcomeResult: 'No Change', dateOfOutcome: '2026-03-20' }
 */
export function routeAfterCcel1(input: AfterCcel1Input, options?: RuleOptions): Decision<AfterCcel1Route> {
  const policy = policyOf(options);
  if (input.earningsCase && input.employerNamed === true && input.employerContactExhausted !== true) {
    if (input.reply === 'NoResponse' || input.reply === 'DeniesWorking') return decide({ next: 'ConsiderEmployerContact', outcome: null }, [R_EMPLOYER_NO_REPLY], policy.id);
    if (input.reply === 'AdmitsWorking' && input.wageEvidenceProvided !== true) return decide({ next: 'ConsiderEmployerContact', outcome: null }, [R_EMPLOYER_WAGES], policy.id);
  }
  if (input.sufficientForDecisionMaker) return decide({ next: 'ReferToDecisionMaker', outcome: null }, [R_DM], policy.id);
  return decide(
    { next: 'CloseCase', outcome: { outcome: 'No Result', outcomeResult: 'No Change', dateOfOutcome: input.today as IsoDate } },
    [R_CLOSE],
    policy.id,
  );
}
export const afterCcel1Rule = defineRule({
  name: 'routeAfterCcel1', domain: 'compliance', title: 'Next step after the CCEL1',
  ids: ['LSC-01-010', 'LSC-03-027', 'LSC-03-028', 'LSC-03-029', 'LSC-03-031', 'LSC-03-032'],
  citations: [C0110, C027, C028, C029, C031, C032], input: afterCcel1InputSchema, evaluate: routeAfterCcel1,
});

/** Input of {@link mayContactEmployer}. */
export const employerContactInputSchema = z.object({
  /** How the case is being dealt with: by interview, or by post (CCEL1). */
  route: z.enum(['Interview', 'Post']),
  /** Interview route: the claimant has been interviewed. */
  claimantInterviewed: z.boolean().optional(),
  /** Post route: the CCEL1 issue date, if issued. */
  ccel1IssueDate: isoDateSchema.optional(),
  /** The date the employer would be contacted. */
  contactDate: isoDateSchema,
});
export type EmployerContactInput = z.input<typeof employerContactInputSchema>;

const R_NOT_BEFORE_INTERVIEW = reason('LSC-03-083', 'Working suspected with a known employer: the employer cannot be contacted until the claimant has been interviewed (Section 111 SSAA 1992 is not appropriate for non-benefit-offence enquiries).', [C083]);
const R_AFTER_INTERVIEW = reason('LSC-03-083', 'The claimant has been interviewed: the employer may be contacted (ch.06 "Contacting the employer").', [C083]);
const R_NOT_BEFORE_CCEL1 = reason('LSC-03-023', 'Past period of employment: do not contact the employer before issuing the CCEL1.', [C023]);
const R_AFTER_CCEL1 = reason('LSC-03-023', 'The CCEL1 has been issued: employer contact may be considered (paras 28–29).', [C023]);

const R_FOI_POST = reason('FOI-07b', 'Permission to contact the employer can only be obtained at an interview: a postal (CCEL1) case gives no route to contact the employer.', [foiFact('FOI-07b')]);

/**
 * May the employer be contacted yet? Under an edition whose `employerContactRegime` is
 * `'permission-at-interview-only'` (FOI-07b) the post route never allows it. Interview route: only after the claimant is interviewed
 * (ch.03 para 83). Post route: only on or after the CCEL1 issue date (para 23).
 *
 * @example
 * mayContactEmployer({ route: 'Post', ccel1IssueDate: '2026-03-02', contactDate: '2026-03-01' }).value; // false
 */
export function mayContactEmployer(input: EmployerContactInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.route === 'Post' && policy.complianceInterview.employerContactRegime.value === 'permission-at-interview-only') {
    return decide(false, [R_FOI_POST], policy.id);
  }
  if (input.route === 'Interview') {
    return input.claimantInterviewed === true ? decide(true, [R_AFTER_INTERVIEW], policy.id) : decide(false, [R_NOT_BEFORE_INTERVIEW], policy.id);
  }
  const ok = input.ccel1IssueDate !== undefined && input.contactDate >= input.ccel1IssueDate;
  return ok ? decide(true, [R_AFTER_CCEL1], policy.id) : decide(false, [R_NOT_BEFORE_CCEL1], policy.id);
}
export const employerContactRule = defineRule({
  name: 'mayContactEmployer', domain: 'compliance', title: 'Employer contact before interview / CCEL1',
  ids: ['LSC-03-023', 'LSC-03-083'], citations: [C023, C083], input: employerContactInputSchema, evaluate: mayContactEmployer,
});
