import { z } from 'zod';
import type { Citation } from '../../core/citation.js';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, caseloadCountSchema } from '../../core/schemas.js';
import { addCalendarDays, addMonths, addWorkingDays, workingDaysBetween, type IsoDate } from '../../calendar/index.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';

const C = lsc;
const r = (id: string, says: string, ...more: string[]) => reason(id, says, [C(id), ...more.map((m) => C(m))]);

/**
 * The four kinds of Local Service Compliance check (ch.10 introduction, LSC-10-000).
 *
 * @example
 * LSC_CHECK_TYPES[3]; // 'Quality Assurance Framework (QAF)'
 */
export const LSC_CHECK_TYPES = Object.freeze(['Progress', 'Process', 'Diary', 'Quality Assurance Framework (QAF)'] as const);
export type LscCheckType = (typeof LSC_CHECK_TYPES)[number];

/** Input of {@link mayUndertakeCheck}. */
export const checkerInputSchema = z.object({
  checkType: z.enum(LSC_CHECK_TYPES),
  role: z.enum(['LSCTL', 'LSCO', 'LSAO', 'other']),
  /** An LSCO nominated by the LSCTL to undertake checks. */
  nominated: z.boolean().default(false),
});
export type CheckerInput = z.input<typeof checkerInputSchema>;
const R_TL = r('LSC-10-001', 'The LSCTL should undertake the checks where possible.', 'LSC-10-000');
const R_DELEGATED = r('LSC-10-001', 'Checks may be delegated to a nominated LSCO.', 'LSC-10-000');
const R_NOT = r('LSC-10-001', 'Only the LSCTL, or an LSCO nominated by delegation, may undertake checks.', 'LSC-10-000');

/**
 * May this person undertake a check of one of the four kinds (ch.10 intro and para 1)? The LSCTL,
 * or an LSCO nominated by delegation.
 *
 * @example
 * mayUndertakeCheck({ checkType: 'Progress', role: 'LSCO', nominated: true }).value; // true
 */
export function mayUndertakeCheck(input: CheckerInput, options?: RuleOptions): Decision<boolean> {
  const edition = policyOf(options).id;
  if (input.role === 'LSCTL') return decide(true, [R_TL], edition);
  if (input.role === 'LSCO' && input.nominated) return decide(true, [R_DELEGATED], edition);
  return decide(false, [R_NOT], edition);
}

/** A sanity bound on excluded working days (about ten years of them): a larger count is a typing error. */
const MAX_EXCLUDED_WORKING_DAYS = 2500;

/** Input of {@link decideClearanceMeasure}. */
export const clearanceInputSchema = z.object({
  /** The day the case arrived in the LSCO's in box. */
  receivedOn: isoDateSchema,
  /** The day the first interview was notified (the notification's issue date). */
  firstInterviewNotifiedOn: isoDateSchema,
  /** Working days in between spent on action by Decision Makers or Debt Management, which do not count. */
  excludedWorkingDays: z.number().int().nonnegative().max(MAX_EXCLUDED_WORKING_DAYS).default(0),
});
export type ClearanceInput = z.input<typeof clearanceInputSchema>;
const R_CLEAR_OK = r('LSC-10-003', 'The first interview was notified within 15 working days of receipt of the case.');
const R_CLEAR_LATE = r('LSC-10-003', 'The first interview was notified more than 15 working days after receipt of the case (quality issue 4).', 'LSC-11-029d');

/**
 * The 15-working-day clearance measure: from receipt in the LSCO's in box (day 0) to notification
 * of the first interview, not counting time with Decision Makers or Debt Management (ch.10 para 3).
 * Within the measure = notified on or before `lastDay`, the 15th counted working day.
 *
 * @example
 * decideClearanceMeasure({ receivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-23' }).value; // { workingDays: 15, withinMeasure: true, lastDay: '2015-03-23' }
 */
export function decideClearanceMeasure(input: ClearanceInput, options?: RuleOptions): Decision<{ readonly workingDays: number; readonly withinMeasure: boolean; readonly lastDay: IsoDate }> {
  const policy = policyOf(options);
  const limit = policy.complianceOutcomes.clearanceWorkingDays.value;
  const excluded = input.excludedWorkingDays ?? 0;
  const days = workingDaysBetween(input.receivedOn as IsoDate, input.firstInterviewNotifiedOn as IsoDate, options?.calendar) - excluded;
  const lastDay = addWorkingDays(input.receivedOn as IsoDate, limit + excluded, options?.calendar);
  // The 15th working day is the last compliant day: a notification on the weekend after it is late
  // though only 15 working days have passed (docs/interpretations.md, LSC-01-011 / LSC-10-003).
  const within = input.firstInterviewNotifiedOn <= lastDay;
  return decide({ workingDays: days, withinMeasure: within, lastDay }, [within ? R_CLEAR_OK : R_CLEAR_LATE], policy.id);
}

