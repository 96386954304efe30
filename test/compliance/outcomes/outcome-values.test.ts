import { describe, expect, it } from 'vitest';
import {
  LSC_OUTCOMES, LSC_OUTCOME_RESULTS, NO_RESULT_RESULTS, POSITIVE_COMPLIANCE_RESULTS, canonicalOutcomeResult, outcomeForResult, outcomeResultSchema,
  classifyLscOutcomeKind, offenceTypeForGmsRule, GMS_OFFENCE_TYPE_TABLE, validateCaseOutcome,
} from '../../../src/compliance/outcomes/index.js';

describe('LSC-07-009 Outcome and Outcome Result values', () => {
  it('has the two Outcomes and the 13 Outcome Results spelled as para 9', () => {
    expect(LSC_OUTCOMES).toEqual(['Positive Compliance', 'No Result']);
    expect(LSC_OUTCOME_RESULTS).toHaveLength(13);
    expect(LSC_OUTCOME_RESULTS).toContain('Decrease & Overpayment');
    expect(LSC_OUTCOME_RESULTS).toContain('Benefit decrease');
    expect(LSC_OUTCOME_RESULTS).toContain('External handoff');
  });
  it('maps the aliases the guidance uses, and rejects Example 7\'s value (LSC-07-127)', () => {
    expect(canonicalOutcomeResult('Decrease and Overpayment')).toBe('Decrease & Overpayment');
    expect(canonicalOutcomeResult('Increase and Underpayment')).toBe('Increase & Underpayment');
    expect(canonicalOutcomeResult('Benefit Decrease')).toBe('Benefit decrease');
    expect(canonicalOutcomeResult('MIDAS data error')).toBe('MIDAS Data Error');
    expect(canonicalOutcomeResult('Benefit Decrease and/ or Overpayment')).toBeUndefined();
    expect(canonicalOutcomeResult('benefit decrease')).toBeUndefined();
    expect(outcomeResultSchema.safeParse('Benefit Decrease and/ or Overpayment').success).toBe(false);
    expect(outcomeResultSchema.parse('Benefit Decrease')).toBe('Benefit decrease');
  });
  it('LSC-07-009: names inherited from Object.prototype are not Outcome Results ("one of the following only")', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(canonicalOutcomeResult(name)).toBeUndefined();
      expect(outcomeResultSchema.safeParse(name).success).toBe(false);
    }
    expect(validateCaseOutcome({ outcome: 'No Result', outcomeResult: 'toString' }).value.violations.map((v) => v.rule)).toEqual(['LSC-07-009']);
  });
  it('LSC-07-009a pairs the six change results with Positive Compliance and the other seven with No Result', () => {
    expect(POSITIVE_COMPLIANCE_RESULTS).toHaveLength(6);
    expect(NO_RESULT_RESULTS).toHaveLength(7);
    expect(new Set([...POSITIVE_COMPLIANCE_RESULTS, ...NO_RESULT_RESULTS])).toEqual(new Set(LSC_OUTCOME_RESULTS));
    for (const r of POSITIVE_COMPLIANCE_RESULTS) expect(outcomeForResult(r)).toBe('Positive Compliance');
    for (const r of NO_RESULT_RESULTS) expect(outcomeForResult(r)).toBe('No Result');
  });
});

describe('LSC-07-001 kinds of LSC outcome', () => {
  it('claim closed / continues / no change', () => {
    expect(classifyLscOutcomeKind({ claimClosed: true, mvaOrPaymentAdjustment: true }).value).toMatch(/^claim to benefit closed/);
    expect(classifyLscOutcomeKind({ claimClosed: false, mvaOrPaymentAdjustment: true }).value).toMatch(/^claim continues/);
    expect(classifyLscOutcomeKind({ claimClosed: true, mvaOrPaymentAdjustment: false }).value).toBe('no change');
    expect(classifyLscOutcomeKind({ claimClosed: true, mvaOrPaymentAdjustment: false }).reasons[0]!.rule).toBe('LSC-07-001');
  });
});

describe('LSC-07-006 GMS rule → Offence Type (LSC-07-005)', () => {
  it.each([
    ['custody', 'Home Office Establishment'],
    ['claimant-working', 'Working in receipt of benefits'],
    ['partner-working', 'Partner working'],
    ['undeclared-capital-or-savings', 'Undeclared cap/sav/inc/living'],
    ['occupational-pension-or-veterans-benefit', 'Undeclared cap/sav/inc/living'],
    ['other', 'MIDAS Referral'],
  ] as const)('%s → %s', (nature, type) => {
    const d = offenceTypeForGmsRule({ nature });
    expect(d.value).toBe(type);
    expect(d.reasons[0]!.cites[0]!.id).toBe('LSC-07-006');
  });
  it('has one row per nature', () => expect(GMS_OFFENCE_TYPE_TABLE).toHaveLength(6));
});
