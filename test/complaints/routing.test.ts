import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complaintContactChannels,
  complaintEscalationSignpost,
  decideComplaintCaseConference,
  detectComplaintTrend,
  OFFICIAL_CORRESPONDENCE_ROUTES,
  reviewComplaintInvestigation,
  routeOfficialCorrespondence,
  validateComplaintClosure,
} from '../../src/complaints/index.js';

const rules = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('contact channels (CRM-01c–f, CRM-05c–f)', () => {
  it('CRM-01f / CRM-05f: by default phone, direct contact details at the case manager\'s discretion', () => {
    const d = complaintContactChannels({ stage: 'CRT', purpose: 'initial contact' });
    expect(d.value).toEqual({ channels: ['phone'], assessContactMethodFirst: false, directContactDetails: 'case manager discretion', acknowledgementContent: null });
    expect(rules(d)).toEqual(['CRM-01f']);
    expect(rules(complaintContactChannels({ stage: 'CCRT', purpose: 'update' }))).toEqual(['CRM-05f']);
  });
  it('CRM-01c / CRM-05c: a staff complaint is acknowledged by letter, saying only two things', () => {
    const d = complaintContactChannels({ stage: 'CRT', purpose: 'acknowledgement', staffComplaint: true });
    expect(d.value.channels).toEqual(['letter']);
    expect(d.value.acknowledgementContent).toEqual(['acknowledge the complaint', 'say that an investigation will take place']);
    expect(rules(d)).toEqual(['CRM-01c']);
    expect(rules(complaintContactChannels({ stage: 'CCRT', purpose: 'acknowledgement', staffComplaint: true }))).toEqual(['CRM-05c']);
    // after the acknowledgement a staff complaint is handled by phone like any other
    expect(complaintContactChannels({ stage: 'CRT', purpose: 'update', staffComplaint: true }).value.channels).toEqual(['phone']);
  });
  it('CRM-01d / CRM-05d: a vulnerable customer is not contacted until the method has been looked into', () => {
    const wait = complaintContactChannels({ stage: 'CRT', purpose: 'initial contact', vulnerable: true });
    expect(wait.value.channels).toEqual([]);
    expect(wait.value.assessContactMethodFirst).toBe(true);
    expect(rules(wait)).toEqual(['CRM-01d']);
    const done = complaintContactChannels({ stage: 'CCRT', purpose: 'initial contact', vulnerable: true, contactMethodAssessed: true });
    expect(done.value.channels).toEqual(['phone']);
    expect(rules(done)).toEqual(['CRM-05d', 'CRM-05f']);
  });
  it('CRM-01e: UPCC / vexatious at the CRT → written messages only', () => {
    const d = complaintContactChannels({ stage: 'CRT', purpose: 'update', upccOrVexatious: true });
    expect(d.value.channels).toEqual(['written']);
    expect(d.value.directContactDetails).toBe('not recommended');
    expect(rules(d)).toEqual(['CRM-01e']);
  });
  it('CRM-05e: UPCC / vexatious at the CCRT → written or SMS text messages', () => {
    const d = complaintContactChannels({ stage: 'CCRT', purpose: 'initial contact', upccOrVexatious: true });
    expect(d.value.channels).toEqual(['written', 'SMS']);
    expect(rules(d)).toEqual(['CRM-05e']);
  });
  it('CRM-03a / CRM-01e: the outcome goes in writing to a UPCC customer, by phone otherwise', () => {
    const d = complaintContactChannels({ stage: 'CRT', purpose: 'outcome', upccOrVexatious: true });
    expect(d.value.channels).toEqual(['written']);
    expect(rules(d)).toEqual(['CRM-01e', 'CRM-03a']);
    expect(rules(complaintContactChannels({ stage: 'CCRT', purpose: 'outcome' }))).toEqual(['CRM-07a']);
  });
});

