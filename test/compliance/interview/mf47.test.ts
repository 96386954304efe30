import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkMf47Statement,
  decideRepaymentAgreement,
  MF47_CONTENT_TABLE,
  MF47_UNDERSTANDING_EXAMPLE,
  mf47CopyDelivery,
  smallOverpaymentAdmission,
  SMALL_OVERPAYMENT_ADMISSIONS,
  type Mf47CheckInput,
} from '../../../src/compliance/interview/index.js';

describe('smallOverpaymentAdmission (LSC-05-003)', () => {
  it('LSC-05-003: £65.00 needs the exact admission; £65.01 does not', () => {
    const at = smallOverpaymentAdmission({ overpaymentPence: 6500, misrepresentation: true, failureToDisclose: false });
    expect(at.value).toEqual({ small: true, requiredWordings: ['I admit I knowingly gave false information'], missingWordings: [] });
    expect(at.reasons[0]!.rule).toBe('LSC-05-003');
    const over = smallOverpaymentAdmission({ overpaymentPence: 6501, misrepresentation: true, failureToDisclose: true });
    expect(over.value).toEqual({ small: false, requiredWordings: [], missingWordings: [] });
  });
  it('LSC-05-003: both causes need both wordings; the text check finds a missing one (LSC-04-016f)', () => {
    const d = smallOverpaymentAdmission({
      overpaymentPence: 1000, misrepresentation: true, failureToDisclose: true,
      statementText: 'I live alone. I admit I knowingly failed to declare a change of circumstance. Signed',
    });
    expect(d.value.requiredWordings).toEqual([SMALL_OVERPAYMENT_ADMISSIONS.misrepresentation, SMALL_OVERPAYMENT_ADMISSIONS.failureToDisclose]);
    expect(d.value.missingWordings).toEqual([SMALL_OVERPAYMENT_ADMISSIONS.misrepresentation]);
    expect(d.reasons[0]!.cites.map((c) => c.id)).toContain('LSC-04-016f');
  });
  it('LSC-05-003: no-break spaces and case do not defeat the exact-words check', () => {
    const d = smallOverpaymentAdmission({ overpaymentPence: 0, misrepresentation: true, failureToDisclose: false, statementText: 'I\u00a0admit I knowingly gave false INFORMATION' });
    expect(d.value.missingWordings).toEqual([]);
  });
  it('property: small exactly when amount <= 6500 pence', () => {
    fc.assert(fc.property(fc.nat(100_000), (p) => smallOverpaymentAdmission({ overpaymentPence: p, misrepresentation: true, failureToDisclose: false }).value.small === (p <= 6500)));
  });
  it('a different policy edition can move the limit', async () => {
    const { CURRENT_POLICY } = await import('../../../src/core/policy/editions.js');
    const { param } = await import('../../../src/core/policy/parameter.js');
    const policy = { ...CURRENT_POLICY, id: 'test', complianceInterview: { ...CURRENT_POLICY.complianceInterview, smallOverpaymentLimitPence: param(10000, 'pence', []) } };
    const d = smallOverpaymentAdmission({ overpaymentPence: 9000, misrepresentation: true, failureToDisclose: false }, { policy });
    expect(d.value.small).toBe(true);
    expect(d.edition).toBe('test');
  });
});

describe('decideRepaymentAgreement (LSC-05-002b)', () => {
  it('LSC-05-002b: any recoverable amount; never for wholly official error', () => {
    expect(decideRepaymentAgreement({ overpaymentIdentified: true, officialError: 'none' }).value).toBe('obtain-agreement');
    expect(decideRepaymentAgreement({ overpaymentIdentified: true, officialError: 'partly' }).value).toBe('obtain-agreement-for-recoverable-part');
    const d = decideRepaymentAgreement({ overpaymentIdentified: true, officialError: 'wholly' });
    expect(d.value).toBe('do-not-obtain');
    expect(d.reasons[0]!.rule).toBe('LSC-05-002b');
    expect(decideRepaymentAgreement({ overpaymentIdentified: false, officialError: 'none' }).value).toBe('not-applicable');
  });
});

const good: Mf47CheckInput = {
  method: 'OfficeInterview', completedDuringInterview: true, writtenBy: 'LSCO', offeredClaimantToWrite: true,
  includes: ['current-circumstances-and-known-future-changes', 'understanding-of-future-responsibilities', 'understanding-of-consequences', 'identification-details'],
  claimantSigned: true, lscoSigned: true, unusedPartsScoredThrough: true,
};
const problemIds = (input: Mf47CheckInput) => checkMf47Statement(input).value.problems.map((p) => p.id);

