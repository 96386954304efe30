import { describe, expect, it } from 'vitest';
import { appointmentWindow, checkAppointmentCompliance } from '../../../src/compliance/referrals/appointment-notice.js';
import { CURRENT_POLICY, FOI_ERA_POLICY, policyEdition } from '../../../src/core/policy/editions.js';

const FOI = { policy: FOI_ERA_POLICY };
const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('policy edition foi-era: minimum interview notice', () => {
  it('is registered by id and keeps the current edition as default', () => {
    expect(policyEdition('foi-era')).toBe(FOI_ERA_POLICY);
    expect(Object.isFrozen(FOI_ERA_POLICY)).toBe(true);
    expect(CURRENT_POLICY.complianceReferrals.minimumNoticeWorkingDays.value).toBeNull();
  });
  it('FOI-05a: 3 working days (Mon 3 Mar 2025 → Thu 6 Mar) vs LSC-03-053: 14 calendar days (→ Mon 17 Mar)', () => {
    const foi = appointmentWindow({ notificationDate: '2025-03-03' }, FOI);
    expect(foi.value.earliest).toBe('2025-03-06');
    expect(foi.edition).toBe('foi-era');
    expect(ids(foi)).toEqual(['FOI-05a']);
    const cur = appointmentWindow({ notificationDate: '2025-03-03' });
    expect(cur.value.earliest).toBe('2025-03-17');
    expect(ids(cur)).toEqual(['LSC-03-053']);
  });
  it('FOI-05a: working days skip weekends and bank holidays (notified Thu 17 Apr 2025 → E&W Thu 24 Apr; Scotland, where Easter Monday is worked, Wed 23 Apr)', () => {
    expect(appointmentWindow({ notificationDate: '2025-04-17' }, FOI).value.earliest).toBe('2025-04-24');
    expect(appointmentWindow({ notificationDate: '2025-04-17' }, { ...FOI, calendar: { jurisdiction: 'scotland' } }).value.earliest).toBe('2025-04-23');
  });
  it('FOI-05a: boundary — 2 working days of notice fails, 3 passes (current: both fail)', () => {
    const short = checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-05' }, FOI);
    expect(short.value).toMatchObject({ compliant: false, breaches: ['TooLittleNotice'] });
    expect(ids(short)).toEqual(['FOI-05a', 'FOI-05a']);
    const ok = checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-06' }, FOI);
    expect(ok.value.compliant).toBe(true);
    expect(ids(ok)).toEqual(['FOI-05a', 'FOI-05a']);
    expect(checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-06' }).value.compliant).toBe(false);
  });
  it('FOI-05a: no waiver — a claimant waiver still needs 3 working days (LSC-03-103b: waiver → same day)', () => {
    const foi = appointmentWindow({ notificationDate: '2025-03-03', arrangement: 'ClaimantWaiver' }, FOI);
    expect(foi.value).toMatchObject({ earliest: '2025-03-06', minimumNoticeApplies: true });
    expect(ids(foi)).toEqual(['FOI-05a']);
    const cur = appointmentWindow({ notificationDate: '2025-03-03', arrangement: 'ClaimantWaiver' });
    expect(cur.value).toMatchObject({ earliest: '2025-03-03', minimumNoticeApplies: false });
    expect(ids(cur)).toEqual(['LSC-03-103b']);
  });
});
