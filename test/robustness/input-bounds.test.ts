// Every number a rule input may carry has a declared input-sanity bound (INPUT_BOUNDS in
// src/core/schemas.ts; docs/interpretations.md "Input bounds"), and the rule is right at both sides
// of it: at the maximum the input is accepted and the rule evaluates (no throw, an explained
// decision); one past it the validating entry point answers with an issue naming the field. The
// fields are read from each rule's JSON Schema, so a field added on main is covered without
// touching this file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateRule, type RuleDefinition } from '../../src/core/registry.js';
import { RULE_DATES_FROM, RULE_DATES_TO } from '../../src/core/schemas.js';
import { RULES } from '../../src/registry.js';
import { leafPaths, schemaArb, setAt, shippedScenarios, type LeafPath } from './support.js';

/** A number-valued field of a rule input: its path (`*` for any array element) and declared bounds. */
interface NumericField {
  readonly path: readonly string[];
  readonly integer: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  const?: unknown;
  enum?: unknown[];
};

/** Every numeric field of a JSON Schema (following local `$ref`s once per path). */
function numericFields(node: JsonSchema, root: JsonSchema, path: string[] = [], out: NumericField[] = [], refs: string[] = []): NumericField[] {
  if (node.$ref !== undefined) {
    if (refs.includes(node.$ref)) return out;
    const target = node.$ref === '#' ? root : root.$defs?.[node.$ref.replace('#/$defs/', '')];
    if (target !== undefined) numericFields(target, root, path, out, [...refs, node.$ref]);
    return out;
  }
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if ((types.includes('integer') || types.includes('number')) && node.const === undefined && node.enum === undefined) {
    const minimum = node.minimum ?? node.exclusiveMinimum;
    const maximum = node.maximum ?? (node.exclusiveMaximum === undefined ? undefined : node.exclusiveMaximum - (types.includes('integer') ? 1 : 0));
    out.push({ path, integer: types.includes('integer'), ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) });
  }
  for (const [k, v] of Object.entries(node.properties ?? {})) numericFields(v, root, [...path, k], out, refs);
  if (node.items !== undefined) numericFields(node.items, root, [...path, '*'], out, refs);
  node.prefixItems?.forEach((v) => numericFields(v, root, [...path, '*'], out, refs));
  if (typeof node.additionalProperties === 'object') numericFields(node.additionalProperties, root, [...path, '*'], out, refs);
  for (const v of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) numericFields(v, root, path, out, refs);
  return out;
}

