// Public API of compliance ch.01–03 (referrals, initial action, scheduling, un-notified visits).
export { complianceReferralRules } from './rules.js';
