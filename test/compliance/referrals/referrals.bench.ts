import { bench, describe } from 'vitest';
import { checkAppointmentCompliance, classifyReferralRisk, routeReferral, type ReferralRiskFacts } from '../../../src/compliance/referrals/index.js';

// Each iteration makes BATCH calls over pre-built inputs: per-call time = mean / BATCH.
const BATCH = 1000;
const facts: ReferralRiskFacts[] = Array.from({ length: BATCH }, (_, i) => ({
  claimStage: i % 2 === 0 ? 'NewClaimPrePayment' : 'CurrentClaimInPayment',
  dateOfClaim: `2026-0${1 + (i % 9)}-1${i % 10}`,
  otherPersonDeclaredInHousehold: i % 3 === 0,
  possibleLtamc: i % 5 === 0,
  declaredSeparationDate: i % 4 === 0 ? '2025-12-10' : undefined,
  wfiSanctionDays: i % 7 === 0 ? 28 : undefined,
}));
const routing = Array.from({ length: BATCH }, (_, i) => ({
  source: 'RiskReferral' as const,
  receivedDate: '2026-03-02',
  benefits: i % 2 === 0 ? (['JSA'] as const) : (['DLA', 'IS'] as const),
  localAuthorityCategory: i % 3 === 0 ? ('BoardersInHousehold' as const) : undefined,
}));
const appointments = Array.from({ length: BATCH }, (_, i) => ({
  prepayment: i % 2 === 0,
  receivedDate: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`,
  notificationDate: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`,
  appointmentDate: '2026-06-05',
}));

describe('compliance ch.01–03 hot paths (×1000 per iteration)', () => {
  bench('classifyReferralRisk', () => {
    for (const f of facts) classifyReferralRisk(f);
  });
  bench('routeReferral', () => {
    for (const r of routing) routeReferral({ ...r, benefits: [...r.benefits] });
  });
  bench('checkAppointmentCompliance', () => {
    for (const a of appointments) checkAppointmentCompliance(a);
  });
});
