import { addWorkingDays } from '../../calendar/add-working-days.js';
import type { IsoDate } from '../../calendar/types.js';
import { lsc } from '../common/cite-lsc.js';
import { decideClearanceMeasure } from '../outcomes/checks.js';
import { appointmentWindow, checkAppointmentCompliance, type AppointmentComplianceInput } from '../referrals/appointment-notice.js';
import { hstClearanceTarget } from '../referrals/case-dates.js';
import { routeReferral, type ReferralRoutingInput } from '../referrals/referral-routing.js';
import { classifyReferralRisk, type ReferralRiskFacts } from '../referrals/risk-classification.js';
import { riskReviewWindow } from '../referrals/risk-review-window.js';
import { decideUnNotifiedVisit } from '../referrals/un-notified-visit.js';
import { caseDeadline } from './case-deadline.js';
import { missingFacts, type CaseContext } from './case-context.js';

const C_RISK = [lsc('LSC-02-001'), lsc('LSC-02-002a')];
const C_ROUTE = [lsc('LSC-01-008')];
const C_REVIEW = [lsc('LSC-02-002c')];
const C_HST = [lsc('LSC-02-037')];
const C_CLEAR = [lsc('LSC-10-003')];
const C_PREPAY = [lsc('LSC-03-052')];
const C_NOTICE = [lsc('LSC-03-053'), lsc('LSC-03-052')];
const C_VISIT = [lsc('LSC-03-066'), lsc('LSC-03-067')];

const M_RISK_ALL = missingFacts('risk', 'classifyReferralRisk', ['referral.claimStage', 'referral.dateOfClaim'], C_RISK);
const M_RISK_STAGE = missingFacts('risk', 'classifyReferralRisk', ['referral.claimStage'], C_RISK);
const M_RISK_DATE = missingFacts('risk', 'classifyReferralRisk', ['referral.dateOfClaim'], C_RISK);
const M_REVIEW = missingFacts('riskReview', 'riskReviewWindow', ['referral.dateOfClaim'], C_REVIEW);
const M_HST = missingFacts('hstClearance', 'hstClearanceTarget', ['referral.pmFrfReferralDate'], C_HST);
const M_CLEAR = missingFacts('clearance', 'decideClearanceMeasure', ['referral.receivedOn'], C_CLEAR);
const M_NOTIFIED = missingFacts('appointment', 'checkAppointmentCompliance', ['appointment.notifiedOn'], C_NOTICE);
const M_PREPAY = missingFacts('appointment', 'checkAppointmentCompliance', ['referral.receivedOn'], C_PREPAY);

/**
 * The Risk Type (ch.02 para 2): classified from the claim facts when they are known; the Risk
 * Type recorded on the FRF (`referral.riskType`) wins for the later rules, else the classified
 * primary type. Missing claim facts are reported only when no Risk Type is recorded.
 *
 * @example
 * assessRiskTopic(ctx); ctx.decisions.risk?.value.primary; // 'C'
 */
export function assessRiskTopic(ctx: CaseContext): void {
  const ref = ctx.record.referral;
  if (ref?.claimStage !== undefined && ref.dateOfClaim !== undefined) {
    const d = classifyReferralRisk(ref as ReferralRiskFacts, ctx.options.rule);
    ctx.decisions.risk = d;
    if (ctx.riskType === undefined) ctx.riskType = d.value.primary;
    return;
  }
  if (ctx.riskType !== undefined) return;
  ctx.missing.push(ref?.claimStage === undefined ? (ref?.dateOfClaim === undefined ? M_RISK_ALL : M_RISK_STAGE) : M_RISK_DATE);
}

/**
 * Accept or route the referral (ch.01 para 8; ch.02–03): needs the source, the day LSC received
 * it and the benefits in payment.
 *
 * @example
 * assessRoutingTopic(ctx); ctx.decisions.routing?.value.destination; // 'AcceptForLocalServiceCompliance'
 */
