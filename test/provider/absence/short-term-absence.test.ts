import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absenceLookBackStart, decideAbsenceAllowable, absenceAllowableInputSchema } from '../../../src/provider/absence/short-term-absence.js';
import { addCalendarDays } from '../../../src/calendar/add-calendar-days.js';
import { isoDate } from '../../../src/calendar/iso-date.js';
import { validate } from '../../../src/core/validation.js';
import { rulesOf } from '../helpers.js';

describe('decideAbsenceAllowable — allowable absences (PRV-046a, PRV-046b)', () => {
  it('PRV-046a: jury service with written evidence is allowable; PRV-046b: evidence held and JCP notified', () => {
    const d = decideAbsenceAllowable({ reason: 'Jury Service', start: '2026-03-02', end: '2026-03-13', writtenEvidence: true });
    expect(d.value.outcome).toBe('allowable');
    expect(d.value.actions).toEqual(['obtain written evidence from the claimant', 'notify Jobcentre Plus of the absence']);
    expect(rulesOf(d)).toEqual(['PRV-046a', 'PRV-046b']);
  });
  it.each(['Life boat crew duties', 'Reserved forces training', 'Open University residential course', 'Part time Fire-persons', 'other allowable absence'] as const)(
    'PRV-046a: %s with evidence → allowable',
    (reason) => {
      expect(decideAbsenceAllowable({ reason, start: '2026-03-02', end: '2026-03-02', writtenEvidence: true }).value.outcome).toBe('allowable');
    },
  );
  it('PRV-046b: without written evidence there is doubt → DMA', () => {
    const d = decideAbsenceAllowable({ reason: 'Jury Service', start: '2026-03-02', end: '2026-03-13' });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(rulesOf(d)).toContain('PRV-046b');
  });
});

describe('decideAbsenceAllowable — appointments (PRV-047)', () => {
  const base = { reason: 'medical appointment', start: '2026-03-02', end: '2026-03-02' } as const;
  it('written evidence and advance notice → no DMA referral', () => {
    const d = decideAbsenceAllowable({ ...base, writtenEvidence: true, notifiedInAdvance: true, earlierAppointmentsOnProvision: 3 });
    expect(d.value.outcome).toBe('allowable');
    expect(rulesOf(d)).toEqual(['PRV-047']);
  });
  it('a first appointment, notified in advance, may be accepted without evidence', () => {
    expect(decideAbsenceAllowable({ ...base, notifiedInAdvance: true }).value.outcome).toBe('allowable');
  });
  it('a second appointment without evidence → DMA', () => {
    expect(decideAbsenceAllowable({ ...base, notifiedInAdvance: true, earlierAppointmentsOnProvision: 1 }).value.outcome).toBe('refer to DMA');
  });
  it('no advance notice → DMA even with evidence (PRV-045 doubt)', () => {
    const d = decideAbsenceAllowable({ ...base, reason: 'job interview', writtenEvidence: true });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['PRV-047', 'PRV-045']);
  });
  it('frequent and unreasonable requests → DMA even with evidence', () => {
    const d = decideAbsenceAllowable({ ...base, writtenEvidence: true, notifiedInAdvance: true, frequentAndUnreasonable: true });
    expect(d.value.outcome).toBe('refer to DMA');
  });
});

