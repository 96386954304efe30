import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { BENEFITS } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';
import { INTERVENTION_METHODS, REFERRAL_SOURCES } from './vocabulary.js';

/** The stages of a referral at which checklists apply. */
export const REFERRAL_CHECKLIST_STAGES = Object.freeze([
  'Referral',
  'InitialChecks',
  'ArrangingAppointment',
  'ShortNoticeCall',
  'InterviewPreparation',
  'Interview',
  'RearrangingAppointment',
] as const);
/** One of {@link REFERRAL_CHECKLIST_STAGES}. */
export type ReferralChecklistStage = (typeof REFERRAL_CHECKLIST_STAGES)[number];

/** Facts that decide which checklist entries apply. */
export const referralChecklistInputSchema = z.object({
  stage: z.enum(REFERRAL_CHECKLIST_STAGES),
  source: z.enum(REFERRAL_SOURCES).optional(),
  method: z.enum(INTERVENTION_METHODS).optional(),
  benefits: z.array(z.enum(BENEFITS)).optional(),
  /** The claimant has an LMS account. */
  lmsAccount: z.boolean().optional(),
  /** The case notes suggest an interpreter is required. */
  interpreterIndicated: z.boolean().optional(),
  /** Someone (LSCTL or other authorised person) accompanies the LSCO on the visit. */
  accompaniedVisit: z.boolean().optional(),
  /** A potential overpayment has been identified. */
  potentialOverpayment: z.boolean().optional(),
  /** Short-notice call: the claimant answered and is available. */
  callAnswered: z.boolean().optional(),
});
export type ReferralChecklistInput = z.input<typeof referralChecklistInputSchema>;
type Facts = z.output<typeof referralChecklistInputSchema>;

/** One checklist entry: what must be done or checked, for which catalogue id, at which stage. */
export interface ReferralChecklistEntry {
  readonly id: string;
  readonly ref: string;
  readonly stage: ReferralChecklistStage;
  readonly text: string;
  /** Sub-items (lists the guidance gives), if any. */
  readonly items: readonly string[];
}

interface Row extends ReferralChecklistEntry {
  readonly applies: (f: Facts) => boolean;
  readonly why: Reason;
}

const always = () => true;
const jsa = (f: Facts) => (f.benefits ?? []).some((b) => b === 'JSA' || b === 'JSA(IB)' || b === 'JSA(C)');

function row(id: string, stage: ReferralChecklistStage, text: string, applies: (f: Facts) => boolean = always, items: readonly string[] = []): Row {
  const c = lsc(id);
  return Object.freeze({ id, ref: c.ref, stage, text, items: Object.freeze([...items]), applies, why: reason(id, text, [c]) });
}

/**
 * Evidence of identity the claimant must bring/have available at a short-notice appointment
 * (ch.03 para 78, LSC-03-078a): any one of these.
 *
 * @example
 * SHORT_NOTICE_IDENTITY_EVIDENCE[0]; // 'passport'
 */
export const SHORT_NOTICE_IDENTITY_EVIDENCE = Object.freeze([
  'passport',
  'driving licence',
  'utility bill showing their current name and address',
  'rent agreement showing their current name and address',
  'bank statement showing their current name and address',
]);

/**
 * Other documents the claimant must bring/have available at a short-notice appointment
 * (ch.03 para 78, LSC-03-078b).
 *
 * @example
 * SHORT_NOTICE_OTHER_DOCUMENTS.length; // 7
 */
export const SHORT_NOTICE_OTHER_DOCUMENTS = Object.freeze([
  'bank statements; for any current accounts, deposit accounts, or any bank/building society or Post Office accounts',
  'occupational pension(s); their most recent statement from the pension provider or details of other money from a place where their or their partner used to work',
  'earnings, including their most recent wage slips',
  'Individual Savings Accounts (ISAs), Personal Equity Plans (PEPs) statements',
  'savings and investments; such as National Savings Certificates, Premium Bonds, Income Bonds, or Capital Bonds',
  'details of any property or land, other than where they live',
  'evidence of their immigration status and ‘Right to Remain’',
]);

