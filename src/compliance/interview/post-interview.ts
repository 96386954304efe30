import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addWeeks } from '../../calendar/add-weeks.js';
import type { IsoDate } from '../../calendar/types.js';
import type { Citation } from '../../core/citation.js';
import { lsc } from '../common/cite-lsc.js';
import { BEREAVEMENT_BENEFITS, benefitSchema } from './types.js';

// ---------------------------------------------------------------------------------------------
// Interview summary (ch.06 paras 4–6)

/** Items the FRAIMS interview summary must cover (ch.06 para 4). */
export const INTERVIEW_SUMMARY_ITEMS = Object.freeze([
  'booked-date-change-signed-MF47-and-other-documents',
  'interview-and-MF47-guidance-compliant',
  'changes-admissions-or-information-for-further-check',
  'next-steps',
  'additional-information',
] as const);
/** One of {@link INTERVIEW_SUMMARY_ITEMS}. */
export type InterviewSummaryItem = (typeof INTERVIEW_SUMMARY_ITEMS)[number];

/**
 * Acceptable summary wordings printed in ch.06 para 5 (examples, not exhaustive; verbatim,
 * including the source's typos and double spaces).
 *
 * @example
 * INTERVIEW_SUMMARY_EXAMPLES[0].startsWith('Guidance compliant interview conducted'); // true
 */
export const INTERVIEW_SUMMARY_EXAMPLES = Object.freeze([
  'Guidance compliant interview conducted and signed MF47 taken.  No CoC or inform for further check.  Close Nil Result',
  'Guidance compliant interview conducted and signed MF47 taken.  No CoC or info for further check.  Close Nil Result if no LT change in CL period',
  'Guidance compliant interview conducted and signed MF47 taken.  Only CoC is 3 day undeclared work xx/xx/xx to xx/xx/xx.  Refer to BDC for o/p.  No MVA change',
  'Guidance compliant interview conducted and signed MF47 taken.  Only CoC is declaration of LT from same day and request for immediate claim closure.  Referred to BDC',
  'Guidance compliant interview conducted and signed MF47 taken.  Only CoC is capital/income has not been fully disclosure.  Made aware that full details / documentary evidence to be provided by xx/xx/xx or benefit payment will be suspended and claim considered for subsequent closure.',
] as const);

/** Input of {@link checkInterviewSummary}. */
export const interviewSummaryInputSchema = z.object({
  /** Items the summary covers. */
  covers: z.array(z.enum(INTERVIEW_SUMMARY_ITEMS)),
  /** Changes, admissions or information for further check were identified (item c applies). */
  changesIdentified: z.boolean().default(false),
  /** Relevant additional information was obtained (item e applies). */
  additionalInformationObtained: z.boolean().default(false),
});
export type InterviewSummaryInput = z.input<typeof interviewSummaryInputSchema>;

const R_SUM_OK = reason('LSC-06-004', 'The interview summary covers the minimum content.', [lsc('LSC-06-004'), lsc('LSC-06-005')]);
const R_SUM_MISSING = reason('LSC-06-004', 'The interview summary lacks minimum content (date change/signed MF47, guidance compliance, changes and admissions, next steps, additional information).', [lsc('LSC-06-004')]);

/**
 * Which minimum-content items the FRAIMS interview summary still lacks (ch.06 para 4; example
 * wordings in para 5). Items (c) and (e) apply only when there is something to record.
 *
 * @example
 * checkInterviewSummary({ covers: ['next-steps'] }).value;
 * // ['booked-date-change-signed-MF47-and-other-documents', 'interview-and-MF47-guidance-compliant']
 */
export function checkInterviewSummary(input: InterviewSummaryInput, options?: RuleOptions): Decision<readonly InterviewSummaryItem[]> {
  const policy = policyOf(options);
  const needed = INTERVIEW_SUMMARY_ITEMS.filter((i) =>
    i === 'changes-admissions-or-information-for-further-check' ? input.changesIdentified ?? false
      : i === 'additional-information' ? input.additionalInformationObtained ?? false : true);
  const missing = needed.filter((i) => !input.covers.includes(i));
  return decide(missing, [missing.length === 0 ? R_SUM_OK : R_SUM_MISSING], policy.id);
}

/** Registry entry of {@link checkInterviewSummary}. */
export const interviewSummaryRule = defineRule({
  name: 'checkInterviewSummary', domain: 'compliance', title: 'Interview summary minimum content',
  ids: ['LSC-06-004', 'LSC-06-005'], citations: [lsc('LSC-06-004')], input: interviewSummaryInputSchema, evaluate: checkInterviewSummary,
});

