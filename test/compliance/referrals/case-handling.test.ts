import { describe, expect, it } from 'vitest';
import {
  abroadCaseAction,
  bereavementReferralHandling,
  BEREAVEMENT_BENEFITS,
  creditsOnlyOutcome,
  custodialReferralSteps,
  decideComplianceStillAppropriate,
  decideLtamcForms,
  fesDctAssociation,
  isBereavementBenefit,
  matchingIncidentHandling,
  maternityAllowanceWorkEffect,
  mayApproachCustomerCentricClaimant,
  performanceMeasurementInterplay,
  planLtamcCase,
  trainingForWorkAllowance,
} from '../../../src/compliance/referrals/index.js';
import { rulesOf } from './helpers.js';

describe('LTAMC', () => {
  it('LSC-03-040 / LSC-03-042 / LSC-03-043: Risk A/B is LTAMC; both on DWP benefit → two cases; interview both', () => {
    const d = planLtamcCase({ riskType: 'B', claimantBenefits: ['JSA(IB)'], allegedPartnerReceivesDwpBenefit: true });
    expect(d.value).toMatchObject({ ltamcCase: true, casesToRaise: 2, interviewees: ['claimant', 'allegedPartner'] });
    expect(rulesOf(d)).toEqual(['LSC-03-040', 'LSC-03-042', 'LSC-03-043']);
    expect(planLtamcCase({ riskType: 'A', claimantBenefits: ['IS'] }).value.casesToRaise).toBe(1);
  });
  it('LSC-03-041: LSI downgrade with an alleged partner is LTAMC; otherwise not', () => {
    expect(planLtamcCase({ source: 'LSIDowngrade', allegedPartnerInHousehold: true, claimantBenefits: ['IS'] }).value.ltamcCase).toBe(true);
    expect(planLtamcCase({ source: 'LSIDowngrade', claimantBenefits: ['IS'] }).value.ltamcCase).toBe(false);
  });
  it('LSC-02-051 / LSC-02-052: JSA(C)/ESA(C) only — award not affected; case control at contributory expiry', () => {
    const d = planLtamcCase({ riskType: 'B', claimantBenefits: ['ESA(C)'], contributoryElementExpiryDate: '2026-09-30' });
    expect(d.value).toMatchObject({ currentAwardAffected: false, caseControlDate: '2026-09-30' });
    expect(rulesOf(d)).toEqual(expect.arrayContaining(['LSC-02-051', 'LSC-02-052']));
    expect(planLtamcCase({ riskType: 'B', claimantBenefits: ['ESA(C)', 'IS'] }).value.currentAwardAffected).toBe(true);
  });
  it('LSC-03-044: CP2LT only on "admits household member, denies living together"', () => {
    expect(decideLtamcForms({ admitsPersonIsHouseholdMember: true, deniesLivingTogether: true }).value.completeCp2lt).toBe(true);
    expect(decideLtamcForms({ admitsPersonIsHouseholdMember: true, deniesLivingTogether: false }).value.completeCp2lt).toBe(false);
    expect(decideLtamcForms({ admitsPersonIsHouseholdMember: false, deniesLivingTogether: true }).value.completeCp2lt).toBe(false);
  });
  it('LSC-03-045: denies partner in household + new or substantial information → new FRF', () => {
    const d = decideLtamcForms({ admitsPersonIsHouseholdMember: false, deniesLivingTogether: true, newOrSubstantialInformation: true });
    expect(d.value).toEqual({ completeCp2lt: false, completeNewFrf: true });
    expect(rulesOf(d)).toContain('LSC-03-045');
  });
});

