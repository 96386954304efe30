// The README's assessCase example gives what the README says it gives.
import { expect, it } from 'vitest';
import { assessCase } from '../../../src/compliance/case/index.js';

it('README quick start: assessCase example', () => {
  const a = assessCase({
    caseId: 'C-123',
    referral: { source: 'RiskReferral', receivedOn: '2026-03-02', claimStage: 'CurrentClaimInPayment', dateOfClaim: '2026-01-05', otherPersonDeclaredInHousehold: true, possibleLtamc: true },
    benefits: ['JSA'],
  }, { asOf: '2026-03-24', jurisdiction: 'england-and-wales' });
  expect(a.decisions.risk?.value.primary).toBe('B');
  expect(a.deadlines[0]).toMatchObject({ name: 'first-interview-notification', due: '2026-03-23', status: 'overdue' });
  expect(a.missing[0]?.facts).toEqual(['appointment.notifiedOn']);
});
