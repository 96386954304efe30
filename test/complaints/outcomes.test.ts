import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyComplaintOutcome,
  classifyReviewFeedbackToCrt,
  COMPLAINT_OUTCOME_DEFINITIONS,
  complaintOutcomeCallInputSchema,
  complaintOutcomesForStage,
  decideComplaintRedress,
  planComplaintOutcomeCall,
  routeComplaintSpecialPayment,
} from '../../src/complaints/index.js';

const rules = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);
const below = { belowStandard: true };
const ok = { belowStandard: false };

describe('CRM-02e / CRM-06e: outcome categories', () => {
  it('CRM-02e: three at the CRT, four at the CCRT (CRM-06e)', () => {
    expect([...complaintOutcomesForStage('CRT')].sort()).toEqual(['Not Upheld', 'Part Upheld', 'Upheld']);
    expect([...complaintOutcomesForStage('CCRT')].sort()).toEqual(['Justified', 'Not Upheld', 'Part Upheld', 'Upheld']);
  });
  it('CRM-02e: the definitions are those of the table, "Partially Upheld" an alias of Part Upheld', () => {
    const part = COMPLAINT_OUTCOME_DEFINITIONS.find((d) => d.outcome === 'Part Upheld')!;
    expect(part.aliases).toEqual(['Partially Upheld']);
    expect(part.definition).toMatch(/^In cases where the customer raises more than one issue/);
    expect(COMPLAINT_OUTCOME_DEFINITIONS.find((d) => d.outcome === 'Justified')!.definition).toMatch(/right to complain, but the action we have already taken to resolve it is sufficient\.$/);
  });
  it('CRM-02e: all below standard → Upheld; some → Part Upheld; none → Not Upheld', () => {
    expect(classifyComplaintOutcome({ stage: 'CRT', issues: [below, below] }).value).toBe('Upheld');
    expect(classifyComplaintOutcome({ stage: 'CRT', issues: [below, ok] }).value).toBe('Part Upheld');
    const not = classifyComplaintOutcome({ stage: 'CRT', issues: [ok] });
    expect(not.value).toBe('Not Upheld');
    expect(rules(not)).toEqual(['CRM-02e']);
  });
  it('CRM-02e: Justified is not available at the CRT even when earlier action was sufficient', () => {
    expect(classifyComplaintOutcome({ stage: 'CRT', issues: [below], actionAlreadyTakenSufficient: true }).value).toBe('Upheld');
  });
  it('CRM-06e: at the CCRT a justified complaint whose earlier action was sufficient is Justified', () => {
    const d = classifyComplaintOutcome({ stage: 'CCRT', issues: [below, ok], actionAlreadyTakenSufficient: true });
    expect(d.value).toBe('Justified');
    expect(rules(d)).toEqual(['CRM-06e']);
    expect(classifyComplaintOutcome({ stage: 'CCRT', issues: [ok], actionAlreadyTakenSufficient: true }).value).toBe('Not Upheld');
    expect(classifyComplaintOutcome({ stage: 'CCRT', issues: [below], actionAlreadyTakenSufficient: false }).value).toBe('Upheld');
  });
  it('CRM-02g: a staff complaint without assurance must be upheld', () => {
    const noHr = classifyComplaintOutcome({ stage: 'CRT', issues: [{ belowStandard: false, aboutStaff: true, hrGuidanceFollowed: false, investigationConductedProperly: true }] });
    expect(noHr.value).toBe('Upheld');
    expect(rules(noHr)).toEqual(['CRM-02g', 'CRM-02e']);
    expect(classifyComplaintOutcome({ stage: 'CRT', issues: [{ belowStandard: false, aboutStaff: true, hrGuidanceFollowed: true }] }).value).toBe('Upheld');
    expect(classifyComplaintOutcome({ stage: 'CRT', issues: [{ belowStandard: false, aboutStaff: true, hrGuidanceFollowed: true, investigationConductedProperly: true }] }).value).toBe('Not Upheld');
  });
  it('CRM-02g: the staff issue counts as below standard in a multi-issue complaint (Part Upheld)', () => {
    expect(classifyComplaintOutcome({ stage: 'CRT', issues: [{ belowStandard: false, aboutStaff: true }, ok] }).value).toBe('Part Upheld');
  });
  it('CRM-06g: at the CCRT "must uphold" wins over Justified', () => {
    const d = classifyComplaintOutcome({ stage: 'CCRT', issues: [{ belowStandard: false, aboutStaff: true, hrGuidanceFollowed: true, investigationConductedProperly: false }], actionAlreadyTakenSufficient: true });
    expect(d.value).toBe('Upheld');
    expect(rules(d)).toContain('CRM-06g');
  });
  it('property: a single issue is never Part Upheld; the outcome ignores the order of issues', () => {
    const issue = fc.record({ belowStandard: fc.boolean(), aboutStaff: fc.boolean(), hrGuidanceFollowed: fc.boolean(), investigationConductedProperly: fc.boolean() });
    fc.assert(fc.property(fc.constantFrom('CRT' as const, 'CCRT' as const), fc.array(issue, { minLength: 1, maxLength: 6 }), fc.boolean(), (stage, issues, sufficient) => {
      const a = classifyComplaintOutcome({ stage, issues, actionAlreadyTakenSufficient: sufficient }).value;
      const b = classifyComplaintOutcome({ stage, issues: [...issues].reverse(), actionAlreadyTakenSufficient: sufficient }).value;
      expect(a).toBe(b);
      if (issues.length === 1) expect(a).not.toBe('Part Upheld');
      expect(complaintOutcomesForStage(stage)).toContain(a);
    }));
  });
});

