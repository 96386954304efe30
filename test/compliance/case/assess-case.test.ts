import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase, resolveCaseOptions, safeAssessCase, type CaseRecord } from '../../../src/compliance/case/index.js';
import { FOI_ERA_POLICY } from '../../../src/core/policy/editions.js';

const fixture = (name: string): CaseRecord => JSON.parse(readFileSync(new URL(`../../fixtures/case-records/${name}.json`, import.meta.url), 'utf8')) as CaseRecord;
const rules = (reasons: readonly { rule: string }[] | undefined) => (reasons ?? []).map((r) => r.rule);

// Receipt Monday 2 March 2026: the 15th working day after it is Monday 23 March (no bank holiday between).
const received = { source: 'RiskReferral', receivedOn: '2026-03-02' } as const;

describe('assessCase: the referral (ch.01–03, ch.10 para 3)', () => {
  it('classifies the Risk Type and routes the referral (LSC-02-002a, LSC-01-008)', () => {
    const a = assessCase({ referral: { ...received, claimStage: 'CurrentClaimInPayment', dateOfClaim: '2026-01-05', otherPersonDeclaredInHousehold: true, possibleLtamc: true }, benefits: ['JSA'] }, { asOf: '2026-03-03' });
    expect(a.decisions.risk?.value.primary).toBe('B');
    expect(rules(a.decisions.risk?.reasons)).toContain('LSC-02-002a');
    expect(a.decisions.routing?.value.destination).toBe('AcceptForLocalServiceCompliance');
    expect(a.missing.map((m) => m.topic)).toEqual(['appointment']);
  });

  it('names every missing fact of an empty record', () => {
    const a = assessCase({}, { asOf: '2026-03-03' });
    expect(a.decisions).toEqual({});
    expect(a.missing.map((m) => [m.topic, m.rule, m.facts])).toEqual([
      ['risk', 'classifyReferralRisk', ['referral.claimStage', 'referral.dateOfClaim']],
      ['routing', 'routeReferral', ['referral.source', 'referral.receivedOn', 'benefits']],
      ['clearance', 'decideClearanceMeasure', ['referral.receivedOn']],
      ['appointment', 'checkAppointmentCompliance', ['appointment.notifiedOn']],
    ]);
    for (const m of a.missing) expect(m.cites.length).toBeGreaterThan(0);
  });

  it('asks only for the claim fact that is missing, and not at all when the FRF records the Risk Type', () => {
    expect(assessCase({ referral: { claimStage: 'CurrentClaimInPayment' } }, { asOf: '2026-03-03' }).missing[0]?.facts).toEqual(['referral.dateOfClaim']);
    expect(assessCase({ referral: { dateOfClaim: '2026-01-05' } }, { asOf: '2026-03-03' }).missing[0]?.facts).toEqual(['referral.claimStage']);
    const recorded = assessCase({ referral: { riskType: 'A' } }, { asOf: '2026-03-03' });
    expect(recorded.missing.map((m) => m.topic)).not.toContain('risk');
    expect(recorded.decisions.risk).toBeUndefined();
  });

  it('the recorded Risk Type wins over the classified one for the later rules', () => {
    const a = assessCase({ referral: { claimStage: 'CurrentClaimInPayment', dateOfClaim: '2026-01-05', riskType: 'D' } }, { asOf: '2026-03-03' });
    expect(a.decisions.risk?.value.primary).toBeNull();
    expect(a.decisions.riskReview?.value.latest).toBe('2026-04-05'); // Risk D review from the recorded type
  });

  it.each([
    ['2026-03-22', 'pending'],
    ['2026-03-23', 'due-today'],
    ['2026-03-24', 'overdue'],
  ] as const)('15-working-day clearance (LSC-10-003): as of %s the notification is %s', (asOf, status) => {
    const a = assessCase({ referral: received }, { asOf });
    expect(a.deadlines).toEqual([expect.objectContaining({ name: 'first-interview-notification', due: '2026-03-23', status })]);
    expect(a.deadlines[0]!.cites.map((c) => c.id)).toEqual(['LSC-10-003']);
  });

  it.each([
    ['2026-03-23', 'met', true],
    ['2026-03-24', 'missed', false],
  ] as const)('clearance: first interview notified on %s is %s (LSC-10-003)', (notifiedOn, status, within) => {
    const a = assessCase({ referral: received, appointment: { notifiedOn } }, { asOf: '2026-04-30' });
    expect(a.decisions.clearance?.value.withinMeasure).toBe(within);
    expect(a.deadlines[0]).toMatchObject({ name: 'first-interview-notification', due: '2026-03-23', status });
  });

  it('working days out of Decision Makers or Debt Management move the clearance day (LSC-10-003)', () => {
    const a = assessCase({ referral: received, appointment: { excludedWorkingDays: 2 } }, { asOf: '2026-03-24' });
    expect(a.deadlines[0]).toMatchObject({ due: '2026-03-25', status: 'pending' });
  });

  it('counts working days in the jurisdiction and with closures', () => {
    // Receipt Monday 23 Nov 2026: St Andrew's Day (Mon 30 Nov) is a Scottish bank holiday only.
    const r = { referral: { source: 'RiskReferral', receivedOn: '2026-11-23' } } as const;
    expect(assessCase(r, { asOf: '2026-11-24' }).deadlines[0]!.due).toBe('2026-12-14');
    expect(assessCase(r, { asOf: '2026-11-24', jurisdiction: 'scotland' }).deadlines[0]!.due).toBe('2026-12-15');
    expect(assessCase(r, { asOf: '2026-11-24', closures: ['2026-12-01'] }).deadlines[0]!.due).toBe('2026-12-15');
    expect(assessCase(r, { asOf: '2026-11-24', jurisdiction: 'scotland' }).jurisdiction).toBe('scotland');
  });

  it('a pre-payment case must be interviewed within 5 working days of receipt (LSC-03-052)', () => {
    const base = { referral: { ...received, claimStage: 'NewClaimPrePayment' as const, dateOfClaim: '2026-02-20' } };
    const noNotice = assessCase(base, { asOf: '2026-03-09' });
    expect(noNotice.deadlines.find((d) => d.name === 'prepayment-interview')).toMatchObject({ due: '2026-03-09', status: 'due-today' });
    const held = assessCase({ ...base, interviews: [{ date: '2026-03-10', faceToFace: true }] }, { asOf: '2026-03-20' });
    expect(held.deadlines.find((d) => d.name === 'prepayment-interview')?.status).toBe('missed');
    const late = assessCase({ ...base, appointment: { notifiedOn: '2026-03-03', appointmentDate: '2026-03-10' } }, { asOf: '2026-03-04' });
    expect(late.decisions.appointment?.value.breaches).toEqual(['LaterThanPrepaymentDeadline']);
    expect(late.deadlines.find((d) => d.name === 'prepayment-interview')).toMatchObject({ due: '2026-03-09', status: 'pending' });
    expect(assessCase({ referral: { claimStage: 'NewClaimPrePayment' } }, { asOf: '2026-03-04' }).missing.find((m) => m.topic === 'appointment')?.facts).toEqual(['referral.receivedOn']);
  });

  it('gives the appointment window before an appointment date is set, and checks the notice once it is (LSC-03-053)', () => {
    const w = assessCase({ referral: received, appointment: { notifiedOn: '2026-03-04' } }, { asOf: '2026-03-04' });
    expect(w.decisions.appointmentWindow?.value.earliest).toBe('2026-03-18');
    expect(w.decisions.appointment).toBeUndefined();
    const soon = assessCase({ referral: received, appointment: { notifiedOn: '2026-03-04', appointmentDate: '2026-03-17' } }, { asOf: '2026-03-04' });
    expect(soon.decisions.appointment?.value.breaches).toEqual(['TooLittleNotice']);
    expect(rules(soon.decisions.appointment?.reasons)).toContain('LSC-03-053');
  });

  it('Risk C/D review window is a deadline met by a review inside it (LSC-02-002c)', () => {
    const c = { claimStage: 'CurrentClaimInPayment', dateOfClaim: '2026-01-31', declaredSeparationDate: '2026-01-01' } as const;
    const open = assessCase({ referral: c }, { asOf: '2026-05-01' });
    expect(open.deadlines.find((d) => d.name === 'risk-review')).toMatchObject({ due: '2026-04-30', status: 'overdue' });
    expect(assessCase({ referral: { ...c, riskReviewHeldOn: '2026-04-30' } }, { asOf: '2026-05-01' }).deadlines.find((d) => d.name === 'risk-review')?.status).toBe('met');
    expect(assessCase({ referral: { ...c, riskReviewHeldOn: '2026-05-01' } }, { asOf: '2026-05-02' }).deadlines.find((d) => d.name === 'risk-review')?.status).toBe('missed');
    // A review before the window does not count: the review is still to be held.
    expect(assessCase({ referral: { ...c, riskReviewHeldOn: '2026-03-01' } }, { asOf: '2026-03-02' }).deadlines.find((d) => d.name === 'risk-review')?.status).toBe('pending');
    expect(assessCase({ referral: { riskType: 'C' } }, { asOf: '2026-03-02' }).missing.find((m) => m.topic === 'riskReview')?.facts).toEqual(['referral.dateOfClaim']);
  });

  it('PM HST referrals carry the 9-week target (LSC-02-037)', () => {
    const hst = { source: 'PMHST', receivedOn: '2026-01-12', pmFrfReferralDate: '2026-01-05' } as const;
    const open = assessCase({ referral: hst }, { asOf: '2026-03-10' });
    expect(open.decisions.hstClearance?.value.targetDate).toBe('2026-03-09');
    expect(open.deadlines.find((d) => d.name === 'hst-clearance')?.status).toBe('overdue');
    expect(assessCase({ referral: hst, record: { closedOn: '2026-03-09' } }, { asOf: '2026-03-10' }).deadlines.find((d) => d.name === 'hst-clearance')?.status).toBe('met');
    expect(assessCase({ referral: { source: 'PMHST' } }, { asOf: '2026-03-10' }).missing.find((m) => m.topic === 'hstClearance')?.facts).toEqual(['referral.pmFrfReferralDate']);
  });

  it('sorts deadlines by due day', () => {
    const a = assessCase(fixture('typical'), { asOf: '2026-03-24' });
    const dues = a.deadlines.map((d) => d.due);
    expect(dues).toEqual([...dues].sort());
  });
});