/** Input of {@link decideProgressCheck}. */
export const progressCheckInputSchema = z.object({
  /** The day the case was allocated to the LSCO. */
  allocatedOn: isoDateSchema,
  /** The day of the last progress check, if any. */
  lastCheckOn: isoDateSchema.nullable().default(null),
  closedOn: isoDateSchema.nullable().default(null),
  asOf: isoDateSchema,
});
export type ProgressCheckInput = z.input<typeof progressCheckInputSchema>;
const R_FIRST = r('LSC-10-005', 'A progress check is due on every case open more than 25 working days from allocation (from working day 26).');
const R_REPEAT = r('LSC-10-008', 'The progress check is repeated at ten working day intervals (from the previous check) until the case is closed.');
const R_CLOSED = r('LSC-10-008', 'The case is closed: no further progress checks.');

/**
 * When is the next progress check due, and is it due now? First on working day 26 after
 * allocation ("over 25 working days", ch.10 para 5), then ten working days after each check until
 * closure (para 8).
 *
 * @example
 * decideProgressCheck({ allocatedOn: '2015-03-02', asOf: '2015-04-08' }).value; // { nextDueOn: '2015-04-08', due: true }
 */
export function decideProgressCheck(input: ProgressCheckInput, options?: RuleOptions): Decision<{ readonly nextDueOn: IsoDate | null; readonly due: boolean }> {
  const policy = policyOf(options);
  const p = policy.complianceOutcomes;
  if ((input.closedOn ?? null) !== null && (input.closedOn as string) <= input.asOf) return decide({ nextDueOn: null, due: false }, [R_CLOSED], policy.id);
  const last = input.lastCheckOn ?? null;
  const next = last === null
    ? addWorkingDays(input.allocatedOn as IsoDate, p.progressCheckAfterWorkingDays.value + 1, options?.calendar)
    : addWorkingDays(last as IsoDate, p.progressCheckRepeatWorkingDays.value, options?.calendar);
  return decide({ nextDueOn: next, due: input.asOf >= next }, [last === null ? R_FIRST : R_REPEAT], policy.id);
}

/** Input of {@link selectCasesForProgressCheck}. */
export const progressQueryInputSchema = z.object({
  cases: z.array(z.object({ id: z.string(), status: z.string(), team: z.string(), dateOpened: isoDateSchema })),
  staffNumber: z.string(),
  checkDate: isoDateSchema,
});
export type ProgressQueryInput = z.input<typeof progressQueryInputSchema>;
const R_QUERY = r('LSC-10-006', "FRAIMS query: 'Status' does not contain 'Closed', 'Team' equals the staff number, 'Date Opened' is before a date 25 days before the checking date.", 'LSC-10-005');

/**
 * The FRAIMS query that finds open cases for the progress check (ch.10 para 6): not 'Closed',
 * team = staff number, opened strictly before the checking date minus 25 days. A finder only:
 * the rule itself is {@link decideProgressCheck}.
 *
 * @example
 * selectCasesForProgressCheck({ cases: [{ id: 'C1', status: 'Open', team: '123', dateOpened: '2015-02-01' }], staffNumber: '123', checkDate: '2015-03-02' }).value; // ['C1']
 */
export function selectCasesForProgressCheck(input: ProgressQueryInput, options?: RuleOptions): Decision<readonly string[]> {
  const policy = policyOf(options);
  const cutoff = addCalendarDays(input.checkDate as IsoDate, -policy.complianceOutcomes.progressCheckQueryDays.value);
  const ids = input.cases.filter((c) => !c.status.includes('Closed') && c.team === input.staffNumber && c.dateOpened < cutoff).map((c) => c.id);
  return decide(ids, [R_QUERY], policy.id);
}

/** Input of {@link selectIncidentsForCheck}. */
export const incidentQueryInputSchema = z.object({
  incidents: z.array(z.object({ id: z.string(), status: z.string(), owner: z.string() })),
  staffNumber: z.string(),
});
export type IncidentQueryInput = z.input<typeof incidentQueryInputSchema>;
const R_INCIDENTS = r('LSC-10-007', "Optional check of incidents: 'Status' does not contain 'Closed' or 'Linked', and the incident owner is the staff number.");

