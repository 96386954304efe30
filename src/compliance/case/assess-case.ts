import { validate, type ValidationIssue, type Validated } from '../../core/validation.js';
import { assessCaseOptionsSchema, resolveCaseOptions } from './case-options.js';
import { caseContext } from './case-context.js';
import { caseRecordSchema, type CaseRecord } from './case-record.js';
import {
  assessAppointmentTopic, assessClearanceTopic, assessHstClearanceTopic, assessRiskReviewTopic, assessRiskTopic, assessRoutingTopic, assessUnNotifiedVisitTopic,
} from './assess-referral-topics.js';
import { assessEmployerContactTopic, assessEvidenceTopic, assessNewInformationTopic } from './assess-interview-topics.js';
import { assessCausalLinkAndOutcomeTopics, assessRecordTopics } from './assess-outcome-topics.js';
import type { AssessCaseOptions, CaseAssessment, CaseDeadline } from './types.js';

const byDueDate = (a: CaseDeadline, b: CaseDeadline): number => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

/**
 * Every decision that applies to a Local Service Compliance case, as of `options.asOf`: the Risk
 * Type and routing of the referral (ch.01–03), the deadlines due or overdue (15-working-day
 * clearance ch.10 para 3, prepayment interview ch.03 para 52, Risk C/D review ch.02 para 2,
 * PM HST target ch.02 para 37, evidence requests ch.04/06), the appointment, the un-notified
 * visit and employer-contact permissions (ch.03 paras 66–67, ch.06 paras 28–30), the
 * new-or-substantial verdict (ch.05), the causal link and the outcome with its MVA (ch.07–08),
 * outcome validity and closure blockers (ch.07, ch.09) and the integrity and quality findings
 * (ch.11). Each decision carries its reasons and citations; a decision that needs an unknown fact
 * is listed in `missing` with the record paths to ask for. Facts several rules share (Risk Type,
 * pre-payment stage, first interview) are derived once. Deadlines are sorted by due day.
 *
 * Typed callers pass a valid record (see {@link caseRecordSchema}); untrusted input goes through
 * {@link safeAssessCase}. Never mutates the record.
 *
 * @example
 * const a = assessCase({ referral: { source: 'RiskReferral', receivedOn: '2026-03-02', claimStage: 'CurrentClaimInPayment',
 *   dateOfClaim: '2026-01-05', declaredSeparationDate: '2025-12-20' }, benefits: ['JSA'] }, { asOf: '2026-03-24' });
 * a.decisions.risk?.value.primary; // 'C'
 * a.deadlines[0]; // { name: 'first-interview-notification', due: '2026-03-23', status: 'overdue', cites: […] }
 * a.missing.map((m) => m.topic); // ['appointment']
 */
export function assessCase(record: CaseRecord, options: AssessCaseOptions): CaseAssessment {
  const resolved = resolveCaseOptions(options);
  const ctx = caseContext(record, resolved);
  assessRiskTopic(ctx);
  assessRoutingTopic(ctx);
  assessRiskReviewTopic(ctx);
  assessHstClearanceTopic(ctx);
  assessClearanceTopic(ctx);
  assessAppointmentTopic(ctx);
  assessUnNotifiedVisitTopic(ctx);
  assessEmployerContactTopic(ctx);
  assessNewInformationTopic(ctx);
  assessEvidenceTopic(ctx);
  assessCausalLinkAndOutcomeTopics(ctx);
  assessRecordTopics(ctx);
  if (ctx.deadlines.length > 1) ctx.deadlines.sort(byDueDate);
  return {
    caseId: record.caseId ?? null,
    asOf: resolved.asOf,
    edition: resolved.policy.id,
    jurisdiction: resolved.jurisdiction,
    decisions: ctx.decisions,
    deadlines: ctx.deadlines,
    missing: ctx.missing,
  };
}

function prefixed(issues: readonly ValidationIssue[], prefix: string): ValidationIssue[] {
  return issues.map((i) => ({ ...i, path: i.path === '' ? prefix : `${prefix}.${i.path}` }));
}

/**
 * The validating entry of {@link assessCase} for untrusted input (a JSON body, an NDJSON line):
 * checks the record against {@link caseRecordSchema} and the options against
 * `assessCaseOptionsSchema`, then assesses. Never throws on bad input: `{ ok: false, issues }`
 * names each bad path (options' paths start with `options`).
 *
 * @example
 * safeAssessCase({ referral: { receivedOn: '2026-02-30' } }, { asOf: '2026-03-02' });
 * // { ok: false, issues: [{ path: 'referral.receivedOn', message: 'expected a real calendar date YYYY-MM-DD', code: 'custom' }] }
 */
export function safeAssessCase(record: unknown, options: unknown): Validated<CaseAssessment> {
  const o = validate(assessCaseOptionsSchema, options);
  const r = validate(caseRecordSchema, record);
  if (!o.ok || !r.ok) return { ok: false, issues: [...(r.ok ? [] : r.issues), ...(o.ok ? [] : prefixed(o.issues, 'options'))] };
  return { ok: true, value: assessCase(r.value as CaseRecord, o.value) };
}
