// dwp-rules/calendar: UK bank holidays and working/calendar-day arithmetic on ISO dates.
export type { IsoDate, Jurisdiction, CalendarOptions, BankHoliday } from './types.js';
export { JURISDICTIONS } from './types.js';
export { isoDate, isIsoDate } from './iso-date.js';
export { bankHolidays } from './bank-holidays.js';
export { isBankHoliday } from './is-bank-holiday.js';
export { isWorkingDay } from './is-working-day.js';
export { addWorkingDays } from './add-working-days.js';
export { workingDaysBetween } from './working-days-between.js';
export { nextWorkingDay } from './next-working-day.js';
export { previousWorkingDay } from './previous-working-day.js';
export { addCalendarDays } from './add-calendar-days.js';
export { addWeeks } from './add-weeks.js';
export { addMonths } from './add-months.js';
export { calendarDaysBetween } from './calendar-days-between.js';
export { createCalendar, type WorkingCalendar, type WorkingCalendarDefinition } from './working-calendar.js';
export { PROCLAMATIONS, type Proclamation } from './proclamations.js';
