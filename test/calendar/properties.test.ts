import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  calendarDaysBetween,
  isoDate,
  isWorkingDay,
  JURISDICTIONS,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  type CalendarOptions,
  type IsoDate,
} from '../../src/calendar/index.js';
import { civilOf, epochDayOf, formatEpochDay } from '../../src/calendar/epoch-day.js';

// Dates 1995–2100 (the range the holiday rules are guaranteed for), any jurisdiction, n up to ±800.
const dayArb = fc.integer({ min: epochDayOf(1995, 1, 1), max: epochDayOf(2100, 12, 31) });
const dateArb = dayArb.map((n) => formatEpochDay(n));
const optionsArb: fc.Arbitrary<CalendarOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...JURISDICTIONS).map((jurisdiction) => ({ jurisdiction })),
);
const nArb = fc.integer({ min: -800, max: 800 });
const RUNS = { numRuns: 2000 };

describe('calendar invariants (fast-check)', () => {
  it('round trip: workingDaysBetween(d, addWorkingDays(d, n)) === n for every integer n', () => {
    fc.assert(fc.property(dateArb, nArb, optionsArb, (d, n, o) => workingDaysBetween(d, addWorkingDays(d, n, o), o) === n), RUNS);
  });

  it('addWorkingDays(d, n) is a working day for n !== 0', () => {
    fc.assert(fc.property(dateArb, nArb.filter((n) => n !== 0), optionsArb, (d, n, o) => isWorkingDay(addWorkingDays(d, n, o), o)), RUNS);
  });

  it('addWorkingDays(d, n) is strictly after d for n > 0 and strictly before for n < 0', () => {
    fc.assert(
      fc.property(dateArb, nArb.filter((n) => n !== 0), optionsArb, (d, n, o) => {
        const gap = calendarDaysBetween(d, addWorkingDays(d, n, o));
        return n > 0 ? gap > 0 : gap < 0;
      }),
      RUNS,
    );
  });

  it('monotonic in n', () => {
    fc.assert(
      fc.property(dateArb, nArb, nArb, optionsArb, (d, a, b, o) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return addWorkingDays(d, lo, o) <= addWorkingDays(d, hi, o); // ISO strings order as dates
      }),
      RUNS,
    );
  });

  it('strictly monotonic: consecutive n give consecutive working days with only non-working days between', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), optionsArb, (d, n, o) => {
        const a = addWorkingDays(d, n, o);
        const b = addWorkingDays(d, n + 1, o);
        for (let x = addCalendarDays(a, 1); x < b; x = addCalendarDays(x, 1)) if (isWorkingDay(x, o)) return false;
        return a < b;
      }),
      { numRuns: 500 },
    );
  });

  it('additive: addWorkingDays(addWorkingDays(d, a), b) === addWorkingDays(d, a + b) for a, b > 0 (and both < 0)', () => {
    const pos = fc.integer({ min: 1, max: 400 });
    fc.assert(
      fc.property(dateArb, pos, pos, optionsArb, fc.boolean(), (d, a, b, o, negative) => {
        const s = negative ? -1 : 1;
        return addWorkingDays(addWorkingDays(d, s * a, o), s * b, o) === addWorkingDays(d, s * (a + b), o);
      }),
      RUNS,
    );
  });

  it('workingDaysBetween is additive along an ordered chain a <= b <= c (and c >= b >= a backwards)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, optionsArb, (x, y, z, o) => {
        const [a, b, c] = [x, y, z].sort();
        return (
          workingDaysBetween(a!, c!, o) === workingDaysBetween(a!, b!, o) + workingDaysBetween(b!, c!, o) &&
          workingDaysBetween(c!, a!, o) === workingDaysBetween(c!, b!, o) + workingDaysBetween(b!, a!, o)
        );
      }),
      RUNS,
    );
  });

  it('reversing the ends negates the count when both ends are working days (the start day never counts)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, optionsArb, (a, b, o) => {
        const x = nextWorkingDay(a, o);
        const y = nextWorkingDay(b, o);
        return workingDaysBetween(x, y, o) === -workingDaysBetween(y, x, o);
      }),
      RUNS,
    );
  });

  it('next/previousWorkingDay return d itself exactly when d is a working day, otherwise the nearest one', () => {
    fc.assert(
      fc.property(dateArb, optionsArb, (d, o) => {
        const next = nextWorkingDay(d, o);
        const prev = previousWorkingDay(d, o);
        if (isWorkingDay(d, o)) return next === d && prev === d;
        return next === addWorkingDays(d, 1, o) && prev === addWorkingDays(d, -1, o);
      }),
      RUNS,
    );
  });

  it('calendar days round-trip: calendarDaysBetween(d, addCalendarDays(d, n)) === n and back', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -100000, max: 100000 }), (d, n) => {
        const e = addCalendarDays(d, n);
        return calendarDaysBetween(d, e) === n && addCalendarDays(e, -n) === d && addWeeks(d, n % 1000) === addCalendarDays(d, 7 * (n % 1000));
      }),
      RUNS,
    );
  });

  it('isoDate accepts exactly the formatted epoch days (parse/format round trip)', () => {
    fc.assert(fc.property(fc.integer({ min: epochDayOf(1, 1, 1), max: epochDayOf(9999, 12, 31) }), (n) => {
      const text = formatEpochDay(n);
      const [y, m, dd] = civilOf(n);
      return isoDate(text) === text && epochDayOf(y, m, dd) === n;
    }), RUNS);
  });

  it('addMonths keeps the day of month, clamped to the month end, in every time zone', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const [y, m, day] = civilOf(epochDayOf(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10)));
        const total = y * 12 + (m - 1) + n;
        const ty = Math.floor(total / 12);
        const tm = total - ty * 12 + 1;
        const last = civilOf(epochDayOf(tm === 12 ? ty + 1 : ty, tm === 12 ? 1 : tm + 1, 1) - 1)[2];
        return addMonths(d, n) === formatEpochDay(epochDayOf(ty, tm, Math.min(day, last)));
      }),
      RUNS,
    );
  });

  it('agrees with a naive day-by-day count (small spans)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), optionsArb, (d, span, o) => {
        const to = addCalendarDays(d, span);
        let naive = 0;
        for (let x = addCalendarDays(d, 1); x <= to; x = addCalendarDays(x, 1)) if (isWorkingDay(x, o)) naive++;
        return workingDaysBetween(d, to, o) === naive;
      }),
      { numRuns: 500 },
    );
  });
});

it('the table grows on demand: dates far from the initial range give consistent answers', () => {
  const early = '1700-06-01' as IsoDate;
  const late = '2900-06-01' as IsoDate;
  expect(workingDaysBetween(early, addWorkingDays(early, 250))).toBe(250);
  expect(workingDaysBetween(late, addWorkingDays(late, -250))).toBe(-250);
  expect(workingDaysBetween(early, late)).toBe(-workingDaysBetween(late, early));
});
