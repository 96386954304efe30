import { formatEpochDay, parseIsoDate } from '../calendar/epoch-day.js';

/** Minutes since 1970-01-01T00:00 of a local wall-clock timestamp `YYYY-MM-DDTHH:MM` (no zone, no DST). */
export function minutesOfTimestamp(ts: string): number {
  return parseIsoDate(ts.slice(0, 10), 'timestamp') * 1440 + Number(ts.slice(11, 13)) * 60 + Number(ts.slice(14, 16));
}

/** The local wall-clock timestamp `YYYY-MM-DDTHH:MM` of a minute count (inverse of {@link minutesOfTimestamp}). */
export function timestampOfMinutes(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  const hh = Math.floor(m / 60);
  const mm = m % 60;
  return `${formatEpochDay(day)}T${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`;
}