describe('investigation (CRM-02a–c, CRM-06a–c)', () => {
  const all = { whatHappened: true, whatShouldHaveHappened: true, whereMistakesWereMade: true, rootCause: true };
  it('CRM-02a: unvalidated information is not accepted', () => {
    const d = reviewComplaintInvestigation({ stage: 'CRT', evidence: [{ source: 'system', validated: true }, { source: 'colleague', validated: false }], established: all });
    expect(d.value.usableEvidence).toEqual([0]);
    expect(d.value.rejectedEvidence).toEqual([1]);
    expect(rules(d)).toEqual(['CRM-02a', 'CRM-02b']);
  });
  it('CRM-02b / CRM-06b: the missing steps of the logical path, in order', () => {
    const d = reviewComplaintInvestigation({ stage: 'CCRT', evidence: [], established: { ...all, whatHappened: false, rootCause: false } });
    expect(d.value.missingSteps).toEqual(['whatHappened', 'rootCause']);
    expect(rules(d)).toEqual(['CRM-06b']);
    expect(reviewComplaintInvestigation({ stage: 'CCRT', evidence: [{ source: 'colleague', validated: false }], established: all }).reasons[0]!.rule).toBe('CRM-06a');
  });
  it('CRM-02c / CRM-06c: for staff complaints line management investigates the staff member', () => {
    const d = reviewComplaintInvestigation({ stage: 'CRT', evidence: [], established: all, staffComplaint: true });
    expect(d.value.staffMemberInvestigatedBy).toBe('line management chain or most appropriate office manager');
    expect(rules(d)).toContain('CRM-02c');
    expect(rules(reviewComplaintInvestigation({ stage: 'CCRT', evidence: [], established: all, staffComplaint: true }))).toContain('CRM-06c');
    expect(reviewComplaintInvestigation({ stage: 'CRT', evidence: [], established: all }).value.staffMemberInvestigatedBy).toBeNull();
  });
});

describe('case conference (CRM-04a, CRM-08)', () => {
  it('CRM-04a: dissatisfied and a little extra work could resolve it → consider a case conference', () => {
    expect(decideComplaintCaseConference({ stage: 'CRT', customerRemainsDissatisfied: true, littleExtraWorkCouldResolve: true }).value).toBe(true);
    expect(decideComplaintCaseConference({ stage: 'CRT', customerRemainsDissatisfied: true, littleExtraWorkCouldResolve: false }).value).toBe(false);
    expect(decideComplaintCaseConference({ stage: 'CRT', customerRemainsDissatisfied: false, littleExtraWorkCouldResolve: true }).value).toBe(false);
  });
  it('CRM-08: the same at the CCRT', () => {
    const d = decideComplaintCaseConference({ stage: 'CCRT', customerRemainsDissatisfied: true, littleExtraWorkCouldResolve: true });
    expect(rules(d)).toEqual(['CRM-08']);
  });
});

describe('trend detection (CRM-04c, CRM-09b)', () => {
  const X = (receivedOn: string) => ({ receivedOn, subject: 'X' });
  const Y = (receivedOn: string) => ({ receivedOn, subject: 'Y' });
  it('CRM-09b: the catalogue example — three on X in March, assessed on 28 March → trend + Systemic Log', () => {
    const d = detectComplaintTrend({ stage: 'CCRT', subject: 'X', asOf: '2025-03-28', complaints: [X('2025-03-01'), X('2025-03-20'), X('2025-03-28')] });
    expect(d.value).toEqual({ trend: true, run: 3, actions: ['inform your manager', 'record the issue on the Systemic Log'] });
    expect(rules(d)).toEqual(['CRM-09b']);
  });
  it('CRM-09b: assessed on 5 April the first is outside the last month → no trend', () => {
    const d = detectComplaintTrend({ stage: 'CCRT', subject: 'X', asOf: '2025-04-05', complaints: [X('2025-03-01'), X('2025-03-20'), X('2025-03-28')] });
    expect(d.value).toEqual({ trend: false, run: 2, actions: [] });
  });
  it('CRM-09b: window boundary — a complaint exactly one month before asOf is outside, the day after inside', () => {
    const base = [X('2025-03-20'), X('2025-03-28')];
    expect(detectComplaintTrend({ stage: 'CCRT', subject: 'X', asOf: '2025-03-28', complaints: [X('2025-02-28'), ...base] }).value.trend).toBe(false);
    expect(detectComplaintTrend({ stage: 'CCRT', subject: 'X', asOf: '2025-03-28', complaints: [X('2025-03-01'), ...base] }).value.trend).toBe(true);
  });
  it('CRM-04c: the CRT has no window — three in a row over a year is a trend for the manager', () => {
    const d = detectComplaintTrend({ stage: 'CRT', subject: 'X', asOf: '2025-12-01', complaints: [X('2025-01-01'), X('2025-06-01'), X('2025-12-01')] });
    expect(d.value).toEqual({ trend: true, run: 3, actions: ['inform your manager'] });
    expect(rules(d)).toEqual(['CRM-04c']);
  });
  it('CRM-04c: "in a row" — a complaint on another subject in between breaks the run', () => {
    const d = detectComplaintTrend({ stage: 'CRT', subject: 'X', asOf: '2025-03-10', complaints: [X('2025-03-01'), Y('2025-03-02'), X('2025-03-05'), X('2025-03-10')] });
    expect(d.value.run).toBe(2);
    expect(d.value.trend).toBe(false);
  });
  it('CRM-04c: order is by date, whatever the input order; later complaints than asOf are ignored', () => {
    const d = detectComplaintTrend({ stage: 'CRT', subject: 'X', asOf: '2025-03-10', complaints: [X('2025-03-10'), Y('2025-03-11'), X('2025-03-01'), X('2025-03-05')] });
    expect(d.value.run).toBe(3);
  });
  it('property: the run never exceeds the complaints about the subject, and a CCRT run never exceeds the CRT run', () => {
    const arb = fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 3 }), subject: fc.constantFrom('X', 'Y') }), { maxLength: 12 });
    fc.assert(fc.property(arb, (rows) => {
      const complaints = rows.map((r) => ({ receivedOn: `2025-0${r.month}-${String(r.day).padStart(2, '0')}`, subject: r.subject }));
      const crt = detectComplaintTrend({ stage: 'CRT', subject: 'X', asOf: '2025-03-28', complaints }).value;
      const ccrt = detectComplaintTrend({ stage: 'CCRT', subject: 'X', asOf: '2025-03-28', complaints }).value;
      expect(crt.run).toBeLessThanOrEqual(complaints.filter((c) => c.subject === 'X').length);
      expect(ccrt.run).toBeLessThanOrEqual(crt.run);
      expect(crt.trend).toBe(crt.run >= 3);
    }));
  });
});