describe('custodialReferralSteps', () => {
  const base = { paymentMethod: 'DirectPayment' as const, benefits: ['JSA' as const], asOf: '2026-03-02' };
  it('LSC-02-031: release within 4 weeks (inclusive) → must not close without interview; B/F release date', () => {
    expect(custodialReferralSteps({ ...base, releaseDate: '2026-03-30' }).value).toMatchObject({ mustNotCloseWithoutInterview: true, broughtForward: '2026-03-30', steps: ['ArrangeInterviewOnRelease'] });
    expect(custodialReferralSteps({ ...base, releaseDate: '2026-03-31' }).value.mustNotCloseWithoutInterview).toBe(false);
    expect(custodialReferralSteps({ ...base, released: true }).value.mustNotCloseWithoutInterview).toBe(true);
  });
  it('LSC-02-032a / LSC-02-032b / LSC-02-032c / LSC-02-032d / LSC-02-033: JSA direct payment steps, ID fraud FRF on signing after sentence', () => {
    const d = custodialReferralSteps({ ...base, signingAfterSentencing: true, benefitCentreEmailDate: '2026-03-03' });
    expect(d.value.steps).toEqual(['CheckSigningEvidenceAfterSentencing', 'CompleteFrfWithOffenceIdFraud', 'ConfirmOngoingImprisonment', 'ReferToBenefitCentreForTerminationAndOverpayment', 'ClaimOutcomesAndCloseOnceTerminated']);
    expect(d.value.benefitCentreClosureDue).toBe('2026-03-03');
    expect(rulesOf(d)).toEqual(['LSC-02-030', 'LSC-02-031', 'LSC-02-032a', 'LSC-02-032b', 'LSC-02-032c', 'LSC-02-032d', 'LSC-02-033']);
  });
  it('LSC-02-032c / LSC-02-032e: other benefits confirm imprisonment; Pension Credit → notify PDCS', () => {
    const d = custodialReferralSteps({ ...base, benefits: ['PC'] });
    expect(d.value.steps).toEqual(['ConfirmOngoingImprisonment', 'ReferToBenefitCentreForTerminationAndOverpayment', 'NotifyPdcsOfCustodialSentence', 'ClaimOutcomesAndCloseOnceTerminated']);
    expect(rulesOf(d)).toContain('LSC-02-032e');
  });
  it('LSC-02-030: cheque-paid cases have no steps in the guidance', () => {
    expect(custodialReferralSteps({ ...base, paymentMethod: 'Cheque' }).value.steps).toEqual([]);
  });
});

describe('benefit-specific rules', () => {
  it('LSC-02-012: Bereavement Benefit membership', () => {
    expect(BEREAVEMENT_BENEFITS.length).toBe(5);
    expect(isBereavementBenefit('WidowsPension')).toBe(true);
    expect(isBereavementBenefit('MA')).toBe(false);
  });
  it('LSC-02-013 / LSC-02-014 / LSC-02-015: Risk A/B bereavement claims are suspended; LSI ones are not', () => {
    const a = bereavementReferralHandling({ arrivedAs: 'RiskAorB' });
    expect(a.value).toEqual({ claimExpectedSuspended: true, task: 'EstablishDateOfChange' });
    expect(a.reasons[0]!.cites.map((c) => c.id)).toEqual(['LSC-02-014', 'LSC-02-013', 'LSC-02-012']);
    expect(rulesOf(bereavementReferralHandling({ arrivedAs: 'LSIDowngrade' }))).toEqual(['LSC-02-015']);
  });
  it('LSC-02-017 / LSC-02-018: 10 KIT days, the 11th is disqualified, the claim stays open', () => {
    expect(maternityAllowanceWorkEffect({ daysWorkedInMap: 10 }).value).toEqual({ keepingInTouchDays: 10, disqualifiedDays: 0, claimClosed: false });
    const d = maternityAllowanceWorkEffect({ daysWorkedInMap: 11 });
    expect(d.value).toEqual({ keepingInTouchDays: 10, disqualifiedDays: 1, claimClosed: false });
    expect(rulesOf(d)).toEqual(['LSC-02-017', 'LSC-02-018']);
  });
  it('LSC-02-025 / LSC-02-026: TfWA = JSA(IB) − 10p + premium; 10p of JSA(IB) continues', () => {
    expect(trainingForWorkAllowance({ jsaIbRateDayBeforeTrainingPence: 7310, trainingPremiumPence: 1000 }).value).toEqual({ allowancePence: 8300, jsaIbStillPaidPence: 10 });
    expect(trainingForWorkAllowance({ jsaIbRateDayBeforeTrainingPence: 5, trainingPremiumPence: 1000 }).value.allowancePence).toBe(1000);
  });
  it('LSC-02-050b: credits only — no MVA, no overpayment, positive outcome when the credit is disallowed', () => {
    expect(creditsOnlyOutcome({ creditDisallowed: true }).value).toEqual({ mvaClaimable: false, overpaymentClaimable: false, recordPositiveOutcome: true });
    expect(creditsOnlyOutcome({ creditDisallowed: false }).value.recordPositiveOutcome).toBe(false);
  });
});