describe('CRM-02f / CRM-06f: redress', () => {
  it('CRM-02f: Upheld and Part Upheld need redress (apology, assurance, consider a Special Payment)', () => {
    const d = decideComplaintRedress({ stage: 'CRT', outcome: 'Upheld' });
    expect(d.value).toMatchObject({ redressRequired: true, considerSpecialPayment: true, upheldIssuesOnly: false });
    expect(d.value.redress[0]).toBe('formal apology');
    expect(decideComplaintRedress({ stage: 'CRT', outcome: 'Part Upheld' }).value.upheldIssuesOnly).toBe(true);
  });
  it('CRM-06f: Not Upheld and Justified need none', () => {
    for (const outcome of ['Not Upheld', 'Justified'] as const) {
      const d = decideComplaintRedress({ stage: 'CCRT', outcome });
      expect(d.value.redressRequired).toBe(false);
      expect(rules(d)).toEqual(['CRM-06f']);
    }
  });
});

describe('CRM-02h / CRM-06h / CRM-06i / CRM-02i / CRM-06j: Special Payment delegated authority', () => {
  const base = { stage: 'CRT' as const, evidenceSufficient: true };
  it('CRM-02h: £250.00 Actual Financial Loss and £100.00 Consolatory are within authority', () => {
    const d = routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: 25000, consolatoryPence: 10000 });
    expect(d.value).toEqual({ route: 'case manager pays', withinDelegatedAuthority: true });
    expect(rules(d)).toEqual(['CRM-02h']);
  });
  it('CRM-02h: £250.01 AFL or £100.01 consolatory → the whole award to the Special Payment Team', () => {
    expect(routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: 25001, consolatoryPence: 0 }).value.route).toBe('Special Payment Team');
    expect(routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: 0, consolatoryPence: 10001 }).value.route).toBe('Special Payment Team');
  });
  it('CRM-02h: the limits are separate, not a combined £350', () => {
    expect(routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: 5000, consolatoryPence: 15000 }).value.route).toBe('Special Payment Team');
  });
  it('CRM-02h: nothing proposed → no Special Payment', () => {
    expect(routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: 0, consolatoryPence: 0 }).value.route).toBe('no Special Payment');
  });
  it('CRM-06h: at the CCRT a payment requiring review goes to the Special Payment Team whatever the amount', () => {
    const d = routeComplaintSpecialPayment({ stage: 'CCRT', evidenceSufficient: true, actualFinancialLossPence: 5000, consolatoryPence: 0, requiresReview: true });
    expect(d.value).toEqual({ route: 'Special Payment Team', withinDelegatedAuthority: true });
    expect(rules(d)).toContain('CRM-06h');
    // the review flag is a CCRT rule only
    expect(routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: 5000, consolatoryPence: 0, requiresReview: true }).value.route).toBe('case manager pays');
  });
  it('CRM-06i: within authority at the CCRT the case manager pays', () => {
    const d = routeComplaintSpecialPayment({ stage: 'CCRT', evidenceSufficient: true, actualFinancialLossPence: 25000, consolatoryPence: 10000 });
    expect(d.value.route).toBe('case manager pays');
    expect(rules(d)).toEqual(['CRM-06h', 'CRM-06i']);
  });
  it('CRM-02i / CRM-06j: insufficient evidence → invite more before deciding; still insufficient → no payment', () => {
    const crt = routeComplaintSpecialPayment({ stage: 'CRT', evidenceSufficient: false, actualFinancialLossPence: 1000, consolatoryPence: 0 });
    expect(crt.value.route).toBe('invite further evidence');
    expect(rules(crt)).toEqual(['CRM-02i']);
    const ccrt = routeComplaintSpecialPayment({ stage: 'CCRT', evidenceSufficient: false, furtherEvidenceInvited: true, actualFinancialLossPence: 1000, consolatoryPence: 0 });
    expect(ccrt.value.route).toBe('no Special Payment');
    expect(rules(ccrt)).toEqual(['CRM-06j']);
  });
  it('property: with sufficient evidence and no review, the team gets it iff a component exceeds its limit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }), (afl, con) => {
      fc.pre(afl + con > 0);
      const route = routeComplaintSpecialPayment({ ...base, actualFinancialLossPence: afl, consolatoryPence: con }).value.route;
      expect(route === 'Special Payment Team').toBe(afl > 25000 || con > 10000);
    }));
  });
});

