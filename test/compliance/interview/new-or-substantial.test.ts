import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessNewOrSubstantialInformation,
  capitalExceptionBand,
  totalCapitalForException,
  type NewOrSubstantialInput,
} from '../../../src/compliance/interview/index.js';

const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

const base: NewOrSubstantialInput = {
  receivedAt: 'at-interview',
  referralOffenceType: 'LTAMC',
  informationOffenceType: 'LTAMC',
  groundsForNewReferral: false,
  fraudPenaltyPotential: false,
};

describe('assessNewOrSubstantialInformation — definition (LSC-05-007)', () => {
  it('LSC-05-007: same offence type, no grounds → neither new nor substantial; full review continues', () => {
    const d = assessNewOrSubstantialInformation(base);
    expect(d.value).toMatchObject({ isNew: false, isSubstantial: false, newOrSubstantial: false, route: 'continue-compliance', questionScope: 'full-review', mayAskAboutPreviousEntitlement: true });
    expect(ids(d)).toEqual(['LSC-05-007']);
  });
  it('LSC-05-007: a different offence type is new (case and spacing ignored)', () => {
    expect(assessNewOrSubstantialInformation({ ...base, informationOffenceType: 'Working' }).value.isNew).toBe(true);
    expect(assessNewOrSubstantialInformation({ ...base, informationOffenceType: ' ltamc ' }).value.isNew).toBe(false);
  });
  it('LSC-05-007: spacing inside the offence type is ignored too — the same offence is not new', () => {
    const same = { ...base, referralOffenceType: 'Living Together', informationOffenceType: 'living  together' };
    expect(assessNewOrSubstantialInformation(same).value.isNew).toBe(false);
  });
  it('LSC-05-007: substantial needs both grounds for a new FRF and fraud-penalty potential', () => {
    expect(assessNewOrSubstantialInformation({ ...base, groundsForNewReferral: true }).value.isSubstantial).toBe(false);
    expect(assessNewOrSubstantialInformation({ ...base, fraudPenaltyPotential: true }).value.isSubstantial).toBe(false);
    const d = assessNewOrSubstantialInformation({ ...base, groundsForNewReferral: true, fraudPenaltyPotential: true });
    expect(d.value).toMatchObject({ isNew: false, isSubstantial: true, newOrSubstantial: true });
  });
});

describe('at interview (LSC-05-008, LSC-05-009, LSC-05-021, LSC-04-016e, LSC-04-016c)', () => {
  it('limits questions to current entitlement, forbids past-entitlement questions, six-step procedure', () => {
    const d = assessNewOrSubstantialInformation({ ...base, informationOffenceType: 'Working in receipt of benefits' });
    expect(d.value.route).toBe('new-or-substantial-procedure');
    expect(d.value.questionScope).toBe('current-entitlement-only'); // LSC-05-008, LSC-04-016e
    expect(d.value.mayAskAboutPreviousEntitlement).toBe(false); // LSC-05-009, LSC-04-016c
    // LSC-05-021: the six steps in order
    expect(d.value.actions).toEqual([
      'limit-questions-to-current-entitlement', 'do-not-ask-about-previous-entitlement', 'record-current-details-on-MF47',
      'advise-claimant-matter-passed-on', 'complete-LT54', 'forward-details-MF47-MG11-to-LSCTL', 'LSCTL-decides-criteria-met', 'submit-new-FRF',
    ]);
    expect(ids(d)).toEqual(expect.arrayContaining(['LSC-05-008', 'LSC-05-009', 'LSC-05-021']));
    const cited = d.reasons.flatMap((r) => r.cites.map((c) => c.id));
    expect(cited).toEqual(expect.arrayContaining(['LSC-04-016e', 'LSC-04-016c']));
  });
  it('LSC-04-015: doubt on DLA/PIP/AA adds a new FRF to FES DCT; not for other benefits', () => {
    const d = assessNewOrSubstantialInformation({ ...base, informationOffenceType: 'Working', castsDoubtOn: ['PIP'] });
    expect(d.value.actions).toContain('new-FRF-to-FES-DCT');
    expect(ids(d)).toContain('LSC-04-015');
    expect(assessNewOrSubstantialInformation({ ...base, informationOffenceType: 'Working', castsDoubtOn: ['JSA'] }).value.actions).not.toContain('new-FRF-to-FES-DCT');
    // not new or substantial → no DCT referral even with DLA doubt
    expect(assessNewOrSubstantialInformation({ ...base, castsDoubtOn: ['DLA'] }).value.actions).toEqual([]);
  });
});

