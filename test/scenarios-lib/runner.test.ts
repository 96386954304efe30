import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cite, createRegistry, decide, defineRule, reason, type RuleOptions } from '../../src/core/index.js';
import * as api from '../../src/index.js';
import { RULES } from '../../src/registry.js';
import {
  formatScenarioReport,
  matchPartial,
  runScenario,
  runScenarioFile,
  scenarioJUnitXml,
  scenarioTotals,
} from '../../src/scenarios/index.js';

const lib = { exports: api, registry: RULES };

describe('matchPartial', () => {
  it('compares only listed keys of objects, whole arrays and scalars', () => {
    expect(matchPartial({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })).toEqual([]);
    expect(matchPartial({ a: 1 }, { a: 2, z: 1 })).toEqual([
      { path: 'value.a', expected: 2, actual: 1 },
      { path: 'value.z', expected: 1, actual: undefined },
    ]);
    expect(matchPartial([1, 2], [1])).toHaveLength(1);
    expect(matchPartial([{ a: 1, b: 2 }], [{ a: 1 }])).toEqual([]);
    expect(matchPartial('x', { a: 1 })).toHaveLength(1);
    expect(matchPartial(null, null)).toEqual([]);
  });
});

describe('runScenario', () => {
  it('passes a correct calendar expectation and fails a wrong one with a diff', () => {
    const ok = runScenario({ name: 'ok', call: 'addWorkingDays', args: ['2026-12-24', 1], expect: { value: '2026-12-29' } }, lib);
    expect(ok.passed).toBe(true);
    const bad = runScenario({ name: 'bad', call: 'addWorkingDays', args: ['2026-12-24', 1], expect: { value: '2026-12-28' } }, lib);
    expect(bad.passed).toBe(false);
    expect(bad.mismatches).toEqual([{ path: 'value', expected: '2026-12-28', actual: '2026-12-29' }]);
    expect(formatScenarioReport([{ source: 'f.json', results: [bad] }])).toBe(
      ['✗ bad (f.json)', '      at value:', '        - expected "2026-12-28"', '        + actual   "2026-12-29"', '0 passed, 1 failed'].join('\n'),
    );
  });
  it('expect.throws matches the error name', () => {
    expect(runScenario({ name: 't', call: 'isoDate', args: ['2026-02-30'], expect: { throws: 'RangeError' } }, lib).passed).toBe(true);
    const wrong = runScenario({ name: 't', call: 'isoDate', args: ['2026-02-30'], expect: { throws: 'TypeError' } }, lib);
    expect(wrong.passed).toBe(false);
    expect(wrong.problems[0]).toMatch(/threw RangeError.*expected TypeError/);
    expect(runScenario({ name: 't', call: 'isoDate', args: ['2026-02-27'], expect: { throws: 'RangeError' } }, lib).passed).toBe(false);
  });
  it('an unknown export is a failure, not a crash', () => {
    const r = runScenario({ name: 'u', call: 'noSuchFunction', args: [], expect: { value: 1 } }, lib);
    expect(r.problems).toEqual(['"noSuchFunction" is not a function exported by dwp-rules']);
    expect(runScenario({ name: 'p', call: 'toString', args: [], expect: { value: 1 } }, lib).passed).toBe(false);
  });

  // A registered rule: validated input, Decision unwrapping, expectRules, policy hand-over.
  const C = cite('LSC-03-008', 'Compliance (01/15) ch.03 para 8');
  const R = reason('LSC-03-008', 'r', [C]);
  const echoPolicy = (input: { n: number }, options?: RuleOptions) => decide({ n: input.n, edition: options?.policy?.id ?? 'none' }, [R], 'current');
  const rule = defineRule({ name: 'echoPolicy', domain: 'test', title: 'Echo', ids: ['LSC-03-008'], citations: [C], input: z.object({ n: z.number() }), evaluate: echoPolicy });
  const testLib = { exports: { echoPolicy, isoDate: api.isoDate }, registry: createRegistry([rule]) };

  it('matches against a Decision value and checks expectRules', () => {
    const r = runScenario({ name: 'd', call: 'echoPolicy', args: [{ n: 1 }], expect: { value: { n: 1 } }, expectRules: ['LSC-03-008'] }, testLib);
    expect(r.passed).toBe(true);
    const missing = runScenario({ name: 'd', call: 'echoPolicy', args: [{ n: 1 }], expect: { value: { n: 1 } }, expectRules: ['LSC-03-009'] }, testLib);
    expect(missing.problems[0]).toMatch(/LSC-03-009/);
  });
  it('hands the named policy edition to the rule through its options', () => {
    const r = runScenario({ name: 'p', call: 'echoPolicy', args: [{ n: 1 }], policy: 'current', expect: { value: { edition: 'current' } } }, testLib);
    expect(r.passed).toBe(true);
    expect(runScenario({ name: 'p', call: 'echoPolicy', args: [{ n: 1 }], policy: 'nope', expect: { value: {} } }, testLib).problems[0]).toMatch(/Unknown policy edition "nope"/);
    expect(runScenario({ name: 'p', call: 'isoDate', args: ['2026-01-01'], policy: 'current', expect: { value: '2026-01-01' } }, testLib).passed).toBe(false);
  });
  it('validates a rule input: a structured ValidationError', () => {
    const bad = runScenario({ name: 'v', call: 'echoPolicy', args: [{ n: 'x' }], expect: { value: {} } }, testLib);
    expect(bad.problems[0]).toMatch(/ValidationError.*n:/);
    expect(runScenario({ name: 'v', call: 'echoPolicy', args: [{ n: 'x' }], expect: { throws: 'ValidationError' } }, testLib).passed).toBe(true);
  });
});

describe('runScenarioFile', () => {
  it('accepts one object or an array', () => {
    const one = { name: 'a', call: 'addCalendarDays', args: ['2026-01-01', 1], expect: { value: '2026-01-02' } };
    expect(runScenarioFile(one, lib, 'one.json').results).toHaveLength(1);
    expect(runScenarioFile([one, one], lib, 'two.json').results).toHaveLength(2);
  });
  it('reports an invalid file, naming what is wrong', () => {
    const r = runScenarioFile({ title: 'x' }, lib, 'bad.json');
    expect(r.error).toMatch(/not a scenario file/);
    expect(runScenarioFile([], lib, 'empty.json').error).toBeDefined();
    expect(runScenarioFile({ name: 'x', call: 'f', expect: { value: 1, throws: 'E' } }, lib, 'both.json').error).toMatch(/exactly one/);
    expect(scenarioTotals([r])).toEqual({ passed: 0, failed: 1 });
  });
  it('writes JUnit XML with escaped text', () => {
    const r = runScenarioFile({ name: 'a<b', call: 'addCalendarDays', args: ['2026-01-01', 1], expect: { value: '2026-01-03' } }, lib, 'x&y.json');
    const x = scenarioJUnitXml([r]);
    expect(x).toContain('<testsuite name="x&amp;y.json" tests="1" failures="1">');
    expect(x).toContain('name="a&lt;b"');
    expect(x).toContain('<failure message="value: expected &quot;2026-01-03&quot;, actual &quot;2026-01-02&quot;">');
  });
});
