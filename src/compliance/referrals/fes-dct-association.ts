import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { BENEFITS, type Benefit } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';

const C009 = lsc('LSC-02-009');
const C010 = lsc('LSC-02-010');
const C011 = lsc('LSC-02-011');
const C307 = lsc('LSC-03-007');

/** Input of {@link fesDctAssociation}. */
export const fesDctAssociationInputSchema = z.object({
  benefits: z.array(z.enum(BENEFITS)),
  /** The case was downgraded from LSI. */
  downgradedFromLsi: z.boolean().optional(),
  /** The case was routed directly to LSC by FRAIMS. */
  routedDirectlyByFraims: z.boolean().optional(),
  /** The offence may affect the PDCS benefit in payment. */
  offenceMayAffectPdcsBenefit: z.boolean().optional(),
  /** The case is already associated to the FES DCT Inbox. */
  alreadyAssociated: z.boolean().optional(),
});
export type FesDctAssociationInput = z.input<typeof fesDctAssociationInputSchema>;

/** Result of {@link fesDctAssociation}. */
export interface FesDctAssociation {
  /** The LSCO must associate the case to the FES DCT Inbox now. */
  readonly associate: boolean;
  /** The FRAIMS Inbox User Id. */
  readonly inboxUserId: string;
  /** What the activity description must contain when the LSCO associates it. */
  readonly activityDescriptionMustContain: readonly string[];
  /** A DCS/PIP claim pack may be requested via the FES DCT Manager. */
  readonly claimPackMayBeRequested: boolean;
}

const PDCS: readonly Benefit[] = ['DLA', 'AA', 'PIP', 'CA'];
const DESCRIPTION = Object.freeze(['details of the CA in payment', 'the name of the LSCO', 'the contact details of the LSCO']);
const R_CA_CHECK = reason('LSC-02-009', 'CA in payment on a case downgraded from LSI: check the case is associated to the FES DCT Inbox (User Id 99990438).', [C009]);
const R_CA_ASSOC = reason('LSC-02-010', 'Not associated: associate the FES DCT Inbox; the activity description holds the CA details and the LSCO name and contact details.', [C010]);
const R_DIRECT = reason('LSC-02-011', 'Routed directly to LSC with a PDCS benefit interest the offence may affect: associate the case to the FES DCT Inbox.', [C011]);
const R_PACK = reason('LSC-03-007', 'DLA, PIP or CA in payment: a DCS/PIP claim pack can be requested by associating the case to the FES DCT Manager.', [C307]);
const R_NONE = reason('LSC-02-011', 'No FES DCT association is required.', [C011]);

/**
 * Must the case be associated to the FES DCT Inbox, and may a claim pack be requested?
 * (ch.02 paras 9–11; ch.03 para 7). PDCS benefits: DLA, AA, PIP, CA.
 *
 * @example
 * fesDctAssociation({ benefits: ['CA', 'IS'], downgradedFromLsi: true }).value.associate; // true
 */
export function fesDctAssociation(input: FesDctAssociationInput, options?: RuleOptions): Decision<FesDctAssociation> {
  const policy = policyOf(options);
  const reasons: Reason[] = [];
  let associate = false;
  let description: readonly string[] = [];
  if (input.benefits.includes('CA') && input.downgradedFromLsi === true) {
    reasons.push(R_CA_CHECK);
    if (input.alreadyAssociated !== true) {
      associate = true;
      description = DESCRIPTION;
      reasons.push(R_CA_ASSOC);
    }
  }
  if (input.routedDirectlyByFraims === true && input.offenceMayAffectPdcsBenefit === true && input.benefits.some((b) => PDCS.includes(b)) && input.alreadyAssociated !== true) {
    associate = true;
    reasons.push(R_DIRECT);
  }
  const claimPackMayBeRequested = input.benefits.some((b) => b === 'DLA' || b === 'PIP' || b === 'CA');
  if (claimPackMayBeRequested) reasons.push(R_PACK);
  if (reasons.length === 0) reasons.push(R_NONE);
  return decide({ associate, inboxUserId: policy.complianceReferrals.fesDctInboxUserId.value, activityDescriptionMustContain: description, claimPackMayBeRequested }, reasons, policy.id);
}
export const fesDctAssociationRule = defineRule({
  name: 'fesDctAssociation', domain: 'compliance', title: 'FES DCT association and claim pack',
  ids: ['LSC-02-009', 'LSC-02-010', 'LSC-02-011', 'LSC-03-007'], citations: [C009, C010, C011, C307], input: fesDctAssociationInputSchema, evaluate: fesDctAssociation,
});
