// The input-sanity bounds of src/core/schemas.ts at both sides, and what they protect: a rule
// given the largest count its schema accepts still evaluates (dates stay in the calendar, amounts
// stay exact), and one more is a validation issue naming the field, not a throw.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateRule } from '../../src/core/registry.js';
import {
  caseloadCountSchema, countSchema, daysSchema, eventCountSchema, INPUT_BOUNDS, nonNegativePenceSchema, penceSchema, RULE_DATES_TO,
} from '../../src/core/schemas.js';
import { validate } from '../../src/core/validation.js';
import { RULES } from '../../src/registry.js';

const rule = (name: string) => {
  const r = RULES.byName(name);
  if (r === undefined) throw new Error(`no rule ${name}`);
  return r;
};

describe('bounded count schemas', () => {
  it.each([
    ['daysSchema', daysSchema, INPUT_BOUNDS.days],
    ['eventCountSchema', eventCountSchema, INPUT_BOUNDS.events],
    ['caseloadCountSchema', caseloadCountSchema, INPUT_BOUNDS.caseload],
    ['countSchema(150)', countSchema(150), 150],
  ] as const)('%s accepts 0 and its maximum, rejects -1, the maximum + 1 and fractions', (_name, schema, max) => {
    expect(schema.safeParse(0).success).toBe(true);
    expect(schema.safeParse(max).success).toBe(true);
    expect(schema.safeParse(max + 1).success).toBe(false);
    expect(schema.safeParse(-1).success).toBe(false);
    expect(schema.safeParse(1.5).success).toBe(false);
    expect(schema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(false);
  });

  it('the bounds are the documented ones', () => {
    expect(INPUT_BOUNDS).toMatchObject({ days: 36_500, events: 1_000, caseload: 10_000_000, ageYears: 150, pence: 100_000_000_000 });
    expect(Object.isFrozen(INPUT_BOUNDS)).toBe(true);
  });

  it('.min(1) on a shared count schema starts it at one without changing the shared schema', () => {
    const positive = eventCountSchema.min(1);
    expect(positive.safeParse(0).success).toBe(false);
    expect(positive.safeParse(INPUT_BOUNDS.events).success).toBe(true);
    expect(eventCountSchema.safeParse(0).success).toBe(true);
  });

  it('an issue names the path of the field beyond its bound', () => {
    const r = validate(z.object({ list: z.array(z.object({ days: daysSchema })) }), { list: [{ days: 1 }, { days: INPUT_BOUNDS.days + 1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([['list.1.days', 'too_big']]);
  });
});

describe('pence schemas', () => {
  it('accept ±£1bn, reject a penny more, fractions and unsafe integers', () => {
    expect(penceSchema.safeParse(INPUT_BOUNDS.pence).success).toBe(true);
    expect(penceSchema.safeParse(-INPUT_BOUNDS.pence).success).toBe(true);
    expect(penceSchema.safeParse(INPUT_BOUNDS.pence + 1).success).toBe(false);
    expect(penceSchema.safeParse(-INPUT_BOUNDS.pence - 1).success).toBe(false);
    expect(penceSchema.safeParse(0.5).success).toBe(false);
    expect(nonNegativePenceSchema.safeParse(-1).success).toBe(false);
    expect(nonNegativePenceSchema.safeParse(INPUT_BOUNDS.pence).success).toBe(true);
  });

  it('52 weeks of the largest amount is still an exact integer', () => {
    expect(Number.isSafeInteger(INPUT_BOUNDS.pence * 52 * 10)).toBe(true);
  });
});

describe('rules at their bounds', () => {
  it('classifyReferralRisk: a WFI sanction of 36,500 days is decided; 36,501 is an issue at wfiSanctionDays', () => {
    const r = rule('classifyReferralRisk');
    const base = { claimStage: 'CurrentClaimInPayment', dateOfClaim: '2026-01-05' };
    const atMax = evaluateRule(r, { ...base, wfiSanctionDays: INPUT_BOUNDS.days });
    expect(atMax.ok).toBe(true);
    if (atMax.ok) expect((atMax.value.value as { matches: string[] }).matches).toContain('E'); // at least the minimum sanction: Risk E
    const past = evaluateRule(r, { ...base, wfiSanctionDays: INPUT_BOUNDS.days + 1 });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.issues.map((i) => i.path)).toEqual(['wfiSanctionDays']);
  });

  it('decideClearanceMeasure: the last rule date plus 2,500 excluded working days stays in the calendar', () => {
    const r = rule('decideClearanceMeasure');
    const atMax = evaluateRule(r, { receivedOn: '2199-12-01', firstInterviewNotifiedOn: RULE_DATES_TO, excludedWorkingDays: 2500 });
    expect(atMax.ok).toBe(true);
    if (atMax.ok) expect(atMax.value.reasons.length).toBeGreaterThan(0);
    const past = evaluateRule(r, { receivedOn: '2199-12-01', firstInterviewNotifiedOn: RULE_DATES_TO, excludedWorkingDays: 2501 });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.issues.map((i) => i.path)).toEqual(['excludedWorkingDays']);
  });

  it('computeRecordableOverpayment: £1bn is decided exactly; a penny more is an issue at overpaymentPence', () => {
    const r = rule('computeRecordableOverpayment');
    const atMax = evaluateRule(r, { overpaymentPence: INPUT_BOUNDS.pence });
    expect(atMax.ok).toBe(true);
    if (atMax.ok) expect(JSON.stringify(atMax.value.value)).toContain(String(INPUT_BOUNDS.pence));
    const past = evaluateRule(r, { overpaymentPence: INPUT_BOUNDS.pence + 1 });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.issues.map((i) => i.path)).toContain('overpaymentPence');
  });
});
