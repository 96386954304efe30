import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, type IsoDate } from '../../src/calendar/index.js';
import { epochDayOf, formatEpochDay } from '../../src/calendar/epoch-day.js';
import { addMonthsToDateKey, isoDateKey } from '../../src/calendar/month-arithmetic.js';

const keyToIso = (key: number): string =>
  `${String(Math.floor(key / 10000)).padStart(4, '0')}-${String(Math.floor(key / 100) % 100).padStart(2, '0')}-${String(key % 100).padStart(2, '0')}`;

describe('isoDateKey', () => {
  it('orders dates as the calendar does', () => {
    expect(isoDateKey('2026-03-10')).toBe(20260310);
    expect(isoDateKey('0001-01-01')).toBe(10101);
    expect(isoDateKey('9999-12-31')).toBe(99991231);
    expect(isoDateKey('2024-02-29')).toBe(20240229);
    expect(isoDateKey('2025-12-31')).toBeLessThan(isoDateKey('2026-01-01'));
  });

  it.each([
    ['2026-02-30', RangeError, '"2026-02-30"'],
    ['2023-02-29', RangeError, '"2023-02-29"'],
    ['2026-13-01', RangeError, '"2026-13-01"'],
    ['0000-01-01', RangeError, '"0000-01-01"'],
    ['2026-2-3', RangeError, '"2026-2-3"'],
    ['2026-0a-01', RangeError, '"2026-0a-01"'],
    ['', RangeError, '""'],
    [20260310, TypeError, '20260310'],
  ] as const)('rejects %j with a %o naming it and the field', (text, type, shown) => {
    expect(() => isoDateKey(text, 'dateOfClaim')).toThrowError(type);
    expect(() => isoDateKey(text, 'dateOfClaim')).toThrowError(shown);
    expect(() => isoDateKey(text, 'dateOfClaim')).toThrowError('dateOfClaim');
  });

  it('accepts exactly the strings parseIsoDate accepts, and keys them in calendar order', () => {
    const day = fc.integer({ min: epochDayOf(1, 1, 1), max: epochDayOf(9999, 12, 31) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ka = isoDateKey(formatEpochDay(a));
        expect(keyToIso(ka)).toBe(formatEpochDay(a));
        expect(Math.sign(ka - isoDateKey(formatEpochDay(b)))).toBe(Math.sign(a - b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('addMonthsToDateKey (the integer fast path of addMonths)', () => {
  it('clamps to the end of a shorter month, as addMonths does', () => {
    expect(addMonthsToDateKey(20260531, -3)).toBe(20260228);
    expect(addMonthsToDateKey(20240531, -3)).toBe(20240229);
    expect(addMonthsToDateKey(20240131, 1)).toBe(20240229);
    expect(addMonthsToDateKey(20151231, 14)).toBe(20170228);
    expect(addMonthsToDateKey(20260310, 0)).toBe(20260310);
    expect(addMonthsToDateKey(20260115, -1)).toBe(20251215);
    expect(addMonthsToDateKey(20261215, 1)).toBe(20270115);
  });

  it('reaches 0001-01-01 and 9999-12-31 and gives NaN beyond them', () => {
    expect(addMonthsToDateKey(10201, -1)).toBe(10101);
    expect(addMonthsToDateKey(99991130, 1)).toBe(99991230);
    expect(addMonthsToDateKey(10131, -1)).toBeNaN();
    expect(addMonthsToDateKey(99991201, 1)).toBeNaN();
  });

  it('agrees with addMonths (date-fns in UTC) on arbitrary dates and month counts', () => {
    const day = fc.integer({ min: epochDayOf(1, 1, 1), max: epochDayOf(9999, 12, 31) });
    fc.assert(
      fc.property(day, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const iso = formatEpochDay(d);
        let expected: number;
        try {
          expected = isoDateKey(addMonths(iso as IsoDate, n));
        } catch {
          expected = Number.NaN;
        }
        expect(addMonthsToDateKey(isoDateKey(iso), n)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
