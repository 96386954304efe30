import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideTravelRefund, decideWithinTravelLimit } from '../../src/provider/travel.js';
import { rulesOf } from './helpers.js';

describe('decideWithinTravelLimit (PRV-014)', () => {
  it('PRV-014: 90 minutes each way is within; 91 either way is not', () => {
    expect(decideWithinTravelLimit({ minutesToLocation: 90, minutesFromLocation: 90 }).value).toBe(true);
    expect(decideWithinTravelLimit({ minutesToLocation: 91, minutesFromLocation: 30 }).value).toBe(false);
    expect(decideWithinTravelLimit({ minutesToLocation: 60, minutesFromLocation: 95 }).value).toBe(false);
    expect(rulesOf(decideWithinTravelLimit({ minutesToLocation: 10, minutesFromLocation: 10 }))).toEqual(['PRV-014']);
  });
  it('PRV-014: each leg is tested alone, not a 180-minute round trip', () => {
    expect(decideWithinTravelLimit({ minutesToLocation: 100, minutesFromLocation: 20 }).value).toBe(false);
  });
  it('PRV-014 property: within iff both legs ≤ 90', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (a, b) => decideWithinTravelLimit({ minutesToLocation: a, minutesFromLocation: b }).value === (a <= 90 && b <= 90)),
    );
  });
});

describe('decideTravelRefund (PRV-124, PRV-125)', () => {
  it('PRV-124/PRV-125: cheapest method → the cost incurred is refunded by the provider', () => {
    const d = decideTravelRefund({ attendingProvision: true, costIncurredPence: 450, cheapestAvailableCostPence: 450 });
    expect(d.value).toEqual({ entitled: true, refundPence: 450, payer: 'provider' });
    expect(rulesOf(d)).toEqual(['PRV-124', 'PRV-125']);
  });
  it('PRV-125: a dearer method without an exception is refunded up to the cheapest cost', () => {
    expect(decideTravelRefund({ attendingProvision: true, costIncurredPence: 900, cheapestAvailableCostPence: 450 }).value.refundPence).toBe(450);
  });
  it('PRV-125: disability or a support worker → the dearer method is refunded', () => {
    expect(decideTravelRefund({ attendingProvision: true, costIncurredPence: 900, cheapestAvailableCostPence: 450, unableToUseCheapestBecause: 'disability' }).value.refundPence).toBe(900);
    expect(
      decideTravelRefund({ attendingProvision: true, costIncurredPence: 1200, cheapestAvailableCostPence: 450, unableToUseCheapestBecause: 'need to be accompanied by a support worker' }).value.refundPence,
    ).toBe(1200);
  });
  it('PRV-124: no refund when not attending provision', () => {
    expect(decideTravelRefund({ attendingProvision: false, costIncurredPence: 450, cheapestAvailableCostPence: 450 }).value).toMatchObject({ entitled: false, refundPence: 0 });
  });
  it('PRV-125 property: the refund never exceeds the cost incurred, and never the cheapest cost without an exception', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (cost, cheapest) => {
        const r = decideTravelRefund({ attendingProvision: true, costIncurredPence: cost, cheapestAvailableCostPence: cheapest }).value.refundPence;
        return r <= cost && r === Math.min(cost, cheapest);
      }),
    );
  });
});