describe('before the interview (LSC-05-010)', () => {
  it('LSC-05-010: routed to LSI, which may transfer it back', () => {
    const d = assessNewOrSubstantialInformation({ ...base, receivedAt: 'before-interview', informationOffenceType: 'Abroad Fraud' });
    expect(d.value).toMatchObject({ route: 'refer-to-LSI', mayReturnToCompliance: true, actions: ['route-to-LSI'] });
    expect(ids(d)).toContain('LSC-05-010');
  });
});

describe('capital exception (LSC-05-011 … LSC-05-020, LSC-05-024)', () => {
  const capital: NewOrSubstantialInput = {
    receivedAt: 'at-interview', referralOffenceType: 'Undeclared capital', informationOffenceType: 'Undeclared capital',
    groundsForNewReferral: true, fraudPenaltyPotential: true, customerCentricRuleCode: 'JSIR008',
  };
  const acc = (valuePence: number) => [{ account: 'Lloyds TSB', source: 'interview' as const, valuePence }];
  it('LSC-05-011: only ISIR008, JSIR008, ESIR008 are capital-exception referrals', () => {
    for (const code of ['ISIR008', 'JSIR008', 'esir008']) expect(assessNewOrSubstantialInformation({ ...capital, customerCentricRuleCode: code }).value.capitalExceptionReferral).toBe(true);
    expect(assessNewOrSubstantialInformation({ ...capital, customerCentricRuleCode: 'ISIR009' }).value.capitalExceptionReferral).toBe(false);
  });
  it('LSC-05-014: £16,000.00 exactly is not substantial; £16,000.01 refers to LSI', () => {
    const at = assessNewOrSubstantialInformation({ ...capital, capitalAccounts: acc(1600000) });
    expect(at.value).toMatchObject({ isSubstantial: false, route: 'continue-compliance', capitalBand: 'at-upper', actions: ['state-interview-concerns-FRF-information'] });
    const over = assessNewOrSubstantialInformation({ ...capital, capitalAccounts: acc(1600001) });
    expect(over.value).toMatchObject({ isSubstantial: true, route: 'refer-to-LSI', questionScope: 'total-capital-only', capitalBand: 'above-upper' });
    expect(ids(over)).toEqual(expect.arrayContaining(['LSC-05-011', 'LSC-05-014', 'LSC-05-015', 'LSC-05-020']));
  });
  it('LSC-05-015…LSC-05-019: the capital referral steps, LSC-05-013 scope statement; LSC-05-020 no return', () => {
    const d = assessNewOrSubstantialInformation({ ...capital, capitalAccounts: acc(1800000) });
    expect(d.value.actions).toEqual(expect.arrayContaining([
      'state-interview-concerns-FRF-information', // LSC-05-013
      'limit-questions-to-total-capital', 'make-no-commitments-to-claimant', // LSC-05-015
      'establish-total-savings', 'advise-claimant-matter-passed-on', // LSC-05-016
      'complete-MG11', // LSC-05-017
      'refer-to-DM-current-entitlement', 'claim-MVA-if-applicable', // LSC-05-018
      'new-FRF-to-FES-LSCTL', // LSC-05-019
    ]));
    expect(d.value.mayReturnToCompliance).toBe(false); // LSC-05-020
    const cited = d.reasons.flatMap((r) => r.cites.map((c) => c.id));
    expect(cited).toEqual(expect.arrayContaining(['LSC-05-012', 'LSC-05-013', 'LSC-05-016', 'LSC-05-017', 'LSC-05-018', 'LSC-05-019', 'LSC-05-024']));
  });
  it('capital exception: capital within the band with fraud-penalty grounds is still not substantial', () => {
    const d = assessNewOrSubstantialInformation({ ...capital, capitalAccounts: acc(1000000) });
    expect(d.value).toMatchObject({ isSubstantial: false, newOrSubstantial: false, capitalBand: 'within-band' });
  });
  it('capital exception does not stop a different offence being new', () => {
    const d = assessNewOrSubstantialInformation({ ...capital, informationOffenceType: 'Working', capitalAccounts: acc(1000000) });
    expect(d.value).toMatchObject({ isNew: true, route: 'new-or-substantial-procedure' });
  });
  it('LSC-05-024: totals every account once, interview value replacing the referral value', () => {
    expect(totalCapitalForException([
      { account: 'Lloyds TSB', source: 'referral', valuePence: 800000 },
      { account: 'Lloyds TSB', source: 'interview', valuePence: 1200000 },
      { account: 'Nationwide', source: 'interview', valuePence: 500000 },
    ])).toBe(1700000);
    // order does not matter
    expect(totalCapitalForException([
      { account: 'A', source: 'interview', valuePence: 100 },
      { account: 'A', source: 'referral', valuePence: 900 },
    ])).toBe(100);
  });
  it('LSC-05-012: the band is strict at both ends', () => {
    expect(capitalExceptionBand(600000)).toBe('not-above-lower');
    expect(capitalExceptionBand(600001)).toBe('within-band');
    expect(capitalExceptionBand(1599999)).toBe('within-band');
    expect(capitalExceptionBand(1600000)).toBe('at-upper');
    expect(capitalExceptionBand(1600001)).toBe('above-upper');
  });
  it('property: the total never exceeds the plain sum and is at least the largest single value per account', () => {
    fc.assert(fc.property(fc.array(fc.record({ account: fc.constantFrom('A', 'B', 'C'), source: fc.constantFrom('referral' as const, 'interview' as const), valuePence: fc.nat(10_000_000) })), (accounts) => {
      const t = totalCapitalForException(accounts);
      const sum = accounts.reduce((s, a) => s + a.valuePence, 0);
      return t >= 0 && t <= sum;
    }));
  });
  it('property: when capital is the only matter, LSI referral happens exactly when the total exceeds £16,000', () => {
    fc.assert(fc.property(fc.nat(4_000_000), (v) => {
      const d = assessNewOrSubstantialInformation({ ...capital, capitalAccounts: acc(v) });
      return (d.value.route === 'refer-to-LSI') === (v > 1600000);
    }));
  });
});

