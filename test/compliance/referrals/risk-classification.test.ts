import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReferralRisk, isRiskType, RISK_TYPE_TABLE, RISK_TYPES, referralRiskFactsSchema, riskReviewWindow } from '../../../src/compliance/referrals/index.js';
import { evaluateRule } from '../../../src/core/registry.js';
import { referralRiskRule } from '../../../src/compliance/referrals/risk-classification.js';
import { rulesOf } from './helpers.js';
import { CURRENT_POLICY } from '../../../src/core/policy/editions.js';

const base = { claimStage: 'CurrentClaimInPayment' as const, dateOfClaim: '2026-03-10' };

describe('classifyReferralRisk (LSC-02-002a)', () => {
  it('LSC-02-002a: new claim pre-payment with other person and possible LTAMC is Risk A', () => {
    const d = classifyReferralRisk({ ...base, claimStage: 'NewClaimPrePayment', otherPersonDeclaredInHousehold: true, possibleLtamc: true });
    expect(d.value).toEqual({ primary: 'A', matches: ['A'] });
    expect(rulesOf(d)).toContain('LSC-02-002a');
  });
  it('LSC-02-002a: current claim in payment with the same facts is Risk B', () => {
    expect(classifyReferralRisk({ ...base, otherPersonDeclaredInHousehold: true, possibleLtamc: true }).value.primary).toBe('B');
  });
  it('LSC-02-002a: other person declared without possible LTAMC is neither A nor B', () => {
    expect(classifyReferralRisk({ ...base, otherPersonDeclaredInHousehold: true }).value.primary).toBeNull();
  });
  it('LSC-02-002b: Risk C boundary — day before, on and after three months before the date of claim', () => {
    // date of claim 2026-03-10; three months before = 2025-12-10
    expect(classifyReferralRisk({ ...base, declaredSeparationDate: '2025-12-09' }).value.primary).toBeNull();
    expect(classifyReferralRisk({ ...base, declaredSeparationDate: '2025-12-10' }).value.primary).toBe('C');
    expect(classifyReferralRisk({ ...base, declaredSeparationDate: '2025-12-11' }).value.primary).toBe('C');
    expect(rulesOf(classifyReferralRisk({ ...base, declaredSeparationDate: '2025-12-09' }))).toContain('LSC-02-002b');
  });
  it('LSC-02-002b: month-end clamping — claim 2026-05-31, three months before is 2026-02-28', () => {
    const b = { ...base, dateOfClaim: '2026-05-31' };
    expect(classifyReferralRisk({ ...b, declaredSeparationDate: '2026-02-27' }).value.primary).toBeNull();
    expect(classifyReferralRisk({ ...b, declaredSeparationDate: '2026-02-28' }).value.primary).toBe('C');
  });
  it('LSC-02-002b: separation on the date of claim qualifies; after it does not', () => {
    expect(classifyReferralRisk({ ...base, declaredSeparationDate: '2026-03-10' }).value.primary).toBe('C');
    expect(classifyReferralRisk({ ...base, declaredSeparationDate: '2026-03-11' }).value.primary).toBeNull();
  });
  it('LSC-02-002a: previously self-employed is Risk D', () => {
    expect(classifyReferralRisk({ ...base, declaredPreviouslySelfEmployed: true }).value.primary).toBe('D');
  });
  it('LSC-02-002d: Risk E needs a WFI sanction of 4 weeks (28 days) or more', () => {
    expect(classifyReferralRisk({ ...base, wfiSanctionDays: 27 }).value.primary).toBeNull();
    expect(classifyReferralRisk({ ...base, wfiSanctionDays: 28 }).value.primary).toBe('E');
    expect(classifyReferralRisk({ ...base, wfiSanctionDays: 29 }).value.primary).toBe('E');
    expect(rulesOf(classifyReferralRisk({ ...base, wfiSanctionDays: 27 }))).toEqual(['LSC-02-002d', 'LSC-02-002a']);
  });
  it('LSC-02-002e: Risk F only when authorised by Fraud and Error Business', () => {
    expect(classifyReferralRisk({ ...base, authorisedByFraudAndErrorBusiness: true }).value.primary).toBe('F');
    expect(classifyReferralRisk({ ...base, authorisedByFraudAndErrorBusiness: false }).value.primary).toBeNull();
  });
  it('LSC-02-002a: Partner Team is G, other risk referrals H', () => {
    expect(classifyReferralRisk({ ...base, partnerTeamReferral: true }).value.primary).toBe('G');
    expect(classifyReferralRisk({ ...base, otherRiskReferral: true }).value.primary).toBe('H');
  });
  it('LSC-02-001: several fit — all are returned, the primary follows the documented precedence', () => {
    const d = classifyReferralRisk({
      ...base, claimStage: 'NewClaimPrePayment', otherPersonDeclaredInHousehold: true, possibleLtamc: true,
      declaredSeparationDate: '2026-02-01', declaredPreviouslySelfEmployed: true, wfiSanctionDays: 28, otherRiskReferral: true,
    });
    expect(d.value).toEqual({ primary: 'A', matches: ['A', 'C', 'D', 'E', 'H'] });
    expect(rulesOf(d)).toContain('LSC-02-001');
  });
  it('is total over valid input: primary is null or the first match, every match a Risk Type (property)', () => {
    const day = fc.integer({ min: 0, max: 20000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.record({
          claimStage: fc.constantFrom('NewClaimPrePayment' as const, 'CurrentClaimInPayment' as const),
          otherPersonDeclaredInHousehold: fc.option(fc.boolean(), { nil: undefined }),
          possibleLtamc: fc.option(fc.boolean(), { nil: undefined }),
          dateOfClaim: day,
          declaredSeparationDate: fc.option(day, { nil: undefined }),
          declaredPreviouslySelfEmployed: fc.option(fc.boolean(), { nil: undefined }),
          wfiSanctionDays: fc.option(fc.nat(400), { nil: undefined }),
          authorisedByFraudAndErrorBusiness: fc.option(fc.boolean(), { nil: undefined }),
          partnerTeamReferral: fc.option(fc.boolean(), { nil: undefined }),
          otherRiskReferral: fc.option(fc.boolean(), { nil: undefined }),
        }),
        (facts) => {
          const d = classifyReferralRisk(facts);
          expect(d.value.primary).toBe(d.value.matches[0] ?? null);
          for (const m of d.value.matches) expect(isRiskType(m)).toBe(true);
          expect(new Set(d.value.matches).size).toBe(d.value.matches.length);
          expect(d.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
  it('bad input gets a structured validation error naming the field', () => {
    const r = evaluateRule(referralRiskRule, { claimStage: 'NewClaimPrePayment', dateOfClaim: '2026-02-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('dateOfClaim');
    expect(referralRiskFactsSchema.safeParse({ ...base, wfiSanctionDays: -1 }).success).toBe(false);
  });
  it('RISK_TYPE_TABLE has one row per Risk Type, in order', () => {
    expect(RISK_TYPE_TABLE.map((r) => r.riskType)).toEqual([...RISK_TYPES]);
    expect(Object.isFrozen(RISK_TYPE_TABLE[0])).toBe(true);
  });
});

describe('riskReviewWindow (LSC-02-002c)', () => {
  it('LSC-02-002c: window is date of claim + 2 months to + 3 months, inclusive', () => {
    const w = (reviewDate?: string) => riskReviewWindow({ riskType: 'C', dateOfClaim: '2026-01-31', reviewDate }).value;
    expect(w()).toEqual({ earliest: '2026-03-31', latest: '2026-04-30', timing: null });
    expect(w('2026-03-30').timing).toBe('early');
    expect(w('2026-03-31').timing).toBe('due');
    expect(w('2026-04-30').timing).toBe('due');
    expect(w('2026-05-01').timing).toBe('late');
  });
});

describe('classifyReferralRisk: outcome table (built once per edition, then picked)', () => {
  const f = { claimStage: 'NewClaimPrePayment', dateOfClaim: '2026-03-10', declaredSeparationDate: '2025-12-10', partnerTeamReferral: true } as const;

  it('returns a frozen decision, equal for equal facts', () => {
    const d = classifyReferralRisk(f);
    expect(Object.isFrozen(d) && Object.isFrozen(d.value) && Object.isFrozen(d.value.matches) && Object.isFrozen(d.reasons)).toBe(true);
    expect(classifyReferralRisk({ ...f })).toEqual(d);
    expect(d.value).toEqual({ primary: 'C', matches: ['C', 'G'] });
  });

  it('keeps each edition its own decisions (edition id and parameters)', () => {
    const custom = { ...CURRENT_POLICY, id: 'custom-weeks', complianceReferrals: { ...CURRENT_POLICY.complianceReferrals, wfiSanctionMinimumWeeks: { ...CURRENT_POLICY.complianceReferrals.wfiSanctionMinimumWeeks, value: 2 } } };
    const g = { claimStage: 'CurrentClaimInPayment', dateOfClaim: '2026-03-10', wfiSanctionDays: 14 } as const;
    expect(classifyReferralRisk(g).value.primary).toBeNull();
    expect(classifyReferralRisk(g, { policy: custom }).value.primary).toBe('E');
    expect(classifyReferralRisk(g, { policy: custom }).edition).toBe('custom-weeks');
    expect(classifyReferralRisk(g).edition).toBe(CURRENT_POLICY.id);
    expect(classifyReferralRisk(g).value.primary).toBeNull();
  });

  it('every decision explains each match, each near miss (C, E) and the precedence (property)', () => {
    const day = fc.integer({ min: 0, max: 20000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    const flag = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          claimStage: fc.constantFrom('NewClaimPrePayment' as const, 'CurrentClaimInPayment' as const),
          otherPersonDeclaredInHousehold: flag, possibleLtamc: flag, dateOfClaim: day,
          declaredSeparationDate: fc.option(day, { nil: undefined }), declaredPreviouslySelfEmployed: flag,
          wfiSanctionDays: fc.option(fc.nat(60), { nil: undefined }), authorisedByFraudAndErrorBusiness: flag,
          partnerTeamReferral: flag, otherRiskReferral: flag,
        }),
        (facts) => {
          const { value, reasons } = classifyReferralRisk(facts);
          const says = reasons.map((r) => r.says);
          for (const m of value.matches) expect(says.some((t) => t.includes(`Risk ${m}`) || (m === 'F' && t.includes('Risk F may be used')))).toBe(true);
          const nearMisses = (facts.declaredSeparationDate !== undefined && !value.matches.includes('C') ? 1 : 0) +
            (facts.wfiSanctionDays !== undefined && !value.matches.includes('E') ? 1 : 0);
          expect(says.filter((t) => t.startsWith('Declared separation is more than') || t.startsWith('WFI sanction shorter')).length).toBe(nearMisses);
          expect(says.some((t) => t.startsWith('Several Risk Types fit'))).toBe(value.matches.length > 1);
          expect(says.some((t) => t.startsWith('The facts meet the criteria of no Risk Type'))).toBe(value.matches.length === 0);
          expect(reasons.length).toBe(value.matches.length + nearMisses + (value.matches.length === 1 ? 0 : 1));
        },
      ),
      { numRuns: 500 },
    );
  });
});
