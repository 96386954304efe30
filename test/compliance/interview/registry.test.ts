import { describe, expect, it } from 'vitest';
import * as api from '../../../src/compliance/interview/index.js';
import { complianceInterviewRules } from '../../../src/compliance/interview/index.js';
import { evaluateRule } from '../../../src/core/registry.js';
import { CURRENT_POLICY } from '../../../src/core/policy/editions.js';

describe('complianceInterviewRules', () => {
  it('each entry names an exported function of the same name and its schema', () => {
    const names = new Set<string>();
    for (const r of complianceInterviewRules) {
      expect(names.has(r.name)).toBe(false);
      names.add(r.name);
      expect((api as Record<string, unknown>)[r.name]).toBe(r.evaluate);
      expect(r.ids.length).toBeGreaterThan(0);
      for (const id of r.ids) expect(id).toMatch(/^LSC-0[3-8]-\d{3}[a-z]?$/);
    }
  });
  it('the validating entry point reports the path of a bad field and never throws', () => {
    const rule = complianceInterviewRules.find((r) => r.name === 'evidenceDeadline')!;
    const bad = evaluateRule(rule, { kind: 'documentary-evidence', requestDate: '2026-02-30', asOf: '2026-03-01' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toContain('requestDate');
    const good = evaluateRule(rule, { kind: 'documentary-evidence', requestDate: '2026-03-02', asOf: '2026-03-02' });
    expect(good.ok && (good.value.value as { dueDate: string }).dueDate).toBe('2026-03-16');
    for (const r of complianceInterviewRules) expect(evaluateRule(r, { nonsense: true }).ok).toBe(false);
  });
  it('every decision carries the edition and at least one cited reason', () => {
    const d = api.smallOverpaymentAdmission({ overpaymentPence: 100, misrepresentation: true, failureToDisclose: false });
    expect(d.edition).toBe(CURRENT_POLICY.id);
    expect(d.reasons[0]!.cites[0]!.ref).toBe('Compliance (01/15) ch.05 para 3');
  });
  it('every policy parameter of the group cites a catalogue id', () => {
    for (const p of Object.values(CURRENT_POLICY.complianceInterview)) expect(p.cites.length).toBeGreaterThan(0);
  });
});
