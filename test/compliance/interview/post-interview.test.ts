import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVITY_RESOLUTIONS,
  BB_ESCALATION_SUBJECT,
  canRecordFailureToAttend,
  checkInterviewSummary,
  decisionResponseFollowUp,
  INTERVIEW_SUMMARY_EXAMPLES,
  MI_RESOLUTION_TABLE,
  miResultOfResolution,
  postInterviewDecisionRoute,
} from '../../../src/compliance/interview/index.js';
import { addCalendarDays, isoDate } from '../../../src/calendar/index.js';

const rules = (d: { reasons: readonly { rule: string; cites: readonly { id: string }[] }[] }) => d.reasons.flatMap((r) => [r.rule, ...r.cites.map((c) => c.id)]);

describe('miResultOfResolution (LSC-06-001, LSC-06-002, LSC-06-003)', () => {
  it('LSC-06-003: the table maps each Resolution for its activity type', () => {
    const m = (activityType: 'Office Interview' | 'Home Visit', resolution: string) => miResultOfResolution({ activityType, resolution }).value.miResult;
    expect(m('Office Interview', 'Attended')).toBe('Effective');
    expect(m('Office Interview', 'Further Interview Required')).toBe('Effective');
    expect(m('Home Visit', 'Effective – Action Complete')).toBe('Effective');
    expect(m('Home Visit', 'Effective – Action Incomplete')).toBe('Effective');
    expect(m('Home Visit', 'Ineffective – Visit N/A')).toBe('Effective'); // flagged reading, docs/interpretations.md
    expect(m('Office Interview', 'Failed to Attend C')).toBe('Ineffective');
    expect(m('Home Visit', 'Ineffective – Action Incomplete')).toBe('Ineffective');
    for (const t of ['Office Interview', 'Home Visit'] as const) for (const r of ['Customer Cancelled', 'Not Required', 'Created in Error']) expect(m(t, r)).toBe('Neutral');
    expect(MI_RESOLUTION_TABLE).toHaveLength(ACTIVITY_RESOLUTIONS.length);
    expect(MI_RESOLUTION_TABLE.filter((r) => r.flagged).map((r) => r.resolution)).toEqual(['Ineffective – Visit N/A']);
  });
  it('LSC-06-003: aliases: "Failed to Attend" and a hyphen for the en dash', () => {
    expect(miResultOfResolution({ activityType: 'Office Interview', resolution: 'Failed to Attend' }).value).toEqual({ miResult: 'Ineffective', resolution: 'Failed to Attend C', valid: true });
    expect(miResultOfResolution({ activityType: 'Home Visit', resolution: 'Effective - Action Complete' }).value.resolution).toBe('Effective – Action Complete');
  });
  it('LSC-06-002: a Resolution not valid for the activity type is rejected', () => {
    const d = miResultOfResolution({ activityType: 'Home Visit', resolution: 'Attended' });
    expect(d.value).toEqual({ miResult: null, resolution: 'Attended', valid: false });
    expect(d.reasons[0]!.rule).toBe('LSC-06-002');
    expect(miResultOfResolution({ activityType: 'Office Interview', resolution: 'Seen' }).value.valid).toBe(false);
  });
  it('LSC-06-001 / LSC-06-002: a Resolution contradicting attendance is invalid', () => {
    const d = miResultOfResolution({ activityType: 'Office Interview', resolution: 'Failed to Attend C', claimantAttended: true });
    expect(d.value.valid).toBe(false);
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-002', 'LSC-06-001']));
    expect(miResultOfResolution({ activityType: 'Office Interview', resolution: 'Customer Cancelled', claimantAttended: false }).value.valid).toBe(true);
    expect(miResultOfResolution({ activityType: 'Office Interview', resolution: 'Attended', claimantAttended: true }).value.valid).toBe(true);
  });
});

