// Public API of compliance ch.07–12 (outcomes, abandonment, MVA, causal link, closure, checks, integrity, case stages).
export { complianceOutcomeRules } from './rules.js';