/**
 * The optional (not mandatory) check of open incidents: owned by the staff number, status neither
 * 'Closed' nor 'Linked' (ch.10 para 7).
 *
 * @example
 * selectIncidentsForCheck({ incidents: [{ id: 'I1', status: 'Open', owner: '9' }], staffNumber: '9' }).value; // ['I1']
 */
export function selectIncidentsForCheck(input: IncidentQueryInput, options?: RuleOptions): Decision<readonly string[]> {
  const ids = input.incidents.filter((i) => !i.status.includes('Closed') && !i.status.includes('Linked') && i.owner === input.staffNumber).map((i) => i.id);
  return decide(ids, [R_INCIDENTS], policyOf(options).id);
}

/** One check duty (ch.10 paras 9–12). */
export interface CheckDuty {
  readonly id: string;
  readonly who: 'LSCO' | 'LSCTL' | 'checker' | 'allocating officer';
  readonly duty: string;
  readonly frequency: string;
  readonly mandatory: boolean;
  readonly cites: readonly Citation[];
}
const duty = (id: string, who: CheckDuty['who'], text: string, frequency: string, mandatory: boolean): CheckDuty =>
  Object.freeze({ id, who, duty: text, frequency, mandatory, cites: Object.freeze([C(id)]) });

/**
 * The recurring check duties of ch.10 paras 9–12.
 *
 * @example
 * LSC_CHECK_DUTIES.filter((d) => d.mandatory).map((d) => d.id); // ['LSC-10-009', 'LSC-10-011', 'LSC-10-012']
 */
export const LSC_CHECK_DUTIES: readonly CheckDuty[] = Object.freeze([
  duty('LSC-10-009', 'checker', 'Record that a check has taken place on the relevant paperwork or equivalent recording document', 'each check', true),
  duty('LSC-10-010', 'LSCO', "View 'My Activities' and 'My Incidents' on FRAIMS", 'daily (recommended)', false),
  duty('LSC-10-011', 'allocating officer', "Undertake the daily FRAIMS activities in 'My Teams Cases'", 'daily', true),
  duty('LSC-10-012', 'LSCTL', 'Check that the daily FRAIMS tasks are being undertaken (one check per officer each month recommended)', 'monthly per officer (recommended)', true),
]);

const DUTY_REASONS: ReadonlyMap<CheckDuty, Reason> = new Map(LSC_CHECK_DUTIES.map((d) => [d, reason(d.id, `${d.duty} (${d.frequency}).`, d.cites)]));

/** Input of {@link checkDutiesFor}. */
export const checkDutiesInputSchema = z.object({
  role: z.enum(['LSCO', 'LSCTL']),
  /** Has case allocation responsibilities (LSCTL or nominated officer). */
  allocatesCases: z.boolean().default(false),
  /** Undertakes checks (LSCTL or nominated LSCO). */
  undertakesChecks: z.boolean().default(false),
});
export type CheckDutiesInput = z.input<typeof checkDutiesInputSchema>;

/**
 * The check duties that fall on a person (ch.10 paras 9–12).
 *
 * @example
 * checkDutiesFor({ role: 'LSCO' }).value.map((d) => d.id); // ['LSC-10-010']
 */
export function checkDutiesFor(input: CheckDutiesInput, options?: RuleOptions): Decision<readonly CheckDuty[]> {
  const out = LSC_CHECK_DUTIES.filter((d) =>
    (d.who === 'LSCO' && input.role === 'LSCO') || (d.who === 'LSCTL' && input.role === 'LSCTL') ||
    (d.who === 'allocating officer' && input.allocatesCases) || (d.who === 'checker' && (input.undertakesChecks || input.role === 'LSCTL')));
  return decide(out, out.map((d) => DUTY_REASONS.get(d)!), policyOf(options).id);
}

/** One item of the process check (ch.10 paras 13, 16–22). */
export interface ProcessCheckItem {
  readonly id: string;
  readonly area: 'purpose' | 'referrals' | 'before-interview' | 'after-interview' | 'outcomes';
  readonly item: string;
  readonly cites: readonly Citation[];
}
const item = (id: string, area: ProcessCheckItem['area'], text: string): ProcessCheckItem => Object.freeze({ id, area, item: text, cites: Object.freeze([C(id)]) });

