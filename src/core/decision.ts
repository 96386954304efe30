import type { Reason } from './reason.js';
import { LIBRARY_NAME, LIBRARY_VERSION } from './version.js';

/**
 * The result of every rule: the answer, the reasons behind it (each citing the catalogue id
 * and paragraph), and the id of the policy edition it was decided under.
 *
 * @example
 * const d: Decision<boolean> = { value: true, reasons: [R_ELIGIBLE], edition: 'lsc-2015' };
 */
export interface Decision<T> {
  readonly value: T;
  readonly reasons: readonly Reason[];
  /** Id of the {@link PolicyEdition} whose parameters were used. */
  readonly edition: string;
}

/**
 * Builds a {@link Decision}. `reasons` should be frozen constants or an array the caller
 * owns; it is not copied.
 *
 * @example
 * return decide(true, [R_ELIGIBLE], policy.id);
 */
export function decide<T>(value: T, reasons: readonly Reason[], edition: string): Decision<T> {
  return { value, reasons, edition };
}

/** What an audit log should keep about one decision. */
export interface AuditRecord<T> {
  readonly library: string;
  readonly libraryVersion: string;
  readonly edition: string;
  readonly value: T;
  /** The catalogue ids behind the decision, in order, without repeats. */
  readonly rules: readonly string[];
  readonly reasons: readonly Reason[];
}

/**
 * Says which library version and policy edition produced a decision, for audit logs.
 *
 * @example
 * auditRecord(decision);
 * // { library: 'dwp-rules', libraryVersion: '0.1.0', edition: 'lsc-2015', value: …, rules: ['LSC-03-066'], reasons: […] }
 */
export function auditRecord<T>(decision: Decision<T>): AuditRecord<T> {
  const rules: string[] = [];
  for (const r of decision.reasons) if (!rules.includes(r.rule)) rules.push(r.rule);
  return {
    library: LIBRARY_NAME,
    libraryVersion: LIBRARY_VERSION,
    edition: decision.edition,
    value: decision.value,
    rules,
    reasons: decision.reasons,
  };
}

/**
 * True when a value has the shape of a {@link Decision}.
 *
 * @example
 * isDecision({ value: 1, reasons: [], edition: 'lsc-2015' }); // true
 */
export function isDecision(x: unknown): x is Decision<unknown> {
  return (
    typeof x === 'object' && x !== null && 'value' in x && Array.isArray((x as { reasons?: unknown }).reasons) &&
    typeof (x as { edition?: unknown }).edition === 'string'
  );
}