// ---------------------------------------------------------------------------------------------
// Where the decision goes and the case-stage update (ch.06 paras 7–20, 50–59)

/** Who decides (ch.06). */
export type DecisionDestination =
  | 'DM-via-LT54'
  | 'Dover-BB-Maintenance-Team'
  | 'FES-DCT'
  | 'Pensions-DM-Dundee-electronic'
  | 'Pensions-DM-via-Fraud-Liaison-Officer-SPOC'
  | 'CRT'
  /** No live claim or no revision, and no overpayment calculation: nothing to refer. */
  | 'none';

/** Input of {@link postInterviewDecisionRoute}. */
export const postInterviewRouteInputSchema = z.object({
  /** The benefit the decision is about. */
  benefit: benefitSchema.optional(),
  /** A pension referral (Pension Credit or other Pension Service benefit). */
  pensionReferral: z.boolean().default(false),
  /** A GMS RTE (Proof Of Concept) case only (ch.06 paras 8, 44, 58). */
  gmsRteOnly: z.boolean().default(false),
  /** There is a current live claim. */
  liveClaim: z.boolean().default(true),
  /** The current award is to be revised. */
  currentAwardToBeRevised: z.boolean(),
  /** An overpayment calculation is required. */
  overpaymentCalculationRequired: z.boolean(),
  /** The case is a benefit-suspension case (no stage change to Benefits Decision). */
  suspensionCase: z.boolean().default(false),
  /** The interview was for another Agency/Department (non-Jobcentre Plus benefit). */
  otherAgency: z.boolean().default(false),
  /** Date the case/file is sent (starts the B/F where the guidance gives a period). */
  sentDate: isoDateSchema.optional(),
});
export type PostInterviewRouteInput = z.input<typeof postInterviewRouteInputSchema>;

/** Value of {@link postInterviewDecisionRoute}. */
export interface PostInterviewRoute {
  readonly destination: DecisionDestination;
  /** The Case Stage to set now ('Benefits Decision', 'CRT'), or null to leave it (nothing is referred). */
  readonly caseStage: 'Benefits Decision' | 'CRT' | null;
  /** Record Outcome, Outcome Result and Date of Outcome now (otherwise leave them empty). */
  readonly recordOutcomeNow: boolean;
  /** Forms and documents to send. */
  readonly documents: readonly string[];
  /** Actions in order. */
  readonly actions: readonly string[];
  /** The B/F date where the guidance gives a period (BB 12 weeks, CA 4 weeks, PC 10-week escalation); null otherwise. */
  readonly bfDate: IsoDate | null;
  /** Who does the post-interview action. */
  readonly actor: 'LSCO' | 'LSAO';
}

const R = {
  lt54: reason('LSC-06-007', 'Send a fully completed LT54 to the DM (the DM returns incomplete forms).', [lsc('LSC-06-007')]),
  revise: reason('LSC-06-009', 'Current award to be revised: LT54 to the DM, activity with a B/F; Case Stage \'Benefits Decision\' (not for suspension cases); leave the Outcome fields empty.', [lsc('LSC-06-009')]),
  ref2: reason('LSC-06-010', 'An overpayment calculation as well: REF2 with copies of the LT54, MF47 and other documents to the overpayment Central Team, with a B/F.', [lsc('LSC-06-010')]),
  nothingToRefer: reason('LSC-06-011', 'No live claim or award not revised, and no overpayment calculation is required: nothing goes to a Decision Maker or to CRT (para 11 is about cases needing an overpayment calculation); record Outcome, Outcome Result and Date of Outcome now.', [lsc('LSC-06-011'), lsc('LSC-07-011')]),
  crt: reason('LSC-06-011', 'No live claim or award not revised: Case Stage \'Central Reassessment Team\' (CRT) and record Outcome, Outcome Result and Date of Outcome now.', [lsc('LSC-06-011')]),
  bb: reason('LSC-06-012', 'Bereavement Benefit decisions (even if already suspended) go to the Dover BB Maintenance Team; REF2 if an overpayment calculation is needed; B/F 12 weeks, then escalate.', [lsc('LSC-06-012'), lsc('LSC-06-013'), lsc('LSC-06-014')]),
  ca: reason('LSC-06-020', 'Carer\'s Allowance: return the case to FES DCT, not the DM and never the CA Unit in Preston; mark sensitive information in red, RM7, MF47 and CA Unit evidence in the file; FES DCT sets a 4-week B/F.', [lsc('LSC-06-020'), lsc('LSC-06-052'), lsc('LSC-06-053'), lsc('LSC-06-054'), lsc('LSC-06-055')]),
  rte: reason('LSC-06-058', 'GMS RTE case only: electronic referral to the Pensions Decision Maker at Dundee.', [lsc('LSC-06-008'), lsc('LSC-06-058')]),
  pension: reason('LSC-06-059', 'Pension referral: to the Pensions DM via the Fraud Liaison Officer SPOC at the Pension Centre, activity with a B/F, RM7 in the file sent to PDCS; Pension Credit escalates at 10 weeks.', [lsc('LSC-06-059'), lsc('LSC-08-036')]),
  agency: reason('LSC-06-050', 'Interview for another Agency/Department: the post-interview action is taken by the LSAO; the RM7 covers only information the LSCO gathered.', [lsc('LSC-06-050'), lsc('LSC-06-051')]),
  sensitive: reason('LSC-06-017', 'Before passing the case on: remove sensitive material and complete the RM7; the LSCTL does the final check; the LSAO notes on Notepad that LSC activity took place.', [lsc('LSC-06-017'), lsc('LSC-06-018'), lsc('LSC-06-019')]),
} as const;

