import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFoiEraInterviewRecord,
  classifyFoiEraTrigger,
  decideFoiEraAbandonment,
  decideFoiEraClaimantRequest,
  decideFoiEraDecisionAuthority,
  decideFoiEraEmployerContact,
  decideFoiEraFailureToAttend,
  decideFoiEraLivingTogetherPause,
  decideFoiEraUnannouncedVisit,
  FOI_ERA_INTERVIEW_AIMS,
  FOI_ERA_INTERVIEW_PRINCIPLES,
  FOI_ERA_TRIGGERS,
  foiEraDocumentsDeadline,
  foiEraInterviewArrangementDeadline,
  foiEraInterviewNotice,
  foiEraProcessCheckSample,
  foiMailboxDeadlines,
  validateFoiEraStatementSignature,
} from '../../src/foi/index.js';
import { foiFact } from '../../src/foi/cite-foi.js';
import { addCalendarDays, isoDate, workingDaysBetween } from '../../src/calendar/index.js';

const rules = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('foiFact() citation helper', () => {
  it('cites the fact number, or the DWP acknowledgement for fact 00', () => {
    expect(foiFact('FOI-05a')).toEqual({ id: 'FOI-05a', ref: 'FOI request (Customer Compliance) fact 5' });
    expect(foiFact('FOI-00b').ref).toBe('FOI request (Customer Compliance) DWP acknowledgement');
    expect(() => foiFact('FOI-21')).toThrow(TypeError);
  });
});

describe('FOI-00a / FOI-00b: the FoI mailbox', () => {
  it('FOI-00a: accepted Thu 17 Apr 2025 → forwarded by Tue 22 Apr (Easter skipped)', () => {
    const d = foiMailboxDeadlines({ acceptedOn: '2025-04-17' });
    expect(d.value.forwardedBy).toBe('2025-04-22');
    expect(rules(d)).toEqual(['FOI-00a', 'FOI-00b']);
  });
  it('FOI-00a: accepted on a non-working day (Sat 19 Apr 2025) → the first working day after, Tue 22 Apr', () => {
    expect(foiMailboxDeadlines({ acceptedOn: '2025-04-19' }).value.forwardedBy).toBe('2025-04-22');
  });
  it('FOI-00b: received Fri 2 May 2025 → a response normally by Tue 3 Jun', () => {
    expect(foiMailboxDeadlines({ acceptedOn: '2025-05-02' }).value.responseExpectedBy).toBe('2025-06-03');
  });
});

describe('FOI-05a: at least 3 working days\' notice', () => {
  it('FOI-05a: notified Mon 3 Mar 2025 → Thu 6 Mar is the earliest; Wed 5 Mar is too soon', () => {
    expect(foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-06' }).value).toEqual({ earliestInterviewDate: '2025-03-06', valid: true });
    const short = foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-05' });
    expect(short.value.valid).toBe(false);
    expect(rules(short)).toEqual(['FOI-05a']);
  });
  it('FOI-05a: across Easter, notified Thu 17 Apr 2025 → Thu 24 Apr', () => {
    expect(foiEraInterviewNotice({ notifiedOn: '2025-04-17', interviewOn: '2025-04-23' }).value).toEqual({ earliestInterviewDate: '2025-04-24', valid: false });
  });
  it('FOI-05d: a permitted un-announced visit needs no notice; a non-permitted one falls back to the notice rule', () => {
    const visit = foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-03', unannouncedVisit: { suspectedCouple: true, prepaymentCase: true, financialAssessorWarned: true } });
    expect(visit.value).toEqual({ earliestInterviewDate: null, valid: true });
    expect(rules(visit)).toEqual(['FOI-05d']);
    expect(foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-03', unannouncedVisit: { suspectedCouple: true, prepaymentCase: false, financialAssessorWarned: true } }).value.valid).toBe(false);
  });
  it('FOI-05d: a proposed un-announced visit that is not permitted says so before the notice rule', () => {
    const refused = foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-03', unannouncedVisit: { suspectedCouple: false, prepaymentCase: true, financialAssessorWarned: true } });
    expect(refused.value).toEqual({ earliestInterviewDate: '2025-03-06', valid: false });
    expect(rules(refused)).toEqual(['FOI-05d', 'FOI-05a']);
    // with enough notice the visit is simply a notified one, still explained
    const notified = foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-06', unannouncedVisit: { suspectedCouple: false, prepaymentCase: true, financialAssessorWarned: true } });
    expect(notified.value.valid).toBe(true);
    expect(rules(notified)).toEqual(['FOI-05d', 'FOI-05a']);
  });
  it('property (FOI-05a): valid iff at least 3 working days lie between notification and interview', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 20 }), (n, gap) => {
      const notified = addCalendarDays(isoDate('2024-01-01'), n);
      const interview = addCalendarDays(notified, gap);
      expect(foiEraInterviewNotice({ notifiedOn: notified, interviewOn: interview }).value.valid).toBe(workingDaysBetween(notified, interview) >= 3);
    }), { numRuns: 300 });
  });
});

