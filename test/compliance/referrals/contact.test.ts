import { describe, expect, it } from 'vitest';
import {
  chooseInterventionMethod,
  contactLetterFor,
  decideReportedChangeOutcome,
  decideUnNotifiedVisit,
  hmrcEmployerFormFor,
  hmrcRequestEmailSubject,
  mayContactEmployer,
  notepadEntry,
  planHmrcEmployerRequests,
  REFERRAL_VERBATIM_TEXTS,
  routeAfterCcel1,
  smsReminderText,
} from '../../../src/compliance/referrals/index.js';
import { rulesOf } from './helpers.js';

describe('decideUnNotifiedVisit (LSC-03-066, LSC-03-067)', () => {
  const ok = { riskType: 'A' as const, prePayment: true, ltamc: true, identifiedAtGateway: true, financialAssessorToldClaimant: true, justificationDocumentedBeforeVisit: true };
  it('LSC-03-066: eligible only when every condition holds', () => {
    expect(decideUnNotifiedVisit(ok).value).toBe(true);
  });
  it('LSC-03-066: each failing condition makes it ineligible, with its reason', () => {
    expect(decideUnNotifiedVisit({ ...ok, riskType: 'B' }).value).toBe(false);
    expect(decideUnNotifiedVisit({ ...ok, riskType: undefined }).value).toBe(false);
    expect(decideUnNotifiedVisit({ ...ok, prePayment: false }).value).toBe(false);
    expect(decideUnNotifiedVisit({ ...ok, ltamc: false }).value).toBe(false);
    expect(decideUnNotifiedVisit({ ...ok, identifiedAtGateway: false }).value).toBe(false);
    const d = decideUnNotifiedVisit({ ...ok, financialAssessorToldClaimant: false });
    expect(d.value).toBe(false);
    expect(d.reasons.map((r) => r.says).join(' ')).toMatch(/Financial Assessor/);
  });
  it('LSC-03-067: justification must be documented before the visit', () => {
    const d = decideUnNotifiedVisit({ ...ok, justificationDocumentedBeforeVisit: false });
    expect(d.value).toBe(false);
    expect(rulesOf(d)).toEqual(['LSC-03-067']);
  });
  it('lists every failing condition', () => {
    expect(rulesOf(decideUnNotifiedVisit({ prePayment: false, ltamc: false, identifiedAtGateway: false, financialAssessorToldClaimant: false, justificationDocumentedBeforeVisit: false })).length).toBe(6);
  });
});

