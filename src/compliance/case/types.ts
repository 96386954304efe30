import type { IsoDate, Jurisdiction } from '../../calendar/types.js';
import type { Citation } from '../../core/citation.js';
import type { Decision } from '../../core/decision.js';
import type { PolicyEdition } from '../../core/policy/edition.js';
import type { EmployerContactDecision } from '../interview/employer-contact.js';
import type { EvidenceDeadline } from '../interview/evidence-deadline.js';
import type { NewOrSubstantialAssessment } from '../interview/new-or-substantial.js';
import type { ComplianceOutcomeAssessment } from '../outcomes/assess-outcome.js';
import type { CausalLinkVerdict } from '../outcomes/causal-link.js';
import type { ClosureCheck } from '../outcomes/closure.js';
import type { CaseIntegrityAudit } from '../outcomes/integrity-audit.js';
import type { OutcomeValidity } from '../outcomes/outcome-validity.js';
import type { AppointmentCompliance, AppointmentWindow } from '../referrals/appointment-notice.js';
import type { HstClearance } from '../referrals/case-dates.js';
import type { ReferralRouting } from '../referrals/referral-routing.js';
import type { ReferralRiskClassification } from '../referrals/risk-classification.js';
import type { RiskReviewWindow } from '../referrals/risk-review-window.js';

/**
 * Options of {@link assessCase}: the day of evaluation, the policy edition (an edition or its
 * id) and the jurisdiction of the working-day calendar.
 *
 * @example
 * const options: AssessCaseOptions = { asOf: '2026-03-02', policy: 'current', jurisdiction: 'scotland' };
 */
export interface AssessCaseOptions {
  /** "Today": deadlines are due or overdue as of this day. */
  readonly asOf: IsoDate | string;
  /** The policy edition, or its id (`'current'`, `'foi-era'`); default the current edition. */
  readonly policy?: PolicyEdition | string;
  /** The calendar of working days; default `'england-and-wales'`. */
  readonly jurisdiction?: Jurisdiction;
  /** Extra non-working days (office closures). */
  readonly closures?: readonly (IsoDate | string)[];
}

/** A decision that could not be made: what it is and which facts of the case record would allow it. */
export interface MissingFacts {
  /** The topic of {@link CaseAssessment.decisions} that is absent for want of facts. */
  readonly topic: string;
  /** The function that would decide it. */
  readonly rule: string;
  /** Paths in the case record of the facts to ask for next (e.g. `referral.dateOfClaim`). */
  readonly facts: readonly string[];
  readonly cites: readonly Citation[];
}

/** Where a deadline stands on `asOf`. */
export type CaseDeadlineStatus = 'pending' | 'due-today' | 'overdue' | 'met' | 'missed';

/** One deadline on the case, as of `asOf`. */
export interface CaseDeadline {
  /** What must happen by the day, e.g. `'prepayment-interview'`, `'evidence:0'`. */
  readonly name: string;
  readonly due: IsoDate;
  readonly status: CaseDeadlineStatus;
  readonly cites: readonly Citation[];
}

/**
 * The decisions of {@link assessCase}, by topic; a topic is absent when it does not apply to the
 * case or when a fact it needs is missing (then {@link CaseAssessment.missing} names the facts).
 */
export interface CaseDecisions {
  /** Risk Type A–H (ch.02 para 2). */
  readonly risk?: Decision<ReferralRiskClassification>;
  /** Accept or route the referral (ch.01 para 8, ch.02–03). */
  readonly routing?: Decision<ReferralRouting>;
  /** The Risk C/D review at the 2–3 month stage (ch.02 para 2). */
  readonly riskReview?: Decision<RiskReviewWindow>;
  /** The PM HST 9-week clearance target (ch.02 paras 37–39). */
  readonly hstClearance?: Decision<HstClearance>;
  /** The 15-working-day clearance measure: receipt to first-interview notification (ch.10 para 3). */
  readonly clearance?: Decision<{ readonly workingDays: number; readonly withinMeasure: boolean; readonly lastDay: IsoDate }>;
  /** The permitted appointment window (no appointment date yet) (ch.03 paras 50–103). */
  readonly appointmentWindow?: Decision<AppointmentWindow>;
  /** Whether the appointment given is compliant (ch.03 paras 50–103). */
  readonly appointment?: Decision<AppointmentCompliance>;
  /** May an un-notified visit be made (ch.03 paras 66–67)? */
  readonly unNotifiedVisit?: Decision<boolean>;
  /** May the employer be contacted (ch.04 para 56, ch.06 paras 28–30)? */
  readonly employerContact?: Decision<EmployerContactDecision>;
  /** Is the information new or substantial, and what follows (ch.04–05)? */
  readonly newOrSubstantial?: Decision<NewOrSubstantialAssessment>;
  /** Each evidence request's due date and status, in the order of `evidenceRequests`. */
  readonly evidence?: readonly Decision<EvidenceDeadline>[];
  /** The causal-link window and verdict (ch.07 paras 29–37). */
  readonly causalLink?: Decision<CausalLinkVerdict>;
  /** Outcome, Outcome Result, MVA and OP/UP from the findings (ch.07–08). */
  readonly outcome?: Decision<ComplianceOutcomeAssessment>;
  /** Is the recorded outcome valid (ch.07)? */
  readonly outcomeValidity?: Decision<OutcomeValidity>;
  /** May the case be closed, and what blocks it (ch.09)? */
  readonly closure?: Decision<ClosureCheck>;
  /** Integrity and quality findings (ch.11), when the record carries an integrity analysis. */
  readonly integrity?: Decision<CaseIntegrityAudit>;
}

/** Everything {@link assessCase} decided about a case. */
export interface CaseAssessment {
  readonly caseId: string | null;
  readonly asOf: IsoDate;
  readonly edition: string;
  readonly jurisdiction: Jurisdiction;
  /** Every decision that could be made, by topic, each with its reasons and citations. */
  readonly decisions: CaseDecisions;
  readonly deadlines: readonly CaseDeadline[];
  /** Decisions that could not be made, with the facts to ask for. */
  readonly missing: readonly MissingFacts[];
}
