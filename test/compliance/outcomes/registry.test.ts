import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { complianceOutcomeRules } from '../../../src/compliance/outcomes/index.js';
import * as api from '../../../src/index.js';
import { evaluateRule } from '../../../src/core/index.js';

describe('complianceOutcomeRules registry entries', () => {
  it('name exported functions and cite ch.07–12 ids only', () => {
    for (const rule of complianceOutcomeRules) {
      expect(typeof (api as Record<string, unknown>)[rule.name]).toBe('function');
      for (const id of rule.ids) expect(id).toMatch(/^LSC-(0[789]|1[012])-\d{3}[a-z]?$/);
    }
  });
  it('rule names are unique', () => {
    const names = complianceOutcomeRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it('the validating entry point never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.constantFrom(...complianceOutcomeRules), fc.jsonValue(), (rule, input) => {
      const r = evaluateRule(rule, input);
      if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      else expect(r.value.reasons.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
  it('every decision cites at least one catalogue id with a paragraph reference', () => {
    const r = evaluateRule(complianceOutcomeRules.find((x) => x.name === 'validateCaseOutcome')!, { outcome: 'Positive', outcomeResult: 'x' });
    expect(r.ok).toBe(true);
    if (r.ok) for (const reason of r.value.reasons) expect(reason.cites[0]!.ref).toMatch(/^Compliance \(01\/15\) ch\.07 para \d+$/);
  });
});