describe('chooseInterventionMethod / contactLetterFor', () => {
  it('LSC-03-024 / LSC-03-036: not in receipt but still appropriate → post, CCEL1 (Welsh CCEL1W)', () => {
    expect(chooseInterventionMethod({ inReceiptOfBenefit: false }).value).toEqual({ method: 'Post', permitted: ['Post'], letter: 'CCEL1', notifyBy: 'Writing' });
    expect(chooseInterventionMethod({ inReceiptOfBenefit: false, language: 'Welsh' }).value.letter).toBe('CCEL1W');
  });
  it('LSC-03-021: not in receipt and no longer appropriate → no method', () => {
    expect(chooseInterventionMethod({ inReceiptOfBenefit: false, lscStillAppropriate: false }).value.method).toBeNull();
  });
  it('LSC-03-037 / LSC-01-003: office preferred; visit when no room or circumstances prevent', () => {
    expect(chooseInterventionMethod({ inReceiptOfBenefit: true }).value).toMatchObject({ method: 'OfficeInterview', letter: 'CCOI1', notifyBy: 'Writing' });
    expect(chooseInterventionMethod({ inReceiptOfBenefit: true, officeRoomAvailable: false }).value).toMatchObject({ method: 'Visit', letter: 'CCV1' });
    expect(chooseInterventionMethod({ inReceiptOfBenefit: true, personalCircumstancesPreventOffice: true }).value.method).toBe('Visit');
    expect(chooseInterventionMethod({ inReceiptOfBenefit: true }).reasons[0]!.cites.map((c) => c.id)).toContain('LSC-01-003');
  });
  it('LSC-03-036 / LSC-03-099: telephone only when the claimant contacted the office before the interview', () => {
    expect(chooseInterventionMethod({ inReceiptOfBenefit: true, onlyResolvableByTelephone: true }).value.method).toBe('OfficeInterview');
    const d = chooseInterventionMethod({ inReceiptOfBenefit: true, claimantContactedOfficeBeforeInterview: true, onlyResolvableByTelephone: true });
    expect(d.value).toMatchObject({ method: 'Telephone', letter: null });
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-03-099');
  });
  it('LSC-03-039 / LSC-03-057: Risk A needs face to face; prepayment visit notified by telephone', () => {
    const d = chooseInterventionMethod({ inReceiptOfBenefit: true, riskType: 'A', prePayment: true, claimantContactedOfficeBeforeInterview: true, onlyResolvableByTelephone: true, officeRoomAvailable: false });
    expect(d.value).toMatchObject({ method: 'Visit', permitted: ['OfficeInterview', 'Visit'], notifyBy: 'Telephone' });
    expect(rulesOf(d)).toEqual(expect.arrayContaining(['LSC-03-039', 'LSC-03-057']));
  });
  it('LSC-03-039: a Risk A pre-payment claim (benefit not yet in payment) pursuing entitlement is face to face, never post', () => {
    const d = chooseInterventionMethod({ inReceiptOfBenefit: false, riskType: 'A', prePayment: true });
    expect(d.value).toMatchObject({ method: 'OfficeInterview', permitted: ['OfficeInterview', 'Visit'], notifyBy: 'Telephone' });
    expect(d.value.letter).not.toBe('CCEL1');
    expect(rulesOf(d)).toContain('LSC-03-039');
    expect(chooseInterventionMethod({ inReceiptOfBenefit: false, riskType: 'A', prePayment: true, officeRoomAvailable: false }).value.method).toBe('Visit');
    // Not pursuing entitlement: the ordinary not-in-receipt route (post) applies.
    expect(chooseInterventionMethod({ inReceiptOfBenefit: false, riskType: 'A', claimantWishesToPursueEntitlement: false }).value.method).toBe('Post');
    // LSC no longer appropriate still closes the case.
    expect(chooseInterventionMethod({ inReceiptOfBenefit: false, riskType: 'A', lscStillAppropriate: false }).value.method).toBeNull();
  });
  it('LSC-03-063: CCOI1/CCOI1W for office, CCV1/CCV1W for visits', () => {
    expect(contactLetterFor({ method: 'OfficeInterview', language: 'Welsh' }).value).toBe('CCOI1W');
    expect(contactLetterFor({ method: 'Visit', language: 'English' }).value).toBe('CCV1');
    expect(contactLetterFor({ method: 'Telephone', language: 'English' }).value).toBeNull();
  });
});

