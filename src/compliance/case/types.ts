import type { IsoDate, Jurisdiction } from '../../calendar/types.js';
import type { Citation } from '../../core/citation.js';
import type { Decision } from '../../core/decision.js';
import type { PolicyEdition } from '../../core/policy/edition.js';

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

/** Everything {@link assessCase} decided about a case. */
export interface CaseAssessment {
  readonly caseId: string | null;
  readonly asOf: IsoDate;
  readonly edition: string;
  readonly jurisdiction: Jurisdiction;
  /** Every decision that could be made, by topic, each with its reasons and citations. */
  readonly decisions: Readonly<Record<string, Decision<unknown>>>;
  readonly deadlines: readonly CaseDeadline[];
  /** Decisions that could not be made, with the facts to ask for. */
  readonly missing: readonly MissingFacts[];
}