export function assessRoutingTopic(ctx: CaseContext): void {
  const ref = ctx.record.referral;
  const benefits = ctx.record.benefits;
  if (ref?.source !== undefined && ref.receivedOn !== undefined && benefits !== undefined) {
    // Object.assign, not a spread: V8 copies a spread of a JSON-parsed object on a slow path (~1 µs).
    const input: ReferralRoutingInput = { source: ref.source, receivedDate: ref.receivedOn, benefits };
    if (ref.routing !== undefined) Object.assign(input, ref.routing);
    ctx.decisions.routing = routeReferral(input, ctx.options.rule);
    return;
  }
  const facts: string[] = [];
  if (ref?.source === undefined) facts.push('referral.source');
  if (ref?.receivedOn === undefined) facts.push('referral.receivedOn');
  if (benefits === undefined) facts.push('benefits');
  ctx.missing.push(missingFacts('routing', 'routeReferral', facts, C_ROUTE));
}

/**
 * The review of a Risk C or D referral at the 2–3 month stage (ch.02 para 2): a deadline on the
 * window's last day, met by a review held inside the window.
 *
 * @example
 * assessRiskReviewTopic(ctx); ctx.deadlines.find((d) => d.name === 'risk-review');
 */
export function assessRiskReviewTopic(ctx: CaseContext): void {
  if (ctx.riskType !== 'C' && ctx.riskType !== 'D') return;
  const ref = ctx.record.referral;
  if (ref?.dateOfClaim === undefined) return void ctx.missing.push(M_REVIEW);
  const d = riskReviewWindow({ riskType: ctx.riskType, dateOfClaim: ref.dateOfClaim, reviewDate: ref.riskReviewHeldOn }, ctx.options.rule);
  ctx.decisions.riskReview = d;
  const done = d.value.timing === 'early' ? undefined : ref.riskReviewHeldOn;
  ctx.deadlines.push(caseDeadline('risk-review', d.value.latest, done, ctx.options.asOf, C_REVIEW));
}

/**
 * The PM HST 9-week clearance target (ch.02 paras 37–39), for referrals whose source is PM HST;
 * met when the case was closed by the target day.
 *
 * @example
 * assessHstClearanceTopic(ctx); ctx.decisions.hstClearance?.value.targetDate;
 */
export function assessHstClearanceTopic(ctx: CaseContext): void {
  const ref = ctx.record.referral;
  if (ref?.source !== 'PMHST') return;
  if (ref.pmFrfReferralDate === undefined) return void ctx.missing.push(M_HST);
  const closedOn = ctx.record.record?.closedOn ?? undefined;
  const d = hstClearanceTarget({ pmFrfReferralDate: ref.pmFrfReferralDate, clearedDate: closedOn, asOf: ctx.options.asOf }, ctx.options.rule);
  ctx.decisions.hstClearance = d;
  ctx.deadlines.push(caseDeadline('hst-clearance', d.value.targetDate, closedOn, ctx.options.asOf, C_HST));
}

/**
 * The 15-working-day clearance measure from receipt to the first-interview notification (ch.10
 * para 3): decided once the notification is known; until then a deadline on the last day.
 *
 * @example
 * assessClearanceTopic(ctx); ctx.deadlines.find((d) => d.name === 'first-interview-notification')?.status; // 'pending'
 */
export function assessClearanceTopic(ctx: CaseContext): void {
  const receivedOn = ctx.record.referral?.receivedOn;
  if (receivedOn === undefined) return void ctx.missing.push(M_CLEAR);
  const a = ctx.record.appointment;
  const excluded = a?.excludedWorkingDays ?? 0;
  let lastDay: IsoDate;
  if (a?.notifiedOn !== undefined) {
    const d = decideClearanceMeasure({ receivedOn, firstInterviewNotifiedOn: a.notifiedOn, excludedWorkingDays: excluded }, ctx.options.rule);
    ctx.decisions.clearance = d;
    lastDay = d.value.lastDay;
  } else {
    lastDay = addWorkingDays(receivedOn as IsoDate, ctx.options.policy.complianceOutcomes.clearanceWorkingDays.value + excluded, ctx.options.rule.calendar);
  }
  ctx.deadlines.push(caseDeadline('first-interview-notification', lastDay, a?.notifiedOn, ctx.options.asOf, C_CLEAR));
}

/**
 * The first-interview appointment (ch.03 paras 50–103): with an appointment date, whether it is
 * compliant; without one, the permitted window. A pre-payment case (a new claim not yet in
 * payment) must be interviewed within 5 working days of receipt: a deadline, met by the first
 * interview held.
 *
 * @example
 * assessAppointmentTopic(ctx); ctx.decisions.appointment?.value.compliant;
 */
