import { describe, expect, it } from 'vitest';
import { decideAbandonment } from '../../../src/compliance/outcomes/abandonment.js';
import { auditAccompaniedInterviews } from '../../../src/compliance/outcomes/checks.js';
import { checkCaseClosure } from '../../../src/compliance/outcomes/closure.js';
import { validateCaseOutcome } from '../../../src/compliance/outcomes/outcome-validity.js';
import { FOI_ERA_POLICY } from '../../../src/core/policy/editions.js';

const FOI = { policy: FOI_ERA_POLICY };
const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('policy edition foi-era: abandonment (FOI-17 vs LSC-07-014/015)', () => {
  it('FOI-17: a malicious allegation may be abandoned at the officer\'s discretion, without the team leader (2015: refused)', () => {
    const input = { reason: 'malicious-referral', agreedWithTeamLeader: false, recordedInDescription: true };
    const foi = decideAbandonment(input, FOI);
    expect(foi.value).toBe(true);
    expect(ids(foi)).toEqual(['FOI-17', 'LSC-07-016']);
    const cur = decideAbandonment(input);
    expect(cur.value).toBe(false);
    expect(ids(cur)).toEqual(['LSC-07-015']);
  });
  it('FOI-17: the other 2015 grounds do not allow abandonment (LSC-07-014 allows them)', () => {
    for (const reason of ['deceased-or-terminally-ill', 'defective-claim', 'benefit-not-affected', 'inappropriate-referral']) {
      const input = { reason, agreedWithTeamLeader: true, recordedInDescription: true };
      const foi = decideAbandonment(input, FOI);
      expect(foi.value, reason).toBe(false);
      expect(ids(foi)).toEqual(['FOI-17']);
      expect(decideAbandonment(input).value, reason).toBe(true);
    }
  });
  it('LSC-07-016 is kept under the FOI edition: an unrecorded abandonment is refused with every failure listed', () => {
    const foi = decideAbandonment({ reason: 'defective-claim', agreedWithTeamLeader: true, recordedInDescription: false }, FOI);
    expect(ids(foi)).toEqual(['FOI-17', 'LSC-07-016']);
  });
});

describe('policy edition foi-era: an \'Abandoned\' outcome on the case record follows the edition (FOI-17 vs LSC-07-014/015)', () => {
  const rec = (reason: string, agreedWithTeamLeader: boolean) => ({
    outcome: 'No Result', outcomeResult: 'Abandoned', dateOfOutcome: '2015-06-01', outcomeRecordedOn: '2015-06-01',
    abandonment: { reason, agreedWithTeamLeader, recordedInDescription: true },
  });
  it('validateCaseOutcome: malicious without the team leader is valid under foi-era (2015: LSC-07-015)', () => {
    expect(validateCaseOutcome(rec('malicious-referral', false), FOI).value).toEqual({ valid: true, violations: [] });
    expect(validateCaseOutcome(rec('malicious-referral', false)).value.violations.map((v) => v.rule)).toEqual(['LSC-07-015']);
  });
  it('validateCaseOutcome: a defective claim is not a ground under foi-era (FOI-17), and blocks closure', () => {
    expect(validateCaseOutcome(rec('defective-claim', true), FOI).value.violations.map((v) => v.rule)).toEqual(['FOI-17']);
    expect(validateCaseOutcome(rec('defective-claim', true)).value.valid).toBe(true);
    expect(checkCaseClosure(rec('defective-claim', true), FOI).value.unmet.map((u) => u.rule)).toContain('LSC-09-002d');
    expect(checkCaseClosure(rec('malicious-referral', false), FOI).value.unmet.map((u) => u.rule)).not.toContain('LSC-09-002d');
  });
});

describe('policy edition foi-era: accompanied interviews (FOI-20 vs LSC-10-032)', () => {
  const iv = (date: string, kind: 'Home Visit' | 'Office Interview') => ({ date, kind, recordedOnFraims: true, qafUsed: true });
  it('FOI-20: one accompanied interview a year meets the (absent) minimum; 2015 needs four and one per quarter', () => {
    const input = { year: 2015, interviews: [iv('2015-05-01', 'Home Visit'), iv('2015-06-01', 'Office Interview')] };
    const foi = auditAccompaniedInterviews(input, FOI);
    expect(foi.value).toMatchObject({ counted: 2, meetsMinimum: true, findings: [] });
    expect(ids(foi)).toEqual(['FOI-20']);
    const cur = auditAccompaniedInterviews(input);
    expect(cur.value.meetsMinimum).toBe(false);
    expect(ids(cur)).toEqual(['LSC-10-032', 'LSC-10-032']);
  });
  it('FOI-20: none at all still meets the minimum; the 2015 kinds finding (LSC-10-034) is kept', () => {
    const foi = auditAccompaniedInterviews({ year: 2015, interviews: [] }, FOI);
    expect(foi.value.meetsMinimum).toBe(true);
    expect(ids(foi)).toEqual(['FOI-20', 'LSC-10-034']);
  });
});