describe('assessCase: un-notified visit (LSC-03-066, LSC-03-067)', () => {
  const riskA = { claimStage: 'NewClaimPrePayment', dateOfClaim: '2026-02-20', otherPersonDeclaredInHousehold: true, possibleLtamc: true, allegation: 'LTAMC' } as const;
  const visit = { identifiedAtGateway: true, financialAssessorToldClaimant: true, justificationDocumentedBeforeVisit: true };

  it('allows it on a Risk A pre-payment LTAMC case with every condition met', () => {
    const a = assessCase({ referral: riskA, unNotifiedVisit: visit }, { asOf: '2026-03-02' });
    expect(a.decisions.unNotifiedVisit?.value).toBe(true);
  });

  it('refuses it on a known failure even with other facts unknown, naming only the known failure', () => {
    const a = assessCase({ referral: { riskType: 'B' }, unNotifiedVisit: {} }, { asOf: '2026-03-02' });
    expect(a.decisions.unNotifiedVisit?.value).toBe(false);
    expect(a.decisions.unNotifiedVisit?.reasons.map((r) => r.says)).toEqual([expect.stringContaining('Risk A')]);
    expect(a.missing.map((m) => m.topic)).not.toContain('unNotifiedVisit');
  });

  it('asks for the unknown facts when none rules it out', () => {
    const a = assessCase({ referral: riskA, unNotifiedVisit: { identifiedAtGateway: true } }, { asOf: '2026-03-02' });
    expect(a.decisions.unNotifiedVisit).toBeUndefined();
    expect(a.missing.find((m) => m.topic === 'unNotifiedVisit')?.facts).toEqual(['unNotifiedVisit.financialAssessorToldClaimant', 'unNotifiedVisit.justificationDocumentedBeforeVisit']);
  });

  it('is not assessed without an unNotifiedVisit section', () => {
    expect(assessCase({ referral: riskA }, { asOf: '2026-03-02' }).decisions.unNotifiedVisit).toBeUndefined();
  });
});