const SENSITIVE_ACTIONS: readonly string[] = ['remove-sensitive-material-and-complete-RM7', 'LSCTL-final-sensitive-material-check', 'LSAO-updates-Notepad-LSC-activity'];

/**
 * Where the post-interview decision goes and what to record (ch.06 paras 7–20, 50–59): the DM
 * on a complete LT54 with Case Stage 'Benefits Decision' and empty outcome fields when the award
 * is revised (REF2 to CRT as well for an overpayment); CRT with the outcome recorded now when
 * there is no live claim or no revision and an overpayment calculation is required (with none,
 * nothing is referred and the outcome is recorded now); Bereavement Benefit to the Dover team (12-week B/F);
 * Carer's Allowance to FES DCT (4-week B/F); GMS RTE cases to the Pensions DM at Dundee; other
 * pension referrals via the Fraud Liaison Officer SPOC (Pension Credit: 10-week escalation).
 *
 * @example
 * postInterviewDecisionRoute({ benefit: 'JSA', currentAwardToBeRevised: true, overpaymentCalculationRequired: false }).value.caseStage;
 * // 'Benefits Decision'
 */
export function postInterviewDecisionRoute(input: PostInterviewRouteInput, options?: RuleOptions): Decision<PostInterviewRoute> {
  const policy = policyOf(options);
  const p = policy.complianceInterview;
  const sent = input.sentDate as IsoDate | undefined;
  const actor = input.otherAgency ?? false ? 'LSAO' : 'LSCO';
  const base: Reason[] = actor === 'LSAO' ? [R.agency] : [];
  const op = input.overpaymentCalculationRequired;

  if (input.gmsRteOnly ?? false) {
    return decide({ destination: 'Pensions-DM-Dundee-electronic', caseStage: null, recordOutcomeNow: false, documents: ['e-Evidence submission'],
      actions: ['electronic-referral-to-Pensions-DM-Dundee', ...SENSITIVE_ACTIONS], bfDate: null, actor }, [...base, R.rte, R.sensitive], policy.id);
  }
  if (input.benefit === 'CA') {
    return decide({ destination: 'FES-DCT', caseStage: null, recordOutcomeNow: false, documents: ['MF47', 'RM7', 'CA Unit evidence'],
      actions: ['mark-sensitive-information-in-red', 'complete-RM7', 'send-file-to-FES-DCT-not-CA-Unit-Preston', 'FES-DCT-records-Preston-Performance-Manager', 'at-BF-LSCO-contacts-Performance-Manager'],
      bfDate: sent === undefined ? null : addWeeks(sent, p.carersAllowanceResponseWeeks.value), actor }, [...base, R.ca], policy.id);
  }
  if (input.benefit !== undefined && BEREAVEMENT_BENEFITS.includes(input.benefit)) {
    return decide({ destination: 'Dover-BB-Maintenance-Team', caseStage: null, recordOutcomeNow: false, documents: op ? ['REF2'] : [],
      actions: ['email-Dover-BB-Maintenance-Team', ...(op ? ['complete-REF2'] : []), 'set-BF-12-weeks', 'escalate-to-BB-DMA-team-if-no-decision-at-BF', ...SENSITIVE_ACTIONS],
      bfDate: sent === undefined ? null : addWeeks(sent, p.bereavementReplyWeeks.value), actor }, [...base, R.bb, R.sensitive], policy.id);
  }
  if ((input.pensionReferral ?? false) || input.benefit === 'PC' || input.benefit === 'RetirementPension') {
    return decide({ destination: 'Pensions-DM-via-Fraud-Liaison-Officer-SPOC', caseStage: null, recordOutcomeNow: false, documents: ['RM7'],
      actions: ['refer-via-Fraud-Liaison-Officer-SPOC', 'create-activity-with-BF-booked-out', ...SENSITIVE_ACTIONS],
      bfDate: sent !== undefined && input.benefit === 'PC' ? addWeeks(sent, p.pensionCreditEscalationWeeks.value) : null, actor }, [...base, R.pension, R.sensitive], policy.id);
  }
  if (input.currentAwardToBeRevised && (input.liveClaim ?? true)) {
    const reasons = [...base, R.lt54, R.revise, ...(op ? [R.ref2] : []), R.sensitive];
    return decide({ destination: 'DM-via-LT54', caseStage: input.suspensionCase ?? false ? null : 'Benefits Decision', recordOutcomeNow: false,
      documents: op ? ['LT54', 'REF2', 'MF47'] : ['LT54'],
      actions: ['send-LT54-to-DM', 'create-activity-with-BF-for-DM-response', ...(op ? ['send-REF2-to-overpayment-Central-Team', 'create-activity-with-BF-for-CRT-response'] : []), ...SENSITIVE_ACTIONS],
      bfDate: null, actor }, reasons, policy.id);
  }
  if (!op) {
    return decide({ destination: 'none', caseStage: null, recordOutcomeNow: true, documents: [], actions: ['record-Outcome-Outcome-Result-Date-of-Outcome-now'], bfDate: null, actor },
      [...base, R.nothingToRefer], policy.id);
  }
  return decide({ destination: 'CRT', caseStage: 'CRT', recordOutcomeNow: true, documents: ['REF2', 'LT54', 'MF47'],
    actions: ['set-case-stage-CRT', 'record-Outcome-Outcome-Result-Date-of-Outcome-now', ...SENSITIVE_ACTIONS], bfDate: null, actor }, [...base, R.crt, R.sensitive], policy.id);
}

