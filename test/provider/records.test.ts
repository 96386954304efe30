import { describe, expect, it } from 'vitest';
import {
  clericalDocumentDisposal,
  decideClericalStorage,
  decideEsfEvidenceDestroyable,
  decideMappaElectronicRecord,
  decideScrAccess,
  participantRecordHandling,
} from '../../src/provider/records.js';
import { rulesOf } from './helpers.js';

describe('participantRecordHandling', () => {
  it('PRV-062, PRV-063, PRV-064, PRV-065, PRV-070, PRV-072, PRV-076b: SCR → clerical only, SL2, nominated officers', () => {
    const d = participantRecordHandling({ scrStatus: true, mappa: false });
    expect(d.value).toMatchObject({
      referralRoute: 'clerically by Jobcentre Plus on form SL2',
      electronicRecordPermitted: false,
      clericalRecordsOnly: true,
      shareOnlyBetweenNominatedOfficers: true,
      jobOutcomeClaimRoute: 'relevant form(s) in Annex 2 of the Work and Health Programme guidance',
    });
    expect(rulesOf(d)).toEqual(['PRV-062', 'PRV-063', 'PRV-064', 'PRV-065', 'PRV-070', 'PRV-072', 'PRV-076b']);
  });
  it('PRV-088, PRV-089, PRV-090, PRV-101: MAPPA → PRaP referral, restricted marked electronic record, sensitive', () => {
    const d = participantRecordHandling({ scrStatus: false, mappa: true });
    expect(d.value).toMatchObject({ referralRoute: 'PRaP', electronicRecordPermitted: true, sensitivePersonalInformation: true });
    expect(d.value.electronicRecordRules).toHaveLength(2);
    expect(rulesOf(d)).toEqual(['PRV-088', 'PRV-089', 'PRV-090', 'PRV-101']);
  });
  it('PRV-099 (PRV-098): MAPPA with SCR → SCR throughout (SL2, no electronic record)', () => {
    const d = participantRecordHandling({ scrStatus: true, mappa: true });
    expect(d.value).toMatchObject({ referralRoute: 'clerically by Jobcentre Plus on form SL2', electronicRecordPermitted: false, sensitivePersonalInformation: true });
    expect(rulesOf(d)[0]).toBe('PRV-099');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('PRV-098');
  });
  it('neither: the programme norm', () => {
    expect(participantRecordHandling({ scrStatus: false, mappa: false }).value).toMatchObject({ referralRoute: 'PRaP', shareOnlyBetweenNominatedOfficers: false });
  });
});

describe('decideMappaElectronicRecord (PRV-089, PRV-090, PRV-099)', () => {
  const ok = { fieldProvenances: ['received from PRaP', 'daily running of the record'], markedAsMappa: true, referToNominatedOfficerNote: true } as const;
  it('PRV-089/PRV-090: PRaP and daily-running fields, marked → valid', () => {
    expect(decideMappaElectronicRecord(ok).value).toBe(true);
  });
  it('PRV-089: any other information → invalid', () => {
    const d = decideMappaElectronicRecord({ ...ok, fieldProvenances: ['received from PRaP', 'other'] });
    expect(d.value).toBe(false);
    expect(rulesOf(d)).toEqual(['PRV-089']);
  });
  it('PRV-090: unmarked → invalid', () => {
    expect(rulesOf(decideMappaElectronicRecord({ ...ok, referToNominatedOfficerNote: false }))).toEqual(['PRV-090']);
  });
  it('PRV-099: none at all with SCR status', () => {
    expect(decideMappaElectronicRecord({ ...ok, scrStatus: true }).value).toBe(false);
  });
});

describe('decideScrAccess (PRV-066, PRV-067, PRV-071)', () => {
  const ok = { legitimateBusinessNeed: true, singleEvent: true } as const;
  it('PRV-067: 240 minutes (four hours) is allowed without authorisation; 241 is not', () => {
    expect(decideScrAccess({ ...ok, durationMinutes: 240 }).value).toMatchObject({ permitted: true, managementAuthorisationRequired: false });
    const d = decideScrAccess({ ...ok, durationMinutes: 241 });
    expect(d.value).toMatchObject({ permitted: false, managementAuthorisationRequired: true });
    expect(rulesOf(d)).toEqual(['PRV-067']);
  });
  it('PRV-067: longer with management authorisation', () => {
    expect(decideScrAccess({ ...ok, durationMinutes: 480, managementAuthorised: true }).value.permitted).toBe(true);
  });
  it('PRV-071: only for a legitimate business need; control-sheet fields', () => {
    const d = decideScrAccess({ ...ok, legitimateBusinessNeed: false, durationMinutes: 30 });
    expect(d.value.permitted).toBe(false);
    expect(rulesOf(d)).toEqual(['PRV-071']);
    expect(d.value.controlSheetFields).toEqual(['date', 'name of staff member', 'reason for record access']);
  });
  it('PRV-066: event by event only', () => {
    expect(rulesOf(decideScrAccess({ ...ok, singleEvent: false, durationMinutes: 30 }))).toEqual(['PRV-066']);
  });
});

