import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { childMaintenanceRules } from '../../src/child-maintenance/rules.js';
import { complaintRules } from '../../src/complaints/rules.js';
import { evaluateRule } from '../../src/core/registry.js';
import { foiRules } from '../../src/foi/rules.js';

// Registry entries of the three documents: ids in the right range, a JSON Schema for every input,
// bad input refused with a structured issue rather than a crash.
const groups = [
  { rules: complaintRules, prefix: /^CRM-\d{2}[a-z]?$/ },
  { rules: childMaintenanceRules, prefix: /^CMG-\d{2}[a-z]?$/ },
  { rules: foiRules, prefix: /^FOI-\d{2}[a-z]?$/ },
];

describe('complaints, child maintenance and FOI registry entries', () => {
  for (const { rules, prefix } of groups) {
    for (const rule of rules) {
      it(`${rule.name}: ids ${rule.ids.join(', ')} and citations match`, () => {
        expect(rule.ids.every((id) => prefix.test(id))).toBe(true);
        expect(rule.citations.length).toBeGreaterThan(0);
        // every id the rule implements is cited, and it cites nothing it does not implement
        expect([...new Set(rule.citations.map((c) => c.id))].sort()).toEqual([...rule.ids].sort());
        expect(() => z.toJSONSchema(rule.input, { io: 'input', unrepresentable: 'any' })).not.toThrow();
        const bad = evaluateRule(rule, 'not an object');
        expect(bad.ok).toBe(false);
      });
    }
  }
});
