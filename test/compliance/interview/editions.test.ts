import { describe, expect, it } from 'vitest';
import { evidenceDeadline } from '../../../src/compliance/interview/evidence-deadline.js';
import { decideEmployerContact } from '../../../src/compliance/interview/employer-contact.js';
import { mayContactEmployer } from '../../../src/compliance/referrals/postal-contact.js';
import { canRecordFailureToAttend } from '../../../src/compliance/interview/attendance.js';
import { ltamcThinkingTime } from '../../../src/compliance/interview/conduct.js';
import { FOI_ERA_POLICY } from '../../../src/core/policy/editions.js';

const FOI = { policy: FOI_ERA_POLICY };
const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('policy edition foi-era: documents after the interview (FOI-13 vs LSC-04-055 / LSC-06-026)', () => {
  it('interview Thu 17 Apr 2025: FOI-13 due Tue 6 May (10 working days, Easter and Early May skipped) vs 2015 Thu 1 May', () => {
    const foi = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2025-04-17', asOf: '2025-04-17' }, FOI);
    expect(foi.value).toMatchObject({ startDate: '2025-04-17', dueDate: '2025-05-06', status: 'awaiting' });
    expect(ids(foi)).toEqual(['FOI-13', 'FOI-13']);
    expect(foi.edition).toBe('foi-era');
    const cur = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2025-04-17', asOf: '2025-04-17' });
    expect(cur.value.dueDate).toBe('2025-05-01');
    expect(ids(cur)).toEqual(['LSC-06-026', 'LSC-06-026']);
  });
  it('FOI-13 counts from the interview, not from an earlier verbal request or a later letter', () => {
    const input = { kind: 'documentary-evidence' as const, interviewDate: '2025-03-03', requestDate: '2025-03-05', verbalRequestDate: '2025-03-01', asOf: '2025-03-04' };
    expect(evidenceDeadline(input, FOI).value).toMatchObject({ startDate: '2025-03-03', dueDate: '2025-03-17' });
    // 2015: the earlier of the letter and the verbal request (LSC-06-026), 14 calendar days.
    expect(evidenceDeadline(input).value).toMatchObject({ startDate: '2025-03-01', dueDate: '2025-03-15' });
  });
  it('FOI-13 boundary: received on the due date is in time, the day after is late; overdue → consider suspension', () => {
    const base = { kind: 'documentary-evidence' as const, requestDate: '2025-04-17', asOf: '2025-05-20' };
    expect(evidenceDeadline({ ...base, receivedDate: '2025-05-06' }, FOI).value.status).toBe('received-in-time');
    const late = evidenceDeadline({ ...base, receivedDate: '2025-05-07' }, FOI);
    expect(late.value.status).toBe('received-late');
    expect(ids(late)).toEqual(['FOI-13', 'FOI-13']);
    const overdue = evidenceDeadline({ ...base, asOf: '2025-05-07' }, FOI);
    expect(overdue.value).toMatchObject({ status: 'overdue', nextAction: 'consider-suspension' });
    expect(evidenceDeadline({ ...base, asOf: '2025-05-06' }, FOI).value.status).toBe('awaiting');
  });
  it('other request kinds are unchanged under the FOI edition (LSC-04-053 capital: 14 calendar days)', () => {
    const input = { kind: 'undisclosed-capital' as const, requestDate: '2025-04-17', asOf: '2025-04-17' };
    expect(evidenceDeadline(input, FOI).value.dueDate).toBe(evidenceDeadline(input).value.dueDate);
    expect(ids(evidenceDeadline(input, FOI))).toEqual(['LSC-04-053', 'LSC-04-053']);
  });
});

