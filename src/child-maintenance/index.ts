// Public API of the Child Maintenance client contact guidance.
export { childMaintenanceRules } from './rules.js';