describe('decideClericalStorage (PRV-069, PRV-091)', () => {
  const base = { locked: true, robust: true, accessControlledByNominatedOfficer: true } as const;
  it('PRV-069: SCR — robust lockable wood or steel; not other metal', () => {
    expect(decideClericalStorage({ ...base, recordType: 'SCR', material: 'wood' }).value).toBe(true);
    expect(decideClericalStorage({ ...base, recordType: 'SCR', material: 'steel' }).value).toBe(true);
    expect(decideClericalStorage({ ...base, recordType: 'SCR', material: 'other metal' }).value).toBe(false);
    expect(decideClericalStorage({ ...base, recordType: 'SCR', material: 'steel', robust: false }).value).toBe(false);
  });
  it('PRV-091: MAPPA — locked metal (any) or wood, access controlled by the nominated officer', () => {
    expect(decideClericalStorage({ ...base, recordType: 'MAPPA', material: 'other metal', robust: false }).value).toBe(true);
    expect(decideClericalStorage({ ...base, recordType: 'MAPPA', material: 'other' }).value).toBe(false);
    expect(decideClericalStorage({ ...base, recordType: 'MAPPA', material: 'wood', accessControlledByNominatedOfficer: false }).value).toBe(false);
    expect(decideClericalStorage({ ...base, recordType: 'MAPPA', material: 'wood', locked: false }).value).toBe(false);
  });
});

describe('clericalDocumentDisposal and ESF retention (PRV-076a, PRV-077, PRV-096, PRV-097)', () => {
  it('PRV-076a: SCR documents shredded on the day provision ends', () => {
    const d = clericalDocumentDisposal({ recordType: 'SCR', provisionEnded: '2026-03-31' });
    expect(d.value).toEqual({ destroyOn: '2026-03-31', method: 'shredding', esfRetainUntil: null, conflict: false });
    expect(rulesOf(d)).toEqual(['PRV-076a']);
  });
  it('PRV-077 vs PRV-076a: SCR with validated claims surfaces the conflict', () => {
    const d = clericalDocumentDisposal({ recordType: 'SCR', provisionEnded: '2026-03-31', validatedJobOrSustainmentClaim: true });
    expect(d.value).toMatchObject({ conflict: true, esfRetainUntil: '2027-12-31' });
    expect(rulesOf(d)).toEqual(['PRV-076a', 'PRV-077']);
  });
  it('PRV-096/PRV-097: MAPPA documents destroyed immediately, no ESF retention even with claims', () => {
    const d = clericalDocumentDisposal({ recordType: 'MAPPA', provisionEnded: '2026-03-31', validatedJobOrSustainmentClaim: true });
    expect(d.value).toMatchObject({ destroyOn: '2026-03-31', conflict: false, esfRetainUntil: null });
    expect(rulesOf(d)).toEqual(['PRV-096', 'PRV-097']);
  });
  it('PRV-097 vs PRV-099/PRV-077: MAPPA with SCR status has no PRaP audit trail, so validated claims surface the conflict', () => {
    const d = clericalDocumentDisposal({ recordType: 'MAPPA', scrStatus: true, provisionEnded: '2026-03-31', validatedJobOrSustainmentClaim: true });
    expect(d.value).toEqual({ destroyOn: '2026-03-31', method: 'shredding', esfRetainUntil: '2027-12-31', conflict: true });
    expect(rulesOf(d)).toEqual(['PRV-096', 'PRV-076a', 'PRV-097']);
    expect(d.reasons[2]!.cites.map((c) => c.id)).toEqual(['PRV-097', 'PRV-099', 'PRV-077']);
  });
  it('PRV-099: MAPPA with SCR status and no validated claims → destroyed immediately, without the PRaP audit-trail reason', () => {
    const d = clericalDocumentDisposal({ recordType: 'MAPPA', scrStatus: true, provisionEnded: '2026-03-31' });
    expect(d.value).toEqual({ destroyOn: '2026-03-31', method: 'shredding', esfRetainUntil: null, conflict: false });
    expect(rulesOf(d)).toEqual(['PRV-096', 'PRV-076a']);
  });
  it('PRV-077: evidence kept through 31 December 2027, destroyable from 1 January 2028', () => {
    expect(decideEsfEvidenceDestroyable({ asOf: '2027-12-31' }).value).toBe(false);
    expect(decideEsfEvidenceDestroyable({ asOf: '2028-01-01' }).value).toBe(true);
  });
});
