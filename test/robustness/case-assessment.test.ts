// Issue 7 item 8 for the case assessment: safeAssessCase (the validating entry of assessCase and
// of `dwp-rules eval`) fed arbitrary JSON returns a structured result, never throws and pollutes
// no prototype; records generated from caseRecordSchema are assessed without a throw, whatever
// the options, and deep-frozen records are assessed without being touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/calendar/types.js';
import { assessCase, caseRecordSchema, safeAssessCase, type CaseRecord } from '../../src/compliance/case/index.js';
import type { z } from 'zod';
import { hostileArb, pollutionSince, prototypeSnapshot, schemaArb } from './support.js';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; checks?: unknown[] };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values the schema accepts, built field by field (each leaf filtered through its own schema), so
 * that a record with many sections is valid often enough; object-level refinements are left to
 * the caller's `fc.pre`.
 */
function validArb(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 10) return fc.constant(undefined);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
    return fc.oneof({ weight: 1, arbitrary: fc.constant(def.type === 'nullable' ? null : undefined) }, { weight: 3, arbitrary: validArb(def.innerType!, depth + 1) });
  }
  if (def.type === 'object') {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(def.shape!)) model[k] = validArb(v, depth + 1);
    return fc.record(model).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
  }
  if (def.type === 'array' && (def.checks ?? []).length === 0) return fc.array(validArb(def.element!, depth + 1), { maxLength: 3 });
  return schemaArb(schema).filter((v) => schema.safeParse(v).success);
}

const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
};

const optionsArb = fc.record({
  asOf: fc.constantFrom('1900-01-01', '2015-02-10', '2026-03-24', '2199-12-31'),
  policy: fc.constantFrom(undefined, 'current', 'foi-era'),
  jurisdiction: fc.constantFrom(undefined, ...JURISDICTIONS),
}, { requiredKeys: ['asOf'] });

describe('safeAssessCase on hostile input', () => {
  it('returns { ok, value } or { ok: false, issues } with paths, never throws, pollutes nothing', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(hostileArb, fc.oneof(hostileArb, optionsArb), (record, options) => {
        const r = safeAssessCase(record, options);
        if (r.ok) expect(Object.keys(r.value).sort()).toEqual(['asOf', 'caseId', 'deadlines', 'decisions', 'edition', 'jurisdiction', 'missing']);
        else {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect([typeof i.path, typeof i.message, typeof i.code]).toEqual(['string', 'string', 'string']);
        }
      }),
      { numRuns: 300 },
    );
    expect(pollutionSince(before)).toEqual([]);
  });
});

describe('assessCase on every record the schema accepts', () => {
  it('assesses generated valid records under any edition and jurisdiction without a throw, and leaves frozen records as they were', () => {
    const topicsSeen = new Set<string>();
    let deadlinesSeen = 0;
    fc.assert(
      fc.property(validArb(caseRecordSchema), optionsArb, (generated, options) => {
        const parsed = caseRecordSchema.safeParse(generated);
        fc.pre(parsed.success);
        const record = deepFreeze(structuredClone(generated) as CaseRecord);
        const copy = structuredClone(record);
        const r = safeAssessCase(record, options);
        expect(r.ok).toBe(true);
        if (r.ok) {
          for (const t of Object.keys(r.value.decisions)) topicsSeen.add(t);
          deadlinesSeen += r.value.deadlines.length;
          for (const d of r.value.deadlines) expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          for (const m of r.value.missing) expect(m.facts.length).toBeGreaterThan(0);
          for (const [topic, d] of Object.entries(r.value.decisions)) {
            for (const x of Array.isArray(d) ? d : [d]) {
              expect(x.reasons.length, topic).toBeGreaterThan(0);
              expect(x.edition).toBe(r.value.edition);
            }
          }
          // A topic is either decided or reported missing, never both.
          for (const m of r.value.missing) expect(Object.keys(r.value.decisions)).not.toContain(m.topic);
        }
        expect(record).toEqual(copy);
        expect(() => assessCase(parsed.data as CaseRecord, options)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    // The generator reaches most topics (a property that only saw empty records would prove nothing).
    expect(topicsSeen.size).toBeGreaterThanOrEqual(10);
    expect(deadlinesSeen).toBeGreaterThan(50);
  });
});