describe('policy edition foi-era: employer contact (FOI-07b–d vs LSC-06-029)', () => {
  const after = { claimantInterviewed: true, ccel1Issued: false, appearsSuitableForLSI: false };
  it('FOI-07c: a refusal bars contact; 2015 allows contact without consent on the refusal ground', () => {
    const input = { ...after, claimantRefusedPermission: true, grounds: ['claimant-refuses-to-provide-information' as const] };
    const foi = decideEmployerContact(input, FOI);
    expect(foi.value).toEqual({ permission: 'forbidden', mayContact: false });
    expect(ids(foi)).toEqual(['FOI-07c']);
    const cur = decideEmployerContact(input);
    expect(cur.value).toEqual({ permission: 'permitted-without-consent', mayContact: true });
    expect(ids(cur)).toEqual(['LSC-06-029']);
  });
  it('FOI-07c: a refusal bars contact even with an earlier MF47 authority (2015: consent wins)', () => {
    const input = { ...after, claimantRefusedPermission: true, consent: { mf47Signed: true, mf47DeclaresWork: true, writtenAuthority: true } };
    expect(decideEmployerContact(input, FOI).value.mayContact).toBe(false);
    expect(decideEmployerContact(input).value.mayContact).toBe(true);
  });
  it('FOI-07d: a denial of working for the employer bars contact; 2015 (LSC-06-029) makes it a ground', () => {
    const input = { ...after, grounds: ['claimant-denies-working-for-named-employer' as const], permissionGivenAtInterview: true };
    const foi = decideEmployerContact(input, FOI);
    expect(foi.value.permission).toBe('forbidden');
    expect(ids(foi)).toEqual(['FOI-07d']);
    expect(decideEmployerContact(input).value.permission).toBe('permitted-without-consent');
  });
  it('FOI-07b: the other grounds and GMS referrals give no contact without permission at the interview', () => {
    for (const g of ['earnings-admitted-employer-named', 'claimant-unable-to-provide-information', 'claimant-fails-to-respond-to-CCEL1'] as const) {
      const foi = decideEmployerContact({ ...after, grounds: [g] }, FOI);
      expect(foi.value.permission, g).toBe('consent-required');
      expect(ids(foi)).toEqual(['FOI-07b']);
      expect(decideEmployerContact({ ...after, grounds: [g] }).value.permission, g).toBe('permitted-without-consent');
    }
    const gms = { ...after, gmsEarningsReferral: { ruleCode: 'JSPX005', receivedFrom: 'direct' as const } };
    expect(decideEmployerContact(gms, FOI).value.permission).toBe('consent-required');
    expect(decideEmployerContact(gms).value.permission).toBe('permitted-without-consent');
  });
  it('FOI-07b: permission given at the interview → contact with consent; not before the interview, even after a CCEL1', () => {
    const ok = decideEmployerContact({ ...after, permissionGivenAtInterview: true }, FOI);
    expect(ok.value).toEqual({ permission: 'permitted-with-consent', mayContact: true });
    expect(ids(ok)).toEqual(['FOI-07b']);
    const ccel1 = decideEmployerContact({ claimantInterviewed: false, ccel1Issued: true, appearsSuitableForLSI: false, grounds: ['claimant-fails-to-respond-to-CCEL1'] }, FOI);
    expect(ccel1.value.permission).toBe('forbidden');
    expect(ids(ccel1)).toEqual(['FOI-07b']);
    // Current edition ignores permissionGivenAtInterview: it needs MF47 consent or a ground (LSC-06-029).
    expect(decideEmployerContact({ ...after, permissionGivenAtInterview: true }).value.permission).toBe('consent-required');
  });
  it('LSC-06-028 still applies under both editions: a case suitable for LSI is never contacted', () => {
    const input = { ...after, appearsSuitableForLSI: true, permissionGivenAtInterview: true };
    expect(ids(decideEmployerContact(input, FOI))).toEqual(['LSC-06-028']);
  });
  it('mayContactEmployer: FOI-07b post route never allows contact; LSC-03-023 allows it from the CCEL1 issue date', () => {
    const input = { route: 'Post' as const, ccel1IssueDate: '2025-03-03', contactDate: '2025-03-10' };
    const foi = mayContactEmployer(input, FOI);
    expect(foi.value).toBe(false);
    expect(ids(foi)).toEqual(['FOI-07b']);
    expect(mayContactEmployer(input).value).toBe(true);
    expect(mayContactEmployer({ route: 'Interview', claimantInterviewed: true, contactDate: '2025-03-10' }, FOI).value).toBe(true);
  });
});

