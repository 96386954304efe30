// Public API of the provider guidance (generic chapter).
export { providerRules } from './rules.js';
