// Public API of compliance ch.04–06 (interview, new-or-substantial information, MF47, evidence, employer contact, suspension).
export { complianceInterviewRules } from './rules.js';
