// Every registered rule explains every decision: for inputs generated from each rule's zod schema
// and for the inputs of the shipped scenarios (test/scenarios/**), under the default, the current
// and the FOI-era policy edition, each Decision has at least one reason, each reason at least one
// citation of a catalogue id, and the Decision's `edition` is the id of the edition decided under.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/decision.js';
import type { RuleOptions } from '../../src/core/options.js';
import { CURRENT_POLICY, FOI_ERA_POLICY, policyEdition } from '../../src/core/policy/editions.js';
import type { RuleDefinition } from '../../src/core/registry.js';
import { RULES } from '../../src/registry.js';
import { schemaArb, shippedScenarios } from './support.js';

/** The shapes of the catalogue's ids (shared/spec/): LSC-cc-ppp, PRV-ppp, PRV-An-X-pp, CRM-pp, FOI-pp, CMG-pp, each with an optional letter. */
const CATALOGUE_ID = /^(?:LSC-\d{2}-\d{3}|PRV-\d{3}|PRV-A\d-[A-Z]-\d{2}|CRM-\d{2}|FOI-\d{2}|CMG-\d{2})[a-z]?$/;

/**
 * The editions a decision is asked under: as the options give it (none: the current edition
 * applies), and each edition explicitly.
 */
const EDITIONS: readonly (typeof CURRENT_POLICY | undefined)[] = [undefined, CURRENT_POLICY, FOI_ERA_POLICY];

const registered = new Set(RULES.ids());

/** The problems with one decision (empty when it is fully explained under the expected edition). */
function problemsOf(d: Decision<unknown>, expectedEdition: string): string[] {
  const problems: string[] = [];
  if (d.edition !== expectedEdition) problems.push(`edition ${JSON.stringify(d.edition)}, expected ${JSON.stringify(expectedEdition)}`);
  if (!Array.isArray(d.reasons) || d.reasons.length === 0) problems.push('no reason');
  for (const r of d.reasons ?? []) {
    if (r.cites.length === 0) problems.push(`reason ${r.rule} cites nothing`);
    for (const c of r.cites) {
      if (!CATALOGUE_ID.test(c.id)) problems.push(`reason ${r.rule} cites ${JSON.stringify(c.id)}, not a catalogue id`);
      else if (!registered.has(c.id)) problems.push(`reason ${r.rule} cites ${c.id}, which no registered rule implements`);
      if (typeof c.ref !== 'string' || c.ref.length === 0) problems.push(`reason ${r.rule}: citation ${c.id} has no paragraph reference`);
    }
  }
  return problems;
}

/** Evaluates a rule under each edition (keeping any other options) and asserts every decision is explained. */
function expectExplained(rule: RuleDefinition, input: unknown, options: RuleOptions | undefined, where: string): void {
  for (const policy of EDITIONS) {
    const opts: RuleOptions | undefined = policy === undefined ? options : { ...options, policy };
    const expected = (opts?.policy ?? CURRENT_POLICY).id;
    const d = rule.evaluate(structuredClone(input), opts) as Decision<unknown>;
    expect(problemsOf(d, expected), `${rule.name} (${where}, edition ${expected}) on ${JSON.stringify(input)?.slice(0, 300)}`).toEqual([]);
  }
}

describe('the property checker', () => {
  const id = [...registered][0]!;
  const r = { rule: id, says: 'x', cites: [{ id, ref: 'the paragraph' }] };
  it('accepts an explained decision and names each kind of defect', () => {
    expect(problemsOf({ value: 1, reasons: [r], edition: CURRENT_POLICY.id }, CURRENT_POLICY.id)).toEqual([]);
    expect(problemsOf({ value: 1, reasons: [], edition: CURRENT_POLICY.id }, CURRENT_POLICY.id)).toEqual(['no reason']);
    expect(problemsOf({ value: 1, reasons: [r], edition: CURRENT_POLICY.id }, FOI_ERA_POLICY.id)[0]).toMatch(/^edition/);
    expect(problemsOf({ value: 1, reasons: [{ ...r, cites: [] }], edition: 'x' }, 'x')).toEqual([`reason ${id} cites nothing`]);
    expect(problemsOf({ value: 1, reasons: [{ ...r, cites: [{ id: 'para 66', ref: 'x' }] }], edition: 'x' }, 'x')[0]).toMatch(/not a catalogue id/);
    expect(problemsOf({ value: 1, reasons: [{ ...r, cites: [{ id: 'LSC-99-999', ref: 'x' }] }], edition: 'x' }, 'x')[0]).toMatch(/no registered rule/);
  });
  it('the catalogue-id pattern matches every id the registry implements', () => {
    expect(registered.size).toBeGreaterThan(700);
    for (const id of registered) expect(id).toMatch(CATALOGUE_ID);
  });
});

describe('every decision of every registered rule is explained and names its edition', () => {
  it.each(RULES.rules.map((r) => [r.name, r] as const))('%s: generated inputs', (_name, rule: RuleDefinition) => {
    fc.assert(
      fc.property(schemaArb(rule.input), fc.boolean(), (candidate, scotland) => {
        const parsed = rule.input.safeParse(candidate);
        if (!parsed.success) return; // the few rules the generator rarely satisfies are covered by their scenarios
        expectExplained(rule, parsed.data, scotland ? { calendar: { jurisdiction: 'scotland' } } : undefined, 'generated');
      }),
      { numRuns: 100 },
    );
  });

  const scenarios = shippedScenarios().filter((s) => !s.throws && RULES.byName(s.call) !== undefined);
  it('there are shipped scenarios of registered rules', () => {
    expect(scenarios.length).toBeGreaterThan(100);
  });

  it.each(RULES.rules.map((r) => [r.name, r] as const))('%s: shipped scenario inputs', (name, rule: RuleDefinition) => {
    for (const s of scenarios.filter((x) => x.call === name)) {
      const parsed = rule.input.safeParse(structuredClone(s.args[0]));
      if (!parsed.success) continue; // a scenario about invalid input
      const given = s.args[1] as RuleOptions | undefined;
      const options = s.policy === undefined ? given : { ...given, policy: policyEdition(s.policy) };
      expectExplained(rule, parsed.data, options, `${s.source.replace(/^.*test\/scenarios\//, '')}: ${s.name}`);
    }
  });
});
