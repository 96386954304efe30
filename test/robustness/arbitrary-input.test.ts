// Issue 7 item 8: every validating entry point, fed arbitrary JSON (deep nesting, huge numbers,
// `__proto__` / `constructor` keys, wrong types, long strings), returns a structured result,
// never throws, and pollutes no prototype. The rules come from the registry, so a rule added on
// main is covered without touching this file.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/calendar/types.js';
import { isDecision } from '../../src/core/decision.js';
import type { RuleOptions } from '../../src/core/options.js';
import { evaluateRule, type RuleDefinition } from '../../src/core/registry.js';
import { calendarOptionsSchema } from '../../src/core/schemas.js';
import { validate, type Validated } from '../../src/core/validation.js';
import { RULES } from '../../src/registry.js';
import { scenarioFileSchema } from '../../src/scenarios/scenario.js';
import {
  DANGEROUS_KEYS, EXTREME_DATES, EXTREME_NUMBERS, hostileArb, leafPaths, mutate, pollutionSince, prototypeSnapshot, schemaArb, setAt,
} from './support.js';

/** Asserts the shape of a validating entry point's result. */
function expectStructured(r: Validated<unknown>, decision: boolean): void {
  expect(typeof r).toBe('object');
  if (r.ok) {
    expect(Object.keys(r).sort()).toEqual(['ok', 'value']);
    if (decision) {
      expect(isDecision(r.value)).toBe(true);
      const d = r.value as { reasons: { rule: unknown; cites: unknown }[] };
      expect(d.reasons.length, `${currentRule}: a decision without a reason`).toBeGreaterThan(0);
      for (const reason of d.reasons) {
        expect(typeof reason.rule).toBe('string');
        expect(Array.isArray(reason.cites)).toBe(true);
      }
    }
  } else {
    expect(r.ok).toBe(false);
    expect(Array.isArray(r.issues)).toBe(true);
    expect(r.issues.length).toBeGreaterThan(0);
    for (const issue of r.issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.message).toBe('string');
      expect(typeof issue.code).toBe('string');
    }
  }
}

const optionsArb: fc.Arbitrary<RuleOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...JURISDICTIONS).map((jurisdiction) => ({ calendar: { jurisdiction } })),
);

/** The top-level keys of a rule's input object schema (empty for a non-object schema). */
function schemaKeysOf(rule: RuleDefinition): Record<string, unknown> {
  const def = (rule.input as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def;
  return def.shape ?? {};
}

const RUNS = 150;
let currentRule = '';
const before = prototypeSnapshot();
/** Per rule: how many generated inputs passed validation (and so reached `evaluate`). */
const evaluated = new Map<string, number>();

describe('arbitrary input to the validating entry points', () => {
  beforeAll(() => {
    expect(RULES.rules.length).toBeGreaterThan(0);
  });

  it.each(RULES.rules.map((r) => [r.name, r] as const))('evaluateRule(%s, hostile JSON) is structured, never a throw', (name, rule: RuleDefinition) => {
    currentRule = name;
    fc.assert(
      fc.property(hostileArb, optionsArb, (input, options) => {
        expectStructured(evaluateRule(rule, input, options), true);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(RULES.rules.map((r) => [r.name, r] as const))('evaluateRule(%s, schema-shaped and mutated input) is structured, never a throw', (name, rule: RuleDefinition) => {
    currentRule = name;
    let ok = 0;
    fc.assert(
      fc.property(
        schemaArb(rule.input),
        fc.nat(),
        hostileArb,
        fc.option(fc.constantFrom(...DANGEROUS_KEYS), { nil: undefined }),
        fc.boolean(),
        optionsArb,
        (candidate, pick, replacement, addKey, doMutate, options) => {
          const input = doMutate ? mutate(candidate, pick, replacement, addKey) : candidate;
          const r = evaluateRule(rule, input, options);
          expectStructured(r, true);
          if (r.ok) ok++;
        },
      ),
      { numRuns: RUNS * 2 },
    );
    evaluated.set(name, ok);
  });

  it('validate(schema, hostile JSON) is structured for non-rule schemas too', () => {
    fc.assert(
      fc.property(hostileArb, (input) => {
        expectStructured(validate(calendarOptionsSchema, input), false);
        expectStructured(validate(scenarioFileSchema, input), false);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  // Found by the properties above: zod 4.6.7's safeParse throws (1) in a `.min()` length check on
  // a non-string whose `length` is an object without a primitive value, e.g. the valid JSON
  // {"length": {"toString": false}}; (2) in `.readonly()`, freezing a failed result that is a
  // non-empty typed array. validate() catches such a throw and returns a structured issue.
  it('validate never throws on {"length": {"toString": false}}', () => {
    const body = JSON.parse('{"length": {"toString": false}}') as unknown;
    for (const rule of RULES.rules) {
      expectStructured(evaluateRule(rule, Object.fromEntries(Object.keys(schemaKeysOf(rule)).map((k) => [k, body]))), true);
    }
  });

  it('validate never throws on a typed array where a readonly schema expects an array', () => {
    for (const rule of RULES.rules) {
      expectStructured(evaluateRule(rule, Object.fromEntries(Object.keys(schemaKeysOf(rule)).map((k) => [k, Uint8Array.from([0])]))), true);
    }
  });

  it('a body with own __proto__ / constructor.prototype keys is stripped, not merged', () => {
    const body = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;
    for (const rule of RULES.rules) {
      const r = evaluateRule(rule, body);
      if (r.ok) expect((r.value as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  // Rule inputs accept dates 1900–2199 only (isoDateSchema) and every count and amount has an
  // input-sanity bound (INPUT_BOUNDS, src/core/schemas.ts), so a valid input moved to an extreme,
  // one field at a time, is either still valid and evaluates, or is rejected with an issue naming
  // that field. No throw of any kind is tolerated (a date plus a count near 2^53 used to leave the
  // calendar's range and throw a RangeError).
  it('a valid input with one date or number moved to an extreme gives a structured result naming the field', () => {
    let rejected = 0;
    for (const rule of RULES.rules) {
      currentRule = rule.name;
      const candidates = fc.sample(schemaArb(rule.input), { numRuns: 10, seed: 7 }).filter((c) => rule.input.safeParse(c).success);
      for (const candidate of candidates) {
        const dates = leafPaths(candidate, (x) => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x)).flatMap((p) => EXTREME_DATES.map((d) => [p, d] as const));
        const numbers = leafPaths(candidate, (x) => typeof x === 'number').flatMap((p) => EXTREME_NUMBERS.map((n) => [p, n] as const));
        for (const [path, extreme] of [...dates, ...numbers]) {
          const r = evaluateRule(rule, setAt(candidate, path, extreme));
          expectStructured(r, true);
          if (!r.ok) {
            rejected++;
            expect(r.issues.map((i) => i.path), `${rule.name} ${path.join('.')}=${extreme}`).toContain(path.join('.'));
          }
        }
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });

  afterAll(() => {
    // Which rules the schema-shaped inputs actually reached (a rule whose every candidate is
    // rejected is only covered through its validation).
    const unreached = RULES.rules.filter((r) => evaluated.has(r.name) && evaluated.get(r.name) === 0).map((r) => r.name);
    if (unreached.length > 0) console.info(`robustness: generated inputs never passed validation for: ${unreached.join(', ')}`);
  });
});

describe('no prototype pollution', () => {
  it('the built-in prototypes are unchanged after all the runs above', () => {
    expect(pollutionSince(before)).toEqual([]);
  });
});
