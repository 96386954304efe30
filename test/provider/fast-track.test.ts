import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyFastTrackIncident, FAST_TRACK_DEFINITION } from '../../src/provider/fast-track.js';
import { rulesOf } from './helpers.js';

describe('classifyFastTrackIncident (PRV-036a, PRV-036b, PRV-036c)', () => {
  it('PRV-036b: estimated cost £2,000.00 is not over £2,000; £2,000.01 is', () => {
    const at = classifyFastTrackIncident({ estimatedCostPence: 200_000 });
    expect(at.value.fastTrack).toBe(false);
    expect(rulesOf(at)).toEqual(['PRV-036b', 'PRV-036b']);
    const over = classifyFastTrackIncident({ estimatedCostPence: 200_001 });
    expect(over.value).toMatchObject({ fastTrack: true, criteriaMet: ['significant cost implication (estimated over £2,000)'] });
  });
  it('PRV-036a/PRV-036c: Fast Track → telephone urgently and report on FT1, in addition to the report', () => {
    const d = classifyFastTrackIncident({ weaponUsed: true, location: 'claimant home' });
    expect(d.value.actions).toEqual(['complete the incident report', 'telephone the Jobcentre Plus contact urgently', 'report on form FT1']);
    expect(rulesOf(d)).toEqual(['PRV-036b', 'PRV-036a', 'PRV-036c']);
  });
  it('PRV-036c: the location never changes the verdict; outside the four named places the FT1 reason says the criteria still apply', () => {
    for (const location of ['provider premises', 'partner premises', 'co-located premises', 'claimant home'] as const) {
      const d = classifyFastTrackIncident({ weaponUsed: true, location });
      expect(d.value.fastTrack).toBe(true);
      expect(d.reasons.at(-1)?.says).toMatch(/^Fast Track incidents \(on provider, partner, co-located premises or in claimant homes\)/);
    }
    const elsewhere = classifyFastTrackIncident({ weaponUsed: true, location: 'other' });
    expect(elsewhere.value).toEqual(classifyFastTrackIncident({ weaponUsed: true, location: 'provider premises' }).value);
    expect(elsewhere.reasons.at(-1)?.says).toMatch(/do not depend on the place/);
    expect(rulesOf(elsewhere)).toEqual(['PRV-036b', 'PRV-036a', 'PRV-036c']);
    expect(classifyFastTrackIncident({ location: 'other' }).value.fastTrack).toBe(false);
  });
  it('PRV-036b: actual assault counts only on DWP/Partner staff in connection with their duties', () => {
    expect(classifyFastTrackIncident({ actualAssault: true }).value.fastTrack).toBe(false);
    expect(classifyFastTrackIncident({ actualAssault: true, assaultOnStaffInConnectionWithDuties: true }).value.fastTrack).toBe(true);
  });
  it('PRV-036b: a targeted threat needs police advice sought', () => {
    expect(classifyFastTrackIncident({ viableTargetedThreat: true }).value.fastTrack).toBe(false);
    expect(classifyFastTrackIncident({ viableTargetedThreat: true, policeAdviceSought: true }).value.fastTrack).toBe(true);
  });
  it('PRV-036b: disruption, suicide/self-harm connected to DWP business, other serious', () => {
    expect(classifyFastTrackIncident({ significantDisruption: true }).value.fastTrack).toBe(true);
    expect(classifyFastTrackIncident({ suicideOrSelfHarmConnectedToDwp: true }).value.fastTrack).toBe(true);
    expect(rulesOf(classifyFastTrackIncident({ otherwiseMeetsDefinition: true }))[0]).toBe('PRV-036a');
  });
  it('PRV-036c: unclear → ask the local Jobcentre', () => {
    expect(classifyFastTrackIncident({ unclear: true }).value.actions).toContain('contact the local Jobcentre for advice');
  });
  it('PRV-036a: the definition is verbatim', () => {
    expect(FAST_TRACK_DEFINITION.startsWith('A serious incident occurs, which compromises')).toBe(true);
    expect(FAST_TRACK_DEFINITION.endsWith('prior to further investigation')).toBe(true);
  });
  it('PRV-036b property: fast track iff some criterion is met; cost alone iff > 200000 pence', () => {
    fc.assert(fc.property(fc.nat(1_000_000), (p) => classifyFastTrackIncident({ estimatedCostPence: p }).value.fastTrack === p > 200_000));
  });
});