/**
 * The purposes and key actions of the process check (ch.10 paras 13, 16–22), one entry per item.
 *
 * @example
 * PROCESS_CHECK_ITEMS.filter((i) => i.area === 'outcomes').length; // 5
 */
export const PROCESS_CHECK_ITEMS: readonly ProcessCheckItem[] = Object.freeze([
  item('LSC-10-013', 'purpose', 'The case was correctly selected in line with current guidance'),
  item('LSC-10-013', 'purpose', 'The correct action was taken'),
  item('LSC-10-013', 'purpose', 'The case was not suitable for criminal investigation when the LSCO identified new or substantial information'),
  item('LSC-10-013', 'purpose', 'End-to-end process quality and integrity'),
  item('LSC-10-013', 'purpose', 'The process followed guidance'),
  item('LSC-10-013', 'purpose', 'Learning and development needs are identified'),
  item('LSC-10-013', 'purpose', 'Input to the Personal Development System (PDS)'),
  item('LSC-10-016', 'referrals', 'The FRF was raised before the claimant was contacted'),
  item('LSC-10-016', 'referrals', 'The reason the FRF was raised (particularly for Risks A to E)'),
  item('LSC-10-017', 'referrals', 'The FRF was completed only for a reason in the Types of Local Service Compliance referrals guidance (locally identified referrals are not actioned or counted)'),
  item('LSC-10-018', 'referrals', 'Where the referral had a DCS interest, the FES DCT Manager was associated to the case via FRAIMS'),
  item('LSC-10-019', 'before-interview', 'An in-depth check of the relevant IT systems was done'),
  item('LSC-10-019', 'before-interview', 'Sensitive-material checks were done at the right times and the RM7 completed'),
  item('LSC-10-019', 'before-interview', 'The interview was arranged in line with guidance'),
  item('LSC-10-019', 'before-interview', 'The correct FRAIMS letters were issued'),
  item('LSC-10-019', 'before-interview', 'The correct FRAIMS activities were completed at the right time'),
  item('LSC-10-020', 'after-interview', 'Where new or substantial information was identified, the correct procedure was followed'),
  item('LSC-10-020', 'after-interview', 'Where earnings information was needed, the correct LSC form was issued'),
  item('LSC-10-020', 'after-interview', "Information was requested with the claimant's authority after the interview (or on an allowed ground)"),
  item('LSC-10-020', 'after-interview', 'Where an overpayment was identified, the correct post-interview action was taken'),
  item('LSC-10-020', 'after-interview', 'The right information was captured at the interview and recorded correctly on FRAIMS'),
  item('LSC-10-020', 'after-interview', 'The correct FRAIMS activities were completed at the right time'),
  item('LSC-10-022', 'outcomes', 'The guidance for Causal Link has been followed and correctly applied'),
  item('LSC-10-022', 'outcomes', 'MVA and positive outcomes were correctly recorded on FRAIMS'),
  item('LSC-10-022', 'outcomes', 'MVA amounts have been correctly recorded on FRAIMS'),
  item('LSC-10-022', 'outcomes', 'The appropriate outcome and outcome result category has been recorded on FRAIMS'),
  item('LSC-10-022', 'outcomes', 'The correct FRAIMS activities were completed at the right time'),
]);

const ITEM_REASONS: ReadonlyMap<string, Reason> = new Map([...new Set(PROCESS_CHECK_ITEMS.map((i) => i.id))].map((id) => [id, reason(id, 'Process-check items of this paragraph.', [C(id)])]));

/** Input of {@link processCheckItems}. */
export const processCheckItemsInputSchema = z.object({ area: z.enum(['purpose', 'referrals', 'before-interview', 'after-interview', 'outcomes']).optional() });
export type ProcessCheckItemsInput = z.input<typeof processCheckItemsInputSchema>;

/**
 * The process-check items to look at, for one area or all (ch.10 paras 13, 16–22).
 *
 * @example
 * processCheckItems({ area: 'before-interview' }).value.length; // 5
 */
export function processCheckItems(input: ProcessCheckItemsInput, options?: RuleOptions): Decision<readonly ProcessCheckItem[]> {
  const items = input.area === undefined ? PROCESS_CHECK_ITEMS : PROCESS_CHECK_ITEMS.filter((i) => i.area === input.area);
  const reasons: Reason[] = [];
  for (const i of items) { const rr = ITEM_REASONS.get(i.id)!; if (!reasons.includes(rr)) reasons.push(rr); }
  return decide(items, reasons, policyOf(options).id);
}