describe('abroadCaseAction', () => {
  it("LSC-03-047 / LSC-03-048: already recorded → 'Cleared before receiving case'", () => {
    const d = abroadCaseAction({ kind: 'CurrentAbsence', absenceAlreadyRecorded: true });
    expect(d.value).toEqual({ action: 'CloseClearedBeforeReceivingCase', outcomeResult: 'Cleared before receiving case' });
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-03-047');
  });
  it('LSC-02-023 / LSC-03-049 / LSC-03-050b / LSC-03-051: current absence → letter; failure to attend → consider suspension; past period → interview', () => {
    expect(abroadCaseAction({ kind: 'CurrentAbsence', absenceAlreadyRecorded: false }).value.action).toBe('AppointmentLetterToLastKnownAddress');
    expect(rulesOf(abroadCaseAction({ kind: 'CurrentAbsence', absenceAlreadyRecorded: false, failedToAttend: true }))).toEqual(['LSC-03-050b']);
    const p = abroadCaseAction({ kind: 'PastPeriodOnly', absenceAlreadyRecorded: false });
    expect(p.value.action).toBe('NormalInterview');
    expect(p.reasons[0]!.cites.map((c) => c.id)).toEqual(['LSC-03-051', 'LSC-02-023']);
  });
});

describe('decideComplianceStillAppropriate', () => {
  it("LSC-03-003: already reported and dealt with → 'Cleared before receiving case'", () => {
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: true, changeAlreadyReportedAndDealtWith: true }).value.next).toBe('CloseClearedBeforeReceivingCase');
  });
  it('LSC-03-021 / LSC-03-024 / LSC-03-022: not in receipt → CCEL1 if still appropriate', () => {
    const d = decideComplianceStillAppropriate({ inReceiptOfBenefit: false, lscStillAppropriate: true });
    expect(d.value.next).toBe('IssueCcel1');
    expect(rulesOf(d)).toEqual(['LSC-03-021', 'LSC-03-024']);
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: true, abandonmentCriteriaMet: true }).value.next).toBe('Continue');
  });
  it('LSC-03-039: a Risk A claim not yet in payment, claimant pursuing entitlement → continue to a face-to-face interview, not a CCEL1', () => {
    const d = decideComplianceStillAppropriate({ inReceiptOfBenefit: false, lscStillAppropriate: true, riskType: 'A' });
    expect(d.value.next).toBe('Continue');
    expect(rulesOf(d)).toEqual(['LSC-03-021', 'LSC-03-039']);
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: false, riskType: 'A', claimantWishesToPursueEntitlement: true }).value.next).toBe('Continue');
    // not pursuing entitlement, or another risk type: the postal route of para 24
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: false, riskType: 'A', claimantWishesToPursueEntitlement: false }).value.next).toBe('IssueCcel1');
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: false, riskType: 'B' }).value.next).toBe('IssueCcel1');
    // no longer appropriate still closes, whatever the risk
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: false, lscStillAppropriate: false, riskType: 'A' }).value.next).toBe('CloseNoLongerAppropriate');
  });
  it('LSC-03-033a / LSC-02-065: no longer appropriate → close with the three steps', () => {
    const d = decideComplianceStillAppropriate({ inReceiptOfBenefit: false, lscStillAppropriate: false });
    expect(d.value.next).toBe('CloseNoLongerAppropriate');
    expect(d.value.closureSteps).toHaveLength(3);
    expect(d.reasons[1]!.cites.map((c) => c.id)).toEqual(['LSC-03-033a', 'LSC-02-065']);
  });
  it('LSC-02-020 / LSC-02-021: child not in household', () => {
    expect(decideComplianceStillAppropriate({ inReceiptOfBenefit: true, childNotInHousehold: 'BenefitPaidForChild' }).value.next).toBe('ChildDependencyExceptionRouting');
    const d = decideComplianceStillAppropriate({ inReceiptOfBenefit: true, childNotInHousehold: 'NoBenefitForChild' });
    expect(d.value).toMatchObject({ next: 'Continue', checkSignOnRequirement: true });
    expect(rulesOf(d)).toContain('LSC-02-021');
  });
  it('LSC-02-029: Customer Centric — approach only after identity, details and incorrectness checks', () => {
    expect(mayApproachCustomerCentricClaimant({ matchedPersonIsClaimant: true, personalDetailsVerified: true, incorrectnessIndicated: true }).value).toBe(true);
    expect(mayApproachCustomerCentricClaimant({ matchedPersonIsClaimant: false, personalDetailsVerified: true, incorrectnessIndicated: true }).value).toBe(false);
  });
});

