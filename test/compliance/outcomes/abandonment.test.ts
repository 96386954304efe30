import { describe, expect, it } from 'vitest';
import { ABANDONMENT_REASONS, ABANDONMENT_REASON_TABLE, decideAbandonment, classifyAdministrativeOutcomeResult } from '../../../src/compliance/outcomes/index.js';

describe('decideAbandonment (LSC-07-014, LSC-07-015, LSC-07-016)', () => {
  it.each(ABANDONMENT_REASONS)('LSC-07-014 permits %s when agreed and recorded', (reason) => {
    const d = decideAbandonment({ reason, agreedWithTeamLeader: true, recordedInDescription: true });
    expect(d.value).toBe(true);
    expect(d.reasons.map((r) => r.rule)).toEqual(['LSC-07-014', 'LSC-07-015', 'LSC-07-016']);
  });
  it('refuses any other reason', () => {
    const d = decideAbandonment({ reason: 'claimant-moved-abroad', agreedWithTeamLeader: true, recordedInDescription: true });
    expect(d.value).toBe(false);
    expect(d.reasons.map((r) => r.rule)).toEqual(['LSC-07-014']);
  });
  it('LSC-07-015: needs the LSCTL agreement; LSC-07-016: needs the FRAIMS description', () => {
    expect(decideAbandonment({ reason: 'defective-claim', agreedWithTeamLeader: false, recordedInDescription: true }).reasons.map((r) => r.rule)).toEqual(['LSC-07-015']);
    expect(decideAbandonment({ reason: 'defective-claim', agreedWithTeamLeader: true, recordedInDescription: false }).reasons.map((r) => r.rule)).toEqual(['LSC-07-016']);
    expect(decideAbandonment({ reason: 'x', agreedWithTeamLeader: false, recordedInDescription: false }).reasons).toHaveLength(3);
  });
  it('each table entry carries its id and citation', () => {
    for (const e of ABANDONMENT_REASON_TABLE) expect(e.cites[0]!.ref).toBe('Compliance (01/15) ch.07 para 14');
  });
});

describe('classifyAdministrativeOutcomeResult', () => {
  it('LSC-07-018 User error', () => expect(classifyAdministrativeOutcomeResult({ incorrectClaimantDetails: true }).value).toBe('User error'));
  it('LSC-07-020 MIDAS Data Error only when confirmed', () => {
    expect(classifyAdministrativeOutcomeResult({ ifdDataMatchError: true, identifiedByCooErrorReductionTeam: true }).value).toBe('MIDAS Data Error');
    const d = classifyAdministrativeOutcomeResult({ ifdDataMatchError: true });
    expect(d.value).toBeNull();
    expect(d.reasons[0]!.rule).toBe('LSC-07-020');
  });
  it('LSC-07-017 Cleared before receiving case needs all three conditions', () => {
    expect(classifyAdministrativeOutcomeResult({ changeAlreadyKnownToBenefitCentre: true, claimClosedByBenefitCentre: true, benefitCentreDealingWithOverpayment: true }).value).toBe('Cleared before receiving case');
    const partial = classifyAdministrativeOutcomeResult({ changeAlreadyKnownToBenefitCentre: true, claimClosedByBenefitCentre: true });
    expect(partial.value).toBeNull();
    expect(partial.reasons[0]!.rule).toBe('LSC-07-017');
  });
  it('LSC-07-019 External handoff', () => expect(classifyAdministrativeOutcomeResult({ illegalActivityForOtherAuthority: true }).value).toBe('External handoff'));
  it('Duplicate referral (LSC-07-009)', () => expect(classifyAdministrativeOutcomeResult({ duplicateReferral: true }).value).toBe('Duplicate referral'));
  it('none applies', () => expect(classifyAdministrativeOutcomeResult({}).value).toBeNull());
});
