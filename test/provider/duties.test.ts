import { describe, expect, it } from 'vitest';
import { PROVIDER_DUTIES, PROVIDER_DUTY_TOPICS, checkProviderDuties, providerDuties } from '../../src/provider/duties.js';

describe('PROVIDER_DUTIES table', () => {
  it('one entry per id, each citing its own id, every topic used', () => {
    const ids = PROVIDER_DUTIES.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of PROVIDER_DUTIES) expect(d.cites.id).toBe(d.id);
    for (const t of PROVIDER_DUTY_TOPICS) expect(PROVIDER_DUTIES.some((d) => d.topic === t)).toBe(true);
  });
  // The ids this table encodes, each named so the coverage tool sees it tested.
  it.each([
    ['business continuity', ['PRV-002a', 'PRV-002b']],
    ['quality', ['PRV-004']],
    ['health and safety', ['PRV-021b', 'PRV-037a', 'PRV-037b']],
    ['equality', ['PRV-040']],
    ['safeguarding', ['PRV-059', 'PRV-060']],
    ['administration', ['PRV-113']],
    ['premises', ['PRV-115']],
    ['sub-contractors', ['PRV-116']],
    ['identity checks', ['PRV-117']],
    ['changes of circumstances', ['PRV-135']],
    ['complaints', ['PRV-A2-A-03', 'PRV-A2-A-04', 'PRV-A2-A-05', 'PRV-A2-A-06', 'PRV-A2-A-08a', 'PRV-A2-A-10', 'PRV-A2-A-12']],
  ] as const)('topic %s → %j', (topic, ids) => {
    const d = providerDuties({ topic });
    expect(d.value.map((x) => x.id)).toEqual(ids);
    expect(d.reasons.map((r) => r.rule)).toEqual(ids);
  });
  it('PRV-005, PRV-009, PRV-023a, PRV-050a, PRV-126: the induction checklist; PRV-010 only for England ESF provision', () => {
    expect(providerDuties({ topic: 'induction' }).value.map((d) => d.id)).toEqual(['PRV-005', 'PRV-009', 'PRV-023a', 'PRV-050a', 'PRV-126']);
    expect(providerDuties({ topic: 'induction', englandEsfFunded: true }).value.map((d) => d.id)).toEqual(['PRV-005', 'PRV-009', 'PRV-010', 'PRV-023a', 'PRV-050a', 'PRV-126']);
  });
  it('PRV-050a lists start/finish times, breaks and behaviour; PRV-113 has ten items', () => {
    expect(PROVIDER_DUTIES.find((d) => d.id === 'PRV-050a')!.items).toEqual(['start and finish times of provision', 'timing of breaks', 'what is expected in terms of behaviour']);
    expect(PROVIDER_DUTIES.find((d) => d.id === 'PRV-113')!.items).toHaveLength(10);
    // Items (4) and (9) in full (para 113): movement into employment or other activities; accidents at sub-contractor placements and the H&S monitoring.
    const admin = PROVIDER_DUTIES.find((d) => d.id === 'PRV-113')!.items;
    expect(admin[3]).toContain('into employment or other activities');
    expect(admin[8]).toContain('sub-contractor');
    expect(admin[8]).toContain('health and safety monitoring');
  });
});

describe('checkProviderDuties', () => {
  it('PRV-002b missing → not compliant, the reason names it', () => {
    const d = checkProviderDuties({ topic: 'business continuity', met: ['PRV-002a'] });
    expect(d.value).toEqual({ compliant: false, missing: ['PRV-002b'], recommendedNotFollowed: [] });
    expect(d.reasons.map((r) => r.rule)).toEqual(['PRV-002b']);
  });
  it('PRV-004 (a fact) needs no confirmation; recommended complaint practices are not a breach', () => {
    expect(checkProviderDuties({ topic: 'quality', met: [] }).value.compliant).toBe(true);
    const d = checkProviderDuties({ topic: 'complaints', met: ['PRV-A2-A-05', 'PRV-A2-A-06', 'PRV-A2-A-08a'] });
    expect(d.value).toEqual({ compliant: true, missing: [], recommendedNotFollowed: ['PRV-A2-A-03', 'PRV-A2-A-04', 'PRV-A2-A-10', 'PRV-A2-A-12'] });
  });
  it('PRV-010 is only required for England ESF-funded provision', () => {
    const met = ['PRV-005', 'PRV-009', 'PRV-023a', 'PRV-050a', 'PRV-126'];
    expect(checkProviderDuties({ topic: 'induction', met }).value.compliant).toBe(true);
    expect(checkProviderDuties({ topic: 'induction', met, englandEsfFunded: true }).value.missing).toEqual(['PRV-010']);
  });
});