describe('FOI-05b / FOI-05c / FOI-13: arranging the interview and documents', () => {
  it('FOI-05b: 15 working days — Mon 3 Mar 2025 → Mon 24 Mar; Fri 2 May → Tue 27 May (day 15), day 16 late', () => {
    expect(foiEraInterviewArrangementDeadline({ referralReceivedOn: '2025-03-03', prepaymentCase: false }).value.arrangeBy).toBe('2025-03-24');
    const d = foiEraInterviewArrangementDeadline({ referralReceivedOn: '2025-05-02', prepaymentCase: false, arrangedOn: '2025-05-27' });
    expect(d.value).toEqual({ arrangeBy: '2025-05-27', workingDays: 15, met: true });
    expect(foiEraInterviewArrangementDeadline({ referralReceivedOn: '2025-05-02', prepaymentCase: false, arrangedOn: '2025-05-28' }).value.met).toBe(false);
  });
  it('FOI-05c: a prepayment case has 5 working days — Mon 3 Mar 2025 → Mon 10 Mar', () => {
    const d = foiEraInterviewArrangementDeadline({ referralReceivedOn: '2025-03-03', prepaymentCase: true });
    expect(d.value.arrangeBy).toBe('2025-03-10');
    expect(rules(d)).toEqual(['FOI-05c']);
  });
  it('FOI-13: documents within 10 working days — Mon 3 Mar 2025 → Mon 17 Mar; Thu 17 Apr → Tue 6 May', () => {
    expect(foiEraDocumentsDeadline({ interviewOn: '2025-03-03' }).value).toBe('2025-03-17');
    const d = foiEraDocumentsDeadline({ interviewOn: '2025-04-17' });
    expect(d.value).toBe('2025-05-06');
    expect(rules(d)).toEqual(['FOI-13']);
  });
});

describe('FOI-05d: un-announced visits', () => {
  it('FOI-05d: only when all three conditions hold', () => {
    expect(decideFoiEraUnannouncedVisit({ suspectedCouple: true, prepaymentCase: true, financialAssessorWarned: true }).value).toBe(true);
    for (const k of ['suspectedCouple', 'prepaymentCase', 'financialAssessorWarned'] as const) {
      expect(decideFoiEraUnannouncedVisit({ suspectedCouple: true, prepaymentCase: true, financialAssessorWarned: true, [k]: false }).value).toBe(false);
    }
  });
});

describe('FOI-07a–d: employer contact', () => {
  it('FOI-07a: never before the interview, even with permission', () => {
    const d = decideFoiEraEmployerContact({ interviewed: false, permissionGivenAtInterview: true });
    expect(d.value).toBe(false);
    expect(rules(d)).toEqual(['FOI-07a']);
  });
  it('FOI-07b: after the interview only with permission given there', () => {
    expect(decideFoiEraEmployerContact({ interviewed: true, permissionGivenAtInterview: true }).value).toBe(true);
    const d = decideFoiEraEmployerContact({ interviewed: true, permissionGivenAtInterview: false });
    expect(d.value).toBe(false);
    expect(rules(d)).toEqual(['FOI-07b']);
  });
  it('FOI-07c: a refusal bars contact', () => {
    const d = decideFoiEraEmployerContact({ interviewed: true, permissionGivenAtInterview: false, permissionRefused: true });
    expect(d.value).toBe(false);
    expect(rules(d)).toEqual(['FOI-07c']);
  });
  it('FOI-07d: a denial of working for the employer bars contact, even with permission', () => {
    const d = decideFoiEraEmployerContact({ interviewed: true, permissionGivenAtInterview: true, deniesWorkingForEmployer: true });
    expect(d.value).toBe(false);
    expect(rules(d)).toEqual(['FOI-07d']);
  });
  it('property: contact is allowed iff interviewed, permitted, not refused and not denied', () => {
    fc.assert(fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (interviewed, permission, refused, denies) => {
      const v = decideFoiEraEmployerContact({ interviewed, permissionGivenAtInterview: permission, permissionRefused: refused, deniesWorkingForEmployer: denies }).value;
      expect(v).toBe(interviewed && permission && !refused && !denies);
    }));
  });
});

