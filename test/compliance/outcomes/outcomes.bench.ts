import { bench, describe } from 'vitest';
import { assessComplianceOutcome, auditCaseIntegrity, checkCaseClosure, decideCausalLink, validateCaseOutcome, type OutcomeCaseRecord } from '../../../src/compliance/outcomes/index.js';

// Each iteration makes BATCH calls; per-call time = mean / BATCH.
const BATCH = 1000;
const record: OutcomeCaseRecord = {
  outcome: 'Positive Compliance', outcomeResult: 'Decrease & Overpayment', dateOfOutcome: '2015-05-01', outcomeRecordedOn: '2015-05-01', dmResponseReceivedOn: '2015-05-01',
  closedOn: '2015-05-08', benefitsConcerned: ['Income Support'], benefitDecisionsReturned: ['Income Support'], primaryBenefit: 'Income Support',
  offences: [{ type: 'Working in receipt of benefits', primary: true }], mvaLines: [{ benefit: 'Income Support', amountPence: 7310, direction: 'decrease' }],
  overpaymentExpected: true, overpaymentRecordedPence: 120000, activityStatuses: ['Done'], caseReturnNoted: true, figuresChecked: true, documents: 'retained-locally',
  audit: { caseReceivedOn: '2015-03-02', firstInterviewNotifiedOn: '2015-03-20', changeOccurredOn: '2015-03-01', changeReportedOn: '2015-04-01', closurePreconditionsMetOn: '2015-05-07' },
};
const causal = { originalAllegation: 'LTAMC' as const, interviews: [{ date: '2015-01-05', faceToFace: true }, { date: '2015-01-19', faceToFace: true }], writtenDenialObtained: true,
  notification: { receivedOn: '2015-01-23', livingTogether: true, action: 'withdraws-claim' as const }, asOf: '2015-01-23' };
let sink = 0;

describe(`compliance outcomes hot paths (${BATCH} calls per iteration)`, () => {
  bench(`validateCaseOutcome ×${BATCH}`, () => { for (let i = 0; i < BATCH; i++) sink += validateCaseOutcome(record).value.violations.length; });
  bench(`checkCaseClosure ×${BATCH}`, () => { for (let i = 0; i < BATCH; i++) sink += checkCaseClosure(record).value.unmet.length; });
  bench(`auditCaseIntegrity (working-day comparisons) ×${BATCH}`, () => { for (let i = 0; i < BATCH; i++) sink += auditCaseIntegrity(record).value.qualityIssues.length; });
  bench(`decideCausalLink ×${BATCH}`, () => { for (let i = 0; i < BATCH; i++) sink += decideCausalLink(causal).reasons.length; });
  bench(`assessComplianceOutcome (Example 8) ×${BATCH}`, () => { for (let i = 0; i < BATCH; i++) sink += assessComplianceOutcome({ causalLink: causal }).reasons.length; });
});
export { sink };
