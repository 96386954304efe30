// dwp-rules: executable, explained rules from published DWP guidance.
export * from './calendar/index.js';
export * from './core/index.js';
export * from './scenarios/index.js';
export { RULES } from './registry.js';
export * from './compliance/index.js';
export * from './provider/index.js';
export * from './complaints/index.js';
export * from './child-maintenance/index.js';
export * from './foi/index.js';
