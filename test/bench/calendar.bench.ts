import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { bench, describe } from 'vitest';
import { addWorkingDays, bankHolidays, workingDaysBetween, type IsoDate } from '../../src/calendar/index.js';
import { epochDayOf, formatEpochDay } from '../../src/calendar/epoch-day.js';

// Each bench iteration makes BATCH calls over pre-built inputs, so the per-call time is the
// reported mean divided by BATCH (1 ms mean = 1000 ns per call). Inputs cycle through dates in
// 2012–2027 (addWorkingDays, n in 1..30) and spans of 1 day to 10 years (workingDaysBetween).
const BATCH = 1000;
const first = epochDayOf(2012, 1, 1);
const last = epochDayOf(2027, 12, 31);
let seed = 12345;
const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);

const dates: IsoDate[] = Array.from({ length: 4096 }, () => formatEpochDay(first + rand(last - first + 1)));
const ns: number[] = Array.from({ length: 4096 }, () => 1 + rand(30));
const spanFrom = (maxDays: number): [IsoDate, IsoDate][] =>
  Array.from({ length: 4096 }, () => {
    const a = first + rand(last - first + 1 - maxDays);
    return [formatEpochDay(a), formatEpochDay(a + 1 + rand(maxDays))];
  });
const spans = { '1 day–1 month': spanFrom(31), '1 month–1 year': spanFrom(366), '1 day–10 years': spanFrom(3653) };

let sink = 0;
describe(`calendar hot paths (${BATCH} calls per iteration)`, () => {
  bench(`addWorkingDays, n in 1..30, dates 2012–2027 ×${BATCH}`, () => {
    for (let i = 0; i < BATCH; i++) sink += addWorkingDays(dates[i & 4095]!, ns[i & 4095]!).length;
  });
  bench(`addWorkingDays, Scotland ×${BATCH}`, () => {
    const o = { jurisdiction: 'scotland' } as const;
    for (let i = 0; i < BATCH; i++) sink += addWorkingDays(dates[i & 4095]!, -ns[i & 4095]!, o).length;
  });
  for (const [label, pairs] of Object.entries(spans)) {
    bench(`workingDaysBetween, spans ${label} ×${BATCH}`, () => {
      for (let i = 0; i < BATCH; i++) {
        const p = pairs[i & 4095]!;
        sink += workingDaysBetween(p[0], p[1]);
      }
    });
  }
});
// The baseline the targets are measured against: a typical date-fns + Set implementation.
const holidaySet = new Set<string>();
for (let y = 2011; y <= 2029; y++) for (const h of bankHolidays(y)) holidaySet.add(h.date);
function naiveAddWorkingDays(date: string, n: number): string {
  let d = parseISO(date);
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d) && !holidaySet.has(format(d, 'yyyy-MM-dd'))) left--;
  }
  return format(d, 'yyyy-MM-dd');
}
describe('baseline (10 calls per iteration)', () => {
  bench('naive date-fns + Set addWorkingDays, n in 1..30 ×10', () => {
    for (let i = 0; i < 10; i++) sink += naiveAddWorkingDays(dates[i & 4095]!, ns[i & 4095]!).length;
  });
});
export { sink };
