import { calendarFor } from './calendar-for.js';
import type { CalendarOptions, IsoDate } from './types.js';

/**
 * The date itself when it is a working day, otherwise the last working day before it (rolling
 * a latest-permitted date back).
 *
 * @example
 * previousWorkingDay(isoDate('2026-12-28')); // '2026-12-24'
 */
export function previousWorkingDay(date: IsoDate, options?: CalendarOptions): IsoDate {
  return calendarFor(options).previousWorkingDay(date);
}