describe('interview principles (FOI-01–04, 08, 09, 18, 20)', () => {
  const good = { underCaution: false, treatedAsCriminalInvestigation: false, aimsCovered: true, futureComplianceImpressed: true, signedStatementTaken: true, accompaniedBy: 'nobody' as const, officerMadeDecision: false };
  it('the principles table has one entry per fact (FOI-01, FOI-02, FOI-03, FOI-04, FOI-18, FOI-20)', () => {
    expect(FOI_ERA_INTERVIEW_PRINCIPLES.map((p) => p.id)).toEqual(['FOI-01', 'FOI-02', 'FOI-03', 'FOI-04', 'FOI-18', 'FOI-20']);
    expect(FOI_ERA_INTERVIEW_PRINCIPLES.every((p) => p.cites[0]!.id === p.id)).toBe(true);
  });
  it('FOI-08: the four aims, verbatim', () => {
    expect(FOI_ERA_INTERVIEW_AIMS.lead).toBe('The aim of the Customer Compliance interview is to:');
    expect(FOI_ERA_INTERVIEW_AIMS.aims).toEqual([
      'discuss the case having regard to the reason for the referral;',
      'obtain accurate information from the customer;',
      'conduct a full review of the customer’s circumstances; and',
      'reinforce customer responsibilities.',
    ]);
  });
  it('FOI-02: a conforming record', () => {
    const d = checkFoiEraInterviewRecord(good);
    expect(d.value).toEqual({ conforms: true, breaches: [] });
    expect(rules(d)).toEqual(['FOI-02']);
  });
  it('FOI-01 / FOI-04 / FOI-08 / FOI-09 / FOI-18 / FOI-20: each breach is named', () => {
    expect(checkFoiEraInterviewRecord({ ...good, underCaution: true }).value.breaches).toEqual(['FOI-01']);
    expect(checkFoiEraInterviewRecord({ ...good, treatedAsCriminalInvestigation: true }).value.breaches).toEqual(['FOI-01']);
    expect(checkFoiEraInterviewRecord({ ...good, aimsCovered: false }).value.breaches).toEqual(['FOI-08']);
    expect(checkFoiEraInterviewRecord({ ...good, futureComplianceImpressed: false }).value.breaches).toEqual(['FOI-04']);
    expect(checkFoiEraInterviewRecord({ ...good, signedStatementTaken: false }).value.breaches).toEqual(['FOI-09']);
    expect(checkFoiEraInterviewRecord({ ...good, officerMadeDecision: true }).value.breaches).toEqual(['FOI-18']);
    expect(checkFoiEraInterviewRecord({ ...good, accompaniedBy: 'other' }).value.breaches).toEqual(['FOI-20']);
    expect(checkFoiEraInterviewRecord({ ...good, accompaniedBy: 'manager for supervision' }).value.conforms).toBe(true);
  });
  it('FOI-14: an interview terminated on a refusal to say anything is not held to FOI-04, FOI-08 or FOI-09', () => {
    const refused = { ...good, aimsCovered: false, futureComplianceImpressed: false, signedStatementTaken: false };
    const d = checkFoiEraInterviewRecord({ ...refused, terminatedOnRefusal: true });
    expect(d.value).toEqual({ conforms: true, breaches: [] });
    expect(rules(d)).toEqual(['FOI-14', 'FOI-02']);
    // the other principles still apply to a terminated interview
    expect(checkFoiEraInterviewRecord({ ...refused, terminatedOnRefusal: true, underCaution: true, officerMadeDecision: true }).value.breaches).toEqual(['FOI-01', 'FOI-18']);
    // not terminated (or not said): the missing statement, aims and impressing are breaches
    expect(checkFoiEraInterviewRecord({ ...refused, terminatedOnRefusal: false }).value.breaches).toEqual(['FOI-08', 'FOI-04', 'FOI-09']);
    expect(checkFoiEraInterviewRecord(refused).value.breaches).toEqual(['FOI-08', 'FOI-04', 'FOI-09']);
  });
  it('FOI-03 / FOI-18: only the Decision Maker decides', () => {
    expect(decideFoiEraDecisionAuthority({ role: 'Decision Maker' }).value).toBe(true);
    expect(decideFoiEraDecisionAuthority({ role: 'Customer Compliance Officer' }).value).toBe(false);
    expect(rules(decideFoiEraDecisionAuthority({ role: 'manager' }))).toEqual(['FOI-18']);
  });
});

describe('FOI-06: triggers', () => {
  it('FOI-06: five common triggers and other', () => {
    expect(FOI_ERA_TRIGGERS).toHaveLength(6);
    expect(classifyFoiEraTrigger({ trigger: 'suspected undeclared work' }).value).toBe(true);
    expect(classifyFoiEraTrigger({ trigger: 'other' }).value).toBe(false);
  });
  it('FOI-06: each trigger\'s `printed` text is words of fact 6 as printed (lines 37–45)', () => {
    const fact6 = [
      'suspicion that you might be living together as a husband and wife or as in a civil partnership',
      'you\'re recently separated',
      'you have been self-employed',
      'you have sanctions on your benefits',
      'they think you\'ve been working without declaring it.',
    ];
    FOI_ERA_TRIGGERS.slice(0, 5).forEach((t, i) => expect(fact6[i]).toContain(t.printed));
  });
});

