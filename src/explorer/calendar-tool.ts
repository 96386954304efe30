/// <reference lib="dom" />
// The working-day calendar tool: a date, a number of working days and a jurisdiction → the
// resulting date and the bank holidays skipped on the way.
import { addWorkingDays, bankHolidays, isIsoDate, type IsoDate, type Jurisdiction } from '../calendar/index.js';
import { h } from './dom.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday name of an ISO date (UTC arithmetic: the same in every time zone). */
function weekday(d: string): string {
  return DAYS[new Date(`${d}T00:00:00Z`).getUTCDay()] ?? '';
}

/**
 * The bank holidays strictly between two dates (either order), sorted.
 *
 * @example
 * holidaysBetween('2026-12-24', '2026-12-29', 'england-and-wales'); // Christmas Day, Boxing Day (substitute day)
 */
export function holidaysBetween(a: string, b: string, jurisdiction: Jurisdiction): { date: string; title: string }[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const out: { date: string; title: string }[] = [];
  for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y += 1) {
    for (const bh of bankHolidays(y, jurisdiction)) if (bh.date > lo && bh.date < hi) out.push({ date: bh.date, title: bh.title });
  }
  return out;
}

/** Wires the calendar form of index.html. */
export function renderCalendarTool(): void {
  const form = document.getElementById('calendar-form') as HTMLFormElement;
  const date = document.getElementById('cal-date') as HTMLInputElement;
  const days = document.getElementById('cal-days') as HTMLInputElement;
  const jur = document.getElementById('cal-jurisdiction') as HTMLSelectElement;
  const out = document.getElementById('calendar-result') as HTMLElement;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const n = Number(days.value);
    if (!isIsoDate(date.value)) {
      out.replaceChildren(h('p', { class: 'error-message' }, 'Enter a date.'));
      date.focus();
      return;
    }
    if (days.value === '' || !Number.isInteger(n) || Math.abs(n) > 5000) {
      out.replaceChildren(h('p', { class: 'error-message' }, 'Enter a whole number of working days (up to 5000 either way).'));
      days.focus();
      return;
    }
    const j = jur.value as Jurisdiction;
    const result = addWorkingDays(date.value as IsoDate, n, { jurisdiction: j });
    const skipped = holidaysBetween(date.value, result, j);
    out.replaceChildren(
      h('h3', {}, 'Result'),
      h('p', { class: 'decision-value', id: 'calendar-date' }, result),
      h('p', {}, `${weekday(result)}: ${n} working day${Math.abs(n) === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} ${weekday(date.value)} ${date.value} (the start day never counts).`),
      h('h4', {}, 'Bank holidays skipped'),
      skipped.length
        ? h('ul', { id: 'skipped-holidays' }, ...skipped.map((s) => h('li', {}, h('strong', {}, s.date), ` ${weekday(s.date)} — ${s.title}`)))
        : h('p', { id: 'skipped-holidays' }, 'None.'),
    );
  });
}