describe('assessCase: the interview stage (ch.04–06)', () => {
  it('employer contact: interviewed claimant with a para 29 ground (LSC-06-029)', () => {
    const a = assessCase({ interviews: [{ date: '2026-03-10', faceToFace: true }], employerContact: { appearsSuitableForLSI: false, grounds: ['earnings-admitted-employer-named'] } }, { asOf: '2026-03-10' });
    expect(a.decisions.employerContact?.value.permission).toBe('permitted-without-consent');
  });

  it('employer contact: an interview after asOf does not count, so the CCEL1 fact is needed (LSC-06-028)', () => {
    const a = assessCase({ interviews: [{ date: '2026-03-10', faceToFace: true }], employerContact: { appearsSuitableForLSI: false } }, { asOf: '2026-03-09' });
    expect(a.missing.find((m) => m.topic === 'employerContact')?.facts).toEqual(['employerContact.ccel1Issued']);
    const before = assessCase({ interviews: [{ date: '2026-03-10', faceToFace: true }], employerContact: { appearsSuitableForLSI: false, ccel1Issued: false } }, { asOf: '2026-03-09' });
    expect(before.decisions.employerContact?.value.permission).toBe('forbidden');
    expect(rules(before.decisions.employerContact?.reasons)).toEqual(['LSC-06-028']);
  });

  it('employer contact: a case suitable for LSI is forbidden whatever else is unknown (LSC-06-028)', () => {
    const a = assessCase({ employerContact: { appearsSuitableForLSI: true } }, { asOf: '2026-03-09' });
    expect(a.decisions.employerContact?.value.permission).toBe('forbidden');
    expect(assessCase({ employerContact: {} }, { asOf: '2026-03-09' }).missing.find((m) => m.topic === 'employerContact')?.facts).toEqual(['employerContact.appearsSuitableForLSI', 'employerContact.ccel1Issued']);
  });

  it('new-or-substantial information against the referral offence (the Angela example, LSC-05-007)', () => {
    const a = assessCase({
      referral: { offenceType: 'LTAMC' },
      newInformation: { receivedAt: 'at-interview', informationOffenceType: 'Working in receipt of benefits', groundsForNewReferral: true, fraudPenaltyPotential: true },
    }, { asOf: '2026-03-09' });
    expect(a.decisions.newOrSubstantial?.value).toMatchObject({ newOrSubstantial: true, questionScope: 'current-entitlement-only' });
    const m = assessCase({ newInformation: { receivedAt: 'at-interview' } }, { asOf: '2026-03-09' }).missing.find((x) => x.topic === 'newOrSubstantial');
    expect(m?.facts).toEqual(['referral.offenceType', 'newInformation.informationOffenceType', 'newInformation.groundsForNewReferral', 'newInformation.fraudPenaltyPotential']);
  });

  it.each([
    ['2026-03-15', 'pending', 'awaiting'],
    ['2026-03-16', 'due-today', 'awaiting'],
    ['2026-03-17', 'overdue', 'overdue'],
  ] as const)('documentary evidence requested 2 March is due 16 March (LSC-06-026): as of %s %s', (asOf, status, evidence) => {
    const a = assessCase({ evidenceRequests: [{ kind: 'documentary-evidence', requestDate: '2026-03-02' }] }, { asOf });
    expect(a.deadlines.find((d) => d.name === 'evidence:0')).toMatchObject({ due: '2026-03-16', status });
    expect(a.decisions.evidence?.[0]?.value.status).toBe(evidence);
  });

  it('evidence received in time is met, late is missed (LSC-06-026)', () => {
    const req = { kind: 'documentary-evidence', requestDate: '2026-03-02' } as const;
    const a = assessCase({ evidenceRequests: [{ ...req, receivedDate: '2026-03-16' }, { ...req, receivedDate: '2026-03-17' }] }, { asOf: '2026-03-20' });
    expect(a.deadlines.map((d) => [d.name, d.status])).toEqual([['evidence:0', 'met'], ['evidence:1', 'missed']]);
  });

  it('each evidence deadline cites its own request kind (LSC-06-031 employment information, LSC-04-079 telephone MF47), not LSC-06-026 for all', () => {
    const a = assessCase({ evidenceRequests: [
      { kind: 'documentary-evidence', requestDate: '2026-03-02' }, { kind: 'employment-information', requestDate: '2026-03-02' }, { kind: 'telephone-MF47', requestDate: '2026-03-02' },
    ] }, { asOf: '2026-03-10' });
    expect(a.deadlines.filter((d) => d.name.startsWith('evidence:')).map((d) => d.cites.map((c) => c.id))).toEqual([
      ['LSC-04-055', 'LSC-06-026'], ['LSC-06-031'], ['LSC-04-078', 'LSC-04-079'],
    ]);
  });
});