export function assessAppointmentTopic(ctx: CaseContext): void {
  const ref = ctx.record.referral;
  const a = ctx.record.appointment;
  const prepayment = ref?.claimStage === 'NewClaimPrePayment';
  if (prepayment && ref?.receivedOn === undefined) return void ctx.missing.push(M_PREPAY);
  if (a?.notifiedOn === undefined) {
    if (prepayment) {
      const due = addWorkingDays(ref!.receivedOn as IsoDate, ctx.options.policy.complianceReferrals.prepaymentInterviewWorkingDays.value, ctx.options.rule.calendar);
      ctx.deadlines.push(caseDeadline('prepayment-interview', due, ctx.firstInterviewOn, ctx.options.asOf, C_PREPAY));
    }
    if (ctx.firstInterviewOn === undefined) ctx.missing.push(M_NOTIFIED);
    return;
  }
  const input = {
    prepayment, receivedDate: ref?.receivedOn, notificationDate: a.notifiedOn, arrangement: a.arrangement, abroad: a.abroad,
    identityEstablished: a.identityEstablished, claimantAvailableWithDocuments: a.claimantAvailableWithDocuments,
    fortnightlyJobsearchReviewDates: a.fortnightlyJobsearchReviewDates, appointmentDate: a.appointmentDate,
  };
  let latest: IsoDate | null;
  if (input.appointmentDate !== undefined) {
    const d = checkAppointmentCompliance(input as AppointmentComplianceInput, ctx.options.rule);
    ctx.decisions.appointment = d;
    latest = d.value.latest;
  } else {
    const d = appointmentWindow(input, ctx.options.rule);
    ctx.decisions.appointmentWindow = d;
    latest = d.value.latest;
  }
  if (latest !== null) ctx.deadlines.push(caseDeadline('prepayment-interview', latest, ctx.firstInterviewOn, ctx.options.asOf, C_PREPAY));
}

/**
 * May an un-notified visit be made (ch.03 paras 66–67)? Assessed when the record has an
 * `unNotifiedVisit` section. When a known fact already rules the visit out, the answer is given
 * (with only the known failures as reasons) even if other facts are unknown; otherwise unknown
 * facts are reported as missing.
 *
 * @example
 * assessUnNotifiedVisitTopic(ctx); ctx.decisions.unNotifiedVisit?.value; // false
 */
export function assessUnNotifiedVisitTopic(ctx: CaseContext): void {
  const v = ctx.record.unNotifiedVisit;
  if (v === undefined) return;
  const ref = ctx.record.referral;
  const risk = ctx.riskType;
  const stage = ref?.claimStage;
  const ltamc = ref?.allegation !== undefined ? ref.allegation === 'LTAMC' : ref?.possibleLtamc;
  const unknown: string[] = [];
  if (risk === undefined) unknown.push('referral.riskType');
  if (stage === undefined) unknown.push('referral.claimStage');
  if (ltamc === undefined) unknown.push('referral.allegation');
  if (v.identifiedAtGateway === undefined) unknown.push('unNotifiedVisit.identifiedAtGateway');
  if (v.financialAssessorToldClaimant === undefined) unknown.push('unNotifiedVisit.financialAssessorToldClaimant');
  if (v.justificationDocumentedBeforeVisit === undefined) unknown.push('unNotifiedVisit.justificationDocumentedBeforeVisit');
  const knownFailure =
    (risk !== undefined && risk !== 'A') || (stage !== undefined && stage !== 'NewClaimPrePayment') || ltamc === false ||
    v.identifiedAtGateway === false || v.financialAssessorToldClaimant === false || v.justificationDocumentedBeforeVisit === false;
  if (unknown.length > 0 && !knownFailure) return void ctx.missing.push(missingFacts('unNotifiedVisit', 'decideUnNotifiedVisit', unknown, C_VISIT));
  // Unknown facts are taken as met so that the reasons name only the known failures.
  ctx.decisions.unNotifiedVisit = decideUnNotifiedVisit({
    riskType: risk === undefined ? 'A' : (risk ?? undefined),
    prePayment: stage === undefined ? true : stage === 'NewClaimPrePayment',
    ltamc: ltamc ?? true,
    identifiedAtGateway: v.identifiedAtGateway ?? true,
    financialAssessorToldClaimant: v.financialAssessorToldClaimant ?? true,
    justificationDocumentedBeforeVisit: v.justificationDocumentedBeforeVisit ?? true,
  }, ctx.options.rule);
}
