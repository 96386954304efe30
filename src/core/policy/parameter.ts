import type { Citation } from '../citation.js';

/** Units a guidance number can carry. Money is always integer pence. */
export type ParameterUnit =
  | 'working-days'
  | 'calendar-days'
  | 'days'
  | 'weeks'
  | 'months'
  | 'years'
  | 'hours'
  | 'minutes'
  | 'pence'
  | 'count'
  | 'percent'
  | 'age-years'
  | 'date'
  | 'text'
  | 'boolean';

/**
 * One number (or fixed value) stated by the guidance, with its unit and where it is stated.
 *
 * @example
 * const p: Parameter<number> = param(15, 'working-days', [cite('LSC-03-008', 'Compliance (01/15) ch.03 para 8')]);
 * p.value; // 15
 */
export interface Parameter<T> {
  readonly value: T;
  readonly unit: ParameterUnit;
  readonly cites: readonly Citation[];
  /** How the number is read, when that needed a choice (see docs/interpretations.md). */
  readonly note?: string;
}

/**
 * Builds a frozen {@link Parameter}. Every number from the guidance is made with this, once,
 * in a policy group under `src/core/policy/`.
 *
 * @example
 * export const smallOverpaymentLimit = param(6500, 'pence', [cite('LSC-05-004', 'Compliance (01/15) ch.05 para 4')]);
 */
export function param<T>(value: T, unit: ParameterUnit, cites: readonly Citation[], note?: string): Parameter<T> {
  const p = note === undefined ? { value, unit, cites: Object.freeze([...cites]) } : { value, unit, cites: Object.freeze([...cites]), note };
  return Object.freeze(p);
}

/** A named set of parameters (one per guidance document or chapter range). */
export type ParameterGroup = { readonly [name: string]: Parameter<unknown> };