describe('assessCase: causal link, outcome, closure and integrity (ch.07–11)', () => {
  it('Appendix Example 8 as a whole case: MVA claimable, Positive Compliance / Benefit decrease (LSC-07-034, LSC-07-131)', () => {
    const a = assessCase(fixture('complete'), { asOf: '2015-02-10' });
    expect(a.decisions.causalLink?.value).toMatchObject({ status: 'mva-claimable', windowLastDay: '2015-02-02', notificationDay: 18 });
    expect(a.decisions.outcome?.value).toMatchObject({ outcome: 'Positive Compliance', outcomeResult: 'Benefit decrease', mvaAppropriate: true });
    expect(a.decisions.outcomeValidity?.value.valid).toBe(true);
    expect(a.decisions.closure?.value.mayClose).toBe(true);
    expect(a.missing).toEqual([]);
  });

  it('holds the file while the 28 days run: no outcome yet (LSC-07-034)', () => {
    const a = assessCase(fixture('typical'), { asOf: '2026-04-20' });
    expect(a.decisions.causalLink?.value).toMatchObject({ status: 'holding', windowLastDay: '2026-04-20' });
    const after = assessCase({ ...fixture('typical'), findings: {} }, { asOf: '2026-04-20' });
    expect(after.decisions.outcome?.value.outcome).toBeNull();
    expect(assessCase(fixture('typical'), { asOf: '2026-04-21' }).decisions.causalLink?.value.status).toBe('no-mva');
  });

  it('asks for the written denial and the allegation when they decide the causal link (LSC-07-032, LSC-07-033)', () => {
    const interviews = [{ date: '2026-03-10', faceToFace: true }];
    expect(assessCase({ interviews }, { asOf: '2026-03-11' }).missing.find((m) => m.topic === 'causalLink')?.facts).toEqual(['referral.allegation', 'statements.writtenDenialOfLivingTogether']);
    expect(assessCase({ interviews, referral: { allegation: 'other' } }, { asOf: '2026-03-11' }).missing.find((m) => m.topic === 'causalLink')?.facts).toEqual(['referral.riskType', 'statements.writtenDenialOfLivingTogether']);
    expect(assessCase({ interviews, referral: { riskType: 'C' } }, { asOf: '2026-03-11' }).missing.find((m) => m.topic === 'causalLink')?.facts).toEqual(['statements.writtenDenialOfLivingTogether']);
    const ineligible = assessCase({ interviews, referral: { allegation: 'other', riskType: 'E' } }, { asOf: '2026-03-11' });
    expect(ineligible.decisions.causalLink?.value.status).toBe('not-applicable');
    expect(rules(ineligible.decisions.causalLink?.reasons)).toEqual(['LSC-07-032']);
    expect(assessCase({ referral: { allegation: 'LTAMC' } }, { asOf: '2026-03-11' }).decisions.causalLink).toBeUndefined();
  });

  it('lists what blocks closure and skips validity while no outcome is recorded (LSC-09-002a)', () => {
    const a = assessCase({ record: { activityStatuses: ['Open'] } }, { asOf: '2026-03-11' });
    expect(a.decisions.outcomeValidity).toBeUndefined();
    expect(a.decisions.closure?.value.mayClose).toBe(false);
    expect(a.decisions.closure?.value.unmet.map((r) => r.rule)).toContain('LSC-09-002a');
  });

  it('reports an invalid outcome and the integrity findings (LSC-07-009, LSC-11-028d)', () => {
    const a = assessCase({ record: { outcome: 'Positive Compliance', outcomeResult: 'Nonsense', audit: { claimLive: true, robustInterviewConducted: false } } }, { asOf: '2026-03-11' });
    expect(a.decisions.outcomeValidity?.value.valid).toBe(false);
    expect(a.decisions.integrity?.value.integrityIssues.map((i) => i.detail)).toEqual(['Live case cleared as positive without a robust and challenging interview.']);
    expect(assessCase({ record: {} }, { asOf: '2026-03-11' }).decisions.integrity).toBeUndefined();
  });
});

