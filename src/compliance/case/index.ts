// Public API of whole-case assessment (every compliance decision that applies to one case record).
export { assessCase, safeAssessCase } from './assess-case.js';
export {
  caseRecordSchema, caseReferralSchema, caseAppointmentSchema, caseInterviewSchema, caseUnNotifiedVisitSchema, caseEmployerContactSchema,
  caseNewInformationSchema, caseEvidenceRequestSchema, caseStatementsSchema, type CaseRecord,
} from './case-record.js';
export { assessCaseOptionsSchema, resolveCaseOptions, type ResolvedCaseOptions } from './case-options.js';
export { deadlineStatus } from './case-deadline.js';
export type { AssessCaseOptions, CaseAssessment, CaseDecisions, CaseDeadline, CaseDeadlineStatus, MissingFacts } from './types.js';