describe('closure (CRM-04d, CRM-10)', () => {
  it('CRM-04d: categories must be corrected before closing', () => {
    const d = validateComplaintClosure({ stage: 'CRT', loggedCategories: ['a', 'b'], categoriesAfterInvestigation: ['b', 'c'] });
    expect(d.value).toEqual({ mayClose: false, addCategories: ['c'], removeCategories: ['a'] });
    expect(rules(d)).toEqual(['CRM-04d']);
  });
  it('CRM-10: matching categories (any order) may be closed at the CCRT', () => {
    const d = validateComplaintClosure({ stage: 'CCRT', loggedCategories: ['b', 'a'], categoriesAfterInvestigation: ['a', 'b'] });
    expect(d.value.mayClose).toBe(true);
    expect(rules(d)).toEqual(['CRM-10']);
  });
});

describe('official correspondence (CRM-11a–c) and signposting (CRM-03b, CRM-07b, CRM-11b)', () => {
  it('CRM-11c: POS → the Director signs; MP to DG and Treat Official → own signature', () => {
    const pos = routeOfficialCorrespondence({ type: 'POS' });
    expect(pos.value).toMatchObject({ signatory: 'Director', writtenResponseRequired: true, phoneAnswerAllowed: false, escalationSignposting: 'none' });
    expect(pos.value.steps.at(-1)).toBe('email all relevant documents to the appropriate Director for signing');
    expect(routeOfficialCorrespondence({ type: 'MP to DG' }).value).toMatchObject({ signatory: 'case manager', writtenResponseRequired: true });
    expect(routeOfficialCorrespondence({ type: 'Treat Official' }).value.steps.at(-1)).toBe('sign and send the response');
  });
  it('CRM-11a: a phone answer is allowed for Treat Official, never for POS', () => {
    expect(routeOfficialCorrespondence({ type: 'Treat Official' }).value.phoneAnswerAllowed).toBe(true);
    expect(OFFICIAL_CORRESPONDENCE_ROUTES.find((r) => r.type === 'POS')!.printed).toBe('POS Case – prepare for Director Signature');
  });
  it('CRM-11b: no escalation signposting; route to operations or another body', () => {
    const d = routeOfficialCorrespondence({ type: 'Treat Official', enquiryBelongsTo: 'operations' });
    expect(d.value.signpostTo).toBe('operations (agree the contact person)');
    expect(rules(d)).toEqual(['CRM-11c', 'CRM-11b', 'CRM-11b']);
    expect(routeOfficialCorrespondence({ type: 'POS', enquiryBelongsTo: 'other body' }).value.signpostTo).toMatch(/CAB/);
    expect(routeOfficialCorrespondence({ type: 'POS' }).value.signpostTo).toBeNull();
  });
  it('CRM-03b / CRM-07b / CRM-11b: escalation signposts', () => {
    expect(complaintEscalationSignpost({ kind: 'complaint', stage: 'CRT' }).value).toBe('CCRT');
    expect(complaintEscalationSignpost({ kind: 'complaint', stage: 'CCRT' }).value).toBe('ICE');
    const corr = complaintEscalationSignpost({ kind: 'official correspondence', stage: 'CCRT' });
    expect(corr.value).toBeNull();
    expect(rules(corr)).toEqual(['CRM-11b']);
  });
});