describe('canRecordFailureToAttend (LSC-06-021, LSC-06-024, LSC-06-025, LSC-04-082)', () => {
  it('LSC-06-021: not before the end of the working day of the appointment', () => {
    expect(canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-09' }).value.canRecord).toBe(false);
    const same = canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-10' });
    expect(same.value.canRecord).toBe(false);
    expect(same.reasons[0]!.rule).toBe('LSC-06-021');
    expect(canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-10', workingDayEnded: true }).value.canRecord).toBe(true);
    expect(canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-11' }).value.canRecord).toBe(true);
  });
  it('LSC-04-082 / LSC-06-024 / LSC-06-025: what to record; LMS note only where an LMS record exists', () => {
    const d = canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-11', lmsRecordExists: true });
    expect(d.value.records).toEqual(['outcome-on-interview-visit-activity', 'correct-resolution-for-MI', 'contact-attempts-and-good-reasons-in-description', 'note-on-LMS-record', 'consider-suspension']);
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-021', 'LSC-04-082', 'LSC-06-024', 'LSC-06-025', 'LSC-06-038']));
    expect(canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-11' }).value.records).not.toContain('note-on-LMS-record');
  });
  it('attended → no failure to attend', () => {
    expect(canRecordFailureToAttend({ appointmentDate: '2026-03-10', asOf: '2026-03-11', attended: true }).value.canRecord).toBe(false);
  });
  it('property: never recordable before the appointment day', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addCalendarDays(isoDate('2020-01-01'), n));
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 60 }), fc.boolean(), (appt, k, ended) =>
      !canRecordFailureToAttend({ appointmentDate: appt, asOf: addCalendarDays(appt, -k), workingDayEnded: ended }).value.canRecord));
  });
});

describe('checkInterviewSummary (LSC-06-004, LSC-06-005)', () => {
  it('LSC-06-004: lists the missing minimum content; conditional items only when relevant', () => {
    expect(checkInterviewSummary({ covers: ['next-steps'] }).value).toEqual(['booked-date-change-signed-MF47-and-other-documents', 'interview-and-MF47-guidance-compliant']);
    expect(checkInterviewSummary({ covers: ['next-steps'], changesIdentified: true, additionalInformationObtained: true }).value).toHaveLength(4);
    const ok = checkInterviewSummary({ covers: ['booked-date-change-signed-MF47-and-other-documents', 'interview-and-MF47-guidance-compliant', 'next-steps'] });
    expect(ok.value).toEqual([]);
    expect(ok.reasons[0]!.rule).toBe('LSC-06-004');
  });
  it('LSC-06-005: the five example wordings are kept verbatim', () => {
    expect(INTERVIEW_SUMMARY_EXAMPLES).toHaveLength(5);
    expect(INTERVIEW_SUMMARY_EXAMPLES[0]).toBe('Guidance compliant interview conducted and signed MF47 taken.  No CoC or inform for further check.  Close Nil Result');
  });
});

