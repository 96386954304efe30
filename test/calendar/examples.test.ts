import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  bankHolidays,
  calendarDaysBetween,
  isBankHoliday,
  isoDate,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  type IsoDate,
} from '../../src/calendar/index.js';

const d = (s: string) => s as IsoDate;
const SCO = { jurisdiction: 'scotland' } as const;
const NI = { jurisdiction: 'northern-ireland' } as const;

describe('tricky dates', () => {
  it('Christmas/New Year 2026 substitutes (England & Wales)', () => {
    expect(addWorkingDays(d('2026-12-24'), 1)).toBe('2026-12-29');
    expect(isBankHoliday(d('2026-12-28'))).toBe(true); // Boxing Day substitute
    expect(isBankHoliday(d('2026-12-26'))).toBe(false); // the Saturday itself is not listed
    expect(addWorkingDays(d('2026-12-31'), 1)).toBe('2027-01-04');
  });
  it('Christmas on a Sunday (2022): Boxing Day Monday, Christmas substitute Tuesday', () => {
    expect(bankHolidays(2022).slice(-2)).toEqual([
      { date: '2022-12-26', title: 'Boxing Day' },
      { date: '2022-12-27', title: 'Christmas Day' },
    ]);
  });
  it('Christmas on a Saturday (2027): substitutes Monday 27 and Tuesday 28', () => {
    expect(bankHolidays(2027).slice(-2).map((h) => h.date)).toEqual(['2027-12-27', '2027-12-28']);
  });
  it('Scottish 2 January substitutes', () => {
    expect(bankHolidays(2027, 'scotland').slice(0, 2).map((h) => h.date)).toEqual(['2027-01-01', '2027-01-04']);
    expect(bankHolidays(2022, 'scotland').slice(0, 2).map((h) => h.date)).toEqual(['2022-01-03', '2022-01-04']);
    expect(bankHolidays(2023, 'scotland').slice(0, 2).map((h) => h.date)).toEqual(['2023-01-02', '2023-01-03']);
    expect(isBankHoliday(d('2027-01-04'))).toBe(false); // not in England & Wales
  });
  it("St Andrew's Day substitute 2025-12-01 (Scotland only)", () => {
    expect(isBankHoliday(d('2025-12-01'), 'scotland')).toBe(true);
    expect(isBankHoliday(d('2025-11-30'), 'scotland')).toBe(false);
    expect(isBankHoliday(d('2025-12-01'))).toBe(false);
  });
  it('Boyne substitute 2026-07-13 (Northern Ireland only)', () => {
    expect(isBankHoliday(d('2026-07-13'), 'northern-ireland')).toBe(true);
    expect(isWorkingDay(d('2026-07-13'), NI)).toBe(false);
    expect(isWorkingDay(d('2026-07-13'))).toBe(true);
  });
  it('2020-05-04 is not a holiday but 2020-05-08 (VE day) is', () => {
    for (const j of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      expect(isBankHoliday(d('2020-05-04'), j)).toBe(false);
      expect(isBankHoliday(d('2020-05-08'), j)).toBe(true);
    }
  });
  it('2022-09-19 state funeral and 2023-05-08 coronation', () => {
    expect(isBankHoliday(d('2022-09-19'))).toBe(true);
    expect(isBankHoliday(d('2023-05-08'), 'scotland')).toBe(true);
    expect(addWorkingDays(d('2022-09-16'), 1)).toBe('2022-09-20');
  });
  it("Scotland's World Cup holiday 2026-06-15", () => {
    expect(isBankHoliday(d('2026-06-15'), 'scotland')).toBe(true);
    expect(isBankHoliday(d('2026-06-15'))).toBe(false);
    expect(addWorkingDays(d('2026-06-12'), 1, SCO)).toBe('2026-06-16');
    expect(addWorkingDays(d('2026-06-12'), 1)).toBe('2026-06-15');
  });
  it('Easter Monday is a working day in Scotland but not in England & Wales or NI', () => {
    expect(isWorkingDay(d('2026-04-06'), SCO)).toBe(true);
    expect(isWorkingDay(d('2026-04-06'))).toBe(false);
    expect(isWorkingDay(d('2026-04-06'), NI)).toBe(false);
    expect(isWorkingDay(d('2026-04-03'), SCO)).toBe(false); // Good Friday everywhere
  });
  it('BST changeover weekends change nothing (dates have no time)', () => {
    // Clocks go forward 2026-03-29 and back 2026-10-25 (Sundays).
    expect(addWorkingDays(d('2026-03-27'), 1)).toBe('2026-03-30');
    expect(addWorkingDays(d('2026-10-23'), 1)).toBe('2026-10-26');
    expect(addCalendarDays(d('2026-03-28'), 1)).toBe('2026-03-29');
    expect(addCalendarDays(d('2026-03-29'), 1)).toBe('2026-03-30');
    expect(calendarDaysBetween(d('2026-03-28'), d('2026-03-30'))).toBe(2);
    expect(calendarDaysBetween(d('2026-10-24'), d('2026-10-26'))).toBe(2);
    expect(addMonths(d('2026-02-28'), 1)).toBe('2026-03-28');
    expect(addMonths(d('2026-03-29'), 7)).toBe('2026-10-29');
    expect(addMonths(d('2026-10-25'), 5)).toBe('2027-03-25');
  });
  it('holidays far outside the oracle are still computed (1995 VE day move, 1999 millennium, 2100)', () => {
    expect(isBankHoliday(d('1995-05-08'))).toBe(true);
    expect(isBankHoliday(d('1995-05-01'))).toBe(false);
    expect(isBankHoliday(d('1999-12-31'))).toBe(true);
    expect(bankHolidays(2100).map((h) => h.date)).toEqual([
      '2100-01-01', '2100-03-26', '2100-03-29', '2100-05-03', '2100-05-31', '2100-08-30', '2100-12-27', '2100-12-28',
    ]);
    expect(addWorkingDays(d('2150-12-24'), 1)).toBe('2150-12-29');
  });
});

