import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  APPROPRIATE_ADULT_ROLES,
  confirmInterviewIdentity,
  decideAppropriateAdult,
  employmentSupportReferral,
  inf3LeafletAction,
  interviewBenefitScope,
  interviewEventAction,
  INTERVIEW_EVENTS,
  ltamcThinkingTime,
  mustOfferTravelExpenses,
} from '../../../src/compliance/interview/index.js';

const rules = (d: { reasons: readonly { rule: string; cites: readonly { id: string }[] }[] }) => d.reasons.flatMap((r) => [r.rule, ...r.cites.map((c) => c.id)]);

describe('interviewBenefitScope (LSC-04-014)', () => {
  it('LSC-04-014: DLA/PIP/AA with a Jobcentre Plus benefit → only the Jobcentre Plus benefit', () => {
    const d = interviewBenefitScope({ benefitsInPayment: ['DLA', 'IS', 'HB'] });
    expect(d.value).toEqual(['IS']);
    expect(d.reasons[0]!.rule).toBe('LSC-04-014');
    expect(interviewBenefitScope({ benefitsInPayment: ['JSA(IB)', 'PIP'] }).value).toEqual(['JSA(IB)']);
  });
  it('LSC-02-007: DLA/AA with another benefit such as Pension Credit → only the non-DLA/AA element (PIP likewise)', () => {
    const d = interviewBenefitScope({ benefitsInPayment: ['AA', 'PC'] });
    expect(d.value).toEqual(['PC']);
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-02-007');
    expect(interviewBenefitScope({ benefitsInPayment: ['DLA', 'CA'] }).value).toEqual(['CA']);
    expect(interviewBenefitScope({ benefitsInPayment: ['PIP', 'PC'] }).value).toEqual(['PC']);
    expect(interviewBenefitScope({ benefitsInPayment: ['PC', 'CA'] }).value).toEqual(['PC', 'CA']);
  });
});

describe('interviewEventAction', () => {
  it('LSC-04-036 / LSC-04-037: asked to leave → leave at once, inform the LSCTL, record', () => {
    const d = interviewEventAction({ event: 'claimant-asks-officer-to-leave', method: 'Visit' });
    expect(d.value).toEqual({ continueInterview: false, actions: ['leave-immediately', 'inform-LSCTL', 'record-details-on-FRAIMS-activity'] });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-036', 'LSC-04-037']));
  });
  it('LSC-04-038 / LSC-04-039 / LSC-04-040: refusal to comment → terminate, refer to the LSCTL, RM7 before the DM', () => {
    const d = interviewEventAction({ event: 'claimant-refuses-to-comment', method: 'OfficeInterview' });
    expect(d.value.continueInterview).toBe(false);
    expect(d.value.actions).toEqual(['terminate-interview', 'update-activity-with-anything-said', 'refer-to-LSCTL', 'LSCTL-considers-DM-referral', 'remove-sensitive-material-and-update-RM7-before-DM']);
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-038', 'LSC-04-039', 'LSC-04-040']));
  });
  it('LSC-04-034 / LSC-04-035: identity doubt → continue, do not discuss, FRF afterwards', () => {
    const d = interviewEventAction({ event: 'identity-doubt', method: 'OfficeInterview' });
    expect(d.value.continueInterview).toBe(true);
    expect(d.value.actions).toContain('after-interview-submit-FRF-with-full-details');
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-034', 'LSC-04-035']));
  });
  it('LSC-04-030: recording must be accepted', () => {
    const d = interviewEventAction({ event: 'claimant-asks-to-record', method: 'Visit' });
    expect(d.value).toEqual({ continueInterview: true, actions: ['accept-recording'] });
    expect(d.reasons[0]!.rule).toBe('LSC-04-030');
  });
  it('LSC-04-018: interpreter on request, or when communication prevents the interview', () => {
    for (const event of ['interpreter-requested', 'communication-prevents-interview'] as const) {
      const d = interviewEventAction({ event, method: 'OfficeInterview' });
      expect(d.value.actions).toContain('arrange-interpreter');
      expect(d.reasons[0]!.rule).toBe('LSC-04-018');
    }
  });
  it('LSC-04-025: child or vulnerable person at risk', () => {
    expect(interviewEventAction({ event: 'child-or-vulnerable-person-at-risk', method: 'Visit' }).reasons[0]!.rule).toBe('LSC-04-025');
  });
  it('LSC-04-026 / LSC-04-027 / LSC-04-028: domestic violence signposting depends on internet access', () => {
    const web = interviewEventAction({ event: 'domestic-violence-concern', method: 'Visit', internetAccess: true });
    expect(web.value.actions).toEqual(['signpost-to-help', 'agree-how-claimant-receives-information', 'signpost-GOV.UK']);
    expect(rules(web)).toEqual(expect.arrayContaining(['LSC-04-026', 'LSC-04-027']));
    const offline = interviewEventAction({ event: 'domestic-violence-concern', method: 'Visit' });
    expect(offline.value.actions).toContain('signpost-CAB-doctor-local-organisation-helplines');
    expect(rules(offline)).toContain('LSC-04-028');
  });
  it('LSC-04-060 / LSC-04-081: admitted change; by telephone the DM is told at once', () => {
    const office = interviewEventAction({ event: 'change-admitted', method: 'OfficeInterview' });
    expect(office.value.actions).toEqual(['advise-case-referred-to-DM', 'advise-benefit-may-be-suspended-until-evidence']);
    expect(rules(office)).toContain('LSC-04-060');
    const phone = interviewEventAction({ event: 'change-admitted', method: 'Telephone' });
    expect(phone.value.actions).toContain('notify-DM-immediately-without-waiting-for-MF47');
    expect(rules(phone)).toContain('LSC-04-081');
  });
  it('every event has at least one reason and cites its rule', () => {
    for (const event of INTERVIEW_EVENTS) expect(interviewEventAction({ event, method: 'Visit' }).reasons.length).toBeGreaterThan(0);
  });
});