describe('postInterviewDecisionRoute', () => {
  it('LSC-06-007 / LSC-06-009: award revised → LT54 to DM, stage Benefits Decision, outcome fields left empty', () => {
    const d = postInterviewDecisionRoute({ benefit: 'JSA', currentAwardToBeRevised: true, overpaymentCalculationRequired: false });
    expect(d.value).toMatchObject({ destination: 'DM-via-LT54', caseStage: 'Benefits Decision', recordOutcomeNow: false, documents: ['LT54'] });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-007', 'LSC-06-009', 'LSC-06-017', 'LSC-06-018', 'LSC-06-019']));
    expect(d.value.actions).toEqual(expect.arrayContaining(['remove-sensitive-material-and-complete-RM7', 'LSCTL-final-sensitive-material-check', 'LSAO-updates-Notepad-LSC-activity']));
  });
  it('LSC-06-009: no stage change for a suspension case', () => {
    expect(postInterviewDecisionRoute({ benefit: 'JSA', currentAwardToBeRevised: true, overpaymentCalculationRequired: false, suspensionCase: true }).value.caseStage).toBeNull();
  });
  it('LSC-06-010: overpayment too → REF2 to the overpayment Central Team', () => {
    const d = postInterviewDecisionRoute({ benefit: 'IS', currentAwardToBeRevised: true, overpaymentCalculationRequired: true });
    expect(d.value.documents).toEqual(['LT54', 'REF2', 'MF47']);
    expect(rules(d)).toContain('LSC-06-010');
  });
  it('LSC-06-011: no live claim or no revision → stage CRT and the outcome recorded now', () => {
    for (const input of [{ currentAwardToBeRevised: false }, { currentAwardToBeRevised: true, liveClaim: false }]) {
      const d = postInterviewDecisionRoute({ benefit: 'IS', overpaymentCalculationRequired: true, ...input });
      expect(d.value).toMatchObject({ destination: 'CRT', caseStage: 'CRT', recordOutcomeNow: true });
      expect(rules(d)).toContain('LSC-06-011');
    }
  });
  it('LSC-06-011: no live claim or no revision and no overpayment calculation → nothing referred, no CRT stage, outcome recorded now', () => {
    for (const input of [{ currentAwardToBeRevised: false }, { currentAwardToBeRevised: true, liveClaim: false }]) {
      const d = postInterviewDecisionRoute({ benefit: 'IS', overpaymentCalculationRequired: false, ...input });
      expect(d.value).toMatchObject({ destination: 'none', caseStage: null, recordOutcomeNow: true, documents: [], actions: ['record-Outcome-Outcome-Result-Date-of-Outcome-now'] });
      expect(d.reasons.flatMap((r) => r.cites.map((c) => c.id))).toEqual(['LSC-06-011', 'LSC-07-011']);
    }
  });
  it('LSC-06-012 / LSC-06-013 / LSC-06-014: Bereavement Benefit → Dover, REF2 if needed, 12-week B/F', () => {
    const d = postInterviewDecisionRoute({ benefit: 'WidowedParentsAllowance', currentAwardToBeRevised: true, overpaymentCalculationRequired: true, sentDate: '2026-01-05' });
    expect(d.value).toMatchObject({ destination: 'Dover-BB-Maintenance-Team', documents: ['REF2'], bfDate: '2026-03-30' });
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-012', 'LSC-06-013', 'LSC-06-014']));
  });
  it('LSC-06-020 / LSC-06-052…LSC-06-055: Carer\'s Allowance → FES DCT, never the DM or Preston; 4-week B/F', () => {
    const d = postInterviewDecisionRoute({ benefit: 'CA', currentAwardToBeRevised: true, overpaymentCalculationRequired: false, sentDate: '2026-03-02' });
    expect(d.value).toMatchObject({ destination: 'FES-DCT', documents: ['MF47', 'RM7', 'CA Unit evidence'], bfDate: '2026-03-30' });
    expect(d.value.actions).toEqual(expect.arrayContaining(['mark-sensitive-information-in-red', 'send-file-to-FES-DCT-not-CA-Unit-Preston']));
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-020', 'LSC-06-052', 'LSC-06-053', 'LSC-06-054', 'LSC-06-055']));
  });
  it('LSC-06-008 / LSC-06-058: GMS RTE case only → Pensions DM at Dundee', () => {
    const d = postInterviewDecisionRoute({ benefit: 'PC', gmsRteOnly: true, currentAwardToBeRevised: true, overpaymentCalculationRequired: false });
    expect(d.value.destination).toBe('Pensions-DM-Dundee-electronic');
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-008', 'LSC-06-058']));
  });
  it('LSC-06-059: other pension referrals via the Fraud Liaison Officer SPOC, RM7 in the file; PC 10-week escalation date', () => {
    const d = postInterviewDecisionRoute({ benefit: 'PC', currentAwardToBeRevised: true, overpaymentCalculationRequired: false, sentDate: '2026-03-02' });
    expect(d.value).toMatchObject({ destination: 'Pensions-DM-via-Fraud-Liaison-Officer-SPOC', documents: ['RM7'], bfDate: '2026-05-11' });
    expect(rules(d)).toContain('LSC-06-059');
  });
  it('LSC-06-050 / LSC-06-051: another Agency\'s interview → the LSAO acts', () => {
    const d = postInterviewDecisionRoute({ benefit: 'IS', otherAgency: true, currentAwardToBeRevised: true, overpaymentCalculationRequired: false });
    expect(d.value.actor).toBe('LSAO');
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-050', 'LSC-06-051']));
  });
});