const ROWS: readonly Row[] = Object.freeze([
  // Referral
  row('LSC-01-001', 'Referral', 'Local Service Compliance is action taken during the life of a claim to ensure the claimant gives correct information and reports all relevant changes at the right time.'),
  row('LSC-01-007', 'Referral', 'A Fraud Referral Form (FRF) is completed for every Fraud and Error referral, from whatever source, at the first point of contact.'),
  row('LSC-02-001', 'Referral', 'Risk referral: input the risk details, including the Risk Type A–H, on the FRF following the Exception Routing process.', (f) => f.source === 'RiskReferral'),
  // Initial checks
  row('LSC-03-001', 'InitialChecks', 'Perform an in-depth interrogation of the claim on the relevant IT systems, for example:', always, [
    'ISCS', 'JSAPS', 'DCS/PIP benefits via CES', 'CIS (including Tax Credit information, if access)', 'LMS', 'other Departmental systems, e.g. NPS (formerly e-Nirs, if access)',
  ]),
  row('LSC-03-002', 'InitialChecks', 'Check on the FRAIMS Contact Screen (not exhaustive):', always, [
    'the claimant is still in receipt of benefit',
    'the alleged offence/risk would impact on the type of benefit claimed',
    'circumstances have not changed',
    'special circumstances: Appointee or Power of Attorney',
    'Potentially Violent (PV) / Unacceptable Customer Behaviour (UCB) indicators',
  ]),
  row('LSC-03-004', 'InitialChecks', 'LSI downgrade or MIDAS referral: check the Offence Type on the FRAIMS case and change it if required.', (f) => f.source === 'LSIDowngrade' || f.source === 'MIDAS'),
  row('LSC-03-005', 'InitialChecks', "Ensure the appropriate benefit (the one the allegation affects) is marked as 'Primary' — exactly one."),
  row('LSC-03-006', 'InitialChecks', 'Local Service Admin Officer: check that any sensitive material received is marked in red.'),
  // Arranging
  row('LSC-03-055', 'ArrangingAppointment', 'LMS account: note LMS Conversations that an LSC interview has been arranged, with the interview date and time.', (f) => f.lmsAccount === true),
  row('LSC-03-058', 'ArrangingAppointment', 'Gaps in a day of notified visits may be filled by contacting claimants by telephone to see them at short notice.', (f) => f.method === 'Visit'),
  // Short-notice call
  row('LSC-03-075', 'ShortNoticeCall', 'Speak to the claimant only and establish their identity using random security questions; never give a third party the reason for the call.'),
  row('LSC-03-077', 'ShortNoticeCall', 'Once identity is established: advise the reason for the call and ask if the claimant will be available for an office or visit appointment.', (f) => f.callAnswered !== false),
  row('LSC-03-078a', 'ShortNoticeCall', 'Tell the claimant to bring/have available evidence of their identity (any one of):', (f) => f.callAnswered !== false, SHORT_NOTICE_IDENTITY_EVIDENCE),
  row('LSC-03-078b', 'ShortNoticeCall', 'Tell the claimant to bring/have available the other documents (those relevant):', (f) => f.callAnswered !== false, SHORT_NOTICE_OTHER_DOCUMENTS),
  row('LSC-03-080', 'ShortNoticeCall', 'Record details of the telephone call and any appointment arrangements on the FRAIMS case.', (f) => f.callAnswered !== false),
  row('LSC-03-081', 'ShortNoticeCall', 'The claimant did not answer or is unavailable: details of the call must still be recorded on FRAIMS.', (f) => f.callAnswered === false),
  // Interview preparation
  row('LSC-03-082', 'InterviewPreparation', 'Preview the case before the interview; as a minimum check relevant IT systems to ensure:', always, [
    'the claimant still has conditions of entitlement', "who lives at the claimant's address", 'no official errors have been made',
  ]),
  row('LSC-03-084', 'InterviewPreparation', 'Identify sensitive material, remove it from the file and complete the Sensitive Information record sheet (RM7); never disclose it to the claimant.'),
  row('LSC-03-087', 'InterviewPreparation', 'The case notes suggest an interpreter is required: arrange one.', (f) => f.interpreterIndicated === true),
  row('LSC-03-088', 'InterviewPreparation', 'Have an FF300/FF300W receipt pad in case a bank book is obtained from the claimant.'),
  row('LSC-03-089', 'InterviewPreparation', 'Interviews outside the office: carry a valid EF283/EF283W identity card (never a Local Service Investigations card); in the office a DWP identity card or name badge.', (f) => f.method === 'Visit'),
  row('LSC-03-090', 'InterviewPreparation', 'Anyone accompanying the LSCO on a visit must also have a valid identity card to show the claimant.', (f) => f.method === 'Visit' && f.accompaniedVisit === true),
  row('LSC-03-104', 'InterviewPreparation', 'LSCTL: ensure the health and safety guidance has been followed before any visit is allocated (PV/UCB indicators).', (f) => f.method === 'Visit'),
  // Interview
  row('LSC-01-002', 'Interview', 'LSC is not a criminal investigation: the interview is never performed under caution.'),
  row('LSC-01-003', 'Interview', 'A robust and challenging face-to-face interview ensures:', (f) => f.method !== 'Post' && f.method !== 'Telephone', [
    'the correct benefit entitlement',
    'all information is obtained to enable an overpayment/underpayment to be calculated',
    'the causes of the overpayment/underpayment',
    'how to stop it happening again',
    'the claimant understands the possible consequences of not complying in the future',
  ]),
  row('LSC-01-004', 'Interview', "Robust and challenging: reinforce the claimant's responsibilities; do not accept the first response; question until satisfied the account of their circumstances is correct."),
  row('LSC-01-005', 'Interview', 'Make the claimant aware of the seriousness of their actions and clearly state the possible consequences of any future non-compliance.'),
  row('LSC-03-046', 'Interview', 'Potential overpayment: obtain full details of the period of the overpayment and any agreement to repay (no amount need be specified).', (f) => f.potentialOverpayment === true),
  // Re-arranging
  row('LSC-03-093', 'RearrangingAppointment', 'Record the reason for not attending on the existing FRAIMS interview/visit activity and create a new interview/visit activity.'),
  row('LSC-03-094', 'RearrangingAppointment', 'Never over-write the existing FRAIMS activity with the new appointment date/time.'),
  row('LSC-03-095', 'RearrangingAppointment', 'Update the SMS text message to show the new appointment details.'),
  row('LSC-03-096', 'RearrangingAppointment', 'Where appropriate, revise LMS notes with the change of appointment date and/or time.', (f) => f.lmsAccount === true),
  row('LSC-03-097', 'RearrangingAppointment', 'JSA: as a minimum, record the reason the claimant cannot attend in LMS conversations.', jsa),
]);