describe('FOI-09: statement authorship and signature', () => {
  it('FOI-09: the three valid combinations', () => {
    expect(validateFoiEraStatementSignature({ author: 'claimant', signer: 'claimant', claimantRefused: false }).value).toBe(true);
    expect(validateFoiEraStatementSignature({ author: 'officer', signer: 'claimant', claimantRefused: false }).value).toBe(true);
    expect(validateFoiEraStatementSignature({ author: 'officer', signer: 'officer', claimantRefused: true }).value).toBe(true);
  });
  it('FOI-09: the officer signs only on a refusal, and never a claimant-written statement', () => {
    expect(validateFoiEraStatementSignature({ author: 'officer', signer: 'officer', claimantRefused: false }).value).toBe(false);
    expect(validateFoiEraStatementSignature({ author: 'claimant', signer: 'officer', claimantRefused: true }).value).toBe(false);
  });
});

describe('FOI-10 / FOI-11 / FOI-12 / FOI-14 / FOI-15: the claimant at interview', () => {
  it('FOI-10: a living-together claimant may pause to consult their partner; a second date is set, no limit', () => {
    expect(decideFoiEraLivingTogetherPause({ livingTogetherCase: true, claimantAsksToConsultPartner: true }).value).toEqual({ interviewStopped: true, secondInterviewDateSet: true, secondInterviewWithinDays: null });
    expect(decideFoiEraLivingTogetherPause({ livingTogetherCase: false, claimantAsksToConsultPartner: true }).value.interviewStopped).toBe(false);
  });
  it('FOI-11: somebody with them; FOI-12: recording must be accepted', () => {
    expect(decideFoiEraClaimantRequest({ request: 'bring somebody', location: 'office' }).value.granted).toBe(true);
    const rec = decideFoiEraClaimantRequest({ request: 'record the interview', location: 'home' });
    expect(rec.value).toEqual({ granted: true, effect: 'interview continues' });
    expect(rules(rec)).toEqual(['FOI-12']);
  });
  it('FOI-14: refusing to say anything terminates the interview', () => {
    expect(decideFoiEraClaimantRequest({ request: 'refuse to say anything', location: 'office' }).value.effect).toBe('interview terminated');
  });
  it('FOI-15: at home the officer must leave when asked; the rule is stated for homes only', () => {
    expect(decideFoiEraClaimantRequest({ request: 'ask the officer to leave', location: 'home' }).value).toEqual({ granted: true, effect: 'officer leaves' });
    expect(decideFoiEraClaimantRequest({ request: 'ask the officer to leave', location: 'office' }).value.effect).toBe('not applicable');
  });
});

describe('FOI-16a / FOI-16b / FOI-17 / FOI-19', () => {
  it('FOI-16a: after a first failure another appointment is offered automatically', () => {
    expect(decideFoiEraFailureToAttend({ appointmentNumber: 1, goodReason: false }).value).toBe(true);
  });
  it('FOI-16b: after a second failure only with good reason; no duty stated for later failures', () => {
    expect(decideFoiEraFailureToAttend({ appointmentNumber: 2, goodReason: true }).value).toBe(true);
    const d = decideFoiEraFailureToAttend({ appointmentNumber: 2, goodReason: false });
    expect(d.value).toBe(false);
    expect(rules(d)).toEqual(['FOI-16b']);
    expect(decideFoiEraFailureToAttend({ appointmentNumber: 3, goodReason: true }).value).toBe(false);
  });
  it('FOI-17: a malicious allegation may be abandoned', () => {
    expect(decideFoiEraAbandonment({ allegationMalicious: true }).value).toBe(true);
    expect(decideFoiEraAbandonment({ allegationMalicious: false }).value).toBe(false);
  });
  it('FOI-19: 5% rounded up — 41 → 3, 20 → 1, 21 → 2, 0 → 0', () => {
    expect(foiEraProcessCheckSample({ cases: 41 }).value).toBe(3);
    expect(foiEraProcessCheckSample({ cases: 20 }).value).toBe(1);
    expect(foiEraProcessCheckSample({ cases: 21 }).value).toBe(2);
    expect(foiEraProcessCheckSample({ cases: 0 }).value).toBe(0);
  });
  it('property (FOI-19): the sample is the least whole number of cases that is at least 5%', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100000 }), (n) => {
      const s = foiEraProcessCheckSample({ cases: n }).value;
      expect(s * 100).toBeGreaterThanOrEqual(n * 5);
      expect((s - 1) * 100).toBeLessThan(n * 5);
    }));
  });
});