describe('decisionResponseFollowUp', () => {
  it('LSC-06-014 / LSC-06-015 / LSC-06-016: BB escalates at the 12-week B/F with the verbatim subject', () => {
    expect(decisionResponseFollowUp({ team: 'bereavement-benefit', sentDate: '2026-01-05', asOf: '2026-03-29', responseReceived: false }).value.action).toBe('wait');
    const d = decisionResponseFollowUp({ team: 'bereavement-benefit', sentDate: '2026-01-05', asOf: '2026-03-30', responseReceived: false });
    expect(d.value).toEqual({ bfDate: '2026-03-30', action: 'escalate-email-BB-DMA-team', emailSubject: 'FES LOCAL SERVICE COMPLIANCE CASE ESCALATION' });
    expect(BB_ESCALATION_SUBJECT).toBe('FES LOCAL SERVICE COMPLIANCE CASE ESCALATION');
    expect(rules(d)).toEqual(expect.arrayContaining(['LSC-06-015', 'LSC-06-016']));
  });
  it('LSC-06-055 / LSC-06-056: CA at the 4-week B/F the LSCO contacts the Performance Manager', () => {
    expect(decisionResponseFollowUp({ team: 'carers-allowance', sentDate: '2026-03-02', asOf: '2026-03-29', responseReceived: false }).value.action).toBe('wait');
    const d = decisionResponseFollowUp({ team: 'carers-allowance', sentDate: '2026-03-02', asOf: '2026-03-30', responseReceived: false });
    expect(d.value.action).toBe('LSCO-contacts-Preston-Performance-Manager');
    expect(rules(d)).toContain('LSC-06-056');
  });
  it('LSC-06-059 / LSC-08-036: Pension Credit escalates after ten weeks (day 70 still within)', () => {
    expect(decisionResponseFollowUp({ team: 'pension-credit', sentDate: '2026-03-02', asOf: '2026-05-11', responseReceived: false }).value.action).toBe('wait');
    const d = decisionResponseFollowUp({ team: 'pension-credit', sentDate: '2026-03-02', asOf: '2026-05-12', responseReceived: false });
    expect(d.value.action).toBe('escalate-pension-credit-case-by-email');
    expect(rules(d)).toContain('LSC-08-036');
  });
  it('response received → nothing to chase, the reason naming that team\'s paragraph', () => {
    expect(decisionResponseFollowUp({ team: 'pension-credit', sentDate: '2026-03-02', asOf: '2026-09-01', responseReceived: true }).value.action).toBe('none');
    const want = { 'bereavement-benefit': 'LSC-06-014', 'carers-allowance': 'LSC-06-055', 'pension-credit': 'LSC-06-059' } as const;
    for (const team of ['bereavement-benefit', 'carers-allowance', 'pension-credit'] as const) {
      const d = decisionResponseFollowUp({ team, sentDate: '2026-03-02', asOf: '2026-03-10', responseReceived: true });
      expect(d.reasons.map((r) => r.rule), team).toEqual([want[team]]);
      expect(d.reasons[0]!.cites.map((c) => c.id), team).toEqual([want[team]]);
    }
  });
});