describe('checkMf47Statement', () => {
  it('LSC-05-002a: the always-required items suffice when nothing was found', () => {
    const d = checkMf47Statement(good);
    expect(d.value).toEqual({ valid: true, problems: [], signature: 'signed-by-claimant' });
    expect(MF47_CONTENT_TABLE.filter((e) => e.always).map((e) => e.item)).toEqual(good.includes);
  });
  it('LSC-05-002a: non-compliance makes the facts, acceptance and reasons items required', () => {
    expect(problemIds({ ...good, nonComplianceEstablished: true })).toEqual(['LSC-05-002a', 'LSC-05-002a', 'LSC-05-002a', 'LSC-05-002a']);
  });
  it('LSC-05-002b: a recoverable overpayment makes the repayment agreement required', () => {
    expect(problemIds({ ...good, recoverableOverpayment: true })).toEqual(['LSC-05-002b']);
  });
  it('LSC-05-002c: identification details are always required', () => {
    expect(problemIds({ ...good, includes: good.includes.filter((i) => i !== 'identification-details') })).toEqual(['LSC-05-002c']);
  });
  it('LSC-05-001a / LSC-05-001b: completed during the interview, claimant offered to write it', () => {
    expect(problemIds({ ...good, completedDuringInterview: false, offeredClaimantToWrite: false })).toEqual(['LSC-05-001a', 'LSC-05-001b']);
  });
  it('LSC-05-001b: a statement the claimant wrote themselves needs no separate record of the offer', () => {
    expect(problemIds({ ...good, writtenBy: 'claimant', offeredClaimantToWrite: false })).toEqual([]);
    expect(problemIds({ ...good, writtenBy: 'LSCO', offeredClaimantToWrite: false })).toEqual(['LSC-05-001b']);
  });
  it('LSC-05-004: the LSCO witnesses and scores through unused parts', () => {
    const d = checkMf47Statement({ ...good, lscoSigned: false, unusedPartsScoredThrough: false });
    expect(d.value.signature).toBe('incomplete');
    expect(d.value.problems.map((p) => p.id)).toEqual(['LSC-05-004', 'LSC-05-004']);
  });
  it('LSC-05-005: refusal to sign needs the LSCO signature, LSCTL countersignature and recorded reasons', () => {
    const refused = { ...good, claimantSigned: false };
    expect(problemIds(refused)).toEqual(['LSC-05-005', 'LSC-05-005']);
    const d = checkMf47Statement({ ...refused, lsctlCountersigned: true, refusalReasonsRecorded: true });
    expect(d.value).toMatchObject({ valid: true, signature: 'unsigned-by-claimant' });
    expect(d.reasons.map((r) => r.rule)).toContain('LSC-05-005');
  });
  it('telephone: unsigned at the interview is not a refusal (signature follows by post)', () => {
    const d = checkMf47Statement({ ...good, method: 'Telephone', claimantSigned: false });
    expect(d.value).toMatchObject({ valid: true, signature: 'incomplete' });
  });
  it('LSC-04-032: a completed review form needs its reason on the MF47', () => {
    expect(problemIds({ ...good, reviewFormCompleted: true })).toEqual(['LSC-04-032']);
    expect(problemIds({ ...good, reviewFormCompleted: true, reviewFormReasonRecorded: true })).toEqual([]);
  });
  it('LSC-05-006: the example wording of the claimant\'s understanding', () => {
    expect(MF47_UNDERSTANDING_EXAMPLE).toBe('I know and understand that I must notify all changes in circumstances, and that failure to do so may lead to action being taken against me.');
    expect(MF47_CONTENT_TABLE.find((e) => e.item === 'understanding-of-consequences')!.cites.map((c) => c.id)).toContain('LSC-05-006');
  });
});

describe('mf47CopyDelivery (LSC-04-077)', () => {
  it('LSC-04-077: handed over in the office, posted after a visit, nothing unless asked', () => {
    expect(mf47CopyDelivery({ method: 'OfficeInterview', claimantRequestsCopy: true }).value).toBe('hand-over');
    expect(mf47CopyDelivery({ method: 'Visit', claimantRequestsCopy: true }).value).toBe('post');
    expect(mf47CopyDelivery({ method: 'Visit', claimantRequestsCopy: false }).value).toBe('none');
  });
});
