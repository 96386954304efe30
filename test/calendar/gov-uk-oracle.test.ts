import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bankHolidays, JURISDICTIONS } from '../../src/calendar/index.js';

// The official GOV.UK bank holiday data (2011–2028, all three divisions) is the oracle.
const oraclePath = fileURLToPath(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url));
const oracle = JSON.parse(readFileSync(oraclePath, 'utf8')) as Record<
  string,
  { events: { date: string; title: string }[] }
>;

const normalise = (t: string) => t.replace(/'/g, '’').toLowerCase();

describe('computed bank holidays equal the GOV.UK data', () => {
  for (const j of JURISDICTIONS) {
    const events = oracle[j]!.events;
    const years = [...new Set(events.map((e) => Number(e.date.slice(0, 4))))].sort();
    it(`${j}: covers 2011–2028`, () => {
      expect(years[0]).toBe(2011);
      expect(years.at(-1)).toBe(2028);
      expect(years).toHaveLength(18);
    });
    for (const y of years) {
      // 2011 uses GOV.UK's older title style ('Early May Bank Holiday', 'Royal Wedding'); dates are checked for every year, titles from 2012.

      it(`${j} ${y}: every date`, () => {
        const want = events.filter((e) => e.date.startsWith(`${y}-`)).map((e) => e.date);
        expect(bankHolidays(y, j).map((h) => h.date)).toEqual(want);
      });
      it.runIf(y >= 2012)(`${j} ${y}: every title (apostrophes and case normalised; GOV.UK labels the two Scottish January substitutes in either order, 2017 vs 2023)`, () => {
        const want = events.filter((e) => e.date.startsWith(`${y}-`)).map((e) => normalise(e.title));
        expect(bankHolidays(y, j).map((h) => normalise(h.title)).sort()).toEqual(want.sort());
      });
    }
  }
});
