import type { z } from 'zod';

/** One problem with an input: where it is (`path`, e.g. `referral.dateOfClaim`) and what was expected. */
export interface ValidationIssue {
  /** Dotted path to the bad field (`''` for the input itself, `items.2.date` for an array element). */
  readonly path: string;
  readonly message: string;
  /** zod's issue code, e.g. `invalid_type`, `custom`. */
  readonly code: string;
}

/** The result of the validating entry points: never throws on bad input. */
export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Thrown (only) by the strict helpers when input is invalid; carries the structured issues.
 *
 * @example
 * try { parseOrThrow(schema, input) } catch (e) { if (e instanceof InputError) console.log(e.issues) }
 */
export class InputError extends TypeError {
  override readonly name = 'InputError';
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ')}`);
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/**
 * Checks `input` against a zod schema and returns `{ ok: true, value }` or
 * `{ ok: false, issues }`, each issue naming the path of the bad field.
 *
 * @example
 * validate(z.object({ n: z.number() }), { n: 'x' });
 * // { ok: false, issues: [{ path: 'n', code: 'invalid_type', message: 'Invalid input: expected number, received string' }] }
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(input) as z.ZodSafeParseResult<z.output<S>>;
  } catch {
    // zod 4 can throw inside a check on hostile values (e.g. a `.min()` length check on
    // {"length": {"toString": false}}); bad input must still give a structured answer.
    return { ok: false, issues: [{ path: '', message: 'Invalid input: a value could not be read', code: 'invalid_input' }] };
  }
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message, code: i.code })),
  };
}

/**
 * Like {@link validate} but throws an {@link InputError} naming every bad field.
 *
 * @example
 * const facts = parseOrThrow(referralSchema, json);
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = validate(schema, input);
  if (!r.ok) throw new InputError(r.issues);
  return r.value;
}