describe('assessCase: options and purity', () => {
  it('decides under the edition given by id or object', () => {
    const a = assessCase(fixture('typical'), { asOf: '2026-03-24', policy: 'foi-era' });
    const b = assessCase(fixture('typical'), { asOf: '2026-03-24', policy: FOI_ERA_POLICY });
    expect(a.edition).toBe('foi-era');
    expect(b).toEqual(a);
    for (const d of Object.values(a.decisions)) for (const x of Array.isArray(d) ? d : [d]) expect(x.edition).toBe('foi-era');
    expect(() => assessCase({}, { asOf: '2026-03-24', policy: 'nope' })).toThrow(RangeError);
  });

  it('shares rule options between calls with the same edition, jurisdiction and closures (the calendar tables are cached on them)', () => {
    const a = resolveCaseOptions({ asOf: '2026-03-02', closures: ['2026-12-01'] });
    const b = resolveCaseOptions({ asOf: '2026-04-02', closures: ['2026-12-01'] });
    expect(b.rule).toBe(a.rule);
    expect(resolveCaseOptions({ asOf: '2026-03-02', closures: ['2026-12-02'] }).rule).not.toBe(a.rule);
    expect(resolveCaseOptions({ asOf: '2026-03-02', jurisdiction: 'scotland', closures: ['2026-12-01'] }).rule).not.toBe(a.rule);
    expect(resolveCaseOptions({ asOf: '2026-03-02', policy: 'foi-era' }).rule.policy).toBe(FOI_ERA_POLICY);
  });

  it('never mutates the record', () => {
    const rec = fixture('complete');
    const copy = structuredClone(rec);
    const deepFreeze = (x: unknown): unknown => {
      if (x && typeof x === 'object') {
        for (const v of Object.values(x)) deepFreeze(v);
        Object.freeze(x);
      }
      return x;
    };
    expect(() => assessCase(deepFreeze(rec) as CaseRecord, { asOf: '2015-02-10' })).not.toThrow();
    expect(rec).toEqual(copy);
  });
});

describe('safeAssessCase', () => {
  it('gives the same assessment as assessCase on a valid record', () => {
    const r = safeAssessCase(fixture('complete'), { asOf: '2015-02-10' });
    expect(r.ok && r.value).toEqual(assessCase(fixture('complete'), { asOf: '2015-02-10' }));
  });

  it('names every bad path of the record and of the options', () => {
    const r = safeAssessCase({ caseId: 5, referral: { receivedOn: '2026-02-30' }, evidenceRequests: [{ kind: 'documentary-evidence', requestDate: '2026-03-02', receivedDate: '2026-03-01' }] }, { asOf: '2026-13-01', policy: 'nope', jurisdiction: 'wales' });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : [...new Set(r.issues.map((i) => i.path))];
    expect(paths).toEqual(['caseId', 'referral.receivedOn', 'evidenceRequests.0.receivedDate', 'options.asOf', 'options.policy', 'options.jurisdiction']);
  });

  it('rejects a record that is not an object, and missing options', () => {
    for (const bad of [null, 5, 'x', []]) expect(safeAssessCase(bad, { asOf: '2026-03-02' }).ok).toBe(false);
    const r = safeAssessCase({}, undefined);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['options']);
  });
});