describe('decideAbsenceAllowable — sickness, domestic emergency, domestic violence (PRV-048a, PRV-048b)', () => {
  it('PRV-048a: sickness of exactly 14 days is allowable; 15 days is not', () => {
    expect(decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-23' }).value.outcome).toBe('allowable');
    const d = decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-24' });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(rulesOf(d)).toEqual(['PRV-048a']);
  });
  it('PRV-048a: a second sickness period in the 12 months is allowable; a third is not', () => {
    const one = [{ start: '2025-06-02', end: '2025-06-06' }];
    const d2 = decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-12', earlierPeriods: one });
    expect(d2.value).toMatchObject({ outcome: 'allowable', earlierPeriodsCounted: 1, lookBackFrom: '2025-03-11' });
    expect(rulesOf(d2)).toEqual(['PRV-048a', 'PRV-048b']);
    expect(d2.value.actions).toEqual(['contact Jobcentre Plus to check earlier periods']);
    const two = [...one, { start: '2025-11-03', end: '2025-11-07' }];
    const d3 = decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-12', earlierPeriods: two });
    expect(d3.value).toMatchObject({ outcome: 'refer to DMA', earlierPeriodsCounted: 2 });
  });
  it('PRV-048a 12-month boundary: a period ending on the same date a year earlier is outside; the day after is inside', () => {
    const outside = [{ start: '2025-03-01', end: '2025-03-10' }, { start: '2025-06-02', end: '2025-06-06' }];
    expect(decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-10', earlierPeriods: outside }).value.outcome).toBe('allowable');
    const inside = [{ start: '2025-03-01', end: '2025-03-11' }, { start: '2025-06-02', end: '2025-06-06' }];
    expect(decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-10', earlierPeriods: inside }).value.outcome).toBe('refer to DMA');
  });
  it('PRV-048a: periods after the new absence start are not "earlier"', () => {
    const later = [{ start: '2026-03-10', end: '2026-03-11' }, { start: '2026-04-01', end: '2026-04-02' }];
    expect(decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-10', earlierPeriods: later }).value.earlierPeriodsCounted).toBe(0);
  });
  it('PRV-048a: domestic emergency — 7 days allowable, 8 not; a fifth period → DMA', () => {
    expect(decideAbsenceAllowable({ reason: 'domestic emergency', start: '2026-03-02', end: '2026-03-08' }).value.outcome).toBe('allowable');
    expect(decideAbsenceAllowable({ reason: 'domestic emergency', start: '2026-03-02', end: '2026-03-09' }).value.outcome).toBe('refer to DMA');
    const four = ['2025-05-05', '2025-07-07', '2025-09-01', '2025-12-01'].map((s) => ({ start: s, end: s }));
    expect(decideAbsenceAllowable({ reason: 'domestic emergency', start: '2026-03-02', end: '2026-03-02', earlierPeriods: four.slice(0, 3) }).value.outcome).toBe('allowable');
    expect(decideAbsenceAllowable({ reason: 'domestic emergency', start: '2026-03-02', end: '2026-03-02', earlierPeriods: four }).value.outcome).toBe('refer to DMA');
  });
  it('PRV-048a: domestic violence — 13 weeks (91 days) allowable, 92 not; a second period in 12 months → DMA', () => {
    expect(decideAbsenceAllowable({ reason: 'domestic violence', start: '2026-01-05', end: '2026-04-05' }).value.outcome).toBe('allowable');
    expect(decideAbsenceAllowable({ reason: 'domestic violence', start: '2026-01-05', end: '2026-04-06' }).value.outcome).toBe('refer to DMA');
    expect(
      decideAbsenceAllowable({ reason: 'domestic violence', start: '2026-01-05', end: '2026-01-10', earlierPeriods: [{ start: '2025-02-03', end: '2025-03-03' }] }).value.outcome,
    ).toBe('refer to DMA');
  });
  it('PRV-048c: any doubt → DMA, whatever the reason', () => {
    const d = decideAbsenceAllowable({ reason: 'sickness', start: '2026-03-10', end: '2026-03-10', providerInDoubt: true });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['PRV-045', 'PRV-048c']);
    expect(decideAbsenceAllowable({ reason: 'Jury Service', start: '2026-03-10', end: '2026-03-10', writtenEvidence: true, providerInDoubt: true }).value.outcome).toBe('refer to DMA');
  });
  it('PRV-048a property: adding earlier periods never turns a DMA referral into an allowable absence', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => addCalendarDays(isoDate('2024-01-01'), n));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 6 }), day, (starts, extra) => {
        const periods = starts.map((s) => ({ start: s, end: s }));
        const input = { reason: 'sickness' as const, start: '2026-03-10', end: '2026-03-11' };
        const before = decideAbsenceAllowable({ ...input, earlierPeriods: periods }).value.outcome;
        const after = decideAbsenceAllowable({ ...input, earlierPeriods: [...periods, { start: extra, end: extra }] }).value.outcome;
        return !(before === 'refer to DMA' && after === 'allowable');
      }),
    );
  });
});

describe('decideAbsenceAllowable — failure to participate (PRV-050b)', () => {
  it.each(['casual lateness', 'unexplained absence', 'other failure to participate'] as const)('PRV-050b: %s → DMA', (reason) => {
    const d = decideAbsenceAllowable({ reason, start: '2026-03-02', end: '2026-03-02' });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(rulesOf(d)).toEqual(['PRV-050b']);
  });
});

describe('absenceLookBackStart and the schema', () => {
  it('rolling 12 months ending on the start, end-of-month clamped', () => {
    expect(absenceLookBackStart(isoDate('2026-03-10'))).toBe('2025-03-11');
    expect(absenceLookBackStart(isoDate('2024-02-29'))).toBe('2023-03-01');
  });
  it('rejects an end before the start', () => {
    const r = validate(absenceAllowableInputSchema, { reason: 'sickness', start: '2026-03-10', end: '2026-03-09' });
    expect(r.ok).toBe(false);
  });
});
