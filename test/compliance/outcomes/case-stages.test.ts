import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LSC_CASE_STAGES, RESERVED_CASE_STAGES, STAGES_RESERVED_FROM_LSC, CASE_STAGE_TRANSITIONS, canonicalCaseStage, decideCaseStageTransition, nextCaseStages,
  auditCaseStageResting, caseStageAfterInvestigationEvent, caseStageTransitionInputSchema, type CaseStage,
} from '../../../src/compliance/outcomes/index.js';

const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('Case Stages (LSC-12-001)', () => {
  it('the nine LSC stages and the 16 reserved stages (LSC-12-002)', () => {
    expect(LSC_CASE_STAGES).toHaveLength(9);
    expect(RESERVED_CASE_STAGES).toHaveLength(16);
    expect(STAGES_RESERVED_FROM_LSC).not.toContain('Post Decision Action');
    expect(STAGES_RESERVED_FROM_LSC).toContain('Appeal');
  });
  it.each([
    ['Referral', 'Allocated', true], ['Referral', 'Closed', false], ['Allocated', 'Investigation', true], ['Allocated', 'Closed', true],
    ['Investigation', 'Benefits Decision', true], ['Investigation', 'Closure Action', true], ['Investigation', 'CRT', true], ['Investigation', 'Closed', false],
    ['Benefits Decision', 'CRT', true], ['Benefits Decision', 'Overpayment Decision', true], ['Benefits Decision', 'Closed', false],
    ['CRT', 'Overpayment Decision', true], ['Overpayment Decision', 'Post Decision Action', true], ['Post Decision Action', 'Closed', true],
    ['Closure Action', 'Closed', true], ['Closed', 'Investigation', true], ['Closed', 'Appeal', false],
  ] as const)('LSC-12-001: %s → %s allowed: %s', (from, to, ok) => {
    expect(decideCaseStageTransition({ from, to }).value).toBe(ok);
  });
  it('reconciles the naming differences: Benefit Decision, Central Reassessment Team', () => {
    expect(canonicalCaseStage('Benefit Decision')).toBe('Benefits Decision');
    expect(canonicalCaseStage('Central Reassessment Team')).toBe('CRT');
    expect(decideCaseStageTransition({ from: 'Investigation', to: 'Benefit Decision' }).value).toBe(true);
    expect(canonicalCaseStage('Nowhere')).toBeUndefined();
    // LSC-12-001: names inherited from Object.prototype are not ch.12 Case Stages.
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) {
      expect(canonicalCaseStage(name)).toBeUndefined();
      expect(caseStageTransitionInputSchema.safeParse({ from: name, to: 'Closed' }).success).toBe(false);
    }
  });
  it('LSC-12-002: Appeal is for Investigations / DM users only', () => {
    expect(ids(decideCaseStageTransition({ from: 'Closed', to: 'Appeal' }))).toEqual(['LSC-12-002']);
    expect(decideCaseStageTransition({ from: 'Closed', to: 'Appeal', user: 'Decision Maker' }).value).toBe(true);
    expect(decideCaseStageTransition({ from: 'Court', to: 'Closed' }).value).toBe(false);
  });
  it('LSC-07-035: Closure Action for causal-link cases', () => expect(ids(decideCaseStageTransition({ from: 'Investigation', to: 'Closure Action' }))).toContain('LSC-07-035'));
  it('Closed is guarded by the closure checklist (LSC-09-002)', () => {
    expect(ids(decideCaseStageTransition({ from: 'Allocated', to: 'Closed', closureChecksMet: false }))).toEqual(['LSC-09-002']);
    expect(decideCaseStageTransition({ from: 'Allocated', to: 'Closed', closureChecksMet: true }).value).toBe(true);
  });
  it('nextCaseStages hides reserved stages from LSC users', () => {
    expect(nextCaseStages('Closed')).toEqual(['Investigation']);
    expect(nextCaseStages('Closed', 'Investigations')).toEqual(['Investigation', 'Appeal']);
  });
  it('property: an LSC user walking the machine from Referral never reaches a reserved stage', () => {
    fc.assert(fc.property(fc.array(fc.nat(10), { maxLength: 40 }), (choices) => {
      let stage: CaseStage = 'Referral';
      for (const c of choices) {
        const next = nextCaseStages(stage);
        if (next.length === 0) break;
        const to = next[c % next.length]!;
        expect(decideCaseStageTransition({ from: stage, to }).value).toBe(true);
        stage = to;
        expect(STAGES_RESERVED_FROM_LSC).not.toContain(stage);
      }
    }));
  });
  it('every transition target is a known stage', () => {
    for (const targets of Object.values(CASE_STAGE_TRANSITIONS)) for (const t of targets) expect(canonicalCaseStage(t)).toBe(t);
  });
});

describe('auditCaseStageResting (LSC-12-001a)', () => {
  it('flags Overpayment Decision / Post Decision Action found on a later day', () => {
    expect(auditCaseStageResting({ stage: 'Post Decision Action', enteredOn: '2015-03-02', asOf: '2015-03-02' }).value).toBe(false);
    expect(auditCaseStageResting({ stage: 'Post Decision Action', enteredOn: '2015-03-02', asOf: '2015-03-03' }).value).toBe(true);
    expect(auditCaseStageResting({ stage: 'Overpayment Decision', enteredOn: '2015-03-02', asOf: '2015-04-03' }).value).toBe(true);
    expect(auditCaseStageResting({ stage: 'Investigation', enteredOn: '2015-03-02', asOf: '2015-04-03' }).value).toBe(false);
  });
});

describe('caseStageAfterInvestigationEvent (LSC-12-001b)', () => {
  it.each(['failed-to-attend', 'claimant-cancelled', 'suspended-for-failure-to-attend', 'further-information-requested'] as const)('%s → stays Investigation', (event) => {
    const d = caseStageAfterInvestigationEvent({ event });
    expect(d.value).toBe('Investigation');
    expect(ids(d)).toEqual(['LSC-12-001b']);
  });
  it('moves on a DM referral, a CRT referral or a causal-link hold', () => {
    expect(caseStageAfterInvestigationEvent({ event: 'referred-to-dm-for-revision' }).value).toBe('Benefits Decision');
    expect(caseStageAfterInvestigationEvent({ event: 'referred-to-crt' }).value).toBe('CRT');
    expect(caseStageAfterInvestigationEvent({ event: 'causal-link-hold' }).value).toBe('Closure Action');
  });
});