describe('worked examples (LSC-05-022, LSC-05-023)', () => {
  it('LSC-05-022 Angela: LTAMC referral, three years of full-time work disclosed → new information', () => {
    const d = assessNewOrSubstantialInformation({ ...base, informationOffenceType: 'Working in receipt of benefits', groundsForNewReferral: true, fraudPenaltyPotential: true });
    expect(d.value).toMatchObject({ isNew: true, newOrSubstantial: true, questionScope: 'current-entitlement-only', mayAskAboutPreviousEntitlement: false });
  });
  it('LSC-05-023: Lloyds TSB savings declared at £18,000 → refer to LSI, never back', () => {
    const d = assessNewOrSubstantialInformation({
      receivedAt: 'at-interview', referralOffenceType: 'Undeclared cap/sav/inc/living', informationOffenceType: 'Undeclared cap/sav/inc/living',
      groundsForNewReferral: false, fraudPenaltyPotential: false, customerCentricRuleCode: 'ISIR008',
      capitalAccounts: [{ account: 'Lloyds TSB', source: 'referral', valuePence: 1000000 }, { account: 'Lloyds TSB', source: 'interview', valuePence: 1800000 }],
    });
    expect(d.value).toMatchObject({ totalCapitalPence: 1800000, route: 'refer-to-LSI', mayReturnToCompliance: false });
  });
});
