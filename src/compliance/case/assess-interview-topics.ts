import type { Decision } from '../../core/decision.js';
import { lsc } from '../common/cite-lsc.js';
import { decideEmployerContact } from '../interview/employer-contact.js';
import { evidenceDeadline, type EvidenceDeadline } from '../interview/evidence-deadline.js';
import { assessNewOrSubstantialInformation } from '../interview/new-or-substantial.js';
import { missingFacts, type CaseContext } from './case-context.js';

const C_EMPLOYER = [lsc('LSC-06-028'), lsc('LSC-06-029')];
const C_INFO = [lsc('LSC-05-007')];

/**
 * May the employer be contacted (ch.04 para 56, ch.06 paras 28–30)? Assessed when the record has
 * an `employerContact` section. The claimant counts as interviewed when an interview on or before
 * `asOf` is recorded. Whether the case looks suitable for LSI is always needed (unless it does);
 * whether the CCEL1 was issued only while no interview is held.
 *
 * @example
 * assessEmployerContactTopic(ctx); ctx.decisions.employerContact?.value.permission; // 'permitted-without-consent'
 */
export function assessEmployerContactTopic(ctx: CaseContext): void {
  const e = ctx.record.employerContact;
  if (e === undefined) return;
  const interviewed = ctx.firstInterviewOn !== undefined && ctx.firstInterviewOn <= ctx.options.asOf;
  const facts: string[] = [];
  if (e.appearsSuitableForLSI === undefined) facts.push('employerContact.appearsSuitableForLSI');
  if (e.ccel1Issued === undefined && !interviewed && e.appearsSuitableForLSI !== true) facts.push('employerContact.ccel1Issued');
  if (facts.length > 0) return void ctx.missing.push(missingFacts('employerContact', 'decideEmployerContact', facts, C_EMPLOYER));
  ctx.decisions.employerContact = decideEmployerContact({
    claimantInterviewed: interviewed, ccel1Issued: e.ccel1Issued ?? false, appearsSuitableForLSI: e.appearsSuitableForLSI ?? true,
    grounds: e.grounds, gmsEarningsReferral: e.gmsEarningsReferral, employerAlreadyContacted: e.employerAlreadyContacted, consent: e.consent,
    claimantRefusedPermission: e.claimantRefusedPermission, permissionGivenAtInterview: e.permissionGivenAtInterview,
  }, ctx.options.rule);
}

/**
 * Is the information that came to light new or substantial, and what follows (ch.04–05)? Assessed
 * when the record has a `newInformation` section; judged against the referral's offence type.
 *
 * @example
 * assessNewInformationTopic(ctx); ctx.decisions.newOrSubstantial?.value.questionScope; // 'current-entitlement-only'
 */
export function assessNewInformationTopic(ctx: CaseContext): void {
  const n = ctx.record.newInformation;
  if (n === undefined) return;
  const offence = ctx.record.referral?.offenceType;
  if (offence === undefined || n.receivedAt === undefined || n.informationOffenceType === undefined || n.groundsForNewReferral === undefined || n.fraudPenaltyPotential === undefined) {
    const facts: string[] = [];
    if (offence === undefined) facts.push('referral.offenceType');
    if (n.receivedAt === undefined) facts.push('newInformation.receivedAt');
    if (n.informationOffenceType === undefined) facts.push('newInformation.informationOffenceType');
    if (n.groundsForNewReferral === undefined) facts.push('newInformation.groundsForNewReferral');
    if (n.fraudPenaltyPotential === undefined) facts.push('newInformation.fraudPenaltyPotential');
    return void ctx.missing.push(missingFacts('newOrSubstantial', 'assessNewOrSubstantialInformation', facts, C_INFO));
  }
  ctx.decisions.newOrSubstantial = assessNewOrSubstantialInformation({
    receivedAt: n.receivedAt, referralOffenceType: offence, informationOffenceType: n.informationOffenceType,
    groundsForNewReferral: n.groundsForNewReferral, fraudPenaltyPotential: n.fraudPenaltyPotential,
    customerCentricRuleCode: n.customerCentricRuleCode, capitalAccounts: n.capitalAccounts, castsDoubtOn: n.castsDoubtOn,
  }, ctx.options.rule);
}

/**
 * Each evidence request's due date and status as of `asOf` (ch.04 paras 53–58, 78–80; ch.06
 * paras 26, 31, 38–39), and a deadline `evidence:<index>` per request.
 *
 * @example
 * assessEvidenceTopic(ctx); ctx.deadlines.find((d) => d.name === 'evidence:0')?.status; // 'overdue'
 */
export function assessEvidenceTopic(ctx: CaseContext): void {
  const requests = ctx.record.evidenceRequests;
  if (requests === undefined || requests.length === 0) return;
  const asOf = ctx.options.asOf;
  const out: Decision<EvidenceDeadline>[] = [];
  for (let i = 0; i < requests.length; i++) {
    const q = requests[i]!;
    const d = evidenceDeadline({
      kind: q.kind, requestDate: q.requestDate, verbalRequestDate: q.verbalRequestDate, interviewDate: q.interviewDate,
      extendedDueDate: q.extendedDueDate, receivedDate: q.receivedDate, complexNeeds: q.complexNeeds, asOf,
    }, ctx.options.rule);
    out.push(d);
    const s = d.value.status;
    const status = s === 'received-in-time' ? 'met' : s === 'received-late' ? 'missed' : s === 'overdue' ? 'overdue' : asOf === d.value.dueDate ? 'due-today' : 'pending';
    // The period reason (the first) cites the paragraphs that set this kind's period.
    ctx.deadlines.push({ name: `evidence:${i}`, due: d.value.dueDate, status, cites: d.reasons[0]!.cites });
  }
  ctx.decisions.evidence = out;
}