describe('addWorkingDays semantics', () => {
  it('n = 0 is the date itself, even a non-working day', () => {
    expect(addWorkingDays(d('2026-12-25'), 0)).toBe('2026-12-25');
    expect(addWorkingDays(d('2026-12-26'), 0)).toBe('2026-12-26');
  });
  it('from a non-working start, +1 is the first working day after it and -1 the last before', () => {
    expect(addWorkingDays(d('2026-12-26'), 1)).toBe('2026-12-29');
    expect(addWorkingDays(d('2026-12-26'), -1)).toBe('2026-12-24');
  });
  it('counts 15 working days across a bank holiday', () => {
    // 2026-05-01 (Fri) + 15 working days, 4 May and 25 May are holidays: 5..8 (4), 11..15 (5), 18..22 (5), 26 (1)
    expect(addWorkingDays(d('2026-05-01'), 15)).toBe('2026-05-26');
    expect(workingDaysBetween(d('2026-05-01'), d('2026-05-26'))).toBe(15);
    expect(workingDaysBetween(d('2026-05-01'), d('2026-05-25'))).toBe(14);
  });
  it('closures are non-working days on top of bank holidays', () => {
    const options = { closures: [d('2026-12-29')] };
    expect(addWorkingDays(d('2026-12-24'), 1, options)).toBe('2026-12-30');
    expect(isWorkingDay(d('2026-12-29'), options)).toBe(false);
    expect(isBankHoliday(d('2026-12-29'))).toBe(false);
    expect(workingDaysBetween(d('2026-12-24'), d('2026-12-30'), options)).toBe(1);
  });
  it('extra holidays (a new proclamation) without a new release', () => {
    const options = { extraHolidays: [{ date: d('2030-06-14'), title: 'Proclaimed holiday' }] };
    expect(isWorkingDay(d('2030-06-14'), options)).toBe(false);
    expect(addWorkingDays(d('2030-06-13'), 1, options)).toBe('2030-06-17');
    expect(addWorkingDays(d('2030-06-13'), 1)).toBe('2030-06-14');
  });
});

describe('workingDaysBetween semantics', () => {
  it('is 0 for the same day and signed when reversed', () => {
    expect(workingDaysBetween(d('2026-12-25'), d('2026-12-25'))).toBe(0);
    expect(workingDaysBetween(d('2026-01-05'), d('2026-01-09'))).toBe(4);
    expect(workingDaysBetween(d('2026-01-09'), d('2026-01-05'))).toBe(-4);
  });
  it('counts a 10-year span by table, equal to a day-by-day count', () => {
    let n = 0;
    for (let x = addCalendarDays(d('2015-03-01'), 1); ; x = addCalendarDays(x, 1)) {
      if (isWorkingDay(x)) n++;
      if (x === '2025-03-01') break;
    }
    expect(workingDaysBetween(d('2015-03-01'), d('2025-03-01'))).toBe(n);
  });
});

describe('next/previous working day', () => {
  it('returns the date itself when it is a working day', () => {
    expect(nextWorkingDay(d('2026-12-24'))).toBe('2026-12-24');
    expect(previousWorkingDay(d('2026-12-24'))).toBe('2026-12-24');
  });
  it('rolls from a holiday run', () => {
    expect(nextWorkingDay(d('2026-12-25'))).toBe('2026-12-29');
    expect(previousWorkingDay(d('2026-12-28'))).toBe('2026-12-24');
  });
});

