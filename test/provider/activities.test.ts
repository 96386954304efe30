import { describe, expect, it } from 'vitest';
import { assessEmployerRejectionFeedback, decideParticipantActivity } from '../../src/provider/activities.js';
import { rulesOf } from './helpers.js';

describe('decideParticipantActivity (PRV-084, PRV-106, PRV-107, PRV-110, PRV-112)', () => {
  const placement = { kind: 'work experience or attachment with an employer' } as const;
  it('PRV-106: a genuine, additional placement → allowed', () => {
    const d = decideParticipantActivity(placement);
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-106']);
  });
  it('PRV-106: a role that would otherwise be advertised, or no genuine reason → not', () => {
    expect(decideParticipantActivity({ ...placement, roleWouldOtherwiseBeAdvertised: true }).value).toBe(false);
    expect(decideParticipantActivity({ ...placement, employerHasGenuineReason: false }).value).toBe(false);
  });
  it('PRV-107: contravening the National Minimum Wage Act → not', () => {
    expect(rulesOf(decideParticipantActivity({ ...placement, contravenesNationalMinimumWage: true }))).toEqual(['PRV-107']);
  });
  it('PRV-110/PRV-084: risk, disrepute or a MAPPA restriction breach → not', () => {
    expect(rulesOf(decideParticipantActivity({ kind: 'other activity', couldBringDisrepute: true }))).toEqual(['PRV-110']);
    expect(rulesOf(decideParticipantActivity({ kind: 'other activity', breachesMappaRestriction: true }))).toEqual(['PRV-084']);
    expect(decideParticipantActivity({ kind: 'other activity' }).value).toBe(true);
  });
  it('PRV-112: self-employment needs prior checks with JCP and HMRC', () => {
    expect(decideParticipantActivity({ kind: 'self-employment', checkedWithJobcentrePlus: true, checkedWithHmrc: false, benefitEntitlementUnaffected: true }).value).toBe(false);
    const d = decideParticipantActivity({ kind: 'self-employment', checkedWithJobcentrePlus: true, checkedWithHmrc: true, benefitEntitlementUnaffected: true });
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-112']);
  });
});

describe('assessEmployerRejectionFeedback (PRV-108)', () => {
  it('PRV-108: specific evidence → continue; vague and evasive → review future offers', () => {
    expect(assessEmployerRejectionFeedback({ feedback: 'specific evidence of unsuitability' }).value).toEqual({ continueWorkExperienceWithEmployer: true, reviewFutureOffers: false });
    expect(assessEmployerRejectionFeedback({ feedback: 'vague and evasive' }).value.reviewFutureOffers).toBe(true);
  });
});
