import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReferralRisk, type ReferralRiskFacts } from '../../src/compliance/referrals/index.js';
import { bareRiskType, generateRiskFacts, jreEngine, jreFacts, jreRiskTypes } from './risk-classification.forms.js';

// The comparison bench (risk-classification.bench.ts) is only honest if its three forms decide
// alike: (a) classifyReferralRisk, (b) the bare classifier, (c) json-rules-engine.
const engine = jreEngine();

async function expectAgreement(f: ReferralRiskFacts): Promise<void> {
  const a = classifyReferralRisk(f).value;
  const c = await jreRiskTypes(engine, jreFacts(f));
  expect(bareRiskType(f), JSON.stringify(f)).toBe(a.primary);
  expect(c, JSON.stringify(f)).toEqual(a.matches);
}

const isoDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => {
    const max = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, max)).padStart(2, '0')}`;
  });
const facts: fc.Arbitrary<ReferralRiskFacts> = fc.record(
  {
    claimStage: fc.constantFrom('NewClaimPrePayment' as const, 'CurrentClaimInPayment' as const),
    dateOfClaim: isoDate,
    otherPersonDeclaredInHousehold: fc.boolean(),
    possibleLtamc: fc.boolean(),
    declaredSeparationDate: isoDate,
    declaredPreviouslySelfEmployed: fc.boolean(),
    wfiSanctionDays: fc.integer({ min: 0, max: 60 }),
    authorisedByFraudAndErrorBusiness: fc.boolean(),
    partnerTeamReferral: fc.boolean(),
    otherRiskReferral: fc.boolean(),
  },
  { requiredKeys: ['claimStage', 'dateOfClaim'] },
);

describe('risk classification: the three benched forms agree', () => {
  it('on the 4,096 fact sets the bench uses', async () => {
    const sets = generateRiskFacts(4096, 7);
    const primaries = new Set(sets.map((f) => classifyReferralRisk(f).value.primary));
    expect(primaries.size).toBe(9); // every Risk Type A–H and none occur
    for (const f of sets) await expectAgreement(f);
  });

  it('on 400 arbitrary fact sets (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(facts, expectAgreement), { numRuns: 400 });
  });

  it('at the Risk C window boundary (month-end clamp, inclusive ends)', async () => {
    const cases: [string, string, boolean][] = [
      ['2026-05-31', '2026-02-28', true], // 31 May − 3 months clamps to 28 Feb
      ['2026-05-31', '2026-02-27', false],
      ['2024-05-31', '2024-02-29', true],
      ['2026-03-10', '2025-12-10', true],
      ['2026-03-10', '2025-12-09', false],
      ['2026-03-10', '2026-03-10', true],
      ['2026-03-10', '2026-03-11', false],
    ];
    for (const [dateOfClaim, declaredSeparationDate, isC] of cases) {
      const f: ReferralRiskFacts = { claimStage: 'CurrentClaimInPayment', dateOfClaim, declaredSeparationDate };
      expect(classifyReferralRisk(f).value.primary).toBe(isC ? 'C' : null);
      await expectAgreement(f);
    }
  });
});
