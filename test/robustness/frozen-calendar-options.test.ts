// Issue 7 item 8 (c): the calendar functions never write to their options: closures and extra
// holidays arrays (and each holiday object) deep-frozen give the same answers as unfrozen copies.
// Also: what the calendar returns cannot be used to corrupt its caches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, bankHolidays, createCalendar, isWorkingDay, JURISDICTIONS, nextWorkingDay,
  previousWorkingDay, PROCLAMATIONS, workingDaysBetween, type CalendarOptions, type IsoDate,
} from '../../src/calendar/index.js';
import { deepFreeze } from './support.js';

const dayArb = fc.integer({ min: Date.UTC(2015, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 })
  .map((d) => new Date(d * 864e5).toISOString().slice(0, 10) as IsoDate);

const optionsArb: fc.Arbitrary<CalendarOptions> = fc.record({
  jurisdiction: fc.constantFrom(...JURISDICTIONS),
  closures: fc.array(dayArb, { maxLength: 8 }),
  extraHolidays: fc.array(fc.record({ date: dayArb, title: fc.string({ maxLength: 10 }) }), { maxLength: 4 }),
}, { requiredKeys: [] });

describe('calendar functions with deep-frozen options', () => {
  it('give the same answers as on unfrozen copies, and never throw on valid dates', () => {
    fc.assert(
      fc.property(optionsArb, dayArb, dayArb, fc.integer({ min: -60, max: 60 }), (options, a, b, n) => {
        const frozen = deepFreeze(structuredClone(options));
        const plain = structuredClone(options);
        expect(addWorkingDays(a, n, frozen)).toBe(addWorkingDays(a, n, plain));
        expect(workingDaysBetween(a, b, frozen)).toBe(workingDaysBetween(a, b, plain));
        expect(isWorkingDay(a, frozen)).toBe(isWorkingDay(a, plain));
        expect(nextWorkingDay(a, frozen)).toBe(nextWorkingDay(a, plain));
        expect(previousWorkingDay(a, frozen)).toBe(previousWorkingDay(a, plain));
        const cal = createCalendar(frozen);
        expect(cal.addWorkingDays(a, n)).toBe(addWorkingDays(a, n, plain));
        expect(cal.bankHolidays(Number(a.slice(0, 4)))).toEqual(createCalendar(plain).bankHolidays(Number(a.slice(0, 4))));
        expect(plain).toEqual(options);
      }),
      { numRuns: 300 },
    );
  });

  it('reusing one frozen options object (the cached calendar path) stays correct', () => {
    const options = deepFreeze({ jurisdiction: 'scotland', closures: ['2026-12-29' as IsoDate], extraHolidays: [{ date: '2026-12-30' as IsoDate, title: 'Extra' }] } satisfies CalendarOptions);
    for (let i = 0; i < 3; i++) {
      // 24 Dec 2026 + 1: 25, 26(Sat), 27(Sun), 28 (Boxing Day substitute), 29 closure, 30 extra holiday → 31 Dec.
      expect(addWorkingDays('2026-12-24' as IsoDate, 1, options)).toBe('2026-12-31');
    }
  });
});

describe('what the calendar returns cannot corrupt it', () => {
  it('bankHolidays(year) is frozen or a copy: writing to it changes no later answer', () => {
    for (const j of JURISDICTIONS) {
      const before = structuredClone(bankHolidays(2026, j));
      const got = bankHolidays(2026, j) as unknown as { date: string; title: string }[];
      try {
        got.pop();
        got.push({ date: '2026-03-03', title: 'Injected' });
        if (got[0] !== undefined) got[0].title = 'Changed';
      } catch (e) {
        expect(e).toBeInstanceOf(TypeError); // frozen: fine
      }
      expect(bankHolidays(2026, j)).toEqual(before);
      expect(isWorkingDay('2026-03-03' as IsoDate, { jurisdiction: j })).toBe(true);
    }
  });

  it('the exported tables are frozen', () => {
    expect(Object.isFrozen(JURISDICTIONS)).toBe(true);
    expect(Object.isFrozen(PROCLAMATIONS)).toBe(true);
  });
});