describe('matching incidents, Performance Measurement, FES DCT', () => {
  it('LSC-02-059: actioned by the end of the working day of receipt (Saturday → Monday)', () => {
    expect(matchingIncidentHandling({ receivedDate: '2026-03-04' }).value.actionBy).toBe('2026-03-04');
    expect(matchingIncidentHandling({ receivedDate: '2026-03-07' }).value.actionBy).toBe('2026-03-09');
    expect(matchingIncidentHandling({ receivedDate: '2026-03-07' }).value.permittedActions).toEqual(['link', 're-route', 'close']);
  });
  it("LSC-02-063: 'Proactive Investigation' incidents are never linked", () => {
    const d = matchingIncidentHandling({ receivedDate: '2026-03-04', incidentSourceType: 'Proactive Investigation' });
    expect(d.value.permittedActions).toEqual(['re-route']);
    expect(rulesOf(d)).toContain('LSC-02-063');
  });
  it("LSC-02-063: the Source type is recognised whatever its case or spacing ('proactive investigation', ' Proactive  Investigation ')", () => {
    for (const incidentSourceType of ['proactive investigation', ' Proactive  Investigation ', 'PROACTIVE INVESTIGATION']) {
      expect(matchingIncidentHandling({ receivedDate: '2026-03-04', incidentSourceType }).value.permittedActions, incidentSourceType).toEqual(['re-route']);
    }
    expect(matchingIncidentHandling({ receivedDate: '2026-03-04', incidentSourceType: 'Public allegation' }).value.permittedActions).toContain('link');
  });
  it('LSC-02-060: incident before an already-notified interview → discuss both at that interview', () => {
    expect(matchingIncidentHandling({ receivedDate: '2026-03-04', notifiedInterviewDate: '2026-03-10' }).value.discussAtSameInterview).toBe(true);
    expect(matchingIncidentHandling({ receivedDate: '2026-03-10', notifiedInterviewDate: '2026-03-10' }).value.discussAtSameInterview).toBe(false);
  });
  it('LSC-02-061 / LSC-02-008: new or substantial information → LSCTL decides on LSI; DLA/AA → FES DCT', () => {
    const d = matchingIncidentHandling({ receivedDate: '2026-03-04', newOrSubstantialInformation: true, affectsDlaOrAa: true });
    expect(d.value.lsctlDecidesLsiReferral).toBe(true);
    expect(rulesOf(d)).toEqual(['LSC-02-059', 'LSC-02-061', 'LSC-02-008']);
  });
  it('LSC-03-085 / LSC-03-086: notified on or before PM selection → continue; else stop', () => {
    expect(performanceMeasurementInterplay({ pmSelectedOn: '2026-03-10', lscInterviewNotifiedOn: '2026-03-10' }).value).toBe('ContinueCompliance');
    expect(performanceMeasurementInterplay({ pmSelectedOn: '2026-03-10', lscInterviewNotifiedOn: '2026-03-11' }).value).toBe('StopAndCloseCompliance');
    expect(rulesOf(performanceMeasurementInterplay({ pmSelectedOn: '2026-03-10' }))).toEqual(['LSC-03-086']);
  });
  it('LSC-02-009 / LSC-02-010: CA downgraded from LSI — check and associate the FES DCT Inbox 99990438', () => {
    const d = fesDctAssociation({ benefits: ['CA', 'IS'], downgradedFromLsi: true });
    expect(d.value).toMatchObject({ associate: true, inboxUserId: '99990438', claimPackMayBeRequested: true });
    expect(d.value.activityDescriptionMustContain).toHaveLength(3);
    expect(fesDctAssociation({ benefits: ['CA'], downgradedFromLsi: true, alreadyAssociated: true }).value.associate).toBe(false);
  });
  it('LSC-02-011 / LSC-03-007: routed directly with a PDCS benefit interest → associate; claim pack for DLA/PIP/CA', () => {
    expect(fesDctAssociation({ benefits: ['PIP', 'JSA'], routedDirectlyByFraims: true, offenceMayAffectPdcsBenefit: true }).value.associate).toBe(true);
    expect(rulesOf(fesDctAssociation({ benefits: ['DLA'] }))).toEqual(['LSC-03-007']);
    expect(fesDctAssociation({ benefits: ['AA'] }).value.claimPackMayBeRequested).toBe(false);
  });
});
