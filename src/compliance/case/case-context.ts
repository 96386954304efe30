import type { IsoDate } from '../../calendar/types.js';
import type { Citation } from '../../core/citation.js';
import type { RiskType } from '../referrals/vocabulary.js';
import type { ResolvedCaseOptions } from './case-options.js';
import type { CaseRecord } from './case-record.js';
import type { CaseDeadline, CaseDecisions, MissingFacts } from './types.js';

/** Writable {@link CaseDecisions}, filled topic by topic during one assessment. */
export type CaseDecisionsDraft = { -readonly [K in keyof CaseDecisions]: CaseDecisions[K] };

/**
 * The working state of one {@link assessCase} call: the record, the resolved options, the facts
 * derived once and shared by several rules, and the results gathered so far.
 *
 * @example
 * const ctx = caseContext(record, resolveCaseOptions({ asOf: '2026-03-02' }));
 */
export interface CaseContext {
  readonly record: CaseRecord;
  readonly options: ResolvedCaseOptions;
  readonly decisions: CaseDecisionsDraft;
  readonly deadlines: CaseDeadline[];
  readonly missing: MissingFacts[];
  /** The Risk Type: recorded on the FRF, else classified; undefined while unknown. */
  riskType: RiskType | null | undefined;
  /** The date of the first (original) interview held, if any. */
  readonly firstInterviewOn: IsoDate | undefined;
}

/**
 * A fresh {@link CaseContext}; derives the first interview date.
 *
 * @example
 * caseContext({ interviews: [{ date: '2026-03-09', faceToFace: true }] }, resolved).firstInterviewOn; // '2026-03-09'
 */
export function caseContext(record: CaseRecord, options: ResolvedCaseOptions): CaseContext {
  let first: string | undefined;
  for (const i of record.interviews ?? []) if (first === undefined || i.date < first) first = i.date;
  return { record, options, decisions: {}, deadlines: [], missing: [], riskType: record.referral?.riskType, firstInterviewOn: first as IsoDate | undefined };
}

/**
 * A frozen {@link MissingFacts} entry: the topic that could not be decided, the function that
 * would decide it, and the record paths of the facts to ask for.
 *
 * @example
 * missingFacts('routing', 'routeReferral', ['referral.source'], [lsc('LSC-01-008')]);
 */
export function missingFacts(topic: keyof CaseDecisions, rule: string, facts: readonly string[], cites: readonly Citation[]): MissingFacts {
  return Object.freeze({ topic, rule, facts: Object.freeze([...facts]), cites });
}
