// Public API of compliance ch.04–06 (interview, new-or-substantial information, MF47, evidence, employer contact, suspension).
export { complianceInterviewRules } from './rules.js';
export * from './attendance.js';
export * from './checklist.js';
export * from './conduct.js';
export * from './employer-contact.js';
export * from './employer-enquiry.js';
export * from './evidence-deadline.js';
export * from './mf47.js';
export * from './new-or-substantial.js';
export * from './post-interview.js';
export * from './suspension.js';
export * from './trusts-and-funds.js';
export * from './undisclosed-capital.js';