describe('decideAppropriateAdult', () => {
  const other = { category: 'other-responsible-adult' as const, employedByDepartment: false, higherCategoriesUnavailable: true };
  it('LSC-04-021: not needed when the claimant understands', () => {
    expect(decideAppropriateAdult({ claimantNeedsSupport: false }).value.action).toBe('not-needed');
  });
  it('LSC-04-023: fallback adult must be 18 or over (17 no, 18 yes) and only when the others are unavailable', () => {
    expect(decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { ...other, ageYears: 17 } }).value.proposedQualifies).toBe(false);
    const ok = decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { ...other, ageYears: 18 } });
    expect(ok.value).toMatchObject({ proposedQualifies: true, action: 'proceed-with-appropriate-adult' });
    expect(rules(ok)).toContain('LSC-04-023');
    expect(decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { ...other, ageYears: 40, higherCategoriesUnavailable: false } }).value.proposedQualifies).toBe(false);
    expect(decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { ...other, ageYears: 40, employedByDepartment: true } }).value.proposedQualifies).toBe(false);
  });
  it('LSC-04-023: a relative qualifies; an experienced person only if not employed by the Department', () => {
    expect(decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { category: 'relative-guardian-or-carer', ageYears: 16, employedByDepartment: true } }).value.proposedQualifies).toBe(true);
    expect(decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { category: 'experienced-with-mentally-disordered-people', ageYears: 40, employedByDepartment: true } }).value.proposedQualifies).toBe(false);
  });
  it('LSC-04-022: the roles are explained to the adult', () => {
    const d = decideAppropriateAdult({ claimantNeedsSupport: true, proposed: { category: 'relative-guardian-or-carer', ageYears: 50, employedByDepartment: false } });
    expect(d.value.rolesToExplain).toEqual(APPROPRIATE_ADULT_ROLES);
    expect(APPROPRIATE_ADULT_ROLES).toHaveLength(3);
    expect(rules(d)).toContain('LSC-04-022');
  });
  it('LSC-04-022: the three roles are worded as in ch.04 para 22', () => {
    expect(APPROPRIATE_ADULT_ROLES).toEqual([
      'advise the person being interviewed',
      'observe whether the interview is being conducted properly and fairly',
      'facilitate communication with the person being interviewed',
    ]);
  });
  it('LSC-04-024: no suitable adult → offer to re-arrange; declined → proceed and note on FRAIMS', () => {
    expect(decideAppropriateAdult({ claimantNeedsSupport: true }).value.action).toBe('offer-to-rearrange');
    const d = decideAppropriateAdult({ claimantNeedsSupport: true, claimantDeclines: true });
    expect(d.value.action).toBe('proceed-and-note-declined-on-FRAIMS');
    expect(rules(d)).toContain('LSC-04-024');
  });
});

describe('confirmInterviewIdentity', () => {
  it('LSC-04-007: one listed document with name and address', () => {
    const d = confirmInterviewIdentity({ method: 'OfficeInterview', documents: [{ type: 'Utility bill', showsNameAndAddress: true }] });
    expect(d.value).toEqual({ basis: 'document', officerCredential: 'identity-card-or-name-badge' });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-04-006', 'LSC-04-007']));
  });
  it('LSC-04-009: no suitable document, or a telephone interview → records cross-check', () => {
    expect(confirmInterviewIdentity({ method: 'Visit', documents: [{ type: 'passport', showsNameAndAddress: false }] }).value).toEqual({ basis: 'records-cross-check', officerCredential: 'identity-card' });
    expect(confirmInterviewIdentity({ method: 'Visit', documents: [{ type: 'library card', showsNameAndAddress: true }] }).value.basis).toBe('records-cross-check');
    const d = confirmInterviewIdentity({ method: 'Telephone', documents: [{ type: 'passport', showsNameAndAddress: true }] });
    expect(d.value.basis).toBe('records-cross-check');
    expect(rules(d)).toContain('LSC-04-009');
  });
  it('LSC-04-006: identity card on visits, card or badge in the office', () => {
    expect(confirmInterviewIdentity({ method: 'Visit' }).value.officerCredential).toBe('identity-card');
  });
});

