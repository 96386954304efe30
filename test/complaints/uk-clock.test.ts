import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf } from '../../src/calendar/epoch-day.js';
import { minutesOfTimestamp, timestampOfMinutes } from '../../src/complaints/local-timestamp.js';
import { ukWallClockMinuteOfUtc, utcMinuteOfUkWallClock } from '../../src/complaints/uk-clock.js';

// The oracle: the platform's tz database for Europe/London (tests only; rules never use Date).
const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
function wallClockByTzDatabase(utcMinute: number): string {
  const parts = Object.fromEntries(london.formatToParts(new Date(utcMinute * 60_000)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
const at = (ts: string) => minutesOfTimestamp(ts);
const FROM_1998 = epochDayOf(1998, 1, 1) * 1440;
const TO_2099 = epochDayOf(2099, 12, 31) * 1440;

describe('UK wall clock (GMT/BST) for elapsed-hour deadlines', () => {
  it('agrees with the tz database for Europe/London at every minute tried, 1998–2099', () => {
    fc.assert(fc.property(fc.integer({ min: FROM_1998, max: TO_2099 }), (utc) => {
      expect(timestampOfMinutes(ukWallClockMinuteOfUtc(utc))).toBe(wallClockByTzDatabase(utc));
    }), { numRuns: 5000 });
  });
  it('agrees with the tz database on each side of every change, 1998–2099', () => {
    for (let year = 1998; year <= 2099; year++) {
      for (const month of [3, 10]) {
        // the change is at 01:00 UTC on the last Sunday: check the minutes around 01:00 UTC on the 25th–31st
        for (let day = 25; day <= 31; day++) {
          const oneUtc = epochDayOf(year, month, day) * 1440 + 60;
          for (const u of [oneUtc - 1, oneUtc, oneUtc + 1]) expect(timestampOfMinutes(ukWallClockMinuteOfUtc(u))).toBe(wallClockByTzDatabase(u));
        }
      }
    }
  });
  it('round-trips every UTC minute, except the second pass of the hour repeated in October, which reads as the first', () => {
    fc.assert(fc.property(fc.integer({ min: FROM_1998, max: TO_2099 }), (utc) => {
      const back = utcMinuteOfUkWallClock(ukWallClockMinuteOfUtc(utc));
      // 01:00–01:59 UTC on the last Sunday of October is 01:00–01:59 GMT, the repeated hour's second pass
      const repeated = wallClockByTzDatabase(utc) === wallClockByTzDatabase(utc - 60);
      expect(back).toBe(repeated ? utc - 60 : utc);
    }), { numRuns: 5000 });
    const secondPass = at('2025-10-26T01:30'); // as a UTC minute: 01:30 GMT
    expect(utcMinuteOfUkWallClock(ukWallClockMinuteOfUtc(secondPass))).toBe(secondPass - 60);
  });
  it('the hour skipped in March is read as GMT; the hour repeated in October as its first (BST) occurrence', () => {
    expect(utcMinuteOfUkWallClock(at('2025-03-30T00:59'))).toBe(at('2025-03-30T00:59'));
    expect(utcMinuteOfUkWallClock(at('2025-03-30T01:30'))).toBe(at('2025-03-30T01:30'));
    expect(utcMinuteOfUkWallClock(at('2025-03-30T02:00'))).toBe(at('2025-03-30T01:00'));
    expect(utcMinuteOfUkWallClock(at('2025-10-26T00:59'))).toBe(at('2025-10-25T23:59'));
    expect(utcMinuteOfUkWallClock(at('2025-10-26T01:30'))).toBe(at('2025-10-26T00:30'));
    expect(utcMinuteOfUkWallClock(at('2025-10-26T02:00'))).toBe(at('2025-10-26T02:00'));
    expect(utcMinuteOfUkWallClock(at('2025-07-01T10:00'))).toBe(at('2025-07-01T09:00'));
    expect(utcMinuteOfUkWallClock(at('2025-12-01T10:00'))).toBe(at('2025-12-01T10:00'));
  });
});
