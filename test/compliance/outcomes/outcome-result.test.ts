import { describe, expect, it } from 'vitest';
import { deriveOutcomeResult } from '../../../src/compliance/outcomes/index.js';

const res = (i: Parameters<typeof deriveOutcomeResult>[0]) => deriveOutcomeResult(i).value;

describe('deriveOutcomeResult (LSC-07-009b)', () => {
  it.each([
    [{ rateChange: 'decrease' as const }, 'Benefit decrease'],
    [{ rateChange: 'increase' as const }, 'Benefit Increase'],
    [{ rateChange: 'decrease' as const, overpaymentPence: 1 }, 'Decrease & Overpayment'],
    [{ rateChange: 'none' as const, overpaymentPence: 1 }, 'Overpayment Only'],
    [{ rateChange: 'increase' as const, underpaymentPence: 1 }, 'Increase & Underpayment'],
    [{ rateChange: 'none' as const, underpaymentPence: 1 }, 'Underpayment Only'],
    [{ rateChange: 'increase' as const, overpaymentPence: 1 }, 'Overpayment Only'],
    [{ rateChange: 'decrease' as const, underpaymentPence: 1 }, 'Benefit decrease'],
  ])('%o → %s', (input, result) => {
    expect(res(input)).toEqual({ outcome: 'Positive Compliance', outcomeResult: result });
  });
  it('no change at all → No Result / No Change (LSC-07-025)', () => {
    expect(res({ rateChange: 'none' })).toEqual({ outcome: 'No Result', outcomeResult: 'No Change' });
    expect(deriveOutcomeResult({ rateChange: 'none' }).reasons[0]!.rule).toBe('LSC-07-025');
  });
  it('LSC-07-010: both OP and UP → one OP-based result', () => {
    expect(res({ rateChange: 'decrease', overpaymentPence: 5, underpaymentPence: 5 }).outcomeResult).toBe('Decrease & Overpayment');
    expect(res({ rateChange: 'none', overpaymentPence: 5, underpaymentPence: 5 }).outcomeResult).toBe('Overpayment Only');
    expect(res({ rateChange: 'increase', overpaymentPence: 5, underpaymentPence: 5 }).outcomeResult).toBe('Overpayment Only');
    expect(deriveOutcomeResult({ rateChange: 'increase', overpaymentPence: 5, underpaymentPence: 5 }).reasons[0]!.rule).toBe('LSC-07-010');
  });
  it('LSC-07-021: credits only → Positive Compliance / Benefit decrease', () => {
    expect(res({ rateChange: 'none', creditsOnly: true, changesDeclared: true })).toEqual({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease' });
    expect(deriveOutcomeResult({ rateChange: 'none', creditsOnly: true, changesDeclared: true }).reasons[0]!.rule).toBe('LSC-07-021');
  });
  it('LSC-07-127 / LSC-08-024: changes that net to nil are positive with a para 9 value', () => {
    const d = deriveOutcomeResult({ rateChange: 'none', changesDeclared: true });
    expect(d.value).toEqual({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease' });
    expect(d.reasons[0]!.rule).toBe('LSC-07-127');
  });
  it('LSC-07-130: offsetting changes from different dates leave an overpayment to record', () => {
    const d = deriveOutcomeResult({ rateChange: 'none', changesDeclared: true, overpaymentPence: 2500 });
    expect(d.value.outcomeResult).toBe('Decrease & Overpayment');
    expect(d.reasons[0]!.rule).toBe('LSC-07-130');
  });
  it('a 1p overpayment counts (no de-minimis, LSC-11-026)', () => {
    expect(res({ rateChange: 'none', overpaymentPence: 1 }).outcome).toBe('Positive Compliance');
    expect(res({ rateChange: 'none', overpaymentPence: 0 }).outcome).toBe('No Result');
  });
});