describe('calendar-day arithmetic', () => {
  it('adds days, weeks and months', () => {
    expect(addCalendarDays(d('2026-02-20'), 14)).toBe('2026-03-06');
    expect(addCalendarDays(d('2024-03-01'), -1)).toBe('2024-02-29');
    expect(addWeeks(d('2026-01-05'), 9)).toBe('2026-03-09');
    expect(addWeeks(d('2026-01-05'), -1)).toBe('2025-12-29');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2023-01-31'), 1)).toBe('2023-02-28');
    expect(addMonths(d('2015-12-31'), 14)).toBe('2017-02-28');
    expect(addMonths(d('2024-03-31'), -1)).toBe('2024-02-29');
    expect(addMonths(d('0001-03-15'), -2)).toBe('0001-01-15');
    // Pacific/Kiritimati skipped 31 December 1994: month arithmetic must not see the host's zone.
    expect(addMonths(d('2014-12-01'), -240)).toBe('1994-12-01');
    expect(addMonths(d('1995-01-31'), -1)).toBe('1994-12-31');
    expect(addMonths(d('1994-11-30'), 1)).toBe('1994-12-30');
    expect(calendarDaysBetween(d('2026-01-01'), d('2026-01-15'))).toBe(14);
    expect(calendarDaysBetween(d('2026-01-15'), d('2026-01-01'))).toBe(-14);
  });
});

describe('bad input throws an error naming the bad value', () => {
  const bad: [unknown, string, string][] = [
    ['2026-02-30', 'RangeError', '"2026-02-30"'],
    ['2026-2-3', 'RangeError', '"2026-2-3"'],
    ['', 'RangeError', '""'],
    ['2026-13-01', 'RangeError', '"2026-13-01"'],
    ['2023-02-29', 'RangeError', '"2023-02-29"'],
    ['2026-01-01T00:00', 'RangeError', '"2026-01-01T00:00"'],
    [20260101, 'TypeError', '20260101'],
    [null, 'TypeError', 'null'],
    [undefined, 'TypeError', 'undefined'],
  ];
  for (const [value, name, shown] of bad) {
    it(`${String(JSON.stringify(value))} → ${name}`, () => {
      for (const call of [
        () => isoDate(value as string),
        () => addWorkingDays(value as IsoDate, 1),
        () => workingDaysBetween(value as IsoDate, d('2026-01-01')),
        () => isWorkingDay(value as IsoDate),
        () => addCalendarDays(value as IsoDate, 1),
        () => addMonths(value as IsoDate, 1),
        () => nextWorkingDay(value as IsoDate),
      ]) {
        expect(call).toThrowError(expect.objectContaining({ name, message: expect.stringContaining(shown) }));
      }
    });
  }
  it('a non-integer n is a TypeError naming it', () => {
    expect(() => addWorkingDays(d('2026-01-01'), 1.5)).toThrowError(/Invalid n 1.5/);
    expect(() => addCalendarDays(d('2026-01-01'), Number.NaN)).toThrowError(TypeError);
    expect(() => addMonths(d('2026-01-01'), '1' as unknown as number)).toThrowError(/Invalid n "1"/);
    expect(() => addWeeks(d('2026-01-01'), Infinity)).toThrowError(TypeError);
  });
  it('an unknown jurisdiction is a RangeError naming it', () => {
    expect(() => isWorkingDay(d('2026-01-01'), { jurisdiction: 'wales' as 'scotland' })).toThrowError(/"wales"/);
    expect(() => bankHolidays(2026, 'england' as 'scotland')).toThrowError(RangeError);
  });
  it('a bad year is a RangeError', () => {
    expect(() => bankHolidays(2026.5)).toThrowError(/2026.5/);
    expect(() => bankHolidays(0)).toThrowError(RangeError);
  });
  it('a bad closure is named by its position', () => {
    expect(() => isWorkingDay(d('2026-01-01'), { closures: ['2026-02-30' as IsoDate] })).toThrowError(/closures\[0\]/);
  });
  it('never formats NaN: the end of the date range is a RangeError', () => {
    expect(() => addCalendarDays(d('9999-12-31'), 1)).toThrowError(/out of range/);
    expect(() => addWorkingDays(d('9999-12-30'), 5)).toThrowError(/out of range/);
    expect(() => addMonths(d('9999-12-01'), 1)).toThrowError(/out of range/);
  });
});
