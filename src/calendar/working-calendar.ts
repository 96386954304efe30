import { checkInteger, civilOf, epochDayOf, formatEpochDay, MAX_YEAR, MIN_YEAR, parseIsoDate, weekdayOf } from './epoch-day.js';
import { holidaysByRule, type HolidayEntry } from './holiday-rules.js';
import { JURISDICTIONS, type BankHoliday, type CalendarOptions, type IsoDate, type Jurisdiction } from './types.js';

const WEEKEND = 1;
const HOLIDAY = 2;
const CLOSURE = 4;

/** The years a new table covers at first; it grows on demand to any year 0001–9999. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2060;
const GROW_YEARS = 25;

/**
 * Definition of a working calendar: the same options the free functions take (the
 * jurisdiction, extra bank holidays from a new proclamation, office closures).
 */
export type WorkingCalendarDefinition = CalendarOptions;

/**
 * A UK working-day calendar. Build one with {@link createCalendar}; the free functions
 * (`addWorkingDays`, …) use cached instances. All methods take and return `YYYY-MM-DD`.
 */
export interface WorkingCalendar {
  readonly jurisdiction: Jurisdiction;
  /** The bank holidays of a year (rule + proclamations + extra holidays), sorted. */
  bankHolidays(year: number): readonly BankHoliday[];
  isBankHoliday(date: IsoDate): boolean;
  /** Monday–Friday, not a bank holiday, not a closure. */
  isWorkingDay(date: IsoDate): boolean;
  /** n > 0: the n-th working day strictly after; n < 0: strictly before; 0: the date itself. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** Signed count of working days d with from < d <= to (negative of those with to <= d < from). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The date itself when a working day, else the next working day. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The date itself when a working day, else the previous working day. */
  previousWorkingDay(date: IsoDate): IsoDate;
}

function checkJurisdiction(j: unknown): Jurisdiction {
  if (typeof j !== 'string' || !(JURISDICTIONS as readonly string[]).includes(j)) {
    throw new RangeError(`Invalid jurisdiction ${JSON.stringify(j)}: expected one of ${JURISDICTIONS.join(', ')}`);
  }
  return j as Jurisdiction;
}

function checkYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Invalid year ${JSON.stringify(year)}: expected an integer ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return year;
}

const outOfRange = (what: string): RangeError => new RangeError(`Date out of range: ${what} falls outside 0001-01-01 … 9999-12-31`);

class Calendar implements WorkingCalendar {
  readonly jurisdiction: Jurisdiction;
  private readonly extra: ReadonlyMap<number, readonly HolidayEntry[]>;
  private readonly closureDays: ReadonlySet<number>;
  private readonly yearCache = new Map<number, readonly BankHoliday[]>();
  // The table: flags, cumulative working-day counts and the list of working days, over [lo, hi).
  private lo = 0;
  private hi = 0;
  private flags = new Uint8Array(0);
  /** cum[i] = number of working days in [lo, lo + i). */
  private cum = new Int32Array(1);
  /** work[k] = offset from lo of the k-th working day. */
  private work = new Int32Array(0);
  private text: (IsoDate | undefined)[] = [];

  constructor(def: WorkingCalendarDefinition) {
    this.jurisdiction = checkJurisdiction(def.jurisdiction ?? 'england-and-wales');
    const extra = new Map<number, HolidayEntry[]>();
    for (const [i, h] of (def.extraHolidays ?? []).entries()) {
      const day = parseIsoDate(h?.date, `extraHolidays[${i}].date`);
      if (typeof h.title !== 'string') throw new TypeError(`Invalid extraHolidays[${i}].title ${JSON.stringify(h.title)}: expected a string`);
      const y = civilOf(day)[0];
      const list = extra.get(y) ?? [];
      list.push({ day, title: h.title });
      extra.set(y, list);
    }
    this.extra = extra;
    this.closureDays = new Set((def.closures ?? []).map((c, i) => parseIsoDate(c, `closures[${i}]`)));
    this.build(epochDayOf(FIRST_YEAR, 1, 1), epochDayOf(LAST_YEAR + 1, 1, 1));
  }

  private holidayEntries(year: number): HolidayEntry[] {
    const rule = holidaysByRule(year, this.jurisdiction);
    const extra = this.extra.get(year);
    if (extra === undefined) return rule;
    const seen = new Set(rule.map((h) => h.day));
    for (const h of extra) if (!seen.has(h.day)) rule.push(h);
    return rule.sort((a, b) => a.day - b.day);
  }