describe('CRM-03a / CRM-07a / CRM-03b / CRM-07b / CRM-03c: the outcome call', () => {
  it('CRM-03a: explain an awarded Special Payment (amount, how, when) for Upheld / Part Upheld', () => {
    const d = planComplaintOutcomeCall({ stage: 'CRT', outcome: 'Part Upheld', specialPaymentAwarded: true });
    expect(d.value.explainSpecialPayment).toEqual(['how much has been awarded', 'how it will be paid', 'when it will be paid']);
    expect(rules(d)).toEqual(['CRM-03a', 'CRM-03b']);
  });
  it('CRM-07a: the same at the CCRT; no explanation without an award', () => {
    expect(rules(planComplaintOutcomeCall({ stage: 'CCRT', outcome: 'Upheld', specialPaymentAwarded: true }))).toEqual(['CRM-07a', 'CRM-07b']);
    expect(planComplaintOutcomeCall({ stage: 'CCRT', outcome: 'Upheld' }).value.explainSpecialPayment).toEqual([]);
  });
  it('CRM-03b: every CRT outcome is signposted to the CCRT; CRM-07b: every CCRT outcome to ICE', () => {
    for (const outcome of ['Upheld', 'Part Upheld', 'Not Upheld'] as const) {
      expect(planComplaintOutcomeCall({ stage: 'CRT', outcome }).value.signpostTo).toBe('CCRT');
    }
    for (const outcome of ['Upheld', 'Part Upheld', 'Not Upheld', 'Justified'] as const) {
      expect(planComplaintOutcomeCall({ stage: 'CCRT', outcome }).value.signpostTo).toBe('ICE');
    }
  });
  it('CRM-03c: Not Upheld and clearly dissatisfied → escalate proactively (CRT only)', () => {
    const d = planComplaintOutcomeCall({ stage: 'CRT', outcome: 'Not Upheld', customerClearlyDissatisfied: true });
    expect(d.value.escalateToReviewTeam).toBe(true);
    expect(rules(d)).toContain('CRM-03c');
    expect(planComplaintOutcomeCall({ stage: 'CRT', outcome: 'Part Upheld', customerClearlyDissatisfied: true }).value.escalateToReviewTeam).toBe(false);
    expect(planComplaintOutcomeCall({ stage: 'CRT', outcome: 'Not Upheld', customerClearlyDissatisfied: false }).value.escalateToReviewTeam).toBe(false);
    expect(planComplaintOutcomeCall({ stage: 'CCRT', outcome: 'Not Upheld', customerClearlyDissatisfied: true }).value.escalateToReviewTeam).toBe(false);
  });
  it('CRM-02e: the schema refuses Justified at the CRT', () => {
    expect(complaintOutcomeCallInputSchema.safeParse({ stage: 'CRT', outcome: 'Justified' }).success).toBe(false);
    expect(complaintOutcomeCallInputSchema.safeParse({ stage: 'CCRT', outcome: 'Justified' }).success).toBe(true);
  });
});

describe('CRM-05g: feedback to the CRT about Justified complaints is positive', () => {
  it('CRM-05g', () => {
    expect(classifyReviewFeedbackToCrt({ ccrtOutcome: 'Justified' }).value).toBe('positive');
    const d = classifyReviewFeedbackToCrt({ ccrtOutcome: 'Upheld' });
    expect(d.value).toBeNull();
    expect(rules(d)).toEqual(['CRM-05g']);
  });
});
