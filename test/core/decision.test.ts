import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  auditRecord,
  cite,
  createRegistry,
  CURRENT_POLICY,
  decide,
  defineRule,
  evaluateRule,
  InputError,
  isDecision,
  isoDateSchema,
  LIBRARY_VERSION,
  param,
  parseOrThrow,
  policyEdition,
  policyEditions,
  policyOf,
  reason,
  validate,
} from '../../src/core/index.js';

const C = cite('LSC-03-066', 'Compliance (01/15) ch.03 para 66');
const R = reason('LSC-03-066', 'test reason', [C]);

describe('Citation, Reason, Decision', () => {
  it('are frozen', () => {
    expect(Object.isFrozen(C)).toBe(true);
    expect(Object.isFrozen(R)).toBe(true);
    expect(Object.isFrozen(R.cites)).toBe(true);
  });
  it('a reason needs a citation', () => {
    expect(() => reason('X-1', 'no cites', [])).toThrowError(/at least one citation/);
  });
  it('a decision names its edition; the audit record adds the library version and the rule ids once each', () => {
    const d = decide(true, [R, R], 'current');
    expect(isDecision(d)).toBe(true);
    expect(isDecision({ value: 1 })).toBe(false);
    expect(auditRecord(d)).toEqual({
      library: 'dwp-rules',
      libraryVersion: LIBRARY_VERSION,
      edition: 'current',
      value: true,
      rules: ['LSC-03-066'],
      reasons: [R, R],
    });
  });
  it('LIBRARY_VERSION equals package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });
});

describe('policy editions', () => {
  it('the current edition is the default and is looked up by id', () => {
    expect(policyOf(undefined)).toBe(CURRENT_POLICY);
    expect(policyOf({})).toBe(CURRENT_POLICY);
    expect(policyEdition('current')).toBe(CURRENT_POLICY);
    expect(policyEditions()).toContain(CURRENT_POLICY);
    expect(Object.isFrozen(CURRENT_POLICY)).toBe(true);
  });
  it('an unknown edition is a RangeError naming it', () => {
    expect(() => policyEdition('1999')).toThrowError(/"1999"/);
  });
  it('every parameter of every edition carries a unit and at least one citation', () => {
    for (const edition of policyEditions()) {
      for (const [group, params] of Object.entries(edition)) {
        if (typeof params !== 'object' || params === null || Array.isArray(params)) continue;
        for (const [name, p] of Object.entries(params as Record<string, { unit?: unknown; cites?: unknown[] }>)) {
          expect(p.unit, `${edition.id}.${group}.${name}`).toBeTypeOf('string');
          expect(p.cites?.length, `${edition.id}.${group}.${name}`).toBeGreaterThan(0);
        }
      }
    }
  });
  it('param() freezes its value and keeps the note only when given', () => {
    const p = param(15, 'working-days', [C]);
    expect(p).toEqual({ value: 15, unit: 'working-days', cites: [C] });
    expect(Object.isFrozen(p)).toBe(true);
    expect(param(1, 'count', [C], 'why').note).toBe('why');
  });
});

describe('validation', () => {
  const schema = z.object({ when: isoDateSchema, items: z.array(z.object({ n: z.number().int() })) });
  it('names the path of every bad field', () => {
    const r = validate(schema, { when: '2026-02-30', items: [{ n: 1 }, { n: 1.5 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['when', 'items.1.n']);
  });
  it('returns the parsed value when valid', () => {
    expect(validate(schema, { when: '2026-02-28', items: [] })).toEqual({ ok: true, value: { when: '2026-02-28', items: [] } });
  });
  it('parseOrThrow throws an InputError carrying the issues', () => {
    try {
      parseOrThrow(schema, { when: 5, items: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect(e).toBeInstanceOf(TypeError);
      expect((e as InputError).issues[0]?.path).toBe('when');
      expect((e as InputError).message).toMatch(/^Invalid input: when:/);
    }
  });
});

describe('rule registry', () => {
  const input = z.object({ x: z.number() });
  const rule = defineRule({
    name: 'isPositiveForTest',
    domain: 'test',
    title: 'Positive',
    ids: ['LSC-03-066'],
    citations: [C],
    input,
    evaluate: (i: { x: number }) => decide(i.x > 0, [R], 'current'),
  });
  it('looks rules up by name and catalogue id', () => {
    const reg = createRegistry([rule]);
    expect(reg.byName('isPositiveForTest')).toBe(rule);
    expect(reg.byId('LSC-03-066')).toEqual([rule]);
    expect(reg.byId('nope')).toEqual([]);
    expect(reg.ids()).toEqual(['LSC-03-066']);
  });
  it('refuses duplicate names and rules without ids', () => {
    expect(() => createRegistry([rule, rule])).toThrowError(/isPositiveForTest/);
    expect(() => defineRule({ ...rule, ids: [] })).toThrowError(TypeError);
  });
  it('evaluateRule validates untrusted input and never throws on it', () => {
    expect(evaluateRule(rule, { x: 'a' })).toMatchObject({ ok: false, issues: [{ path: 'x' }] });
    expect(evaluateRule(rule, null)).toMatchObject({ ok: false });
    const ok = evaluateRule(rule, { x: 2 });
    expect(ok.ok && ok.value.value).toBe(true);
  });
});