/** Input of {@link processCheckSampleSize}. */
export const processSampleInputSchema = z.object({ closedCases: caseloadCountSchema });
export type ProcessSampleInput = z.input<typeof processSampleInputSchema>;
const R_SAMPLE = r('LSC-10-014', 'Each month at least 5% of closed cases are gathered for the process check (rounded up so the minimum is always met), and all checks are undertaken.');

/**
 * The monthly process-check sample: at least 5% of the closed cases, rounded up (ch.10 para 14).
 *
 * @example
 * processCheckSampleSize({ closedCases: 41 }).value; // 3
 */
export function processCheckSampleSize(input: ProcessSampleInput, options?: RuleOptions): Decision<number> {
  const policy = policyOf(options);
  const pct = policy.complianceOutcomes.processCheckSamplePercent.value;
  return decide(Math.ceil((input.closedCases * pct) / 100), [R_SAMPLE], policy.id);
}

/** Input of {@link auditReferralForProcessCheck}. */
export const referralProcessInputSchema = z.object({
  frfRaisedOn: isoDateSchema,
  firstClaimantContactOn: isoDateSchema,
  /** The FRF reason is one of the listed referral types (not a locally identified reason). */
  referralReasonListed: z.boolean(),
  dcsInterest: z.boolean().default(false),
  fesDctManagerAssociated: z.boolean().default(false),
});
export type ReferralProcessInput = z.input<typeof referralProcessInputSchema>;
const R_FRF_LATE = r('LSC-10-016', 'The FRF must be raised before the claimant is contacted.');
const R_LOCAL = r('LSC-10-017', 'FRFs are only completed for the listed referral reasons; a locally identified referral is not actioned and cannot count towards the KMI.');
const R_DCT = r('LSC-10-018', 'A referral with a DCS interest must have the FES DCT Manager associated to the case on FRAIMS.');
const R_REF_OK = r('LSC-10-016', 'The referral passes the process-check key actions.');

/**
 * The process-check findings on a referral (ch.10 paras 16–18); an empty list when none.
 *
 * @example
 * auditReferralForProcessCheck({ frfRaisedOn: '2015-03-03', firstClaimantContactOn: '2015-03-02', referralReasonListed: true }).value.map((f) => f.rule); // ['LSC-10-016']
 */
export function auditReferralForProcessCheck(input: ReferralProcessInput, options?: RuleOptions): Decision<readonly Reason[]> {
  const f: Reason[] = [];
  if (input.frfRaisedOn > input.firstClaimantContactOn) f.push(R_FRF_LATE);
  if (!input.referralReasonListed) f.push(R_LOCAL);
  if (input.dcsInterest && !input.fesDctManagerAssociated) f.push(R_DCT);
  return decide(f, f.length === 0 ? [R_REF_OK] : f, policyOf(options).id);
}

/** Input of {@link routeEntryCorrection}. */
export const entryCorrectionInputSchema = z.object({
  caseClosed: z.boolean(),
  /** The case is one sampled by the Case Integrity and Improvement Team. */
  integritySample: z.boolean().default(false),
});
export type EntryCorrectionInput = z.input<typeof entryCorrectionInputSchema>;
/** How a wrong FRAIMS entry is corrected. */
export type EntryCorrectionRoute = 'LSCTL amends via Admin views' | 'MI Adjustment Template to DWP Performance Reporting Team' | 'Case Integrity and Improvement Team amends FRAIMS';
const R_OPEN = r('LSC-10-023', "Open case: the LSCTL updates the entry through 'Admin – Benefit Decision' and/or 'Admin – Under/Overpayment Decisions'.");
const R_CLOSED_CASE = r('LSC-10-025', 'Closed case: complete the MI Adjustment Template and send it to the DWP Performance Reporting Team.');
const R_CII = r('LSC-11-021', 'Integrity-sampled case: the Case Integrity and Improvement Team opens the case and amends it.');

/**
 * Who corrects a wrong FRAIMS entry, and how (ch.10 paras 23–25; ch.11 para 21).
 *
 * @example
 * routeEntryCorrection({ caseClosed: true }).value; // 'MI Adjustment Template to DWP Performance Reporting Team'
 */
