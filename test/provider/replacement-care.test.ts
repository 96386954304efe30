import { describe, expect, it } from 'vitest';
import { decideReplacementCareCarerEligible, decideReplacementCareProvider } from '../../src/provider/replacement-care.js';
import { rulesOf } from './helpers.js';

const carer = {
  carerDateOfBirth: '2008-05-01',
  asOf: '2026-05-01',
  weeklyHoursWorked: 15,
  providesUnpaidSupport: true,
  caringIsBarrierToWork: true,
  caringAffectsTypeOfWork: true,
} as const;

describe('decideReplacementCareCarerEligible (PRV-055)', () => {
  it('PRV-055: 18 on the day, 15 hours, significant unpaid caring → eligible', () => {
    const d = decideReplacementCareCarerEligible(carer);
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-055']);
  });
  it('PRV-055: the day before the 18th birthday → not eligible', () => {
    expect(decideReplacementCareCarerEligible({ ...carer, asOf: '2026-04-30' }).value).toBe(false);
  });
  it('PRV-055: a 29 February birthday turns 18 on 28 February in a common year', () => {
    expect(decideReplacementCareCarerEligible({ ...carer, carerDateOfBirth: '2008-02-29', asOf: '2026-02-28' }).value).toBe(true);
    expect(decideReplacementCareCarerEligible({ ...carer, carerDateOfBirth: '2008-02-29', asOf: '2026-02-27' }).value).toBe(false);
  });
  it('PRV-055: exactly 16 hours → not eligible; 15.5 → eligible; not working → eligible', () => {
    expect(decideReplacementCareCarerEligible({ ...carer, weeklyHoursWorked: 16 }).value).toBe(false);
    expect(decideReplacementCareCarerEligible({ ...carer, weeklyHoursWorked: 15.5 }).value).toBe(true);
    expect(decideReplacementCareCarerEligible({ ...carer, weeklyHoursWorked: 0 }).value).toBe(true);
  });
  it('PRV-055: "significant" needs both a barrier to work and an effect on the type of work', () => {
    expect(decideReplacementCareCarerEligible({ ...carer, caringAffectsTypeOfWork: false }).value).toBe(false);
    expect(decideReplacementCareCarerEligible({ ...carer, caringIsBarrierToWork: false }).value).toBe(false);
    expect(decideReplacementCareCarerEligible({ ...carer, providesUnpaidSupport: false }).value).toBe(false);
  });
  it('PRV-055: every failed condition is a reason', () => {
    const d = decideReplacementCareCarerEligible({ ...carer, asOf: '2025-01-01', weeklyHoursWorked: 20, providesUnpaidSupport: false, caringIsBarrierToWork: false });
    expect(d.reasons).toHaveLength(4);
  });
});

describe('decideReplacementCareProvider (PRV-056)', () => {
  const base = { personalCareInHome: true, contractWithCarerOrPersonCaredFor: true, contractInvolvesJobcentrePlus: false } as const;
  it('PRV-056: personal care in the home must be registered with the nation’s body', () => {
    expect(decideReplacementCareProvider({ ...base, nation: 'England', registeredWith: 'Care Quality Commission' }).value).toEqual({
      acceptable: true,
      requiredRegulator: 'Care Quality Commission',
      paidBy: 'Jobcentre Plus',
    });
    expect(decideReplacementCareProvider({ ...base, nation: 'Scotland', registeredWith: 'Care Quality Commission' }).value.acceptable).toBe(false);
    expect(decideReplacementCareProvider({ ...base, nation: 'Wales', registeredWith: 'Care and Social Services Inspectorate, Wales' }).value.acceptable).toBe(true);
    expect(decideReplacementCareProvider({ ...base, nation: 'England', registeredWith: null }).value.acceptable).toBe(false);
  });
  it('PRV-056: no national registration for other replacement care; NI has no named body', () => {
    expect(decideReplacementCareProvider({ ...base, personalCareInHome: false, nation: 'England', registeredWith: null }).value).toMatchObject({ acceptable: true, requiredRegulator: null });
    const ni = decideReplacementCareProvider({ ...base, nation: 'Northern Ireland', registeredWith: null });
    expect(ni.value.acceptable).toBe(true);
    expect(rulesOf(ni)).toEqual(['PRV-056']);
  });
  it('PRV-056: the contract must not involve Jobcentre Plus', () => {
    expect(decideReplacementCareProvider({ ...base, nation: 'England', registeredWith: 'Care Quality Commission', contractInvolvesJobcentrePlus: true }).value.acceptable).toBe(false);
    expect(decideReplacementCareProvider({ ...base, nation: 'England', registeredWith: 'Care Quality Commission', contractWithCarerOrPersonCaredFor: false }).value.acceptable).toBe(false);
  });
});
