import { describe, expect, it } from 'vitest';
import {
  FUNDING_MODEL_ELEMENTS,
  JOB_OUTCOME_DEFINITION_TERMS,
  accidentClaimForms,
  decideAiisAvailable,
  decideAppointeeInvolvement,
  decideEmployerContactConsentNeeded,
  decideMarketShareShift,
  decidePermittedWorkPossible,
  decideVulnerableGroupOpportunity,
  grossMisconductDismissalSteps,
  requiredRiskAssessments,
  validateFundingModel,
} from '../../src/provider/programme.js';
import { rulesOf } from './helpers.js';

describe('designation order (PRV-006, PRV-007)', () => {
  it('PRV-006: no written consent from 17 July 2013 (inclusive); required the day before', () => {
    const d = decideEmployerContactConsentNeeded({ date: '2013-07-17' });
    expect(d.value).toBe(false);
    expect(rulesOf(d)).toEqual(['PRV-006', 'PRV-007']);
    expect(decideEmployerContactConsentNeeded({ date: '2013-07-16' }).value).toBe(true);
  });
  it('PRV-007: only for validating employment details', () => {
    expect(rulesOf(decideEmployerContactConsentNeeded({ date: '2020-01-01', purpose: 'other' }))).toEqual(['PRV-007']);
  });
});

describe('decideAiisAvailable (PRV-039)', () => {
  it('PRV-039: available 30 October 2013, abolished from 31 October 2013', () => {
    expect(decideAiisAvailable({ date: '2013-10-30' }).value).toBe(true);
    expect(decideAiisAvailable({ date: '2013-10-31' }).value).toBe(false);
  });
});

describe('accidentClaimForms (PRV-038a, PRV-038b)', () => {
  it('PRV-038a: no PARF1/PARF2; PRV-038b: BI100A for an accident, BI100PD for a disease', () => {
    expect(accidentClaimForms({ claimFor: 'none' }).value.providerForms).toEqual([]);
    expect(rulesOf(accidentClaimForms({ claimFor: 'none' }))).toEqual(['PRV-038a']);
    expect(accidentClaimForms({ claimFor: 'accident' }).value.usualClaimForm).toBe('BI100A');
    const d = accidentClaimForms({ claimFor: 'prescribed disease' });
    expect(d.value.usualClaimForm).toBe('BI100PD');
    expect(rulesOf(d)).toEqual(['PRV-038a', 'PRV-038b']);
  });
});

describe('decidePermittedWorkPossible (PRV-042)', () => {
  it.each([['ESA', true], ['IB', true], ['SDA', true], ['Severe Disablement Allowance (SDA)', true], ['JSA', false], ['Employment Support Allowance', true],
    ['Employment and Support Allowance', true], ['employment and support allowance (ESA)', true], ['esa', true], ['  Incapacity   Benefit ', true],
    ['Incapacity Benefit (IB)', true], ['ib', true], ['Universal Credit', false], ['Employment', false], ['Allowance', false], ['E S A', false]] as const)(
    'PRV-042: %s → %s',
    (benefit, expected) => {
      expect(decidePermittedWorkPossible({ benefit }).value).toBe(expected);
    },
  );
});

describe('funding model (PRV-016) and market share shift (PRV-019)', () => {
  it('PRV-016: one or more distinct elements', () => {
    expect(FUNDING_MODEL_ELEMENTS).toHaveLength(5);
    expect(JOB_OUTCOME_DEFINITION_TERMS).toHaveLength(3);
    expect(validateFundingModel({ elements: ['Job Outcome Fee'] }).value).toBe(true);
    expect(validateFundingModel({ elements: [] }).value).toBe(false);
    expect(validateFundingModel({ elements: ['Job Outcome Fee', 'Job Outcome Fee'] }).value).toBe(false);
  });
  it('PRV-016: the reason says why a model is rejected (empty vs a repeated element)', () => {
    expect(validateFundingModel({ elements: [] }).reasons[0]!.says).toContain('at least one');
    const dup = validateFundingModel({ elements: ['Job Outcome Fee', 'Job Outcome Fee'] });
    expect(dup.reasons[0]!.says).not.toContain('at least one');
    expect(dup.reasons[0]!.says).toContain('once');
  });
  it('PRV-019: more than one supplier → shift; no Merlin Accreditation → eligibility at risk', () => {
    expect(decideMarketShareShift({ suppliersInArea: 1, merlinAccredited: false }).value).toEqual({ marketShareShiftApplies: false, eligibilityAtRisk: false });
    expect(decideMarketShareShift({ suppliersInArea: 2, merlinAccredited: true }).value).toEqual({ marketShareShiftApplies: true, eligibilityAtRisk: false });
    expect(decideMarketShareShift({ suppliersInArea: 2, merlinAccredited: false }).value.eligibilityAtRisk).toBe(true);
  });
});

describe('requiredRiskAssessments (PRV-021a, PRV-021c)', () => {
  it('PRV-021a: a general assessment always (employees paid or not); PRV-021c: one per group', () => {
    expect(requiredRiskAssessments({}).value).toEqual(['general risk assessment']);
    const d = requiredRiskAssessments({ groups: ['young people', 'Lone Workers', 'young people'] });
    expect(d.value).toEqual(['general risk assessment', 'specific risk assessment: young people', 'specific risk assessment: Lone Workers']);
    expect(rulesOf(d)).toEqual(['PRV-021a', 'PRV-021c']);
  });
});

describe('decideAppointeeInvolvement (PRV-008a, PRV-008b)', () => {
  it('PRV-008a: included where entitlement may be affected; PRV-008b: may attend the first days', () => {
    expect(decideAppointeeInvolvement({ hasAppointee: true, stageMayAffectEntitlement: true }).value).toEqual({ mustInclude: true, mayAttendFirstDays: true });
    expect(decideAppointeeInvolvement({ hasAppointee: true, stageMayAffectEntitlement: false }).value.mustInclude).toBe(false);
    expect(decideAppointeeInvolvement({ hasAppointee: false, stageMayAffectEntitlement: true }).value.mustInclude).toBe(false);
  });
});

describe('grossMisconductDismissalSteps (PRV-051)', () => {
  it('PRV-051: must on MWA, recommended elsewhere; discuss before dismissal and DMA', () => {
    const d = grossMisconductDismissalSteps({ provision: 'Mandatory Work Activity' });
    expect(d.value).toEqual({ steps: ['discuss with a Jobcentre Plus adviser', 'dismiss for gross misconduct', 'refer to DMA'], strength: 'must' });
    expect(grossMisconductDismissalSteps({ provision: 'other mandatory provision' }).value.strength).toBe('recommended');
  });
});

describe('decideVulnerableGroupOpportunity (PRV-057)', () => {
  it('PRV-057: the provider must itself ensure suitability', () => {
    expect(decideVulnerableGroupOpportunity({ involvesChildrenOrVulnerableGroups: true, suitabilityConfirmedByProvider: false }).value).toBe(false);
    expect(decideVulnerableGroupOpportunity({ involvesChildrenOrVulnerableGroups: true, suitabilityConfirmedByProvider: true }).value).toBe(true);
    expect(decideVulnerableGroupOpportunity({ involvesChildrenOrVulnerableGroups: false, suitabilityConfirmedByProvider: false }).value).toBe(true);
  });
});