/** Why a stage's checklist can be empty, in plain words (a stage whose entries all depend on facts). */
const EMPTY_STAGE_SAYS: Partial<Record<ReferralChecklistStage, string>> = {
  ArrangingAppointment:
    'No arranging-stage entry applies to these facts: the claimant has no LMS account on which to note the interview (ch.03 para 55), and the intervention is not a visit, so there are no gaps in a day of notified visits to fill with short-notice calls (ch.03 para 58).',
};

/**
 * Per stage, the reason given when none of its entries applies: it cites every entry of the stage
 * (each depends on a fact the case does not have), so an empty checklist is explained too.
 */
const NONE_APPLIES: Readonly<Record<ReferralChecklistStage, Reason>> = Object.freeze(
  Object.fromEntries(REFERRAL_CHECKLIST_STAGES.map((stage) => {
    const rows = ROWS.filter((r) => r.stage === stage);
    const says = EMPTY_STAGE_SAYS[stage] ?? `No ${stage} checklist entry applies to these facts (${rows.map((r) => r.id).join(', ')}).`;
    return [stage, reason(rows[0]!.id, says, rows.map((r) => r.why.cites[0]!))];
  })) as Record<ReferralChecklistStage, Reason>,
);

/**
 * Every checklist entry of compliance ch.01–03, one per catalogue id, as frozen data.
 *
 * @example
 * REFERRAL_CHECKLIST.find((e) => e.id === 'LSC-03-082')?.items.length; // 3
 */
export const REFERRAL_CHECKLIST: readonly ReferralChecklistEntry[] = Object.freeze(
  ROWS.map(({ id, ref, stage, text, items }) => Object.freeze({ id, ref, stage, text, items })),
);

/**
 * The checks and actions required at a stage of a referral, given the case facts (ch.01 paras
 * 1–7; ch.02 para 1; ch.03 paras 1–6, 46, 55, 58, 75–97, 104). An empty checklist still has a
 * reason, citing the stage's entries that do not apply.
 *
 * @example
 * referralChecklist({ stage: 'RearrangingAppointment', benefits: ['JSA'], lmsAccount: true }).value.map((e) => e.id);
 * // ['LSC-03-093', 'LSC-03-094', 'LSC-03-095', 'LSC-03-096', 'LSC-03-097']
 */
export function referralChecklist(input: ReferralChecklistInput, options?: RuleOptions): Decision<readonly ReferralChecklistEntry[]> {
  const policy = policyOf(options);
  const entries: ReferralChecklistEntry[] = [];
  const reasons: Reason[] = [];
  ROWS.forEach((r, i) => {
    if (r.stage === input.stage && r.applies(input as Facts)) {
      entries.push(REFERRAL_CHECKLIST[i]!);
      reasons.push(r.why);
    }
  });
  if (reasons.length === 0) reasons.push(NONE_APPLIES[input.stage]);
  return decide(entries, reasons, policy.id);
}
export const referralChecklistRule = defineRule({
  name: 'referralChecklist', domain: 'compliance', title: 'Checks and actions by stage (ch.01–03)',
  ids: ROWS.map((r) => r.id), citations: ROWS.map((r) => lsc(r.id)), input: referralChecklistInputSchema, evaluate: referralChecklist,
});
