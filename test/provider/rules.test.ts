import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { providerRules } from '../../src/provider/rules.js';
import * as provider from '../../src/provider/index.js';
import { evaluateRule } from '../../src/core/registry.js';
import { z } from 'zod';

// The catalogue sits in ../shared/spec beside the project (the main checkout or a worktree under wt/).
const specUrl = ['../../../shared/spec/rules-other.md', '../../../../shared/spec/rules-other.md']
  .map((p) => new URL(p, import.meta.url))
  .find((u) => existsSync(u));
const catalogue = specUrl === undefined ? '' : readFileSync(specUrl, 'utf8');
const specIds = [...catalogue.matchAll(/^### (PRV-[A-Z0-9-]+?[a-z]?) /gm)].map((m) => m[1]!);

describe('providerRules', () => {
  it('every rule is exported under its name and has the provider domain', () => {
    for (const r of providerRules) {
      expect((provider as Record<string, unknown>)[r.name]).toBe(r.evaluate);
      expect(r.domain).toBe('provider');
      for (const c of r.citations) expect(r.ids).toContain(c.id);
    }
  });
  it('names are unique', () => {
    const names = providerRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it.skipIf(specUrl === undefined)('every PRV id of the catalogue is implemented by some rule (149 ids)', () => {
    expect(specIds.length).toBe(149);
    const implemented = new Set(providerRules.flatMap((r) => r.ids));
    expect(specIds.filter((id) => !implemented.has(id))).toEqual([]);
  });
  it('the validating entry point reports bad input by path instead of throwing', () => {
    const rule = providerRules.find((r) => r.name === 'childcareFundingEndDate')!;
    const bad = evaluateRule(rule, { childDateOfBirth: '2010-02-30' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]!.path).toBe('childDateOfBirth');
    const good = evaluateRule(rule, { childDateOfBirth: '2010-03-10' });
    expect(good.ok && good.value.value).toBe('2025-09-02');
  });
  it('every input schema converts to JSON Schema (the build ships them)', () => {
    for (const r of providerRules) expect(() => z.toJSONSchema(r.input, { io: 'input', unrepresentable: 'any' })).not.toThrow();
  });
});
