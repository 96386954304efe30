import { z } from 'zod';
import { addMonths, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C064 = lsc('LSC-02-064');
const C065 = lsc('LSC-02-065');

/** Input of {@link decideDuplicateReferral}. */
export const duplicateReferralInputSchema = z.object({
  /** Receipt date of the earlier case on the same matter for the same claimant. */
  earlierCaseReceivedDate: isoDateSchema,
  /** Receipt date of the new case. */
  newCaseReceivedDate: isoDateSchema,
  /** The LSCTL judges it the same matter (e.g. an identical description of the work). */
  sameMatter: z.boolean(),
});
export type DuplicateReferralInput = z.input<typeof duplicateReferralInputSchema>;

/** Result of {@link decideDuplicateReferral}. */
export interface DuplicateReferralDecision {
  /** The LSCTL may decide not to accept the new case and close it as a "duplicate referral". */
  readonly lsctlMayDecline: boolean;
  /** Last receipt date inside the 3-month window (earlier receipt + 3 months). */
  readonly windowEnd: IsoDate;
}

const R_DUPLICATE = reason('LSC-02-064', 'Same matter for the claimant within 3 months of the earlier case: the LSCTL can decide not to accept it and close it as a duplicate referral (closure is an LSCTL action).', [C064, C065]);
const R_OUTSIDE = reason('LSC-02-064', 'More than 3 months after the earlier case: the duplicate-referral ground is not available.', [C064]);
const R_OTHER_MATTER = reason('LSC-02-064', 'Not the same matter: the duplicate-referral ground is not available.', [C064]);

/**
 * May the LSCTL decline a new case as a duplicate? Only the same matter for the same claimant
 * received within 3 months (inclusive) of the earlier case (ch.02 paras 64–65).
 *
 * @example
 * decideDuplicateReferral({ earlierCaseReceivedDate: '2026-01-15', newCaseReceivedDate: '2026-04-15', sameMatter: true }).value.lsctlMayDecline; // true
 */
export function decideDuplicateReferral(input: DuplicateReferralInput, options?: RuleOptions): Decision<DuplicateReferralDecision> {
  const policy = policyOf(options);
  const windowEnd = addMonths(input.earlierCaseReceivedDate as IsoDate, policy.complianceReferrals.duplicateReferralMonths.value);
  if (!input.sameMatter) return decide({ lsctlMayDecline: false, windowEnd }, [R_OTHER_MATTER], policy.id);
  const within = input.newCaseReceivedDate >= input.earlierCaseReceivedDate && input.newCaseReceivedDate <= windowEnd;
  return decide({ lsctlMayDecline: within, windowEnd }, [within ? R_DUPLICATE : R_OUTSIDE], policy.id);
}

export const duplicateReferralRule = defineRule({
  name: 'decideDuplicateReferral',
  domain: 'compliance',
  title: 'Duplicate referral within 3 months',
  ids: ['LSC-02-064', 'LSC-02-065'],
  citations: [C064, C065],
  input: duplicateReferralInputSchema,
  evaluate: decideDuplicateReferral,
});
