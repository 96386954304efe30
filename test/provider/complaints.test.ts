import { describe, expect, it } from 'vitest';
import {
  DWP_HIGH_LEVEL_COMPLAINT_CATEGORIES,
  ICE_POSTAL_ADDRESS,
  classifyDwpComplaintCategory,
  decideElectedMemberRepresentation,
  decideIceUpheld,
  decideIsDwpComplaint,
  decideProviderComplaintProcessApplies,
  iceEscalationOutcome,
  routeParticipantComplaint,
} from '../../src/provider/complaints.js';
import { rulesOf } from './helpers.js';

describe('DWP complaint definition and categories (PRV-A2-A-02, PRV-A2-A-08b)', () => {
  it('PRV-A2-A-02: dissatisfaction about the service not resolved as normal business is a complaint', () => {
    expect(decideIsDwpComplaint({ expressesDissatisfaction: true, aboutServiceProvided: true, resolvedByOperationalStaffAsNormalBusiness: false }).value).toBe(true);
    expect(decideIsDwpComplaint({ expressesDissatisfaction: true, aboutServiceProvided: true, resolvedByOperationalStaffAsNormalBusiness: true }).value).toBe(false);
    expect(decideIsDwpComplaint({ expressesDissatisfaction: false, aboutServiceProvided: true, resolvedByOperationalStaffAsNormalBusiness: false }).value).toBe(false);
  });
  it('PRV-A2-A-08b: categories a–f with their themes; f is Easy access', () => {
    expect(Object.keys(DWP_HIGH_LEVEL_COMPLAINT_CATEGORIES)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(classifyDwpComplaintCategory({ code: 'a' }).value).toEqual({ label: 'DWP staff don’t treat me with respect', theme: 'Right treatment' });
    expect(classifyDwpComplaintCategory({ code: 'f' }).value.theme).toBe('Easy access');
    expect(rulesOf(classifyDwpComplaintCategory({ code: 'e' }))).toEqual(['PRV-A2-A-08b']);
  });
});

describe('decideProviderComplaintProcessApplies (PRV-A2-P-04, PRV-A2-B-01a, PRV-127)', () => {
  it('PRV-A2-B-01a: let on 1 April 2011 → applies; 31 March 2011 → not', () => {
    const d = decideProviderComplaintProcessApplies({ contractLetOrRenewed: '2011-04-01' });
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-A2-B-01a', 'PRV-127']);
    expect(decideProviderComplaintProcessApplies({ contractLetOrRenewed: '2011-03-31' }).value).toBe(false);
  });
  it('PRV-A2-P-04: the JCP support contract is excluded', () => {
    const d = decideProviderComplaintProcessApplies({ contractLetOrRenewed: '2015-01-01', jcpSupportContract: true });
    expect(d.value).toBe(false);
    expect(rulesOf(d)[0]).toBe('PRV-A2-P-04');
  });
});

describe('routeParticipantComplaint (PRV-128, PRV-130, PRV-A2-B-01b, PRV-A2-B-11)', () => {
  it('PRV-128: first the provider’s own process', () => {
    expect(routeParticipantComplaint({ stage: 'received by the provider' }).value.next).toBe('provider internal process');
  });
  it('PRV-130/PRV-A2-B-01b: unhappy with the final response → ICE, with the postal address', () => {
    const d = routeParticipantComplaint({ stage: 'provider final response given' });
    expect(d.value).toEqual({ next: 'Independent Case Examiner (ICE)', address: ICE_POSTAL_ADDRESS });
    expect(ICE_POSTAL_ADDRESS).toEqual(['Independent Case Examiner’s Office', 'PO Box 209', 'BOOTLE', 'L20 7WA']);
    expect(rulesOf(d)).toEqual(['PRV-130']);
  });
  it('PRV-A2-B-11: unhappy after ICE → PHSO; satisfied → closed', () => {
    expect(routeParticipantComplaint({ stage: 'ICE concluded' }).value.next).toBe('Parliamentary and Health Service Ombudsman (PHSO)');
    expect(rulesOf(routeParticipantComplaint({ stage: 'ICE concluded' }))).toEqual(['PRV-A2-B-11']);
    expect(routeParticipantComplaint({ stage: 'ICE concluded', satisfied: true }).value.next).toBe('closed');
  });
});

describe('decideElectedMemberRepresentation (PRV-129a, PRV-129b, PRV-129c)', () => {
  it('PRV-129a: accepted; PRV-129b: may confirm when in doubt; PRV-129c: joint response', () => {
    expect(rulesOf(decideElectedMemberRepresentation({ role: 'Member of the Scottish Parliament (MSP)' }))).toEqual(['PRV-129a']);
    const d = decideElectedMemberRepresentation({ role: 'Member of Parliament (MP)', inDoubt: true, cameToDwpAboutBoth: true });
    expect(d.value).toEqual({ authorityAccepted: true, mayAskForConfirmation: true, jointResponseCoordinatedByDwp: true });
    expect(rulesOf(d)).toEqual(['PRV-129a', 'PRV-129b', 'PRV-129c']);
  });
});

describe('iceEscalationOutcome (PRV-A2-B-02 – PRV-A2-B-08)', () => {
  it('PRV-A2-B-03: Stage 1 resolution → no fault, £0', () => {
    const d = iceEscalationOutcome({ endedAt: 'Stage 1: Resolution' });
    expect(d.value).toMatchObject({ faultDetermined: false, contributionPence: 0, totalLiabilityPence: 0 });
    expect(rulesOf(d)).toEqual(['PRV-A2-B-02', 'PRV-A2-B-03']);
  });
  it('PRV-A2-B-04: Stage 2 settlement → all evidence supplied, no fault, £0', () => {
    const d = iceEscalationOutcome({ endedAt: 'Stage 2: Settlement' });
    expect(d.value).toMatchObject({ faultDetermined: false, contributionPence: 0, providerMustSupplyAllEvidence: true });
    expect(rulesOf(d)).toEqual(['PRV-A2-B-02', 'PRV-A2-B-04']);
  });
  it('PRV-A2-B-05/PRV-A2-B-06/PRV-A2-B-07: upheld at investigation → £5,000 plus redress', () => {
    const d = iceEscalationOutcome({ endedAt: 'Stage 3: Investigation Report', upheldAgainstProvider: true, redressPence: 25_000 });
    expect(d.value).toMatchObject({ faultDetermined: true, contributionPence: 500_000, redressPence: 25_000, totalLiabilityPence: 525_000 });
    expect(rulesOf(d)).toEqual(['PRV-A2-B-02', 'PRV-A2-B-05', 'PRV-A2-B-06', 'PRV-A2-B-07']);
  });
  it('PRV-A2-B-06: not upheld at investigation → no contribution', () => {
    expect(iceEscalationOutcome({ endedAt: 'Stage 3: Investigation Report', upheldAgainstProvider: false }).value.contributionPence).toBe(0);
  });
  it('PRV-A2-B-03/04: redress agreed at Stage 1 or 2 is paid (no fault, no contribution); it is no longer dropped', () => {
    const settled = iceEscalationOutcome({ endedAt: 'Stage 2: Settlement', redressPence: 7_500 });
    expect(settled.value).toMatchObject({ faultDetermined: false, contributionPence: 0, redressPence: 7_500, totalLiabilityPence: 7_500 });
    expect(rulesOf(settled)).toEqual(['PRV-A2-B-02', 'PRV-A2-B-04', 'PRV-A2-B-04']);
    const resolved = iceEscalationOutcome({ endedAt: 'Stage 1: Resolution', redressPence: 1 });
    expect(resolved.value).toMatchObject({ faultDetermined: false, contributionPence: 0, redressPence: 1, totalLiabilityPence: 1, providerMustSupplyAllEvidence: false });
    expect(rulesOf(resolved)).toEqual(['PRV-A2-B-02', 'PRV-A2-B-03', 'PRV-A2-B-03']);
    expect(iceEscalationOutcome({ endedAt: 'Stage 2: Settlement', redressPence: 0 }).reasons).toHaveLength(2);
  });
  it('PRV-A2-B-08: evidence destroyed on conclusion', () => {
    const d = iceEscalationOutcome({ endedAt: 'Stage 3: Investigation Report', concludedOn: '2026-05-05' });
    expect(d.value.evidenceDestroyedOn).toBe('2026-05-05');
    expect(rulesOf(d)).toContain('PRV-A2-B-08');
  });
});

describe('decideIceUpheld (PRV-A2-B-09)', () => {
  it('PRV-A2-B-09: standards test where standards exist; else the reasonableness test', () => {
    expect(decideIceUpheld({ relevantStandardsExist: true, belowStandards: true }).value).toBe(true);
    expect(decideIceUpheld({ relevantStandardsExist: true, belowStandards: false, failsReasonablenessTest: true }).value).toBe(false);
    expect(decideIceUpheld({ relevantStandardsExist: false, failsReasonablenessTest: true }).value).toBe(true);
    expect(decideIceUpheld({ relevantStandardsExist: false, belowStandards: true }).value).toBe(false);
  });
});
