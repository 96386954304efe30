// Public API of the Complaint Resolution Manager guide.
export { complaintRules } from './rules.js';