export function routeEntryCorrection(input: EntryCorrectionInput, options?: RuleOptions): Decision<EntryCorrectionRoute> {
  const edition = policyOf(options).id;
  if (input.integritySample) return decide('Case Integrity and Improvement Team amends FRAIMS', [R_CII], edition);
  return input.caseClosed ? decide('MI Adjustment Template to DWP Performance Reporting Team', [R_CLOSED_CASE], edition) : decide('LSCTL amends via Admin views', [R_OPEN], edition);
}

/** Input of {@link reconcileDiary}. */
export const diaryInputSchema = z.object({
  /** MR303 diary entries: planned visits/interviews. */
  diary: z.array(z.object({ date: isoDateSchema, caseRef: z.string() })),
  /** FRAIMS interview/visit activities that took place. */
  activities: z.array(z.object({ date: isoDateSchema, caseRef: z.string() })),
});
export type DiaryInput = z.input<typeof diaryInputSchema>;
const R_DIARY = r('LSC-10-027', 'Diary check: the MR303 entries must reflect the interviews and visits that took place.');

/**
 * The diary check: MR303 entries with no matching interview/visit activity, and activities with no
 * diary entry (ch.10 paras 26–27).
 *
 * @example
 * reconcileDiary({ diary: [{ date: '2015-03-02', caseRef: 'A' }], activities: [] }).value.unmatchedDiaryEntries.length; // 1
 */
export function reconcileDiary(input: DiaryInput, options?: RuleOptions): Decision<{ readonly unmatchedDiaryEntries: readonly { date: string; caseRef: string }[]; readonly unrecordedActivities: readonly { date: string; caseRef: string }[] }> {
  const key = (e: { date: string; caseRef: string }) => `${e.date}|${e.caseRef}`;
  const acts = new Set(input.activities.map(key));
  const diary = new Set(input.diary.map(key));
  return decide({
    unmatchedDiaryEntries: input.diary.filter((e) => !acts.has(key(e))),
    unrecordedActivities: input.activities.filter((e) => !diary.has(key(e))),
  }, [R_DIARY], policyOf(options).id);
}

/** Input of {@link classifyVisitEffectiveness}. */
export const visitEffectivenessInputSchema = z.object({
  /** The claimant was at home / attended the office. */
  claimantPresent: z.boolean(),
  cooperated: z.boolean(),
  statementTaken: z.boolean(),
  /** The purpose of the visit/interview could be addressed. */
  purposeAddressed: z.boolean(),
});
export type VisitEffectivenessInput = z.input<typeof visitEffectivenessInputSchema>;
const R_EFF = r('LSC-10-028', 'Effective: the claimant was at home / attended, co-operated and a statement was taken.');
const R_INEFF = r('LSC-10-029', 'Ineffective: the claimant was not at home / failed to attend or refused to co-operate, and the purpose could not be addressed.');
const R_NEITHER = r('LSC-10-028', 'Neither definition fits (e.g. attended and co-operated but no statement taken).', 'LSC-10-029');

/**
 * Effective or ineffective visit/interview for the diary check (ch.10 paras 28–29); `null` when
 * neither definition fits.
 *
 * @example
 * classifyVisitEffectiveness({ claimantPresent: true, cooperated: true, statementTaken: true, purposeAddressed: true }).value; // 'effective'
 */
export function classifyVisitEffectiveness(input: VisitEffectivenessInput, options?: RuleOptions): Decision<'effective' | 'ineffective' | null> {
  const edition = policyOf(options).id;
  if (input.claimantPresent && input.cooperated && input.statementTaken) return decide('effective', [R_EFF], edition);
  if ((!input.claimantPresent || !input.cooperated) && !input.purposeAddressed) return decide('ineffective', [R_INEFF], edition);
  return decide(null, [R_NEITHER], edition);
}

/** Input of {@link mr303RetentionDate}. */
export const mr303InputSchema = z.object({ diaryPeriodEndsOn: isoDateSchema });
export type Mr303Input = z.input<typeof mr303InputSchema>;
const R_MR303 = r('LSC-10-030', 'The MR303 is retained for two years (from the end of the diary period).');

/**
 * The day until which an MR303 diary is kept: two years after its diary period ends (ch.10 para 30).
 *
 * @example
 * mr303RetentionDate({ diaryPeriodEndsOn: '2016-02-29' }).value; // '2018-02-28'
 */
