// Grouping and search of the explorer's rule list, and the calendar tool's skipped holidays
// (pure parts of src/explorer/, run in node; the DOM parts are covered by explorer.test.ts).
import { describe, expect, it } from 'vitest';
import { holidaysBetween } from '../../src/explorer/calendar-tool.js';
import { groupKey, groupRules, matches, parametersOfRule, searchText } from '../../src/explorer/search.js';
import type { EditionData, RuleData } from '../../src/explorer/types.js';

const rule = (name: string, ids: string[], section = '', domain = 'compliance'): RuleData => ({
  name, domain, title: `${name} title`, ids, citations: ids.map((id) => ({ id, ref: `ref of ${id}` })), section, schema: { type: 'object' },
});

const edition: EditionData = {
  id: 'current', title: 'Current', sources: [],
  groups: [
    { group: 'foi', params: [
      { name: 'mailboxForwardingWorkingDays', value: 1, unit: 'working-days', cites: [{ id: 'FOI-00a', ref: 'x' }] },
      { name: 'processCheckPercent', value: 5, unit: 'count', cites: [{ id: 'FOI-19', ref: 'y' }] },
    ] },
  ],
};

describe('explorer search', () => {
  it('finds the parameters a rule uses by the ids they cite', () => {
    const params = parametersOfRule(rule('foiMailboxDeadlines', ['FOI-00a', 'FOI-00b'], '', 'foi'), edition);
    expect(params.map((p) => `${p.group}.${p.name}`)).toEqual(['foi.mailboxForwardingWorkingDays']);
    expect(parametersOfRule(rule('x', ['LSC-01-001']), edition)).toEqual([]);
    expect(parametersOfRule(rule('x', ['FOI-00a']), undefined)).toEqual([]);
  });

  it('groups by domain and document, then by catalogue section, ids in numeric order', () => {
    const rules = [
      rule('b', ['LSC-03-066'], 'Chapter 03 — Initial action'),
      rule('a', ['LSC-03-010'], 'Chapter 03 — Initial action'),
      rule('c', ['FOI-05a'], 'Part 1 — FOI', 'foi'),
      rule('d', ['XYZ-01'], '', 'other'),
    ];
    const groups = groupRules(rules);
    expect([...groups.keys()]).toEqual(['compliance — Local Service Compliance guidance (01/15)', 'foi — FOI request: Customer Compliance (earlier edition)', 'other']);
    expect(groups.get('compliance — Local Service Compliance guidance (01/15)')?.get('Chapter 03 — Initial action')?.map((r) => r.name)).toEqual(['a', 'b']);
    expect(groupKey(rules[3]!)).toEqual({ document: 'other', section: 'XYZ' });
  });

  it('matches every word of the query in id, title, catalogue text or parameter', () => {
    const r = rule('foiMailboxDeadlines', ['FOI-00a']);
    const text = searchText(r, { 'FOI-00a': { title: 'Forwarded by the next working day', section: 's', source: 'f', text: 'information owner' } }, edition);
    expect(matches('foi-00a', text)).toBe(true);
    expect(matches('Information  OWNER', text)).toBe(true);
    expect(matches('mailboxForwarding', text)).toBe(true);
    expect(matches('owner unicorn', text)).toBe(false);
    expect(matches('', text)).toBe(true);
    expect(matches('processCheck', text)).toBe(false);
  });
});

describe('calendar tool', () => {
  it('lists the bank holidays strictly between the dates, in either order', () => {
    // 2026-12-24 + 1 working day = 2026-12-29: Christmas Day and the Boxing Day substitute (28th) skipped.
    expect(holidaysBetween('2026-12-24', '2026-12-29', 'england-and-wales').map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28']);
    expect(holidaysBetween('2026-12-29', '2026-12-24', 'england-and-wales').map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28']);
    expect(holidaysBetween('2026-12-31', '2027-01-05', 'scotland').map((h) => h.date)).toEqual(['2027-01-01', '2027-01-04']);
    expect(holidaysBetween('2026-12-25', '2026-12-28', 'england-and-wales')).toEqual([]);
  });
});