const fieldsOf = (rule: RuleDefinition): NumericField[] =>
  numericFields(z.toJSONSchema(rule.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema, z.toJSONSchema(rule.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema);

/**
 * Numbers that are not a count, a duration or an amount, left unbounded on purpose: a district's
 * hit rate is "any comparable measure" (a ratio or a percentage) and is only compared.
 */
const UNBOUNDED_BY_DESIGN = new Set(['planIntegritySample districts.*.hitRate']);

/** The concrete paths in `value` where `pattern` points (the last key need not exist yet). */
function concretePaths(value: unknown, pattern: readonly string[]): LeafPath[] {
  if (pattern.length === 0) return [[]];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = pattern as [string, ...string[]];
  const keys: (string | number)[] = head === '*' ? (Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)) : [head];
  const out: LeafPath[] = [];
  for (const k of keys) {
    if (rest.length === 0) out.push([k]);
    else for (const p of concretePaths((value as Record<string | number, unknown>)[k], rest)) out.push([k, ...p]);
  }
  return out;
}

const scenarios = shippedScenarios();

/**
 * Inputs tried on every rule (kept where valid) for schemas the generator rarely satisfies: a
 * compliance case record (ch.07–11) with every nested amount present.
 */
const SEEDS: readonly unknown[] = [
  {
    outcome: 'Positive Compliance', outcomeResult: 'Adjustment', mvaLines: [{ benefit: 'Income Support', amountPence: 100, direction: 'decrease' }],
    overpaymentRecordedPence: 0, underpaymentRecordedPence: 0,
    audit: { correctMvaLines: [{ benefit: 'Income Support', amountPence: 100 }], decidedOverpaymentPence: 0, decidedUnderpaymentPence: 0 },
  },
];

/** Valid inputs of a rule: the inputs of its shipped scenarios, {@link SEEDS}, and inputs generated from its schema. */
function validInputs(rule: RuleDefinition): unknown[] {
  return [...scenarios.filter((s) => s.call === rule.name && !s.throws).map((s) => s.args[0]), ...SEEDS, ...fc.sample(schemaArb(rule.input), { numRuns: 150, seed: 11 })]
    .filter((c) => rule.input.safeParse(structuredClone(c)).success);
}

const numericRules = RULES.rules.map((r) => [r.name, r, fieldsOf(r)] as const).filter(([, , fields]) => fields.length > 0);

describe('input bounds', () => {
  it('the field reader finds bounded and unbounded numbers, in arrays and optional fields', () => {
    const schema = z.object({ a: z.number().int().nonnegative().max(9), list: z.array(z.object({ b: z.number().optional() })) });
    const root = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
    expect(numericFields(root, root)).toEqual([
      { path: ['a'], integer: true, minimum: 0, maximum: 9 },
      { path: ['list', '*', 'b'], integer: false },
    ]);
    expect(concretePaths({ list: [{}, { b: 1 }] }, ['list', '*', 'b'])).toEqual([['list', 0, 'b'], ['list', 1, 'b']]);
  });

  it('there are rules with numeric inputs to check', () => {
    expect(numericRules.length).toBeGreaterThan(20);
  });

  it('every number in every rule input declares a minimum and a maximum below 2^53', () => {
    const unbounded: string[] = [];
    for (const [name, , fields] of numericRules) {
      for (const f of fields) {
        const label = `${name} ${f.path.join('.')}`;
        if (UNBOUNDED_BY_DESIGN.has(label)) continue;
        if (f.minimum === undefined || f.maximum === undefined || f.maximum >= Number.MAX_SAFE_INTEGER || f.minimum <= -Number.MAX_SAFE_INTEGER) {
          unbounded.push(`${label} [${f.minimum}, ${f.maximum}]`);
        }
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('the fields unbounded by design exist (a stale entry fails)', () => {
    const all = new Set(numericRules.flatMap(([name, , fields]) => fields.map((f) => `${name} ${f.path.join('.')}`)));
    for (const label of UNBOUNDED_BY_DESIGN) expect(all.has(label), label).toBe(true);
  });

  it.each(numericRules)('%s: at each maximum the input is accepted and evaluates; one past it, an issue names the field', (name, rule, fields) => {
    const inputs = validInputs(rule);
    const unexercised: string[] = [];
    for (const f of fields.filter((x) => x.maximum !== undefined)) {
      let accepted = 0;
      for (const input of inputs) {
        for (const path of concretePaths(input, f.path)) {
          const atMax = evaluateRule(rule, setAt(input, path, f.maximum));
          if (!atMax.ok) continue; // another rule of the schema (a cross-field refinement) rejects this combination
          accepted++;
          expect(atMax.value.reasons.length, `${name} ${path.join('.')}=${f.maximum}`).toBeGreaterThan(0);
          const past = evaluateRule(rule, setAt(input, path, f.maximum! + 1));
          expect(past.ok, `${name} ${path.join('.')}=${f.maximum! + 1} accepted`).toBe(false);
          if (!past.ok) expect(past.issues.map((i) => i.path)).toContain(path.join('.'));
        }
      }
      if (accepted === 0) unexercised.push(f.path.join('.'));
    }
    expect(unexercised, `${name}: no valid input could carry these fields at their maximum`).toEqual([]);
  });

  // The corner where a bound matters most: every number at its maximum at once, with every date at
  // the first or the last date a rule input may carry (a date plus the most days must stay in the
  // calendar). Combinations a cross-field refinement rejects are skipped; the rest must evaluate.
  it.each(numericRules)('%s: every number at its maximum with every date at either end still evaluates', (name, rule, fields) => {
    let evaluated = 0;
    for (const input of validInputs(rule)) {
      let atMax: unknown = input;
      for (const f of fields.filter((x) => x.maximum !== undefined)) for (const path of concretePaths(atMax, f.path)) atMax = setAt(atMax, path, f.maximum);
      for (const date of [RULE_DATES_FROM, RULE_DATES_TO]) {
        let corner = atMax;
        for (const path of leafPaths(corner, (x) => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x))) corner = setAt(corner, path, date);
        const r = evaluateRule(rule, corner);
        if (!r.ok) continue;
        evaluated++;
        expect(r.value.reasons.length, `${name} at the corner ${date}`).toBeGreaterThan(0);
      }
    }
    expect(evaluated, `${name}: no valid input reached the corner`).toBeGreaterThan(0);
  });
});
