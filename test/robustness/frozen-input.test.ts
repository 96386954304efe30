// Issue 7 item 8: inputs are never mutated. Every call is made twice, once on deep-frozen
// arguments (a write to a frozen object throws a TypeError in strict-mode modules) and once on an
// unfrozen structuredClone; both must succeed and agree. Valid inputs come generically from the
// shipped scenario files (test/scenarios/) and from each registered rule's zod schema.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import type { Decision } from '../../src/core/decision.js';
import type { RuleDefinition } from '../../src/core/registry.js';
import { RULES } from '../../src/registry.js';
import { deepFreeze, schemaArb, shippedScenarios } from './support.js';

type Fn = (...args: unknown[]) => unknown;
const exported = api as unknown as Record<string, unknown>;
const scenarios = shippedScenarios();

/** Calls `fn` on frozen and on unfrozen copies of `args`; expects no throw and equal results. */
function expectSameFrozen(fn: Fn, args: readonly unknown[]): unknown {
  const frozen = deepFreeze(structuredClone(args) as unknown[]);
  const plain = structuredClone(args) as unknown[];
  const onPlain = fn(...plain);
  const onFrozen = fn(...frozen);
  expect(onFrozen).toEqual(onPlain);
  expect(plain).toEqual(args); // the unfrozen copy was not changed either
  return onFrozen;
}

/** A decision's reasons and citations are shared constants: a caller must not be able to change them. */
function expectFrozenReasons(d: Decision<unknown>): void {
  for (const r of d.reasons) {
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.cites)).toBe(true);
    for (const c of r.cites) expect(Object.isFrozen(c)).toBe(true);
  }
}

describe('the frozen-input harness', () => {
  it('detects a function that writes to its input (so the tests below can fail)', () => {
    const mutating: Fn = (x) => {
      (x as { list: number[] }).list.push(1);
      return 1;
    };
    expect(() => expectSameFrozen(mutating, [{ list: [] }])).toThrow(TypeError);
  });
});

describe('deep-frozen inputs: shipped scenarios', () => {
  const runnable = scenarios.filter((s) => !s.throws && typeof exported[s.call] === 'function');

  it('there are scenarios to replay', () => {
    expect(runnable.length).toBeGreaterThan(0);
  });

  it.each(runnable.map((s) => [`${s.call}: ${s.name}`, s] as const))('%s', (_label, s) => {
    const fn = exported[s.call] as Fn;
    const rule = RULES.byName(s.call);
    if (rule === undefined) {
      expectSameFrozen(fn, s.args);
      return;
    }
    const parsed = rule.input.safeParse(structuredClone(s.args[0]));
    if (!parsed.success) return; // a scenario about invalid input: covered by the runner
    // As a TypeScript caller passes it (schema defaults not applied) …
    expectSameFrozen(fn, s.args);
    // … and as the validating entry point passes it (after parsing).
    const d = expectSameFrozen(rule.evaluate as Fn, [parsed.data, ...s.args.slice(1)]) as Decision<unknown>;
    expectFrozenReasons(d);
  });
});

describe('deep-frozen inputs: generated valid inputs of every registered rule', () => {
  const calendars = [
    undefined,
    { calendar: { jurisdiction: 'scotland', closures: ['2026-12-31', '2027-01-04'] } },
    { calendar: { jurisdiction: 'northern-ireland', extraHolidays: [{ date: '2026-09-14', title: 'Proclaimed' }] } },
  ];

  const starved: string[] = [];
  afterAll(() => {
    if (starved.length > 0) console.info(`robustness: no generated input passed validation for ${starved.join(', ')} (frozen test covers them via scenarios only)`);
  });

  it.each(RULES.rules.map((r) => [r.name, r] as const))('%s', (name, rule: RuleDefinition) => {
    const valid = fc.sample(schemaArb(rule.input), { numRuns: 60, seed: 42 })
      .map((c) => rule.input.safeParse(c))
      .filter((p) => p.success)
      .map((p) => p.data as unknown);
    if (valid.length === 0) starved.push(name);
    valid.forEach((input, i) => {
      const options = calendars[i % calendars.length];
      const d = expectSameFrozen(rule.evaluate as Fn, options === undefined ? [input] : [input, options]) as Decision<unknown>;
      expectFrozenReasons(d);
    });
  });
});

describe('every registered rule is exercised by a scenario or a test', () => {
  it('lists the rules no scenario calls and no test names (informative, never fails)', () => {
    const testRoot = fileURLToPath(new URL('..', import.meta.url));
    const texts: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) {
          if (p !== join(testRoot, 'robustness') && name !== 'scenarios') walk(p);
        } else if (/\.(test|bench)\.ts$/.test(name)) texts.push(readFileSync(p, 'utf8'));
      }
    };
    walk(testRoot);
    const called = new Set(scenarios.map((s) => s.call));
    const uncovered = RULES.rules
      .map((r) => r.name)
      .filter((name) => !called.has(name) && !texts.some((t) => new RegExp(`\\b${name}\\b`).test(t)));
    const noScenario = RULES.rules.map((r) => r.name).filter((name) => !called.has(name));
    console.info(`robustness: ${noScenario.length} of ${RULES.rules.length} rules have no scenario; ${uncovered.length} are also named in no test${uncovered.length > 0 ? `: ${uncovered.join(', ')}` : ''}`);
    expect(RULES.rules.length).toBeGreaterThan(0);
  });
});