describe('ltamcThinkingTime', () => {
  it('LSC-04-044: second interview within 10 calendar days (day 10 yes, day 11 no)', () => {
    expect(ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-12' }).value).toMatchObject({ secondInterviewBy: '2026-03-12', secondInterviewInTime: true });
    const d = ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-13' });
    expect(d.value.secondInterviewInTime).toBe(false);
    expect(rules(d)).toContain('LSC-04-044');
  });
  it('LSC-04-042: a change reported before the second interview is within the causal link', () => {
    expect(ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-10', changeReportDate: '2026-03-09' }).value.causalLink).toBe(true);
    expect(ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-10', changeReportDate: '2026-03-10' }).value.causalLink).toBe(false);
  });
  it('LSC-04-046: living together reported within 28 days of the FIRST interview (day 28 yes, day 29 no)', () => {
    const d = ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-12', livingTogetherReportDate: '2026-03-30' });
    expect(d.value).toMatchObject({ causalLinkEnds: '2026-03-30', causalLink: true });
    expect(rules(d)).toContain('LSC-04-046');
    expect(ltamcThinkingTime({ firstInterviewDate: '2026-03-02', secondInterviewDate: '2026-03-12', livingTogetherReportDate: '2026-03-31' }).value.causalLink).toBe(false);
  });
  it('LSC-04-045: the second interview is the final one', () => {
    expect(ltamcThinkingTime({ firstInterviewDate: '2026-03-02', interviewsHeld: 1 }).value.furtherInterviewAllowed).toBe(true);
    const d = ltamcThinkingTime({ firstInterviewDate: '2026-03-02', interviewsHeld: 2 });
    expect(d.value.furtherInterviewAllowed).toBe(false);
    expect(rules(d)).toContain('LSC-04-045');
  });
});

describe('mustOfferTravelExpenses (LSC-04-010)', () => {
  it('LSC-04-010: office interviews yes; JSA on the normal attendance day no; visits no', () => {
    expect(mustOfferTravelExpenses({ method: 'OfficeInterview', benefits: ['IS'] }).value).toBe(true);
    expect(mustOfferTravelExpenses({ method: 'OfficeInterview', benefits: ['JSA'], onNormalAttendanceDay: false }).value).toBe(true);
    expect(mustOfferTravelExpenses({ method: 'OfficeInterview', benefits: ['JSA(C)'], onNormalAttendanceDay: true }).value).toBe(false);
    expect(mustOfferTravelExpenses({ method: 'OfficeInterview', benefits: ['ESA'], onNormalAttendanceDay: true }).value).toBe(true);
    expect(mustOfferTravelExpenses({ method: 'Visit', benefits: ['IS'] }).value).toBe(false);
  });
});

describe('inf3LeafletAction (LSC-04-012, LSC-04-013)', () => {
  it('LSC-04-012 / LSC-04-013: Risk A/B only', () => {
    expect(inf3LeafletAction({ riskType: 'A', leafletReceived: true }).value).toBe('confirmed');
    const d = inf3LeafletAction({ riskType: 'B', leafletReceived: false });
    expect(d.value).toBe('give-copy-and-reading-time');
    expect(rules(d)).toEqual(['LSC-04-012', 'LSC-04-012', 'LSC-04-013', 'LSC-04-013']);
    expect(inf3LeafletAction({ riskType: 'C', leafletReceived: false }).value).toBe('not-applicable');
    expect(inf3LeafletAction({ leafletReceived: false }).value).toBe('not-applicable');
  });
});

describe('employmentSupportReferral (LSC-04-074, LSC-04-075, LSC-04-076)', () => {
  it('LSC-04-075: JSA with a trigger → consider MFA; LSC-04-076: others → PA referral; LSC-04-074 always', () => {
    const mfa = employmentSupportReferral({ benefits: ['JSA'], triggers: ['in-a-rush-to-complete-interview'] });
    expect(mfa.value).toBe('consider-more-frequent-attendance');
    expect(rules(mfa)).toEqual(expect.arrayContaining(['LSC-04-074', 'LSC-04-075']));
    expect(employmentSupportReferral({ benefits: ['JSA'] }).value).toBe('inform-of-services');
    const pa = employmentSupportReferral({ benefits: ['IS'], triggers: ['appearance-suggests-working'] });
    expect(pa.value).toBe('consider-PA-referral-A6');
    expect(rules(pa)).toContain('LSC-04-076');
  });
  it('property: only JSA claimants are considered for MFA', () => {
    fc.assert(fc.property(fc.subarray(['IS', 'ESA', 'PC', 'JSA', 'CA'] as const, { minLength: 1 }), (benefits) =>
      (employmentSupportReferral({ benefits: [...benefits], triggers: ['other'] }).value === 'consider-more-frequent-attendance') === benefits.includes('JSA')));
  });
});