export function mr303RetentionDate(input: Mr303Input, options?: RuleOptions): Decision<IsoDate> {
  const policy = policyOf(options);
  return decide(addMonths(input.diaryPeriodEndsOn as IsoDate, 12 * policy.complianceOutcomes.mr303RetentionYears.value), [R_MR303], policy.id);
}

/** Input of {@link auditAccompaniedInterviews}. */
export const accompaniedInputSchema = z.object({
  /** The first year of the counting year (e.g. 2015 for April 2015 – March 2016 with the default financial year). */
  year: z.number().int().min(1900).max(2199),
  interviews: z.array(z.object({
    date: isoDateSchema,
    kind: z.enum(['Home Visit', 'Office Interview']),
    /** The LSCTL's presence is recorded on FRAIMS. */
    recordedOnFraims: z.boolean(),
    /** The QAF was used. */
    qafUsed: z.boolean(),
  })),
});
export type AccompaniedInput = z.input<typeof accompaniedInputSchema>;
/** The verdict of {@link auditAccompaniedInterviews}. */
export interface AccompaniedInterviewAudit {
  readonly counted: number;
  readonly meetsMinimum: boolean;
  /** Quarters (1–4) of the year with no accompanied interview (the recommendation is one per quarter). */
  readonly quartersWithout: readonly number[];
  readonly bothKinds: boolean;
  readonly findings: readonly Reason[];
}
const R_MIN = r('LSC-10-032', "At least four accompanied interviews a year with each LSCO, the LSCTL's presence recorded on FRAIMS.");
const R_QUARTER = r('LSC-10-032', 'Recommended: one accompanied interview per quarter.');
const R_UNRECORDED = r('LSC-10-032', "The LSCTL's presence at an accompanied interview must be recorded on FRAIMS.");
const R_QAF = r('LSC-10-033', 'The Customer Compliance Quality Assurance Framework (QAF) should be used during accompanied interviews.');
const R_KINDS = r('LSC-10-034', 'Accompanied interviews should include both home visits and office interviews.');
const R_ACC_NO_MINIMUM = reason('FOI-20', 'The officer normally interviews alone; the manager accompanies occasionally for supervision: no minimum number per year.', [foiFact('FOI-20')]);
const R_ACC_OK = r('LSC-10-032', 'The accompanied interviews meet the minimum, cover both kinds and every quarter.', 'LSC-10-034');

/**
 * Accompanied interviews over one year for one LSCO (ch.10 paras 31–34): at least four recorded on
 * FRAIMS, one per quarter recommended, the QAF used, both home visits and office interviews. The
 * year starts in the policy's month (default April, the financial year). An edition with
 * `accompaniedInterviewsPerYear` null (FOI-era, FOI-20) has no minimum and no quarterly check.
 *
 * @example
 * auditAccompaniedInterviews({ year: 2015, interviews: [] }).value.meetsMinimum; // false
 */
export function auditAccompaniedInterviews(input: AccompaniedInput, options?: RuleOptions): Decision<AccompaniedInterviewAudit> {
  const policy = policyOf(options);
  const p = policy.complianceOutcomes;
  const m = String(p.accompaniedInterviewYearStartMonth.value).padStart(2, '0');
  const start = `${String(input.year).padStart(4, '0')}-${m}-01` as IsoDate;
  const end = addMonths(start, 12);
  const inYear = input.interviews.filter((i) => i.date >= start && i.date < end);
  const quarterStarts = [0, 3, 6, 9, 12].map((k) => addMonths(start, k));
  const quartersWithout = [1, 2, 3, 4].filter((q) => !inYear.some((i) => i.date >= quarterStarts[q - 1]! && i.date < quarterStarts[q]!));
  const counted = inYear.filter((i) => i.recordedOnFraims).length;
  const findings: Reason[] = [];
  const minimum = p.accompaniedInterviewsPerYear.value;
  if (minimum !== null && counted < minimum) findings.push(R_MIN);
  if (inYear.some((i) => !i.recordedOnFraims)) findings.push(R_UNRECORDED);
  if (minimum !== null && quartersWithout.length > 0) findings.push(R_QUARTER);
  if (inYear.some((i) => !i.qafUsed)) findings.push(R_QAF);
  const bothKinds = inYear.some((i) => i.kind === 'Home Visit') && inYear.some((i) => i.kind === 'Office Interview');
  if (!bothKinds) findings.push(R_KINDS);
  const ok = minimum === null ? R_ACC_NO_MINIMUM : R_ACC_OK;
  return decide({ counted, meetsMinimum: minimum === null || counted >= minimum, quartersWithout, bothKinds, findings }, findings.length === 0 ? [ok] : minimum === null ? [R_ACC_NO_MINIMUM, ...findings] : findings, policy.id);
}

