// Shared helpers of the robustness tests: hostile JSON, inputs generated from a rule's zod schema,
// deep freezing, the shipped scenario files, and a prototype-pollution probe.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { z } from 'zod';
import { collectJsonFiles } from '../../src/cli/collect-files.js';

/** Keys an attacker puts in JSON bodies to reach prototypes. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length'] as const;

/** Sets an own, enumerable property, as `JSON.parse` does, even for the key `__proto__`. */
function setOwn(target: object, key: string, value: unknown): void {
  if (Array.isArray(target) && key === 'length') return; // an array's length is not a data key
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) {
    if (kind === 'array') v = [v];
    else {
      const o = {};
      setOwn(o, i % 2 === 0 ? 'a' : '__proto__', v);
      v = o;
    }
  }
  return v;
}

const LONG = 'x'.repeat(200_000);
const LONG_DATE_LIKE = '2026-01-01'.repeat(10_000);

/** Numbers at the edges: huge, tiny, unsafe integers, negative zero, and the non-JSON ones. */
export const edgeNumberArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 1e21, 0.1, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer(),
);

const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant(LONG) },
);

const leafArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  edgeNumberArb,
  fc.string({ maxLength: 30 }),
  fc.constantFrom(LONG, LONG_DATE_LIKE, '2026-02-30', '0000-01-01', '2026-1-1', ' 2026-01-01', '2026-01-01T00:00:00Z', '', '\u0000', '\uD800'),
  fc.bigInt(),
);

/**
 * Arbitrary JSON-like values from an untrusted body: deep nesting, huge numbers, own
 * `__proto__` / `constructor` keys, wrong types, long strings (plus `undefined`, NaN and bigint,
 * which a JavaScript caller can pass even though JSON cannot).
 */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 6 }).map((entries) => {
      const o = {};
      for (const [k, v] of entries) setOwn(o, k, v);
      return o;
    }),
  })).value },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 6 }) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true }) },
  { weight: 1, arbitrary: fc.constantFrom(nested(5_000, 'array'), nested(5_000, 'object')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => JSON.parse(`{"__proto__": {"polluted": ${JSON.stringify(s)}}, "constructor": {"prototype": {"polluted": true}}}`) as unknown) },
);

const dayToIso = (d: number): string => new Date(d * 864e5).toISOString().slice(0, 10);

/**
 * Real dates, mostly 2000–2035, sometimes anywhere in 1900–2199 (leap days included). Dates
 * outside 1900–2199 ({@link EXTREME_DATES}) are rejected by `isoDateSchema`; the extremes test
 * checks that they are, field by field.
 */
const isoDateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 }).map(dayToIso) },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2199, 11, 31) / 864e5 }).map(dayToIso) },
  { weight: 1, arbitrary: fc.constantFrom('1900-01-01', '2024-02-29', '2100-02-28', '2199-12-31') },
);

/** Dates at the very ends of the calendar's range (0001–9999), outside the rule inputs' 1900–2199. */
export const EXTREME_DATES = ['0001-01-01', '0001-01-02', '1899-12-31', '2200-01-01', '9999-12-30', '9999-12-31'] as const;

/** Numbers at the ends of what a bare `z.number()` / `z.number().int()` accepts. */
export const EXTREME_NUMBERS = [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e308, -1e308] as const;

/** A path to a leaf of a JSON-like value (keys and array indexes). */
export type LeafPath = readonly (string | number)[];

/** Every path to a leaf of a plain JSON-like value that satisfies `test`. */
export function leafPaths(value: unknown, test: (leaf: unknown) => boolean, prefix: (string | number)[] = [], out: LeafPath[] = []): LeafPath[] {
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, test, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leafPaths(v, test, [...prefix, k], out);
  else if (test(value)) out.push(prefix);
  return out;
}

/** A clone of `value` with the node at `path` set to `leaf` (the parent must exist). */
export function setAt(value: unknown, path: LeafPath, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const root = structuredClone(value) as Record<string | number, unknown>;
  let parent = root;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = leaf;
  return root;
}

/** The shape of zod 4's internal definitions we read (only what the generator needs). */
interface Def {
  type: string;
  checks?: { _zod: { def: { check?: string; minimum?: number; format?: string; value?: number | bigint; inclusive?: boolean } } }[];
  [k: string]: unknown;
}
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

function minLengthOf(def: Def): number {
  for (const c of def.checks ?? []) if (c._zod.def.check === 'min_length') return c._zod.def.minimum ?? 0;
  return 0;
}