/** Registry entry of {@link postInterviewDecisionRoute}. */
export const postInterviewRouteRule = defineRule({
  name: 'postInterviewDecisionRoute', domain: 'compliance', title: 'Post-interview: who decides, case stage, B/F',
  ids: ['LSC-06-007', 'LSC-06-008', 'LSC-06-009', 'LSC-06-010', 'LSC-06-011', 'LSC-06-012', 'LSC-06-013', 'LSC-06-014', 'LSC-06-017', 'LSC-06-018', 'LSC-06-019', 'LSC-06-020',
    'LSC-06-050', 'LSC-06-051', 'LSC-06-052', 'LSC-06-053', 'LSC-06-054', 'LSC-06-055', 'LSC-06-058', 'LSC-06-059'],
  citations: [lsc('LSC-06-009'), lsc('LSC-06-011')], input: postInterviewRouteInputSchema, evaluate: postInterviewDecisionRoute,
});

// ---------------------------------------------------------------------------------------------
// Waiting for another team's decision: BB 12 weeks, CA 4 weeks, PC 10 weeks (ch.06 paras 14–16, 55–56; ch.08 para 36)

/**
 * The e-mail subject line of a Bereavement Benefit escalation (ch.06 para 16), verbatim.
 *
 * @example
 * BB_ESCALATION_SUBJECT; // 'FES LOCAL SERVICE COMPLIANCE CASE ESCALATION'
 */
export const BB_ESCALATION_SUBJECT = 'FES LOCAL SERVICE COMPLIANCE CASE ESCALATION';

/** Input of {@link decisionResponseFollowUp}. */
export const decisionFollowUpInputSchema = z.object({
  team: z.enum(['bereavement-benefit', 'carers-allowance', 'pension-credit']),
  /** Date the case was forwarded (BB), received by FES DCT (CA) or referred to the Pension Centre (PC). */
  sentDate: isoDateSchema,
  asOf: isoDateSchema,
  responseReceived: z.boolean(),
});
export type DecisionFollowUpInput = z.input<typeof decisionFollowUpInputSchema>;

/** Value of {@link decisionResponseFollowUp}. */
export interface DecisionFollowUp {
  readonly bfDate: IsoDate;
  readonly action: 'none' | 'wait' | 'escalate-email-BB-DMA-team' | 'LSCO-contacts-Preston-Performance-Manager' | 'escalate-pension-credit-case-by-email';
  /** The e-mail subject to use, for the BB escalation. */
  readonly emailSubject: string | null;
}

