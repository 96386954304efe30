import type { RuleDefinition } from '../../core/registry.js';

/**
 * The registry entries of compliance ch.01–03 (referrals, initial action, scheduling, un-notified visits): one per exported rule function.
 *
 * @example
 * complianceReferralRules.map((r) => r.name);
 */
export const complianceReferralRules: readonly RuleDefinition[] = Object.freeze([]);
