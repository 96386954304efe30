/** One place where a result differs from the expectation. */
export interface Mismatch {
  /** Path inside the result, e.g. `value.deadline` or `value.reasons.0`. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Deep partial match of the scenario format: for objects only the expected keys are compared;
 * arrays and scalars must be equal (arrays element by element, same length, each element
 * matched the same way). Returns every mismatch, not just the first.
 *
 * @example
 * matchPartial({ a: 1, b: 2 }, { a: 1 }); // []
 * matchPartial([1, 2], [1]);            // [{ path: 'value', expected: [1], actual: [1, 2] }]
 */
export function matchPartial(actual: unknown, expected: unknown, path = 'value'): Mismatch[] {
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return [{ path, expected, actual }];
    const out: Mismatch[] = [];
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) out.push({ path: `${path}.${key}`, expected: expected[key], actual: undefined });
      else out.push(...matchPartial(actual[key], expected[key], `${path}.${key}`));
    }
    return out;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [{ path, expected, actual }];
    return expected.flatMap((e, i) => matchPartial(actual[i], e, `${path}.${i}`));
  }
  return Object.is(actual, expected) || (actual === 0 && expected === 0) ? [] : [{ path, expected, actual }];
}
