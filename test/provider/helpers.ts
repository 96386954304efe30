import type { Decision } from '../../src/core/decision.js';

/** The catalogue ids among a decision's reasons. */
export function rulesOf(d: Decision<unknown>): string[] {
  return d.reasons.map((r) => r.rule);
}
