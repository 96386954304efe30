// Public API of the FOI-era compliance edition (FOI request summary).
export { foiRules } from './rules.js';