describe('verbatim texts', () => {
  it('LSC-03-008a: Notepad wording with today, the 14-months date and FRF/GMS', () => {
    expect(notepadEntry({ today: '2026-03-02', details: 'working' }).value).toBe(
      'Case selected for Local Service Compliance activity on 02/03/2026. Do not delete until 02/05/2027. FRF concerning working',
    );
    expect(notepadEntry({ today: '2015-12-31', details: 'capital', customerCentric: true, interviewDate: '2016-01-20' }).value).toBe(
      'Case selected for Local Service Compliance activity on 31/12/2015. Do not delete until 28/02/2017. GMS concerning capital. Interview date 20/01/2016',
    );
    expect(REFERRAL_VERBATIM_TEXTS.notepad.id).toBe('LSC-03-008a');
  });
  it("LSC-03-071a / LSC-03-071c: English SMS for a home visit uses the literal 'Your home'", () => {
    const d = smsReminderText({ language: 'English', venue: { kind: 'home' }, date: '09/03/2026', time: '10:00 and 12:00', timeSlot: true, teamNumber: '0800 000 000' });
    expect(d.value).toBe('This is to remind you of your appointment at Your home on 09/03/2026 between 10:00 and 12:00. If you have any problems please call 0800 000 000.');
    expect(rulesOf(d)).toEqual(['LSC-03-071a', 'LSC-03-071c']);
  });
  it('LSC-03-071a: English SMS for an office interview', () => {
    expect(smsReminderText({ language: 'English', venue: { kind: 'jobcentre', name: 'Leeds' }, date: '09/03/2026', time: '10:00', teamNumber: '0113' }).value).toBe(
      'This is to remind you of your appointment at Leeds jobcentre on 09/03/2026 at 10:00. If you have any problems please call 0113.',
    );
  });
  it('LSC-03-071b / LSC-03-070: Welsh SMS from the standard template only', () => {
    const d = smsReminderText({ language: 'Welsh', venue: { kind: 'home' }, date: '09/03/2026', time: '10:00 a 12:00', timeSlot: true, teamNumber: '029' });
    expect(d.value).toBe('Mae hyn i’ch atgoffa y bydd eich apwyntiad yn Your home ar 09/03/2026 rhwng 10:00 a 12:00. Os oes gennych unrhyw broblemau ffoniwch 029.');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['LSC-03-071b', 'LSC-03-070']);
  });
  it('LSC-03-015: HMRC e-mail subject', () => {
    expect(hmrcRequestEmailSubject({ claimantName: 'M. Bloggs', requests: 4 }).value).toBe(REFERRAL_VERBATIM_TEXTS.hmrcSubjectExample.text);
  });
});

describe('HMRC employer information', () => {
  it('LSC-03-009: MF67 from 2004/05, MF67A before', () => {
    expect(hmrcEmployerFormFor(2003)).toBe('MF67A');
    expect(hmrcEmployerFormFor(2004)).toBe('MF67');
  });
  it('LSC-03-010: up to five requests per form, one form type per form', () => {
    const requests = [2004, 2005, 2006, 2007, 2008, 2009, 2001].map((taxYearStart) => ({ taxYearStart }));
    const d = planHmrcEmployerRequests({ requests });
    expect(d.value.map((f) => [f.form, f.requests.length])).toEqual([['MF67', 5], ['MF67', 1], ['MF67A', 1]]);
  });
  it('LSC-03-011 / LSC-03-012 / LSC-03-013 / LSC-03-016: recipients, reply channel, microfilm number removed, record as activity', () => {
    const d = planHmrcEmployerRequests({ requests: [{ taxYearStart: 2010, microfilmNumber: 'X1' }, { taxYearStart: 1999 }] });
    expect(d.value[0]).toMatchObject({ form: 'MF67', recipient: 'HMRC CKU team (by e-mail)', reply: 'Screen shots attached to the original e-mail' });
    expect(d.value[0]!.requests[0]).not.toHaveProperty('microfilmNumber');
    expect(d.value[1]).toMatchObject({ form: 'MF67A', recipient: 'HMRC MRS team (by e-mail)', reply: 'Clerical, by courier' });
    expect(rulesOf(d)).toEqual(['LSC-03-009', 'LSC-03-010', 'LSC-03-013', 'LSC-03-012', 'LSC-03-011', 'LSC-03-016']);
  });
});

