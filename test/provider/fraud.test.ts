import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FRAUD_PREVENTION_PRINCIPLES,
  decideFraudPreventionCompliance,
  fraudAuditDueDate,
  routeSuspectedFraud,
  supplierFraudRemedies,
} from '../../src/provider/fraud.js';
import { addCalendarDays } from '../../src/calendar/add-calendar-days.js';
import { isoDate } from '../../src/calendar/iso-date.js';
import { rulesOf } from './helpers.js';

describe('fraud prevention (PRV-119a, PRV-119b)', () => {
  it('PRV-119a: four principles, printed text', () => {
    expect(FRAUD_PREVENTION_PRINCIPLES.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(FRAUD_PREVENTION_PRINCIPLES[3]!.text).toContain('at a minimum six (6) monthly intervals');
  });
  it('PRV-119b: an audit exactly six months after the last is on time; the day after is overdue', () => {
    const on = decideFraudPreventionCompliance({ principlesMet: [1, 2, 3, 4], lastAuditCheck: '2025-01-31', asOf: '2025-07-31' });
    expect(on.value).toEqual({ compliant: true, missingPrinciples: [], nextAuditDue: '2025-07-31', auditOverdue: false });
    expect(rulesOf(on)).toEqual(['PRV-119a', 'PRV-119b']);
    const late = decideFraudPreventionCompliance({ principlesMet: [1, 2, 3, 4], lastAuditCheck: '2025-01-31', asOf: '2025-08-01' });
    expect(late.value).toMatchObject({ compliant: false, auditOverdue: true });
  });
  it('PRV-119b: end-of-month clamping', () => {
    expect(fraudAuditDueDate(isoDate('2025-08-31'))).toBe('2026-02-28');
  });
  it('PRV-119a: a missing principle is non-compliant; no audit recorded is overdue', () => {
    expect(decideFraudPreventionCompliance({ principlesMet: [1, 2, 4], lastAuditCheck: '2025-01-31', asOf: '2025-02-01' }).value).toMatchObject({ compliant: false, missingPrinciples: [3] });
    expect(decideFraudPreventionCompliance({ principlesMet: [1, 2, 3, 4], asOf: '2025-02-01' }).value).toMatchObject({ compliant: false, auditOverdue: true, nextAuditDue: null });
  });
  it('PRV-119b property: the due date is after the last audit and at most 184 days later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (n) => {
        const last = addCalendarDays(isoDate('2000-01-01'), n);
        const due = fraudAuditDueDate(last);
        return due > last && addCalendarDays(last, 184) >= due;
      }),
    );
  });
});

describe('routeSuspectedFraud (PRV-118, PRV-120, PRV-122) and supplierFraudRemedies (PRV-121)', () => {
  it('PRV-118: a participant → National Fraud Hotline', () => {
    const d = routeSuspectedFraud({ suspect: 'participant' });
    expect(d.value.reportTo).toBe('National Fraud Hotline');
    expect(rulesOf(d)).toEqual(['PRV-118']);
  });
  it('PRV-120/PRV-122: provider or internal fraud → DWP immediately via the WPD Security inbox', () => {
    const d = routeSuspectedFraud({ suspect: 'provider/internal' });
    expect(d.value).toEqual({ reportTo: 'DWP', channel: 'DWP WPD Security inbox', timing: 'immediately' });
    expect(rulesOf(d)).toEqual(['PRV-120', 'PRV-122']);
  });
  it('PRV-122: an allegation is reported to DWP', () => {
    expect(rulesOf(routeSuspectedFraud({ suspect: 'provider/internal', allegationOnly: true }))).toEqual(['PRV-122']);
  });
  it('PRV-121: fraud on any Crown contract → two remedies; otherwise none', () => {
    expect(supplierFraudRemedies({ fraudOnAnyCrownContract: true }).value).toHaveLength(2);
    expect(supplierFraudRemedies({ fraudOnAnyCrownContract: false }).value).toEqual([]);
  });
});
