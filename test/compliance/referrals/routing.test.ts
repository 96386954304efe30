import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENEFITS } from '../../../src/compliance/common/benefits.js';
import {
  decideDuplicateReferral,
  decideLocalAuthorityDocumentRequest,
  decideLocalAuthorityOffer,
  decideLsiDowngrade,
  LOCAL_AUTHORITY_OFFER_CATEGORIES,
  localAuthorityOfferNextStep,
  REFERRAL_DESTINATIONS,
  REFERRAL_SOURCES,
  routeReferral,
} from '../../../src/compliance/referrals/index.js';
import { rulesOf } from './helpers.js';

const r = { source: 'RiskReferral' as const, receivedDate: '2026-03-02', benefits: ['JSA' as const] };

describe('routeReferral', () => {
  it('LSC-02-055: Instrument Of Payment referrals are returned to the sender', () => {
    const d = routeReferral({ ...r, source: 'IOP' });
    expect(d.value.destination).toBe('ReturnToSender');
    expect(rulesOf(d)).toEqual(['LSC-02-055']);
  });
  it('LSC-02-053: SPVA-only referrals go back to the SPVA office; LSC-02-054: with DWP benefits LSC continues on the DWP element', () => {
    expect(routeReferral({ ...r, source: 'SPVA', benefits: [] }).value.destination).toBe('ReturnToSPVA');
    const d = routeReferral({ ...r, source: 'SPVA', spvaBenefitInPayment: true });
    expect(d.value.destination).toBe('AcceptForLocalServiceCompliance');
    expect(rulesOf(d)).toContain('LSC-02-054');
  });
  it('LSC-02-058: a live Incident/Case for the suspect → forwarded to its owner (LSC-01-008)', () => {
    const d = routeReferral({ ...r, liveIncidentOrCaseForSuspect: true });
    expect(d.value.destination).toBe('ForwardToLiveCaseOwner');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-01-008');
  });
  it('LSC-03-018 / LSC-03-019: staff implicated → RAD SPOC; sensitive → LSI; non-sensitive → back to LSC', () => {
    expect(routeReferral({ ...r, memberOfStaffImplicated: true }).value.destination).toBe('RouteToRADSPOC');
    expect(routeReferral({ ...r, memberOfStaffImplicated: true, staffCaseCategory: 'sensitive' }).value.destination).toBe('RouteToLocalServiceInvestigations');
    const d = routeReferral({ ...r, memberOfStaffImplicated: true, staffCaseCategory: 'non-sensitive' });
    expect(d.value.destination).toBe('AcceptForLocalServiceCompliance');
    expect(rulesOf(d)).toContain('LSC-03-018');
  });
  it('LSC-02-005: never to Compliance once the claimant attended / IUC commenced / undertaken', () => {
    for (const iuc of [{ attended: true }, { commenced: true }, { undertaken: true }]) {
      const d = routeReferral({ ...r, source: 'LSIDowngrade', iuc });
      expect(d.value.destination).toBe('RouteToLocalServiceInvestigations');
      expect(rulesOf(d)).toEqual(['LSC-02-005']);
    }
    expect(routeReferral({ ...r, source: 'LSIDowngrade', iuc: { notified: true, failedToAttend: true } }).value.destination).toBe('AcceptForLocalServiceCompliance');
  });
  it('LSC-02-035: HST with sufficient information for a fraud penalty → LSI; LSC-02-034 / LSC-02-040 otherwise accepted', () => {
    expect(routeReferral({ ...r, source: 'PMHST', sufficientInformationForFraudPenalty: true }).value.destination).toBe('RouteToLocalServiceInvestigations');
    const d = routeReferral({ ...r, source: 'PMHST' });
    expect(d.value.destination).toBe('AcceptForLocalServiceCompliance');
    expect(rulesOf(d)).toContain('LSC-02-034');
  });
  it('LSC-02-022: Abroad Fraud → Abroad Fraud Inbox unless handed off to LSC', () => {
    expect(routeReferral({ ...r, abroadFraudOffence: true }).value.destination).toBe('RouteToAbroadFraudInbox');
    expect(routeReferral({ ...r, abroadFraudOffence: true, handedOffByAbroadFraudInbox: true }).value.destination).toBe('AcceptForLocalServiceCompliance');
  });
  it('LSC-02-006: DLA/AA only → PDCS; LSC-02-007: with another benefit LSC deals with the rest (PIP excluded too)', () => {
    expect(routeReferral({ ...r, benefits: ['DLA', 'AA'] }).value.destination).toBe('ReturnToPDCS');
    const d = routeReferral({ ...r, benefits: ['DLA', 'PIP', 'IS', 'PC'] });
    expect(d.value).toEqual({ destination: 'AcceptForLocalServiceCompliance', lscScope: ['IS', 'PC'] });
    expect(rulesOf(d)).toContain('LSC-02-007');
    expect(routeReferral({ ...r, benefits: ['PIP'] }).value.destination).toBe('AcceptForLocalServiceCompliance');
  });
  it('LSC-02-064: duplicate within 3 months declined by the LSCTL → close; outside → accepted', () => {
    const dup = (earlier: string) => routeReferral({ ...r, receivedDate: '2026-04-15', duplicate: { earlierCaseReceivedDate: earlier, sameMatter: true, lsctlDeclines: true } }).value.destination;
    expect(dup('2026-01-15')).toBe('CloseAsDuplicate');
    expect(dup('2026-01-14')).toBe('AcceptForLocalServiceCompliance');
  });
  it('LSC-02-043 / LSC-02-044: LA categories are offered unless a local agreement says otherwise', () => {
    expect(routeReferral({ ...r, localAuthorityCategory: 'BoardersInHousehold' }).value.destination).toBe('OfferToLocalAuthority');
    const d = routeReferral({ ...r, localAuthorityCategory: 'BoardersInHousehold', localAgreementNotToOfferToLocalAuthority: true });
    expect(d.value.destination).toBe('AcceptForLocalServiceCompliance');
    expect(rulesOf(d)).toContain('LSC-02-044');
    expect(routeReferral({ ...r, localAuthorityCategory: 'Abroad', localAuthorityDidNotTakeCase: true }).value.destination).toBe('AcceptForLocalServiceCompliance');
  });
  it('notes on acceptance: LSC-02-050a credits only, LSC-02-024 TfWA, LSC-02-016 MA, LSC-02-027 Pension Service, LSC-02-028 Customer Centric, LSC-02-056 past period suspended', () => {
    expect(rulesOf(routeReferral({ ...r, benefits: ['Credits'] }))).toContain('LSC-02-050a');
    expect(rulesOf(routeReferral({ ...r, source: 'LSIDowngrade', benefits: ['TfWA', 'JSA(IB)'] }))).toContain('LSC-02-024');
    expect(rulesOf(routeReferral({ ...r, benefits: ['MA'], workingWhileOnMaternityAllowance: true }))).toContain('LSC-02-016');
    expect(rulesOf(routeReferral({ ...r, source: 'PensionService', benefits: ['PC'] }))).toContain('LSC-02-027');
    expect(rulesOf(routeReferral({ ...r, source: 'CustomerCentric' }))).toContain('LSC-02-028');
    expect(rulesOf(routeReferral({ ...r, pastPeriodWithAwardSuspended: true }))).toContain('LSC-02-056');
  });
  it('never returns two destinations: exactly one known destination for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          source: fc.constantFrom(...REFERRAL_SOURCES),
          receivedDate: fc.constant('2026-04-15'),
          benefits: fc.subarray([...BENEFITS]),
          spvaBenefitInPayment: fc.boolean(),
          liveIncidentOrCaseForSuspect: fc.boolean(),
          memberOfStaffImplicated: fc.boolean(),
          staffCaseCategory: fc.option(fc.constantFrom('sensitive' as const, 'non-sensitive' as const), { nil: undefined }),
          iuc: fc.record({ attended: fc.boolean(), commenced: fc.boolean(), undertaken: fc.boolean() }),
          sufficientInformationForFraudPenalty: fc.boolean(),
          abroadFraudOffence: fc.boolean(),
          localAuthorityCategory: fc.option(fc.constantFrom(...LOCAL_AUTHORITY_OFFER_CATEGORIES), { nil: undefined }),
        }),
        (input) => {
          const d = routeReferral(input);
          expect(typeof d.value.destination).toBe('string');
          expect(REFERRAL_DESTINATIONS).toContain(d.value.destination);
          expect(d.value.lscScope.every((b) => !['DLA', 'AA', 'PIP'].includes(b))).toBe(true);
        },
      ),
    );
  });
});

