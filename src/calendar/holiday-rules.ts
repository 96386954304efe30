import { easterSunday } from './easter.js';
import { epochDayOf, parseIsoDate, weekdayOf } from './epoch-day.js';
import { PROCLAMATIONS } from './proclamations.js';
import type { Jurisdiction } from './types.js';

/** A bank holiday as an epoch day, before formatting. */
export interface HolidayEntry {
  readonly day: number;
  readonly title: string;
}

function firstMonday(year: number, month: number): number {
  const first = epochDayOf(year, month, 1);
  return first + ((7 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = epochDayOf(year, month + 1, 1) - 1; // month < 12 here
  return last - weekdayOf(last);
}

const isWeekend = (day: number): boolean => weekdayOf(day) >= 5;

/** The year St Andrew's Day became a Scottish bank holiday (St Andrew's Day Bank Holiday (Scotland) Act 2007). */
const ST_ANDREWS_FROM = 2007;

const PROCLAIMED = PROCLAMATIONS.map((p) => ({
  ...p,
  day: parseIsoDate(p.date),
  fromDay: p.from === undefined ? undefined : parseIsoDate(p.from),
  year: Number(p.date.slice(0, 4)),
}));

/**
 * The bank holidays of one year in one jurisdiction, computed by rule (fixed dates with
 * substitute days, Easter, first/last Mondays) and corrected by the proclaimed one-offs and
 * moved days. Sorted by date; every entry is a weekday.
 *
 * Fixed-date holidays that fall at a weekend get a substitute: the next weekday that is not
 * already a holiday (so Christmas on a Sunday is kept on Tuesday 27th, Boxing Day being Monday).
 *
 * @example
 * holidaysByRule(2026, 'northern-ireland').find((h) => h.title.startsWith('Battle'));
 * // { day: <2026-07-13>, title: 'Battle of the Boyne (Orangemen’s Day)' }
 */
export function holidaysByRule(year: number, jurisdiction: Jurisdiction): HolidayEntry[] {
  const fixed: HolidayEntry[] = [{ day: epochDayOf(year, 1, 1), title: 'New Year’s Day' }];
  if (jurisdiction === 'scotland') fixed.push({ day: epochDayOf(year, 1, 2), title: '2nd January' });
  if (jurisdiction === 'northern-ireland') {
    fixed.push({ day: epochDayOf(year, 3, 17), title: 'St Patrick’s Day' });
    fixed.push({ day: epochDayOf(year, 7, 12), title: 'Battle of the Boyne (Orangemen’s Day)' });
  }
  if (jurisdiction === 'scotland' && year >= ST_ANDREWS_FROM) {
    fixed.push({ day: epochDayOf(year, 11, 30), title: 'St Andrew’s Day' });
  }
  fixed.push({ day: epochDayOf(year, 12, 25), title: 'Christmas Day' });
  fixed.push({ day: epochDayOf(year, 12, 26), title: 'Boxing Day' });

  const easter = easterSunday(year);
  const out: HolidayEntry[] = [{ day: easter - 2, title: 'Good Friday' }];
  if (jurisdiction !== 'scotland') out.push({ day: easter + 1, title: 'Easter Monday' });
  out.push({ day: firstMonday(year, 5), title: 'Early May bank holiday' });
  out.push({ day: lastMonday(year, 5), title: 'Spring bank holiday' });
  out.push({
    day: jurisdiction === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8),
    title: 'Summer bank holiday',
  });

  for (const p of PROCLAIMED) {
    if (p.year !== year || !p.jurisdictions.includes(jurisdiction)) continue;
    if (p.fromDay !== undefined) {
      const i = out.findIndex((h) => h.day === p.fromDay);
      if (i >= 0) out.splice(i, 1);
    }
    out.push({ day: p.day, title: p.title });
  }

  for (const h of fixed) if (!isWeekend(h.day)) out.push(h);
  const taken = new Set(out.map((h) => h.day));
  for (const h of fixed) {
    if (!isWeekend(h.day)) continue;
    let d = h.day + 1;
    while (isWeekend(d) || taken.has(d)) d++;
    taken.add(d);
    out.push({ day: d, title: h.title });
  }
  return out.sort((a, b) => a.day - b.day);
}
