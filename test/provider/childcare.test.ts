import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { childcareFundingEndDate, decideChildcarePayment } from '../../src/provider/childcare.js';
import { addCalendarDays } from '../../src/calendar/add-calendar-days.js';
import { isoDate } from '../../src/calendar/iso-date.js';
import { parseIsoDate, weekdayOf, civilOf } from '../../src/calendar/epoch-day.js';
import { rulesOf } from './helpers.js';

describe('childcareFundingEndDate (PRV-054)', () => {
  it('PRV-054: 15th birthday Mon 10 Mar 2025 → cut-off Tue 2 Sep 2025', () => {
    const d = childcareFundingEndDate({ childDateOfBirth: '2010-03-10' });
    expect(d.value).toBe('2025-09-02');
    expect(rulesOf(d)).toEqual(['PRV-054']);
  });
  it('PRV-054: birthday Mon 1 Sep 2025 (the day before the Tuesday) → Tue 2 Sep 2025', () => {
    expect(childcareFundingEndDate({ childDateOfBirth: '2010-09-01' }).value).toBe('2025-09-02');
  });
  it('PRV-054: birthday ON the first Tuesday in September (Tue 2 Sep 2025) → the next year’s, Tue 1 Sep 2026 ("following" read strictly)', () => {
    expect(childcareFundingEndDate({ childDateOfBirth: '2010-09-02' }).value).toBe('2026-09-01');
  });
  it('PRV-054: birthday after the first Tuesday (Sat 20 Sep 2025) → Tue 1 Sep 2026', () => {
    expect(childcareFundingEndDate({ childDateOfBirth: '2010-09-20' }).value).toBe('2026-09-01');
  });
  it('PRV-054: DLA or registered blind → 16th birthday (Tue 2 Sep 2025, on the Tuesday) → Tue 1 Sep 2026', () => {
    const d = childcareFundingEndDate({ childDateOfBirth: '2009-09-02', dlaOrRegisteredBlind: true });
    expect(d.value).toBe('2026-09-01');
    expect(d.reasons[0]!.says).toContain('16th');
    expect(childcareFundingEndDate({ childDateOfBirth: '2010-03-10', dlaOrRegisteredBlind: true }).value).toBe('2026-09-01');
  });
  it('PRV-054: a 29 February birth date', () => {
    expect(childcareFundingEndDate({ childDateOfBirth: '2012-02-29' }).value).toBe('2027-09-07');
  });
  it('PRV-054 property: the cut-off is a Tuesday in September, after the birthday, within a year of it', () => {
    const dob = fc.integer({ min: 0, max: 20_000 }).map((n) => addCalendarDays(isoDate('1990-01-01'), n));
    fc.assert(
      fc.property(dob, fc.boolean(), (b, dla) => {
        const cut = childcareFundingEndDate({ childDateOfBirth: b, dlaOrRegisteredBlind: dla }).value;
        const e = parseIsoDate(cut);
        const [, m, day] = civilOf(e);
        const [by, bm, bd] = civilOf(parseIsoDate(b));
        const years = dla ? 16 : 15;
        const birthday = `${String(by + years).padStart(4, '0')}-${String(bm).padStart(2, '0')}-${String(bm === 2 && bd === 29 ? 28 : bd).padStart(2, '0')}`;
        const bdEpoch = parseIsoDate(birthday);
        return weekdayOf(e) === 1 && m === 9 && day <= 7 && e > bdEpoch && e - bdEpoch <= 372;
      }),
    );
  });
});

describe('decideChildcarePayment (PRV-052, PRV-053, PRV-054)', () => {
  const ok = {
    parentAttendingProvision: true,
    childDateOfBirth: '2010-03-10',
    careDate: '2025-09-01',
    providerStatus: 'registered',
    contractBetweenParentAndProvider: true,
    paymentMethod: 'by cheque',
    dayAmountPence: 3000,
    dailyLimitPence: 4000,
    weekAmountPence: 15000,
    weeklyLimitPence: 17500,
  } as const;
  it('PRV-053/PRV-054: all conditions met the day before the cut-off → payable', () => {
    const d = decideChildcarePayment(ok);
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-052', 'PRV-053', 'PRV-054']);
  });
  it('PRV-054: the cut-off day itself is not payable', () => {
    const d = decideChildcarePayment({ ...ok, careDate: '2025-09-02' });
    expect(d.value).toBe(false);
    expect(rulesOf(d)).toContain('PRV-054');
  });
  it('PRV-053: GCR-approved and exempt providers qualify; unregistered does not', () => {
    expect(decideChildcarePayment({ ...ok, providerStatus: 'approved under the voluntary part of the General Childcare Register' }).value).toBe(true);
    expect(decideChildcarePayment({ ...ok, providerStatus: 'exempt from registration' }).value).toBe(true);
    expect(decideChildcarePayment({ ...ok, providerStatus: 'unregistered' }).value).toBe(false);
  });
  it('PRV-053: at the limit is fine; 1p over the daily or weekly limit is not', () => {
    expect(decideChildcarePayment({ ...ok, dayAmountPence: 4000, weekAmountPence: 17500 }).value).toBe(true);
    expect(decideChildcarePayment({ ...ok, dayAmountPence: 4001 }).value).toBe(false);
    expect(decideChildcarePayment({ ...ok, weekAmountPence: 17501 }).value).toBe(false);
  });
  it('PRV-053: contract and payment method', () => {
    expect(decideChildcarePayment({ ...ok, contractBetweenParentAndProvider: false }).value).toBe(false);
    expect(decideChildcarePayment({ ...ok, paymentMethod: 'other' }).value).toBe(false);
    expect(decideChildcarePayment({ ...ok, paymentMethod: "into the childcare provider's bank account" }).value).toBe(true);
  });
  it('PRV-053: every failed condition is a reason', () => {
    const d = decideChildcarePayment({ ...ok, providerStatus: 'unregistered', paymentMethod: 'other', careDate: '2026-01-01' });
    expect(d.reasons.length).toBe(4);
  });
  it('PRV-052: only parents attending provision', () => {
    const d = decideChildcarePayment({ ...ok, parentAttendingProvision: false });
    expect(d.value).toBe(false);
    expect(rulesOf(d)).toEqual(['PRV-052']);
  });
});