describe('decideLsiDowngrade', () => {
  const base = { benefits: ['JSA' as const], prosecutionNotAppropriate: true };
  it('LSC-02-004: overpayment strictly under £2000.00 is a ground; £2000.00 exactly is not', () => {
    expect(decideLsiDowngrade({ ...base, estimatedOverpaymentPence: 199999 }).value.grounds).toEqual(['OverpaymentUnder2000']);
    const at = decideLsiDowngrade({ ...base, estimatedOverpaymentPence: 200000 });
    expect(at.value.grounds).toEqual([]);
    expect(at.value.noGroundRecorded).toBe(true);
    expect(at.value.permitted).toBe(true);
  });
  it('LSC-02-004: insufficient evidence; health needs both the investigator and the Team Leader', () => {
    expect(decideLsiDowngrade({ ...base, insufficientEvidenceForProsecution: true }).value.grounds).toEqual(['InsufficientEvidence']);
    expect(decideLsiDowngrade({ ...base, investigatorHealthOpinion: true }).value.grounds).toEqual([]);
    expect(decideLsiDowngrade({ ...base, investigatorHealthOpinion: true, teamLeaderHealthOpinion: true }).value.grounds).toEqual(['HealthOfSuspectOrPartner']);
  });
  it('LSC-02-003: stays with LSI unless prosecution is not appropriate; a failed IUC attendance does not bar', () => {
    expect(decideLsiDowngrade({ ...base, prosecutionNotAppropriate: false }).value.permitted).toBe(false);
    expect(decideLsiDowngrade({ ...base, iuc: { notified: true, failedToAttend: true } }).value.permitted).toBe(true);
  });
  it('LSC-02-005: attended, commenced or undertaken IUC bars downgrade', () => {
    const d = decideLsiDowngrade({ ...base, iuc: { attended: true } });
    expect(d.value).toMatchObject({ permitted: false, destination: 'LocalServiceInvestigations' });
    expect(rulesOf(d)).toEqual(['LSC-02-005']);
  });
  it('LSC-02-006 / LSC-03-019: DLA/AA only → PDCS; sensitive staff case never downgraded', () => {
    expect(decideLsiDowngrade({ ...base, benefits: ['DLA'] }).value.destination).toBe('PDCS');
    expect(rulesOf(decideLsiDowngrade({ ...base, sensitiveStaffCase: true }))).toEqual(['LSC-03-019']);
  });
  it('LSC-02-036: HST only before IUC notification and when a penalty is not likely', () => {
    expect(decideLsiDowngrade({ ...base, hstCase: true, fraudPenaltyLikely: false }).value.permitted).toBe(true);
    expect(decideLsiDowngrade({ ...base, hstCase: true, fraudPenaltyLikely: false, iuc: { notified: true } }).value.permitted).toBe(false);
    expect(decideLsiDowngrade({ ...base, hstCase: true }).value.permitted).toBe(false);
  });
  it('LSC-02-007 / LSC-02-024: scope excludes DLA/AA/PIP; TfWA accepted', () => {
    const d = decideLsiDowngrade({ ...base, benefits: ['AA', 'PC', 'TfWA'] });
    expect(d.value.lscScope).toEqual(['PC', 'TfWA']);
    expect(rulesOf(d)).toEqual(expect.arrayContaining(['LSC-02-007', 'LSC-02-024']));
  });
});