describe('after the CCEL1 and employer contact', () => {
  const base = { earningsCase: true, employerNamed: true, sufficientForDecisionMaker: false, today: '2026-03-20' };
  it('LSC-03-028: no reply or denial with a named employer → consider employer contact', () => {
    expect(routeAfterCcel1({ ...base, reply: 'NoResponse' }).value.next).toBe('ConsiderEmployerContact');
    expect(rulesOf(routeAfterCcel1({ ...base, reply: 'DeniesWorking' }))).toEqual(['LSC-03-028']);
  });
  it('LSC-03-029: admits working but no wage evidence → consider employer contact for wages', () => {
    expect(rulesOf(routeAfterCcel1({ ...base, reply: 'AdmitsWorking' }))).toEqual(['LSC-03-029']);
    expect(routeAfterCcel1({ ...base, reply: 'AdmitsWorking', wageEvidenceProvided: true, sufficientForDecisionMaker: true }).value.next).toBe('ReferToDecisionMaker');
  });
  it('LSC-03-027: sufficient information → DM', () => {
    expect(routeAfterCcel1({ ...base, earningsCase: false, reply: 'OtherResponse', sufficientForDecisionMaker: true }).value).toEqual({ next: 'ReferToDecisionMaker', outcome: null });
  });
  it("LSC-03-031 / LSC-03-032 / LSC-01-010: insufficient → 'No Result' / 'No Change' with today's date, then close", () => {
    const d = routeAfterCcel1({ ...base, employerContactExhausted: true, reply: 'NoResponse' });
    expect(d.value).toEqual({ next: 'CloseCase', outcome: { outcome: 'No Result', outcomeResult: 'No Change', dateOfOutcome: '2026-03-20' } });
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['LSC-03-031', 'LSC-03-032', 'LSC-01-010']);
  });
  it('LSC-03-083: no employer contact before the claimant is interviewed', () => {
    expect(mayContactEmployer({ route: 'Interview', contactDate: '2026-03-02' }).value).toBe(false);
    expect(mayContactEmployer({ route: 'Interview', claimantInterviewed: true, contactDate: '2026-03-02' }).value).toBe(true);
  });
  it('LSC-03-023: past-period employment — not before the CCEL1 is issued (same day allowed)', () => {
    expect(mayContactEmployer({ route: 'Post', ccel1IssueDate: '2026-03-02', contactDate: '2026-03-01' }).value).toBe(false);
    expect(mayContactEmployer({ route: 'Post', ccel1IssueDate: '2026-03-02', contactDate: '2026-03-02' }).value).toBe(true);
    expect(mayContactEmployer({ route: 'Post', contactDate: '2026-03-02' }).value).toBe(false);
  });
});

describe('decideReportedChangeOutcome', () => {
  it('LSC-03-101: ch.07 Appendix 1 Example 1 — letter 15 April, contact 18 April, work started 1 April', () => {
    expect(decideReportedChangeOutcome({ reportedTo: 'OtherPartOfDepartment', changeDate: '2015-04-01', contactDate: '2015-04-18', letterIssueDate: '2015-04-15' }).value).toBe(true);
  });
  it('LSC-03-101: change on the issue date counts, the day after does not; contact before issue does not', () => {
    const o = (changeDate: string, contactDate = '2015-04-18') => decideReportedChangeOutcome({ reportedTo: 'OtherPartOfDepartment', changeDate, contactDate, letterIssueDate: '2015-04-15' }).value;
    expect(o('2015-04-15')).toBe(true);
    expect(o('2015-04-16')).toBe(false);
    expect(o('2015-04-01', '2015-04-14')).toBe(false);
    expect(o('2015-04-01', '2015-04-15')).toBe(true);
    expect(decideReportedChangeOutcome({ reportedTo: 'OtherPartOfDepartment', changeDate: '2015-04-01', contactDate: '2015-04-18' }).value).toBe(false);
  });
  it('LSC-03-102: a future change never gives a successful outcome', () => {
    const d = decideReportedChangeOutcome({ reportedTo: 'LSCO', changeDate: '2015-05-01', contactDate: '2015-04-18', fullReviewWithMf47: true });
    expect(d.value).toBe(false);
    expect(rulesOf(d)).toEqual(['LSC-03-102', 'LSC-03-103a']);
  });
  it('LSC-03-099 / LSC-03-100 / LSC-03-098: LSCO telephone review needs a full review with MF47 and a change on or before the review day', () => {
    const o = (x: object) => decideReportedChangeOutcome({ reportedTo: 'LSCO', changeDate: '2015-04-10', contactDate: '2015-04-10', ...x });
    expect(o({}).value).toBe(false);
    expect(o({ fullReviewWithMf47: true }).value).toBe(true);
    expect(o({ fullReviewWithMf47: true, reviewDate: '2015-04-09' }).value).toBe(false);
    expect(o({ fullReviewWithMf47: true }).reasons[0]!.cites.map((c) => c.id)).toContain('LSC-03-098');
  });
});
