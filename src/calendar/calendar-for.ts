import type { CalendarOptions, Jurisdiction } from './types.js';
import { createCalendar, type WorkingCalendar } from './working-calendar.js';

const base = new Map<Jurisdiction, WorkingCalendar>();
const custom = new WeakMap<CalendarOptions, WorkingCalendar>();

/**
 * The working calendar for a set of options: the shared cached calendar of the jurisdiction,
 * or (with closures or extra holidays) one built for that options object and cached on it, so
 * reusing the same options object is fast.
 *
 * @example
 * calendarFor({ jurisdiction: 'scotland' }).isWorkingDay(isoDate('2026-06-15')); // false
 */
export function calendarFor(options?: CalendarOptions): WorkingCalendar {
  if (options === undefined) return baseCalendar('england-and-wales');
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`Invalid calendar options ${JSON.stringify(options)}: expected an object`);
  }
  const plain = (options.closures === undefined || options.closures.length === 0) &&
    (options.extraHolidays === undefined || options.extraHolidays.length === 0);
  if (plain) return baseCalendar(options.jurisdiction ?? 'england-and-wales');
  let cal = custom.get(options);
  if (cal === undefined) {
    cal = createCalendar(options);
    custom.set(options, cal);
  }
  return cal;
}

function baseCalendar(jurisdiction: Jurisdiction): WorkingCalendar {
  let cal = base.get(jurisdiction);
  if (cal === undefined) {
    cal = createCalendar({ jurisdiction }); // validates the jurisdiction
    base.set(jurisdiction, cal);
  }
  return cal;
}
