import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateCaseOutcome, type OutcomeCaseRecord } from '../../../src/compliance/outcomes/index.js';

const rules = (r: OutcomeCaseRecord) => validateCaseOutcome(r).value.violations.map((v) => v.rule);
const good: OutcomeCaseRecord = {
  outcome: 'Positive Compliance', outcomeResult: 'Decrease & Overpayment', dateOfOutcome: '2015-05-01', outcomeRecordedOn: '2015-05-01',
  dmResponseReceivedOn: '2015-05-01', benefitsConcerned: ['Income Support'], benefitDecisionsReturned: ['Income Support'],
  offences: [{ type: 'Working in receipt of benefits', primary: true }],
  mvaLines: [{ benefit: 'Income Support', amountPence: 7310, direction: 'decrease' }], overpaymentExpected: true, overpaymentRecordedPence: 120000,
  changeOfCircumstances: true,
};

describe('validateCaseOutcome', () => {
  it('accepts a complete, consistent record', () => {
    const d = validateCaseOutcome(good);
    expect(d.value).toEqual({ valid: true, violations: [] });
  });
  it('LSC-07-009: rejects values not on the list, aliases accepted', () => {
    expect(rules({ ...good, outcome: 'Positive' })).toContain('LSC-07-009');
    expect(rules({ ...good, outcomeResult: 'Benefit Decrease and/ or Overpayment' })).toContain('LSC-07-009');
    expect(rules({ ...good, outcomeResult: 'Decrease and Overpayment' })).toEqual([]);
  });
  it('LSC-07-009a: mismatched pairing', () => {
    expect(rules({ ...good, outcome: 'No Result' })).toEqual(['LSC-07-009a']);
    expect(rules({ outcome: 'Positive Compliance', outcomeResult: 'No Change' })).toEqual(['LSC-07-009a']);
    expect(rules({ outcome: 'No Result', outcomeResult: 'Duplicate referral' })).toEqual([]);
  });
  it('LSC-07-010: both OP and UP need an OP-based result', () => {
    expect(rules({ ...good, underpaymentExpected: true, underpaymentRecordedPence: 500 })).toEqual([]);
    expect(rules({ ...good, outcomeResult: 'Overpayment Only', underpaymentRecordedPence: 500 })).toEqual([]);
    expect(rules({ ...good, outcomeResult: 'Benefit decrease', underpaymentRecordedPence: 500 })).toEqual(['LSC-07-010']);
    expect(rules({ ...good, outcomeResult: 'Increase & Underpayment', underpaymentRecordedPence: 500 })).toEqual(['LSC-07-010']);
  });
  it('LSC-07-011: the Date of Outcome must be the day it is recorded (day before / on / after)', () => {
    expect(rules({ ...good, dateOfOutcome: '2015-04-30' })).toEqual(['LSC-07-011']);
    expect(rules({ ...good, dateOfOutcome: '2015-05-01' })).toEqual([]);
    expect(rules({ ...good, dateOfOutcome: '2015-05-02' })).toEqual(['LSC-07-011']);
  });
  it('LSC-07-012: a Date of Outcome once entered is never changed', () => {
    expect(rules({ ...good, originalDateOfOutcome: '2015-04-20', dateOfOutcome: '2015-05-01' })).toContain('LSC-07-012');
    expect(rules({ ...good, originalDateOfOutcome: '2015-05-01' })).toEqual([]);
  });
  it('LSC-07-008 / LSC-07-013: outcome completed while OP outstanding is fine; closing is not', () => {
    const pending = { ...good, overpaymentRecordedPence: null };
    expect(rules(pending)).toEqual([]); // MVA and OP recorded at different times (LSC-07-013)
    expect(rules({ ...pending, closedOn: '2015-05-04' })).toEqual(['LSC-07-008']);
    expect(rules({ ...good, closedOn: '2015-05-04' })).toEqual([]);
    expect(rules({ ...good, underpaymentExpected: true, outcomeResult: 'Overpayment Only', closedOn: '2015-05-04' })).toEqual(['LSC-07-008']);
  });
  it('LSC-07-007: outcome fields complete once the DM response is in', () => {
    expect(rules({ ...good, dateOfOutcome: null })).toEqual(['LSC-07-007']);
    expect(rules({ ...good, dmResponseReceivedOn: null, outcome: null, outcomeResult: null, dateOfOutcome: null })).toEqual([]);
  });
  it('LSC-07-002: every benefit decision recorded', () => {
    expect(rules({ ...good, benefitsConcerned: ['Income Support', 'Incapacity Benefit'] })).toEqual(['LSC-07-002']);
  });
  it('LSC-07-003: exactly one Primary offence', () => {
    expect(rules({ ...good, offences: [{ type: 'Partner working', primary: false }] })).toEqual(['LSC-07-003']);
    expect(rules({ ...good, offences: [{ type: 'Partner working', primary: true }, { type: 'MIDAS Referral', primary: true }] })).toEqual(['LSC-07-003']);
  });
  it('LSC-07-005: GMS case with MIDAS Referral still primary when the outcome is recorded', () => {
    const gms = { ...good, gmsRuleNature: 'claimant-working' as const, offences: [{ type: 'MIDAS Referral', primary: true }] };
    expect(rules(gms)).toEqual(['LSC-07-005']);
    expect(rules({ ...gms, offences: [{ type: 'Working in receipt of benefits', primary: true }] })).toEqual([]);
    expect(rules({ ...gms, gmsRuleNature: 'other' })).toEqual([]);
  });
  it('LSC-07-014 / LSC-07-015 / LSC-07-016: abandonment', () => {
    const base = { outcome: 'No Result', outcomeResult: 'Abandoned' };
    expect(rules({ ...base, abandonment: { reason: 'malicious-referral', agreedWithTeamLeader: true, recordedInDescription: true } })).toEqual([]);
    expect(rules({ ...base, abandonment: { reason: 'too-busy', agreedWithTeamLeader: false, recordedInDescription: false } })).toEqual(['LSC-07-014', 'LSC-07-015', 'LSC-07-016']);
    expect(rules(base)).toEqual(['LSC-07-014', 'LSC-07-015', 'LSC-07-016']);
  });
  it('LSC-07-020: MIDAS Data Error needs the COO Error Reduction Team', () => {
    const base = { outcome: 'No Result', outcomeResult: 'MIDAS Data Error' };
    expect(rules({ ...base, midasDataError: { ifdDataMatchError: true, identifiedByCooErrorReductionTeam: true } })).toEqual([]);
    expect(rules({ ...base, midasDataError: { ifdDataMatchError: true, identifiedByCooErrorReductionTeam: false } })).toEqual(['LSC-07-020']);
  });
  it('LSC-07-021: credits-only cases are Positive Compliance / Benefit decrease with no MVA or OP', () => {
    expect(rules({ creditsOnly: true, outcome: 'Positive Compliance', outcomeResult: 'Benefit Decrease' })).toEqual([]);
    expect(rules({ creditsOnly: true, outcome: 'No Result', outcomeResult: 'No Change' })).toEqual(['LSC-07-021']);
    expect(rules({ creditsOnly: true, outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease', overpaymentRecordedPence: 100 })).toEqual(['LSC-07-021']);
  });
  it('LSC-07-025: no Positive Compliance for a successful interview with no change', () => {
    expect(rules({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease', changeOfCircumstances: false })).toEqual(['LSC-07-025']);
    // Example 7: changes declared that net to nil stay positive (LSC-07-127)
    expect(rules({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease', changeOfCircumstances: true })).toEqual([]);
  });
  it('returns every violation, not just the first', () => {
    const d = validateCaseOutcome({ outcome: 'Positive', outcomeResult: 'Nope', dateOfOutcome: '2015-01-01', outcomeRecordedOn: '2015-01-02', originalDateOfOutcome: '2014-12-01', offences: [] });
    expect(d.value.violations.map((v) => v.rule)).toEqual(['LSC-07-009', 'LSC-07-009', 'LSC-07-011', 'LSC-07-012']);
    for (const v of d.value.violations) expect(v.cites.length).toBeGreaterThan(0);
    expect(d.reasons).toEqual(d.value.violations);
  });
  it('property: a valid outcome stays valid when unrelated fields change', () => {
    fc.assert(fc.property(
      fc.record({ primaryBenefit: fc.option(fc.string(), { nil: null }), activityStatuses: fc.array(fc.constantFrom('Done', 'Open')), caseReturnNoted: fc.boolean(), figuresChecked: fc.boolean(), documents: fc.constantFrom('retained-locally', 'sent-as-NAP-to-Heywood-DMC', null) }),
      (extra) => validateCaseOutcome({ ...good, ...extra } as OutcomeCaseRecord).value.valid,
    ));
  });
});