/** The inclusive bounds a zod number schema declares (`.min()`, `.max()`, `.positive()`, …), if any. */
function numberBoundsOf(def: Def): { min?: number; max?: number } {
  let min: number | undefined;
  let max: number | undefined;
  for (const c of def.checks ?? []) {
    const { check, value, inclusive } = c._zod.def;
    if (typeof value !== 'number') continue;
    if (check === 'greater_than') min = Math.max(min ?? -Infinity, inclusive === false ? value + 1 : value);
    if (check === 'less_than') max = Math.min(max ?? Infinity, inclusive === false ? value - 1 : value);
  }
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function isOptional(s: unknown): boolean {
  const t = defOf(s).type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

/**
 * An arbitrary of candidate inputs built by walking a zod schema: mostly valid, sometimes not
 * (refinements are not modelled). Callers keep what `safeParse` accepts.
 */
export function schemaArb(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 12) return fc.constant(undefined);
  const next = (s: unknown): fc.Arbitrary<unknown> => schemaArb(s as z.ZodType, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [k, v] of Object.entries(shape)) {
        model[k] = next(v);
        if (!isOptional(v)) required.push(k);
      }
      return fc.record(model, { requiredKeys: required });
    }
    case 'optional': case 'default': case 'prefault': case 'nullable': case 'readonly': case 'nonoptional': case 'catch':
      return next(def.innerType);
    case 'pipe': return next(def.in);
    case 'array': {
      const min = minLengthOf(def);
      return fc.array(next(def.element), { minLength: min, maxLength: min + 4 });
    }
    case 'union': return fc.oneof(...(def.options as unknown[]).map(next));
    case 'enum': return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal': return fc.constantFrom(...(def.values as unknown[]));
    case 'boolean': return fc.boolean();
    case 'number': {
      const int = (def.checks ?? []).some((c) => c._zod.def.check === 'number_format');
      // The declared bounds themselves, and just past them: a rule must evaluate at its bounds.
      const { min, max } = numberBoundsOf(def);
      const edges = [min, max, int ? Number.MAX_SAFE_INTEGER : 1e308].filter((n): n is number => n !== undefined);
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: -5, max: 500 }) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
        { weight: 2, arbitrary: fc.constantFrom(...edges) },
        ...(int ? [] : [{ weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e9 }) }]),
      );
    }
    case 'string': {
      const min = minLengthOf(def);
      const regex = (def.checks ?? []).map((c) => (c._zod.def as { pattern?: unknown }).pattern).find((p) => p instanceof RegExp) as RegExp | undefined;
      if (regex !== undefined && regex.source !== String.raw`^\d{4}-\d{2}-\d{2}$`) {
        // Real dates and times where the pattern takes them (timestamps), else strings matching it.
        const dateTimes = fc.tuple(isoDateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
        const dateLike = [isoDateArb, dateTimes, dateTimes.map((t) => `${t}:00`)].filter((a) => fc.sample(a, { numRuns: 5, seed: 1 }).some((x) => regex.test(x)));
        return dateLike.length > 0 ? fc.oneof(...dateLike, fc.stringMatching(regex)) : fc.stringMatching(regex);
      }
      return fc.oneof(
        { weight: 3, arbitrary: isoDateArb },
        { weight: 2, arbitrary: fc.string({ minLength: Math.max(min, 0), maxLength: Math.max(min, 0) + 30 }) },
        { weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(min, 10_000))) },
      );
    }
    case 'date': return fc.date();
    case 'unknown': case 'any': return hostileArb;
    default: return fc.constant(undefined);
  }
}

/** Every path (list of keys) to a node of a plain JSON-like value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/**
 * Replaces one node of a (cloned) value with a hostile value, or adds a dangerous own key
 * (`__proto__`, `constructor`, …) beside it: inputs that are almost valid reach deeper.
 */
export function mutate(value: unknown, pick: number, replacement: unknown, addKey: string | undefined): unknown {
  const root = structuredClone(value);
  const paths = pathsOf(root);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) {
    if (addKey !== undefined && root !== null && typeof root === 'object') {
      setOwn(root, addKey, replacement);
      return root;
    }
    return replacement;
  }
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (addKey !== undefined && parent[last] !== null && typeof parent[last] === 'object') setOwn(parent[last] as object, addKey, replacement);
  else if (addKey !== undefined && Math.abs(pick) % 3 === 0) delete parent[last];
  else setOwn(parent, String(last), replacement);
  return root;
}

/** Freezes a value and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && (typeof value === 'object' || typeof value === 'function') && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[k]);
  }
  return value;
}

/** One scenario of a shipped scenario file (only the fields these tests read). */
export interface ShippedScenario {
  readonly source: string;
  readonly name: string;
  readonly call: string;
  readonly args: readonly unknown[];
  readonly throws: boolean;
  /** The policy edition id the scenario decides under (`"policy"`), if given. */
  readonly policy?: string;
}

/** Every scenario of every JSON file under test/scenarios/. */
export function shippedScenarios(): ShippedScenario[] {
  const dir = fileURLToPath(new URL('../scenarios', import.meta.url));
  const { files } = collectJsonFiles([dir]);
  const out: ShippedScenario[] = [];
  for (const file of files) {
    const content = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const list = Array.isArray(content) ? content : [content];
    for (const s of list as { name?: string; call?: string; args?: unknown[]; policy?: string; expect?: { throws?: string } }[]) {
      if (typeof s?.call !== 'string') continue;
      out.push({
        source: file, name: String(s.name), call: s.call, args: s.args ?? [], throws: s.expect?.throws !== undefined,
        ...(typeof s.policy === 'string' ? { policy: s.policy } : {}),
      });
    }
  }
  return out;
}

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];

/** A snapshot of the built-in prototypes: their own keys and property values. */
export function prototypeSnapshot(): Map<string, Map<PropertyKey, unknown>> {
  const snap = new Map<string, Map<PropertyKey, unknown>>();
  for (const [name, proto] of PROTOTYPES) {
    const props = new Map<PropertyKey, unknown>();
    for (const k of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, k)!;
      props.set(k, 'value' in d ? d.value : d.get);
    }
    snap.set(name, props);
  }
  return snap;
}

/** What changed on the built-in prototypes since the snapshot, plus keys a fresh `{}` inherits. */
export function pollutionSince(before: Map<string, Map<PropertyKey, unknown>>): string[] {
  const after = prototypeSnapshot();
  const changes: string[] = [];
  for (const [name, props] of after) {
    const old = before.get(name)!;
    for (const [k, v] of props) {
      if (!old.has(k)) changes.push(`${name}.${String(k)} added`);
      else if (!Object.is(old.get(k), v)) changes.push(`${name}.${String(k)} changed`);
    }
    for (const k of old.keys()) if (!props.has(k)) changes.push(`${name}.${String(k)} deleted`);
  }
  for (const k in {}) changes.push(`{} inherits enumerable ${k}`);
  if (Object.getPrototypeOf({}) !== Object.prototype) changes.push('{} has a new prototype');
  return changes;
}
