// Public API of whole-case assessment (every compliance decision that applies to one case record).
export { assessCase, safeAssessCase, caseRecordSchema, type CaseRecord } from './assess-case.js';
export type { AssessCaseOptions, CaseAssessment, CaseDeadline, CaseDeadlineStatus, MissingFacts } from './types.js';
