import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../../src/index.js';
import { appointmentWindow, checkAppointmentCompliance, complianceReferralRules } from '../../../src/compliance/referrals/index.js';
import { evaluateRule } from '../../../src/core/registry.js';
import { contactLetterFor } from '../../../src/compliance/referrals/index.js';
import { schemaArb } from '../../robustness/support.js';

describe('complianceReferralRules (registry entries of ch.01–03)', () => {
  it('every rule is exported under its name, with ch.01–03 ids and citations', () => {
    for (const r of complianceReferralRules) {
      expect(typeof (api as Record<string, unknown>)[r.name]).toBe('function');
      expect(r.ids.length).toBeGreaterThan(0);
      for (const id of r.ids) expect(id).toMatch(/^LSC-0[123]-\d{3}[a-e]?$/);
      for (const c of r.citations) expect(c.ref).toMatch(/^Compliance \(01\/15\) ch\.0[123] para \d+$/);
    }
    expect(new Set(complianceReferralRules.map((r) => r.name)).size).toBe(complianceReferralRules.length);
  });
  it('bad input never throws: a structured validation error naming a field', () => {
    for (const r of complianceReferralRules) {
      const v = evaluateRule(r, { notAField: 1 });
      expect(v.ok, r.name).toBe(false);
      if (!v.ok) expect(v.issues.every((i) => typeof i.path === 'string' && i.message.length > 0), r.name).toBe(true);
    }
    const v = evaluateRule(complianceReferralRules.find((r) => r.name === 'checkAppointmentCompliance')!, { notificationDate: '2026-06-01' });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues.map((i) => i.path)).toContain('appointmentDate');
  });
  it('every reason cites a ch.01–03 paragraph', () => {
    const d = appointmentWindow({ notificationDate: '2026-06-01' });
    for (const r of d.reasons) expect(r.cites.length).toBeGreaterThan(0);
    expect(Object.isFrozen(d.reasons[0])).toBe(true);
  });
});

describe('reasons name their own rule (registry ids)', () => {
  it('a short-notice call without identity (LSC-03-075) and a telephone intervention (LSC-03-036) are among their rules\' ids', () => {
    const w = appointmentWindow({ arrangement: 'ShortNoticeTelephone', identityEstablished: false, notificationDate: '2026-06-01' });
    const windowRule = complianceReferralRules.find((r) => r.name === 'appointmentWindow')!;
    for (const r of w.reasons) expect(windowRule.ids).toContain(r.rule);
    const l = contactLetterFor({ method: 'Telephone', language: 'English' });
    const letterRule = complianceReferralRules.find((r) => r.name === 'contactLetterFor')!;
    for (const r of l.reasons) expect(letterRule.ids).toContain(r.rule);
  });
  it('every reason of every ch.01–03 rule (2015 edition) is one of the rule\'s ids (property)', () => {
    for (const rule of complianceReferralRules) {
      fc.assert(
        fc.property(schemaArb(rule.input), (candidate) => {
          const parsed = rule.input.safeParse(candidate);
          if (!parsed.success) return;
          const d = rule.evaluate(parsed.data, undefined) as { reasons: readonly { rule: string }[] };
          for (const r of d.reasons) expect(rule.ids, rule.name).toContain(r.rule);
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('appointment window invariants (property)', () => {
  const day = fc.integer({ min: 0, max: 12000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86400000).toISOString().slice(0, 10));
  const arrangement = fc.constantFrom('Written' as const, 'ShortNoticeTelephone' as const, 'ClaimantWaiver' as const, 'RearrangedByAgreement' as const);
  it('LSC-03-053: compliant exactly when earliest ≤ appointment ≤ latest (absent other breaches); earliest never before notification', () => {
    fc.assert(
      fc.property(day, day, arrangement, fc.boolean(), (notificationDate, appointmentDate, arr, prepayment) => {
        const input = { notificationDate, appointmentDate, arrangement: arr, prepayment, receivedDate: prepayment ? notificationDate : undefined };
        const w = appointmentWindow(input).value;
        const c = checkAppointmentCompliance(input).value;
        expect(w.earliest >= notificationDate).toBe(true);
        const inWindow = appointmentDate >= w.earliest && (w.latest === null || appointmentDate <= w.latest);
        expect(c.compliant).toBe(inWindow);
      }),
      { numRuns: 300 },
    );
  });
});
