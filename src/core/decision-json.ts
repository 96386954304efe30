import type { Decision } from './decision.js';
import type { Reason } from './reason.js';

// A JSON serialiser whose output is byte for byte that of `JSON.stringify(x)` (no replacer, no
// indent), made faster for decisions: reasons and citations are frozen constants, so the JSON text
// of each deeply frozen plain object or array is computed once and kept in a WeakMap; every later
// decision that picks the same reason reuses the text instead of escaping its words again.
//
// What is cached: an object or array that is frozen, whose prototype is Object.prototype, null or
// Array.prototype, that has no `toJSON`, no accessor properties, and whose property values are
// primitives (not BigInt) or themselves such objects. Anything else is serialised afresh on every
// call; values that are not plain data (Dates, class instances, boxed primitives, objects with
// `toJSON`, BigInts) are handed to JSON.stringify itself, with the right key for `toJSON`.
// Assumed, as everywhere in the library: nobody adds `toJSON` to Object.prototype or
// Array.prototype after a text was cached.

const cache = new WeakMap<object, string>();
/**
 * Objects known not to be cacheable, so the deep check runs once per object, not per call.
 * Internal (shared with json-bytes.ts), not part of the public API.
 *
 * @example
 * if (Object.isFrozen(o) && !notCacheable.has(o) && !isFrozenData(o, 0)) notCacheable.add(o);
 */
export const notCacheable = new WeakSet<object>();

const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;
const quote = JSON.stringify as (s: string) => string;

function hasToJson(o: object): boolean {
  return typeof (o as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * True when `o` is deeply frozen plain data (see the header), so its JSON text never changes.
 * Internal (shared with json-bytes.ts), not part of the public API.
 *
 * @example
 * isFrozenData(R_ELIGIBLE, 0); // true for a reason built by reason()
 */
export function isFrozenData(o: object, depth: number): boolean {
  if (depth > 64 || !Object.isFrozen(o) || hasToJson(o)) return false;
  const proto = Object.getPrototypeOf(o) as unknown;
  if (Array.isArray(o) ? proto !== ARRAY_PROTO : proto !== OBJECT_PROTO && proto !== null) return false;
  const descriptors = Object.getOwnPropertyDescriptors(o) as Record<string, PropertyDescriptor>;
  for (const k of Object.keys(descriptors)) {
    const d = descriptors[k]!;
    if (!('value' in d)) return false;
    const v: unknown = d.value;
    if (typeof v === 'bigint') return false;
    if (typeof v === 'object' && v !== null && !(cache.has(v) || (!notCacheable.has(v) && isFrozenData(v, depth + 1)))) return false;
  }
  return true;
}

/**
 * The JSON text of `holder[key]`, serialised by JSON.stringify itself (the exact fallback: the
 * right key reaches `toJSON`). Internal (shared with json-bytes.ts).
 *
 * @example
 * viaStringify('due', new Date(0)); // '"1970-01-01T00:00:00.000Z"'
 */
export function viaStringify(key: string, value: unknown): string | undefined {
  const wrapped = JSON.stringify({ [key]: value });
  return wrapped.length === 2 ? undefined : wrapped.slice(quote(key).length + 2, -1);
}

function serialise(value: unknown, key: string, stack: object[]): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Number.isFinite(value) ? '' + value : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return serialiseObject(value, key, stack);
    case 'undefined':
    case 'symbol':
      return undefined;
    default:
      // functions (serialisable only through toJSON) and BigInts (a TypeError unless toJSON)
      return viaStringify(key, value);
  }
}

function serialiseObject(o: object, key: string, stack: object[]): string | undefined {
  const hit = cache.get(o);
  if (hit !== undefined) return hit;
  const proto = Object.getPrototypeOf(o) as unknown;
  const isArray = Array.isArray(o);
  if ((isArray ? proto !== ARRAY_PROTO : proto !== OBJECT_PROTO && proto !== null) || hasToJson(o)) {
    return viaStringify(key, o);
  }
  for (let i = 0; i < stack.length; i++) {
    if (stack[i] === o) throw new TypeError('Converting circular structure to JSON');
  }
  stack.push(o);
  let text: string;
  if (isArray) {
    const a = o as readonly unknown[];
    const n = a.length;
    if (n === 0) text = '[]';
    else {
      text = '[';
      for (let i = 0; i < n; i++) {
        if (i > 0) text += ',';
        text += serialise(a[i], '' + i, stack) ?? 'null';
      }
      text += ']';
    }
  } else {
    const keys = Object.keys(o);
    text = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = serialise((o as Record<string, unknown>)[k], k, stack);
      if (v === undefined) continue;
      if (first) first = false;
      else text += ',';
      text += quote(k) + ':' + v;
    }
    text += '}';
  }
  stack.pop();
  if (Object.isFrozen(o) && !notCacheable.has(o)) {
    if (isFrozenData(o, 0)) cache.set(o, text);
    else notCacheable.add(o);
  }
  return text;
}

/**
 * `JSON.stringify(value)`, byte for byte, faster for values holding {@link Decision}s: the text of
 * every frozen reason, citation or other deeply frozen plain object is computed once and reused.
 * Returns `undefined` where JSON.stringify does (for `undefined`, a function, a symbol) and throws
 * where it throws (a cycle, a BigInt).
 *
 * @example
 * jsonWithDecisions({ caseId: 'C1', decisions: { risk: decide('A', [R_RISK_A], 'current') } });
 * // the same string as JSON.stringify of that object
 */
export function jsonWithDecisions(value: unknown): string | undefined {
  return serialise(value, '', []);
}

/**
 * `JSON.stringify(decision)`, byte for byte, with each frozen reason's text cached.
 *
 * @example
 * decisionToJson(decide(true, [R_ELIGIBLE], 'current'));
 * // '{"value":true,"reasons":[{"rule":"…","says":"…","cites":[…]}],"edition":"current"}'
 */
export function decisionToJson(decision: Decision<unknown>): string {
  return serialise(decision, '', []) ?? JSON.stringify(decision);
}

/**
 * `JSON.stringify(reason)`, byte for byte. A reason built by `reason()` is deeply frozen, so its
 * text is computed once and then read from a cache; an unfrozen one is serialised every time.
 *
 * @example
 * reasonToJson(R_ELIGIBLE) === JSON.stringify(R_ELIGIBLE); // true, and the second call is a lookup
 */
export function reasonToJson(r: Reason): string {
  return serialise(r, '', []) ?? JSON.stringify(r);
}