describe('Local Authority', () => {
  it('LSC-02-043: non-dependant only with IS and Severe Disability Premium in payment', () => {
    expect(decideLocalAuthorityOffer({ category: 'NonDependantInHousehold', benefits: ['IS'] }).value).toBe(false);
    expect(decideLocalAuthorityOffer({ category: 'NonDependantInHousehold', benefits: ['IS'], severeDisabilityPremiumInPayment: true }).value).toBe(true);
    expect(decideLocalAuthorityOffer({ benefits: ['IS'] }).value).toBe(false);
  });
  it('LSC-02-045a: the offer reason says to send the original referral on an FPA1', () => {
    expect(decideLocalAuthorityOffer({ category: 'NotAtGivenAddress', benefits: ['JSA'] }).reasons[0]!.cites.map((c) => c.id)).toContain('LSC-02-045a');
  });
  it('LSC-02-045b: 10-day turnaround, 14-day B/F — day 13 await, day 14 commence', () => {
    const s = (asOf: string) => localAuthorityOfferNextStep({ offerDate: '2026-03-02', asOf }).value;
    expect(s('2026-03-15')).toEqual({ action: 'AwaitLocalAuthority', turnaroundDue: '2026-03-12', broughtForward: '2026-03-16' });
    expect(s('2026-03-16').action).toBe('CommenceComplianceAction');
  });
  it('LSC-02-045c: accepted → update Notepad and close; declined → commence', () => {
    expect(localAuthorityOfferNextStep({ offerDate: '2026-03-02', asOf: '2026-03-05', response: 'accepted' }).value.action).toBe('UpdateNotepadAndCloseCase');
    expect(localAuthorityOfferNextStep({ offerDate: '2026-03-02', asOf: '2026-03-05', response: 'declined' }).value.action).toBe('CommenceComplianceAction');
  });
  it('LSC-02-046 / LSC-02-047: LA termination request → stop and close', () => {
    const d = localAuthorityOfferNextStep({ offerDate: '2026-03-02', asOf: '2026-03-05', response: 'terminationRequested' });
    expect(d.value.action).toBe('StopAllActivityAndCloseCase');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['LSC-02-046', 'LSC-02-047']);
  });
  it('LSC-02-048 / LSC-02-049: documents of the terminated case may be provided; otherwise FPA1 via LSI', () => {
    expect(decideLocalAuthorityDocumentRequest({ caseTerminatedAtLocalAuthorityRequest: true }).value).toBe('ProvideDocuments');
    expect(rulesOf(decideLocalAuthorityDocumentRequest({ caseTerminatedAtLocalAuthorityRequest: false }))).toEqual(['LSC-02-049']);
  });
});

describe('decideDuplicateReferral (LSC-02-064, LSC-02-065)', () => {
  it('LSC-02-064: inclusive 3-month window from the earlier receipt', () => {
    const d = (n: string, sameMatter = true) => decideDuplicateReferral({ earlierCaseReceivedDate: '2025-11-30', newCaseReceivedDate: n, sameMatter }).value;
    expect(d('2026-02-28')).toEqual({ lsctlMayDecline: true, windowEnd: '2026-02-28' });
    expect(d('2026-03-01').lsctlMayDecline).toBe(false);
    expect(d('2026-01-01', false).lsctlMayDecline).toBe(false);
  });
  it('LSC-02-065: the decline is an LSCTL closure', () => {
    const d = decideDuplicateReferral({ earlierCaseReceivedDate: '2026-01-01', newCaseReceivedDate: '2026-01-02', sameMatter: true });
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-02-065');
  });
});
