import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { decide } from '../../src/core/decision.js';
import { decisionToJson, jsonWithDecisions, reasonToJson } from '../../src/core/decision-json.js';
import { JsonBytesWriter } from '../../src/core/json-bytes.js';
import { reason } from '../../src/core/reason.js';

const C1 = cite('LSC-03-066', 'Compliance (01/15) ch.03 para 66');
const R1 = reason('LSC-03-066', 'Only Risk A pre-payment LTAMC cases may get an un-notified visit.', [C1]);
const R2 = reason('LSC-02-002c', 'Quotes "here", a backslash \\ and a line\nbreak, \u2028 and \ud800 alone.', [
  C1,
  cite('LSC-02-002c', 'Compliance (01/15) ch.02 para 2'),
]);

// One writer for the whole file, small at first (so it grows), kept across calls (so stale
// state after a throw would show).
const writer = new JsonBytesWriter(8);
const decoder = new TextDecoder();
function viaBytes(x: unknown): string | undefined {
  writer.raw('<');
  const wrote = writer.json(x);
  writer.raw('>');
  const text = decoder.decode(writer.take());
  expect(text.startsWith('<') && text.endsWith('>')).toBe(true);
  return wrote ? text.slice(1, -1) : (expect(text).toBe('<>'), undefined);
}

/** Asserts the exact string of JSON.stringify (including `undefined` and throwing alike), for both serialisers. */
function same(x: unknown): void {
  let expected: string | undefined;
  try {
    expected = JSON.stringify(x);
  } catch (e) {
    expect(() => jsonWithDecisions(x)).toThrow((e as Error).constructor as ErrorConstructor);
    expect(() => writer.json(x)).toThrow((e as Error).constructor as ErrorConstructor);
    expect(writer.length).toBe(0); // nothing half-written
    return;
  }
  expect(jsonWithDecisions(x)).toBe(expected);
  expect(viaBytes(x)).toBe(expected);
}

describe('jsonWithDecisions equals JSON.stringify byte for byte', () => {
  it('on arbitrary JSON values (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (x) => same(x)), { numRuns: 500 });
  });
  it('on arbitrary JS values: undefined, functions, symbols, NaN, -0, sparse arrays, Dates, null prototypes (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withDate: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withTypedArray: true }), (x) => same(x)),
      { numRuns: 500 },
    );
  });
  it('on decisions built from frozen reasons, repeatedly (the cached path)', () => {
    const reasons = fc.constantFrom<readonly (typeof R1)[]>([], [R1], [R2], [R1, R2], [R2, R2, R1]);
    const decision = fc.record({ value: fc.jsonValue(), reasons, edition: fc.constantFrom('current', 'foi-era') });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), decision), fc.array(decision), (byTopic, list) => {
        const x = { caseId: 'C1', decisions: byTopic, list };
        same(x);
        same(x); // second time from the cache
        for (const d of list) {
          expect(decisionToJson(d)).toBe(JSON.stringify(d));
          expect(viaBytes(d)).toBe(JSON.stringify(d));
        }
      }),
      { numRuns: 300 },
    );
  });
  it('reasonToJson caches frozen reasons and re-serialises unfrozen ones', () => {
    expect(reasonToJson(R2)).toBe(JSON.stringify(R2));
    expect(reasonToJson(R2)).toBe(JSON.stringify(R2));
    const loose = { rule: 'X-1', says: 'first', cites: [C1] };
    expect(reasonToJson(loose)).toBe(JSON.stringify(loose));
    loose.says = 'second';
    expect(reasonToJson(loose)).toContain('"second"');
    // frozen on the outside but a mutable cites array: not cached either
    const shallow = Object.freeze({ rule: 'X-2', says: 's', cites: [C1] as (typeof C1)[] });
    expect(reasonToJson(shallow)).toBe(JSON.stringify(shallow));
    shallow.cites.push(cite('X-2', 'later'));
    expect(reasonToJson(shallow)).toBe(JSON.stringify(shallow));
    expect(reasonToJson(shallow)).toContain('later');
  });
  it('frozen objects with a getter or toJSON are never cached', () => {
    let n = 0;
    const getter = Object.freeze({ get n() { return ++n; } });
    expect(jsonWithDecisions(getter)).toBe('{"n":1}');
    expect(jsonWithDecisions(getter)).toBe('{"n":2}');
    expect(viaBytes(getter)).toBe('{"n":3}');
    const withToJson = Object.freeze({ a: 1, toJSON: (k: string) => `key:${k}` });
    same({ x: withToJson, y: [withToJson] });
  });
  it('toJSON gets the property key, as with JSON.stringify', () => {
    const k = { toJSON: (key: string) => key };
    const x = { a: k, b: [k, { c: k }], '': k };
    expect(jsonWithDecisions(x)).toBe('{"a":"a","b":["0",{"c":"c"}],"":""}');
    expect(jsonWithDecisions(x)).toBe(JSON.stringify(x));
    expect(jsonWithDecisions(k)).toBe('""');
    same(x);
  });
  it('the edge values of JSON.stringify', () => {
    for (const x of [
      undefined, () => 1, Symbol('s'), null, true, NaN, -0, Infinity, 1e21, 5e-324, '', '\u0000\u001f"\\',
      [undefined, () => 1, Symbol('s')], { a: undefined, b: () => 1, [Symbol('k')]: 1, c: 1 },
      Object.create(null), new Date(0), new Number(3), new String('s'), new Boolean(false), [new Date(0)],
      { __proto__: null, x: 1 }, JSON.parse('{"__proto__":{"a":1},"constructor":2}'), { 2: 'b', 1: 'a', z: 0 },
      new Map([[1, 2]]), /re/g, new Error('e'),
    ]) same(x);
  });
  it('throws on cycles and BigInts, like JSON.stringify', () => {
    const cyc: Record<string, unknown> = { a: 1 };
    cyc.self = { back: cyc };
    expect(() => jsonWithDecisions(cyc)).toThrow(TypeError);
    expect(() => jsonWithDecisions({ n: 1n })).toThrow(TypeError);
    same(cyc);
    same({ a: 'written first', n: [1n] });
    // a shared (non-cyclic) reference is fine
    const shared = { a: 1 };
    same({ x: shared, y: shared, z: [shared, shared] });
  });
  it('deeply frozen decision constants are cached whole and stay correct', () => {
    const d = Object.freeze(decide('A', Object.freeze([R1, R2]), 'current'));
    expect(decisionToJson(d)).toBe(JSON.stringify(d));
    expect(decisionToJson(d)).toBe(JSON.stringify(d));
    expect(jsonWithDecisions([d, d])).toBe(JSON.stringify([d, d]));
    same([d, d, R2]);
    same([d, d, R2]);
  });
  it('the byte writer encodes non-ASCII text as UTF-8, in strings, keys and raw text', () => {
    same({ 'Zoë': 'ŁŁŁ ✓ 𝄞', emoji: ['🙂'], lone: '\ud800', esc: 'tab\there' });
    writer.raw('→ ');
    writer.string('x');
    expect(decoder.decode(writer.take())).toBe('→ "x"');
  });
});
