import { lsc } from '../common/cite-lsc.js';
import { assessComplianceOutcome } from '../outcomes/assess-outcome.js';
import { decideCausalLink, type CausalLinkInput } from '../outcomes/causal-link.js';
import { checkCaseClosure } from '../outcomes/closure.js';
import { auditCaseIntegrity } from '../outcomes/integrity-audit.js';
import { validateCaseOutcome } from '../outcomes/outcome-validity.js';
import { missingFacts, type CaseContext } from './case-context.js';

const C_CAUSAL = [lsc('LSC-07-032'), lsc('LSC-07-033')];
const M_DENIAL = missingFacts('causalLink', 'decideCausalLink', ['statements.writtenDenialOfLivingTogether'], C_CAUSAL);

/**
 * The causal-link facts of the case (ch.07 paras 29–37), once an interview is held: the original
 * allegation (or a Risk A–C type), the interviews, the written denial and the notification.
 * Returns `null` (and records what is missing) when they are not known; `undefined` when no
 * interview is held yet. When a known fact already rules the causal link out, unknown facts are
 * taken as met so that the reasons name only the known bars.
 *
 * @example
 * causalLinkFacts(ctx)?.originalAllegation; // 'LTAMC'
 */
export function causalLinkFacts(ctx: CaseContext): CausalLinkInput | null | undefined {
  const interviews = ctx.record.interviews;
  if (interviews === undefined || interviews.length === 0) return undefined;
  const risk = ctx.riskType;
  const allegation = ctx.record.referral?.allegation;
  const riskEligible = risk === 'A' || risk === 'B' || risk === 'C';
  const denial = ctx.record.statements?.writtenDenialOfLivingTogether;
  const facts: string[] = [];
  if (allegation === undefined && !riskEligible) facts.push('referral.allegation');
  if (allegation === 'other' && risk === undefined) facts.push('referral.riskType');
  if (denial === undefined) facts.push('statements.writtenDenialOfLivingTogether');
  const knownBar = (allegation === 'other' && risk !== undefined && !riskEligible) || denial === false || !interviews.some((i) => i.faceToFace);
  if (!knownBar && facts.length > 0) {
    ctx.missing.push(facts.length === 1 && facts[0] === 'statements.writtenDenialOfLivingTogether' ? M_DENIAL : missingFacts('causalLink', 'decideCausalLink', facts, C_CAUSAL));
    return null;
  }
  return {
    originalAllegation: allegation ?? (riskEligible ? 'other' : 'LTAMC'),
    riskCategory: risk ?? null,
    interviews,
    writtenDenialObtained: denial ?? true,
    notification: ctx.record.notification ?? null,
    asOf: ctx.options.asOf,
  };
}

/**
 * The causal-link verdict and window (ch.07 paras 29–37) and the outcome from the findings
 * (ch.07–08): the causal-link verdict feeds the outcome (a held file has no outcome yet).
 *
 * @example
 * assessCausalLinkAndOutcomeTopics(ctx); ctx.decisions.causalLink?.value.windowLastDay;
 */
export function assessCausalLinkAndOutcomeTopics(ctx: CaseContext): void {
  const facts = causalLinkFacts(ctx);
  if (facts) ctx.decisions.causalLink = decideCausalLink(facts, ctx.options.rule);
  const findings = ctx.record.findings;
  if (findings === undefined) return;
  ctx.decisions.outcome = assessComplianceOutcome(facts ? Object.assign({ causalLink: facts }, findings) : findings, ctx.options.rule);
}

/**
 * The FRAIMS record's checks (ch.07, ch.09, ch.11): the validity of a recorded outcome (once an
 * Outcome or Outcome Result is entered), what blocks closure, and the integrity and quality
 * findings when the record carries an integrity analysis (`record.audit`).
 *
 * @example
 * assessRecordTopics(ctx); ctx.decisions.closure?.value.mayClose; // false
 */
export function assessRecordTopics(ctx: CaseContext): void {
  const rec = ctx.record.record;
  if (rec === undefined) return;
  const rule = ctx.options.rule;
  if ((rec.outcome ?? null) !== null || (rec.outcomeResult ?? null) !== null) ctx.decisions.outcomeValidity = validateCaseOutcome(rec, rule);
  ctx.decisions.closure = checkCaseClosure(rec, rule);
  if (rec.audit !== undefined) ctx.decisions.integrity = auditCaseIntegrity(rec, rule);
}