const C_FU: Record<DecisionFollowUpInput['team'], readonly Citation[]> = {
  'bereavement-benefit': [lsc('LSC-06-014'), lsc('LSC-06-015'), lsc('LSC-06-016')],
  'carers-allowance': [lsc('LSC-06-055'), lsc('LSC-06-056')],
  'pension-credit': [lsc('LSC-06-059'), lsc('LSC-08-036')],
};
const R_FU = {
  'bereavement-benefit': {
    wait: reason('LSC-06-014', 'Bereavement Benefit: B/F 12 weeks for a reply.', C_FU['bereavement-benefit']),
    late: reason('LSC-06-015', 'No BB decision at the 12-week B/F: escalate by e-mail to the BB DMA team, subject "FES LOCAL SERVICE COMPLIANCE CASE ESCALATION".', C_FU['bereavement-benefit']),
  },
  'carers-allowance': {
    wait: reason('LSC-06-055', 'Carer\'s Allowance: FES DCT sets a 4-week B/F for a response.', C_FU['carers-allowance']),
    late: reason('LSC-06-056', 'No CA response at the 4-week B/F: the LSCO contacts the Preston Performance Manager direct.', C_FU['carers-allowance']),
  },
  'pension-credit': {
    wait: reason('LSC-06-059', 'Pension Credit: a decision is expected within ten weeks of referral.', C_FU['pension-credit']),
    late: reason('LSC-08-036', 'No Pension Credit decision within ten weeks of referral: escalate the case by e-mail.', C_FU['pension-credit']),
  },
} as const;
const R_FU_DONE: Record<DecisionFollowUpInput['team'], Reason> = {
  'bereavement-benefit': reason('LSC-06-014', 'The Bereavement Benefit response has been received.', [lsc('LSC-06-014')]),
  'carers-allowance': reason('LSC-06-055', 'The Carer\'s Allowance response has been received.', [lsc('LSC-06-055')]),
  'pension-credit': reason('LSC-06-059', 'The Pension Credit decision has been received.', [lsc('LSC-06-059')]),
};

/**
 * Chasing another team's decision: Bereavement Benefit escalates at the 12-week B/F (ch.06
 * paras 14–16); Carer's Allowance at the 4-week B/F (paras 55–56); Pension Credit when there is
 * no decision within ten weeks (ch.08 para 36). BB and CA act *at* the B/F date; Pension Credit
 * from the day after the tenth week ("within ten weeks").
 *
 * @example
 * decisionResponseFollowUp({ team: 'bereavement-benefit', sentDate: '2026-01-05', asOf: '2026-03-30', responseReceived: false }).value.action;
 * // 'escalate-email-BB-DMA-team'
 */
export function decisionResponseFollowUp(input: DecisionFollowUpInput, options?: RuleOptions): Decision<DecisionFollowUp> {
  const policy = policyOf(options);
  const p = policy.complianceInterview;
  const weeks = input.team === 'bereavement-benefit' ? p.bereavementReplyWeeks.value : input.team === 'carers-allowance' ? p.carersAllowanceResponseWeeks.value : p.pensionCreditEscalationWeeks.value;
  const bfDate = addWeeks(input.sentDate as IsoDate, weeks);
  if (input.responseReceived) return decide({ bfDate, action: 'none', emailSubject: null }, [R_FU_DONE[input.team]], policy.id);
  const due = input.team === 'pension-credit' ? input.asOf > bfDate : input.asOf >= bfDate;
  const r = R_FU[input.team];
  if (!due) return decide({ bfDate, action: 'wait', emailSubject: null }, [r.wait], policy.id);
  const action = input.team === 'bereavement-benefit' ? 'escalate-email-BB-DMA-team' : input.team === 'carers-allowance' ? 'LSCO-contacts-Preston-Performance-Manager' : 'escalate-pension-credit-case-by-email';
  return decide({ bfDate, action, emailSubject: input.team === 'bereavement-benefit' ? BB_ESCALATION_SUBJECT : null }, [r.wait, r.late], policy.id);
}

/** Registry entry of {@link decisionResponseFollowUp}. */
export const decisionFollowUpRule = defineRule({
  name: 'decisionResponseFollowUp', domain: 'compliance', title: 'Chasing BB, CA and Pension Credit decisions',
  ids: ['LSC-06-014', 'LSC-06-015', 'LSC-06-016', 'LSC-06-055', 'LSC-06-056', 'LSC-06-059', 'LSC-08-036'],
  citations: [lsc('LSC-06-015'), lsc('LSC-06-056')], input: decisionFollowUpInputSchema, evaluate: decisionResponseFollowUp,
});
