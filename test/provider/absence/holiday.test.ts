import { describe, expect, it } from 'vitest';
import { decideHolidayAbsence } from '../../../src/provider/absence/holiday.js';
import { CURRENT_POLICY } from '../../../src/core/policy/editions.js';
import { rulesOf } from '../helpers.js';

const ok = {
  placement: 'longer mandatory placement',
  withinGreatBritain: true,
  willingAndAvailableToReturn: true,
  notifiedInAdvance: true,
  jcpAcceptsAvailable: true,
  holidayAttendanceDays: 5,
} as const;

describe('decideHolidayAbsence (PRV-049a–d)', () => {
  it('PRV-049c/PRV-049d: notified, accepted by JCP, 10 cumulative days → allowable', () => {
    const d = decideHolidayAbsence({ ...ok, earlierHolidayAttendanceDays: 5 });
    expect(d.value).toEqual({ outcome: 'allowable', treatedAsActivelySeeking: true, cumulativeAttendanceDays: 10 });
    expect(rulesOf(d)).toEqual(['PRV-049a', 'PRV-049c', 'PRV-049d']);
  });
  it('PRV-049d: 11 cumulative days (over 2 weeks) → DMA', () => {
    const d = decideHolidayAbsence({ ...ok, earlierHolidayAttendanceDays: 6 });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(rulesOf(d)).toContain('PRV-049d');
  });
  it('PRV-049d: with the proposal not adopted (null) there is no cumulative limit', () => {
    const policy = { ...CURRENT_POLICY, provider: { ...CURRENT_POLICY.provider, holidayCumulativeLimitAttendanceDays: { ...CURRENT_POLICY.provider.holidayCumulativeLimitAttendanceDays, value: null } } };
    expect(decideHolidayAbsence({ ...ok, earlierHolidayAttendanceDays: 30 }, { policy }).value.outcome).toBe('allowable');
  });
  it('PRV-049b: never on Mandatory Work Activity', () => {
    const d = decideHolidayAbsence({ ...ok, placement: 'Mandatory Work Activity' });
    expect(d.value.outcome).toBe('refer to DMA');
    expect(rulesOf(d)).toEqual(['PRV-049b']);
  });
  it('PRV-049b: on MWA the holiday ASE treatment "does not apply", even within GB and willing to return', () => {
    expect(decideHolidayAbsence({ ...ok, placement: 'Mandatory Work Activity' }).value.treatedAsActivelySeeking).toBe(false);
    expect(decideHolidayAbsence({ ...ok }).value.treatedAsActivelySeeking).toBe(true);
  });
  it('PRV-049a: abroad (outside GB) or not willing to return → not treated as ASE → DMA', () => {
    expect(decideHolidayAbsence({ ...ok, withinGreatBritain: false }).value).toMatchObject({ outcome: 'refer to DMA', treatedAsActivelySeeking: false });
    expect(decideHolidayAbsence({ ...ok, willingAndAvailableToReturn: false }).value.outcome).toBe('refer to DMA');
  });
  it('PRV-049c: not notified in advance, or JCP does not accept → DMA', () => {
    expect(decideHolidayAbsence({ ...ok, notifiedInAdvance: false }).value.outcome).toBe('refer to DMA');
    expect(decideHolidayAbsence({ ...ok, jcpAcceptsAvailable: false }).value.outcome).toBe('refer to DMA');
  });
  it('PRV-049c: any doubt → DMA', () => {
    expect(decideHolidayAbsence({ ...ok, providerInDoubt: true }).value.outcome).toBe('refer to DMA');
  });
});
