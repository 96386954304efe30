import { describe, expect, it } from 'vitest';
import { REFERRAL_CHECKLIST, referralChecklist, SHORT_NOTICE_IDENTITY_EVIDENCE, SHORT_NOTICE_OTHER_DOCUMENTS } from '../../../src/compliance/referrals/index.js';

const ids = (x: Parameters<typeof referralChecklist>[0]) => referralChecklist(x).value.map((e) => e.id);

describe('referralChecklist', () => {
  it('LSC-01-001 / LSC-01-007 / LSC-02-001: referral stage (risk details only for risk referrals)', () => {
    expect(ids({ stage: 'Referral' })).toEqual(['LSC-01-001', 'LSC-01-007']);
    expect(ids({ stage: 'Referral', source: 'RiskReferral' })).toEqual(['LSC-01-001', 'LSC-01-007', 'LSC-02-001']);
  });
  it('LSC-03-001 / LSC-03-002 / LSC-03-004 / LSC-03-005 / LSC-03-006: initial checks (Offence Type only for LSI/MIDAS)', () => {
    expect(ids({ stage: 'InitialChecks' })).toEqual(['LSC-03-001', 'LSC-03-002', 'LSC-03-005', 'LSC-03-006']);
    expect(ids({ stage: 'InitialChecks', source: 'MIDAS' })).toContain('LSC-03-004');
    expect(referralChecklist({ stage: 'InitialChecks' }).value[1]!.items).toHaveLength(5);
  });
  it('LSC-03-055 / LSC-03-058: arranging — LMS note, short-notice gaps in visit days', () => {
    expect(ids({ stage: 'ArrangingAppointment', lmsAccount: true, method: 'Visit' })).toEqual(['LSC-03-055', 'LSC-03-058']);
    expect(ids({ stage: 'ArrangingAppointment', method: 'OfficeInterview' })).toEqual([]);
    expect(ids({ stage: 'ArrangingAppointment', lmsAccount: true })).toEqual(['LSC-03-055']);
  });
  it('an empty checklist is explained: one reason citing paras 55 and 58, which do not apply', () => {
    const d = referralChecklist({ stage: 'ArrangingAppointment', method: 'OfficeInterview', lmsAccount: false });
    expect(d.value).toEqual([]);
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]!.rule).toBe('LSC-03-055');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['LSC-03-055', 'LSC-03-058']);
    expect(d.reasons[0]!.says).toMatch(/no LMS account.*not a visit/);
    // A non-empty checklist gives only the reasons of its entries.
    expect(referralChecklist({ stage: 'ArrangingAppointment', method: 'Visit' }).reasons.map((r) => r.rule)).toEqual(['LSC-03-058']);
  });
  it('LSC-03-075 / LSC-03-077 / LSC-03-078a / LSC-03-078b / LSC-03-080 / LSC-03-081: short-notice call', () => {
    expect(ids({ stage: 'ShortNoticeCall' })).toEqual(['LSC-03-075', 'LSC-03-077', 'LSC-03-078a', 'LSC-03-078b', 'LSC-03-080']);
    expect(ids({ stage: 'ShortNoticeCall', callAnswered: false })).toEqual(['LSC-03-075', 'LSC-03-081']);
    expect(SHORT_NOTICE_IDENTITY_EVIDENCE).toHaveLength(5);
    expect(SHORT_NOTICE_OTHER_DOCUMENTS).toHaveLength(7);
  });
  it('LSC-03-082 / LSC-03-084 / LSC-03-087 / LSC-03-088 / LSC-03-089 / LSC-03-090 / LSC-03-104: preparation', () => {
    expect(ids({ stage: 'InterviewPreparation', method: 'OfficeInterview' })).toEqual(['LSC-03-082', 'LSC-03-084', 'LSC-03-088']);
    expect(ids({ stage: 'InterviewPreparation', method: 'Visit', accompaniedVisit: true, interpreterIndicated: true })).toEqual([
      'LSC-03-082', 'LSC-03-084', 'LSC-03-087', 'LSC-03-088', 'LSC-03-089', 'LSC-03-090', 'LSC-03-104',
    ]);
  });
  it('LSC-01-002 / LSC-01-003 / LSC-01-004 / LSC-01-005 / LSC-03-046: interview', () => {
    expect(ids({ stage: 'Interview', method: 'OfficeInterview', potentialOverpayment: true })).toEqual(['LSC-01-002', 'LSC-01-003', 'LSC-01-004', 'LSC-01-005', 'LSC-03-046']);
    expect(ids({ stage: 'Interview', method: 'Telephone' })).not.toContain('LSC-01-003');
    expect(REFERRAL_CHECKLIST.find((e) => e.id === 'LSC-01-003')!.items).toHaveLength(5);
  });
  it('LSC-03-093 / LSC-03-094 / LSC-03-095 / LSC-03-096 / LSC-03-097: re-arranging', () => {
    expect(ids({ stage: 'RearrangingAppointment', benefits: ['JSA'], lmsAccount: true })).toEqual(['LSC-03-093', 'LSC-03-094', 'LSC-03-095', 'LSC-03-096', 'LSC-03-097']);
    expect(ids({ stage: 'RearrangingAppointment', benefits: ['ESA'] })).toEqual(['LSC-03-093', 'LSC-03-094', 'LSC-03-095']);
  });
  it('every entry carries its id and paragraph reference, and reasons cite the entry', () => {
    for (const e of REFERRAL_CHECKLIST) expect(e.ref).toMatch(/^Compliance \(01\/15\) ch\.0[123] para \d+$/);
    const d = referralChecklist({ stage: 'Referral' });
    expect(d.reasons.map((r) => r.rule)).toEqual(d.value.map((e) => e.id));
  });
});