export const checkRules = [
  defineRule({ name: 'mayUndertakeCheck', domain: 'compliance', title: 'Who may undertake LSC checks', ids: ['LSC-10-000', 'LSC-10-001'], citations: [C('LSC-10-001')], input: checkerInputSchema, evaluate: mayUndertakeCheck }),
  defineRule({ name: 'decideClearanceMeasure', domain: 'compliance', title: '15-working-day clearance measure', ids: ['LSC-10-003'], citations: [C('LSC-10-003')], input: clearanceInputSchema, evaluate: decideClearanceMeasure }),
  defineRule({ name: 'decideProgressCheck', domain: 'compliance', title: 'Progress-check due dates', ids: ['LSC-10-005', 'LSC-10-008'], citations: [C('LSC-10-005'), C('LSC-10-008')], input: progressCheckInputSchema, evaluate: decideProgressCheck }),
  defineRule({ name: 'selectCasesForProgressCheck', domain: 'compliance', title: 'Progress-check case query', ids: ['LSC-10-006'], citations: [C('LSC-10-006')], input: progressQueryInputSchema, evaluate: selectCasesForProgressCheck }),
  defineRule({ name: 'selectIncidentsForCheck', domain: 'compliance', title: 'Optional incident check query', ids: ['LSC-10-007'], citations: [C('LSC-10-007')], input: incidentQueryInputSchema, evaluate: selectIncidentsForCheck }),
  defineRule({ name: 'checkDutiesFor', domain: 'compliance', title: 'Daily and monthly check duties', ids: ['LSC-10-009', 'LSC-10-010', 'LSC-10-011', 'LSC-10-012'], citations: [C('LSC-10-012')], input: checkDutiesInputSchema, evaluate: checkDutiesFor }),
  defineRule({ name: 'processCheckItems', domain: 'compliance', title: 'Process-check purposes and key actions', ids: ['LSC-10-013', 'LSC-10-016', 'LSC-10-017', 'LSC-10-018', 'LSC-10-019', 'LSC-10-020', 'LSC-10-022'], citations: [C('LSC-10-013')], input: processCheckItemsInputSchema, evaluate: processCheckItems }),
  defineRule({ name: 'processCheckSampleSize', domain: 'compliance', title: 'Monthly process-check sample size', ids: ['LSC-10-014'], citations: [C('LSC-10-014')], input: processSampleInputSchema, evaluate: processCheckSampleSize }),
  defineRule({ name: 'auditReferralForProcessCheck', domain: 'compliance', title: 'Process check: referral key actions', ids: ['LSC-10-016', 'LSC-10-017', 'LSC-10-018'], citations: [C('LSC-10-016')], input: referralProcessInputSchema, evaluate: auditReferralForProcessCheck }),
  defineRule({ name: 'routeEntryCorrection', domain: 'compliance', title: 'Correcting a wrong FRAIMS entry', ids: ['LSC-10-023', 'LSC-10-025', 'LSC-11-021'], citations: [C('LSC-10-023'), C('LSC-10-025')], input: entryCorrectionInputSchema, evaluate: routeEntryCorrection }),
  defineRule({ name: 'reconcileDiary', domain: 'compliance', title: 'Diary check (MR303)', ids: ['LSC-10-027'], citations: [C('LSC-10-027')], input: diaryInputSchema, evaluate: reconcileDiary }),
  defineRule({ name: 'classifyVisitEffectiveness', domain: 'compliance', title: 'Effective / ineffective visit or interview', ids: ['LSC-10-028', 'LSC-10-029'], citations: [C('LSC-10-028'), C('LSC-10-029')], input: visitEffectivenessInputSchema, evaluate: classifyVisitEffectiveness }),
  defineRule({ name: 'mr303RetentionDate', domain: 'compliance', title: 'MR303 retention', ids: ['LSC-10-030'], citations: [C('LSC-10-030')], input: mr303InputSchema, evaluate: mr303RetentionDate }),
  defineRule({ name: 'auditAccompaniedInterviews', domain: 'compliance', title: 'Accompanied interviews', ids: ['LSC-10-032', 'LSC-10-033', 'LSC-10-034'], citations: [C('LSC-10-032')], input: accompaniedInputSchema, evaluate: auditAccompaniedInterviews }),
];