  private build(lo: number, hi: number): void {
    const n = hi - lo;
    const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (weekdayOf(lo + i) >= 5) flags[i] = WEEKEND;
    const y0 = civilOf(lo)[0];
    const y1 = civilOf(hi - 1)[0];
    for (let y = y0; y <= y1; y++) {
      for (const h of this.holidayEntries(y)) {
        const i = h.day - lo;
        if (i >= 0 && i < n) flags[i]! |= HOLIDAY;
      }
    }
    for (const c of this.closureDays) {
      const i = c - lo;
      if (i >= 0 && i < n) flags[i]! |= CLOSURE;
    }
    const cum = new Int32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      cum[i] = count;
      if (flags[i] === 0) count++;
    }
    cum[n] = count;
    const work = new Int32Array(count);
    for (let i = 0, k = 0; i < n; i++) if (flags[i] === 0) work[k++] = i;
    this.lo = lo;
    this.hi = hi;
    this.flags = flags;
    this.cum = cum;
    this.work = work;
    this.text = new Array<IsoDate | undefined>(n);
  }

  /** Grows the table so that it covers [from, to]; throws when that passes the year limits. */
  private cover(from: number, to: number): void {
    if (from >= this.lo && to < this.hi) return;
    const minDay = epochDayOf(MIN_YEAR, 1, 1);
    const maxDay = epochDayOf(MAX_YEAR + 1, 1, 1);
    if (from < minDay || to >= maxDay) throw outOfRange(from < minDay ? `epoch day ${from}` : `epoch day ${to}`);
    const loYear = Math.max(MIN_YEAR, Math.min(civilOf(this.lo)[0], civilOf(from)[0] - GROW_YEARS));
    const hiYear = Math.min(MAX_YEAR, Math.max(civilOf(this.hi - 1)[0], civilOf(to)[0] + GROW_YEARS));
    this.build(epochDayOf(loYear, 1, 1), epochDayOf(hiYear + 1, 1, 1));
  }

  private format(day: number): IsoDate {
    const i = day - this.lo;
    return (this.text[i] ??= formatEpochDay(day));
  }

  private flagOf(day: number): number {
    this.cover(day, day);
    return this.flags[day - this.lo]!;
  }

  bankHolidays(year: number): readonly BankHoliday[] {
    checkYear(year);
    let list = this.yearCache.get(year);
    if (list === undefined) {
      list = Object.freeze(this.holidayEntries(year).map((h) => Object.freeze({ date: formatEpochDay(h.day), title: h.title })));
      this.yearCache.set(year, list);
    }
    return list;
  }

  isBankHoliday(date: IsoDate): boolean {
    return (this.flagOf(parseIsoDate(date)) & HOLIDAY) !== 0;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.flagOf(parseIsoDate(date)) === 0;
  }

  addWorkingDays(date: IsoDate, n: number): IsoDate {
    const day = parseIsoDate(date);
    checkInteger(n, 'n');
    if (n === 0) return date;
    const minDay = epochDayOf(MIN_YEAR, 1, 1);
    const maxDay = epochDayOf(MAX_YEAR, 12, 31);
    // Outside the table, grow it towards the answer, doubling the reach until it is found.
    for (let span = Math.abs(n) * 2 + 31; ; span *= 2) {
      if (day >= this.lo && day < this.hi) {
        // n > 0: cum[i+1] working days are <= day, so the n-th after is work[cum[i+1] + n - 1];
        // n < 0: cum[i] working days are < day, so the |n|-th before is work[cum[i] + n].
        const k = n > 0 ? this.cum[day - this.lo + 1]! + n - 1 : this.cum[day - this.lo]! + n;
        if (k >= 0 && k < this.work.length) return this.format(this.lo + this.work[k]!);
        if (n > 0 ? this.hi > maxDay : this.lo <= minDay) {
          throw outOfRange(`${date} ${n > 0 ? '+' : '-'} ${Math.abs(n)} working days`);
        }
      }
      if (n > 0) this.cover(day, Math.min(day + span, maxDay));
      else this.cover(Math.max(day - span, minDay), day);
    }
  }

  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = parseIsoDate(from, 'from');
    const b = parseIsoDate(to, 'to');
    if (a < this.lo || a >= this.hi || b < this.lo || b >= this.hi) this.cover(Math.min(a, b), Math.max(a, b));
    const cum = this.cum;
    const lo = this.lo;
    return a <= b ? cum[b - lo + 1]! - cum[a - lo + 1]! : cum[b - lo]! - cum[a - lo]!;
  }

  nextWorkingDay(date: IsoDate): IsoDate {
    const day = parseIsoDate(date);
    return this.flagOf(day) === 0 ? date : this.addWorkingDays(date, 1);
  }

  previousWorkingDay(date: IsoDate): IsoDate {
    const day = parseIsoDate(date);
    return this.flagOf(day) === 0 ? date : this.addWorkingDays(date, -1);
  }
}

/**
 * Builds a working calendar for a jurisdiction, with extra bank holidays (a proclamation made
 * after this release) and office closures. Reuse the instance: it caches its tables.
 *
 * @example
 * const cal = createCalendar({ jurisdiction: 'scotland', extraHolidays: [{ date: isoDate('2030-06-14'), title: 'Proclaimed' }] });
 * cal.isBankHoliday(isoDate('2030-06-14')); // true
 * cal.addWorkingDays(isoDate('2030-06-13'), 1); // '2030-06-17'
 */
export function createCalendar(definition: WorkingCalendarDefinition = {}): WorkingCalendar {
  return new Calendar(definition);
}