describe('policy edition foi-era: failure to attend (FOI-16a/b vs LSC-06-038)', () => {
  const fta = { appointmentDate: '2025-03-10', asOf: '2025-03-11' };
  it('FOI-16a: a first failure → another appointment offered automatically; 2015 → consider suspension', () => {
    const foi = canRecordFailureToAttend(fta, FOI);
    expect(foi.value.records).toContain('offer-another-appointment');
    expect(foi.value.records).not.toContain('consider-suspension');
    expect(ids(foi)).toEqual(['LSC-06-021', 'LSC-06-024', 'FOI-16a']);
    const cur = canRecordFailureToAttend(fta);
    expect(cur.value.records).toContain('consider-suspension');
    expect(cur.value.records).not.toContain('offer-another-appointment');
    expect(ids(cur).at(-1)).toBe('LSC-06-038');
  });
  it('FOI-16b: a second failure with good reason → another offered; without good reason → consider suspension', () => {
    const good = canRecordFailureToAttend({ ...fta, failureNumber: 2, goodReason: true }, FOI);
    expect(good.value.records.at(-1)).toBe('offer-another-appointment');
    expect(ids(good).at(-1)).toBe('FOI-16b');
    const bad = canRecordFailureToAttend({ ...fta, failureNumber: 2 }, FOI);
    expect(bad.value.records.at(-1)).toBe('consider-suspension');
    expect(ids(bad).at(-1)).toBe('FOI-16b');
    // a third failure, even with good reason, is not covered by FOI-16b
    expect(canRecordFailureToAttend({ ...fta, failureNumber: 3, goodReason: true }, FOI).value.records.at(-1)).toBe('consider-suspension');
    // 2015: good reason is recorded but gives no re-offer (LSC-06-024, LSC-06-038)
    expect(canRecordFailureToAttend({ ...fta, failureNumber: 2, goodReason: true }).value.records.at(-1)).toBe('consider-suspension');
  });
  it('LSC-06-021 still applies under the FOI edition: nothing before the working day ends', () => {
    const early = canRecordFailureToAttend({ appointmentDate: '2025-03-10', asOf: '2025-03-10' }, FOI);
    expect(early.value).toEqual({ canRecord: false, records: [] });
  });
});

describe('policy edition foi-era: LTAMC second interview (FOI-10 vs LSC-04-044/045)', () => {
  it('FOI-10: no time limit on the second interview; 2015: within 10 calendar days (day 11 is late)', () => {
    const input = { firstInterviewDate: '2025-03-03', secondInterviewDate: '2025-03-14' };
    const foi = ltamcThinkingTime(input, FOI);
    expect(foi.value).toMatchObject({ secondInterviewBy: null, secondInterviewInTime: true });
    expect(ids(foi)).toEqual(['LSC-04-042', 'FOI-10']);
    const cur = ltamcThinkingTime(input);
    expect(cur.value).toMatchObject({ secondInterviewBy: '2025-03-13', secondInterviewInTime: false });
    expect(ids(cur)).toEqual(['LSC-04-042', 'LSC-04-044', 'LSC-04-045']);
  });
  it('FOI-10: a second interview must still follow the first', () => {
    expect(ltamcThinkingTime({ firstInterviewDate: '2025-03-03', secondInterviewDate: '2025-03-03' }, FOI).value.secondInterviewInTime).toBe(false);
  });
  it('FOI-10: no "second and final" limit — a further interview is allowed after two (2015: not)', () => {
    expect(ltamcThinkingTime({ firstInterviewDate: '2025-03-03', interviewsHeld: 2 }, FOI).value.furtherInterviewAllowed).toBe(true);
    expect(ltamcThinkingTime({ firstInterviewDate: '2025-03-03', interviewsHeld: 2 }).value.furtherInterviewAllowed).toBe(false);
  });
});
