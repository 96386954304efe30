import { describe, expect, it } from 'vitest';
import { appointmentWindow, checkAppointmentCompliance } from '../../../src/compliance/referrals/appointment-notice.js';
import { decideUnNotifiedVisit } from '../../../src/compliance/referrals/un-notified-visit.js';
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

describe('policy edition foi-era: short-notice and re-arranged appointments (FOI-05a)', () => {
  it.each(['ShortNoticeTelephone', 'RearrangedByAgreement'] as const)('%s: 3 working days under foi-era, no minimum in 2015', (arrangement) => {
    const foi = appointmentWindow({ notificationDate: '2025-03-03', arrangement, identityEstablished: true }, FOI);
    expect(foi.value).toMatchObject({ earliest: '2025-03-06', minimumNoticeApplies: true, notifyBy: 'Writing' });
    expect(ids(foi)).toEqual(['FOI-05a']);
    expect(appointmentWindow({ notificationDate: '2025-03-03', arrangement, identityEstablished: true }).value).toMatchObject({ earliest: '2025-03-03', minimumNoticeApplies: false });
    const sameDay = checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-03', arrangement, identityEstablished: true }, FOI);
    expect(sameDay.value).toMatchObject({ compliant: false, breaches: ['TooLittleNotice'] });
    expect(checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-06', arrangement, identityEstablished: true }, FOI).value.compliant).toBe(true);
  });
  it('the 2015 short-notice identity check (LSC-03-075) is not applied under foi-era', () => {
    const d = checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-06', arrangement: 'ShortNoticeTelephone', identityEstablished: false }, FOI);
    expect(d.value.breaches).toEqual([]);
    expect(checkAppointmentCompliance({ notificationDate: '2025-03-03', appointmentDate: '2025-03-06', arrangement: 'ShortNoticeTelephone', identityEstablished: false }).value.breaches).toEqual(['IdentityNotEstablished']);
  });
});

describe('checkAppointmentCompliance cites the arrangement that set the minimum notice aside', () => {
  it.each([
    [{ prepayment: true, receivedDate: '2025-03-03' }, 'LSC-03-052'],
    [{ arrangement: 'ShortNoticeTelephone' as const, identityEstablished: true }, 'LSC-03-074'],
    [{ arrangement: 'ClaimantWaiver' as const }, 'LSC-03-103b'],
    [{ arrangement: 'RearrangedByAgreement' as const }, 'LSC-03-092'],
  ])('%j → %s', (facts, rule) => {
    const before = checkAppointmentCompliance({ notificationDate: '2025-03-04', appointmentDate: '2025-03-03', ...facts });
    expect(before.value.breaches).toContain('TooLittleNotice');
    expect(ids(before).at(-1)).toBe(rule);
    const ok = checkAppointmentCompliance({ notificationDate: '2025-03-04', appointmentDate: '2025-03-05', ...facts });
    expect(ok.value.compliant).toBe(true);
    expect(ids(ok).at(-1)).toBe(rule);
  });
});

describe('policy edition foi-era: un-notified visits (FOI-05d)', () => {
  const facts = { riskType: 'B' as const, prePayment: true, ltamc: true, identifiedAtGateway: false, financialAssessorToldClaimant: true, justificationDocumentedBeforeVisit: false };
  it('three conditions only: suspected couple, prepayment, warned by a financial assessor', () => {
    const foi = decideUnNotifiedVisit(facts, FOI);
    expect(foi.value).toBe(true);
    expect(ids(foi)).toEqual(['FOI-05d']);
    // the 2015 edition also needs Risk A, the gateway and the documented justification
    expect(ids(decideUnNotifiedVisit(facts))).toEqual(['LSC-03-066', 'LSC-03-066', 'LSC-03-067']);
  });
  it.each([['prePayment'], ['ltamc'], ['financialAssessorToldClaimant']] as const)('without %s: give notice', (key) => {
    const d = decideUnNotifiedVisit({ ...facts, [key]: false }, FOI);
    expect(d.value).toBe(false);
    expect(ids(d)).toEqual(['FOI-05d']);
  });
});
