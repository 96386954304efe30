import { describe, expect, it } from 'vitest';
import { MF47_CONTENTS, mf47Handling } from '../../../src/compliance/outcomes/index.js';

describe('mf47Handling', () => {
  it('LSC-07-101a (10 items), LSC-07-106a (6), LSC-07-115a (9), LSC-07-135a (3)', () => {
    expect(MF47_CONTENTS.map((c) => [c.id, c.items.length])).toEqual([['LSC-07-101a', 10], ['LSC-07-106a', 6], ['LSC-07-115a', 9], ['LSC-07-135a', 3]]);
    expect(mf47Handling({ kind: 'ltamc-denial', obtainedBy: 'face-to-face' }).value.contents[0]).toBe('denial that the partner lives in the household');
  });
  it('LSC-07-102: information taken by telephone → MF47 sent to the claimant to agree and sign', () => {
    expect(mf47Handling({ kind: 'pre-existing-work-change', obtainedBy: 'telephone' }).value.sendToClaimantToSign).toBe(true);
    expect(mf47Handling({ kind: 'pre-existing-work-change', obtainedBy: 'face-to-face' }).value.sendToClaimantToSign).toBe(false);
    expect(mf47Handling({ kind: 'pre-existing-work-change', obtainedBy: 'telephone' }).reasons.map((r) => r.rule)).toEqual(['LSC-07-101a', 'LSC-07-102']);
  });
  it('LSC-07-116: Example 4 copies to the IS and IB sections and FES DCT', () => {
    const d = mf47Handling({ kind: 'undeclared-self-employment', obtainedBy: 'face-to-face', benefits: ['Income Support', 'Incapacity Benefit', 'Disability Living Allowance'] });
    expect(d.value.copiesTo).toEqual(['Income Support section', 'Incapacity Benefit section', 'FES DCT']);
    expect(d.reasons.map((r) => r.rule)).toContain('LSC-07-116');
  });
});
