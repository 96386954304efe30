import type { Citation } from './citation.js';

/**
 * One step of an explanation: which rule fired, what it says in plain words, and the
 * guidance it rests on. Reasons are built once per branch (frozen constants) and a
 * decision only picks them, so explaining costs nothing on the hot path.
 *
 * @example
 * const r = reason('LSC-03-066', 'Only Risk A pre-payment LTAMC cases may get an un-notified visit.', [LSC_03_066]);
 */
export interface Reason {
  /** The catalogue id of the rule that produced this reason. */
  readonly rule: string;
  /** The reason in plain words. */
  readonly says: string;
  /** The guidance behind it (at least one citation). */
  readonly cites: readonly Citation[];
}

/**
 * Builds a frozen {@link Reason}. The rule id defaults to the first citation's id.
 *
 * @example
 * const R = reason('LSC-02-002c', 'Separated up to three months before the claim: Risk C.', [cite('LSC-02-002c', 'Compliance (01/15) ch.02 para 2')]);
 */
export function reason(rule: string, says: string, cites: readonly Citation[]): Reason {
  if (cites.length === 0) throw new TypeError(`reason(${JSON.stringify(rule)}): a reason needs at least one citation`);
  return Object.freeze({ rule, says, cites: Object.freeze([...cites]) });
}
