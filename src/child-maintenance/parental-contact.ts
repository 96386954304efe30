import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { cmg } from './cite-cmg.js';

/**
 * Who may ask the CMG to forward contact details (CMG-07a, CMG-07b): parents only, never children.
 *
 * @example
 * PARENTAL_CONTACT_REQUESTERS; // ['parent with care', 'non-resident parent', 'child']
 */
export const PARENTAL_CONTACT_REQUESTERS = Object.freeze(['parent with care', 'non-resident parent', 'child'] as const);
/** One of {@link PARENTAL_CONTACT_REQUESTERS}. */
export type ParentalContactRequester = (typeof PARENTAL_CONTACT_REQUESTERS)[number];

/** Input of {@link decideParentalContactForwarding}. */
export const parentalContactInputSchema = z.object({
  requester: z.enum(PARENTAL_CONTACT_REQUESTERS),
  /** The client specifically asked for their details to be forwarded to the other parent (to establish / re-establish contact). */
  specificRequest: z.boolean(),
  /** The requester's details have been forwarded before. */
  previouslyForwarded: z.boolean(),
  /** The relevant information (the requester's contact details) has changed since. */
  relevantInformationChanged: z.boolean().optional(),
  /** The requester completed the authorisation form confirming they want their details passed on. */
  authorisationFormCompleted: z.boolean(),
  /** The requester submitted their contact details on the approved form. */
  contactDetailsOnApprovedForm: z.boolean(),
  /** The approved form contains only the requesting party's contact details. */
  formContainsOnlyRequesterDetails: z.boolean(),
  /** Other communications (letters, messages) came with the form. */
  otherCommunicationsEnclosed: z.boolean().optional(),
  /** The requester has been told that whether to make contact is the other parent's decision. */
  toldContactIsOtherParentsDecision: z.boolean(),
});
export type ParentalContactInput = z.input<typeof parentalContactInputSchema>;

/** Whether the details may be forwarded, and what is still in the way. */
export interface ParentalContactDecision {
  readonly mayForward: boolean;
  /** The catalogue ids of the conditions not met (empty when `mayForward`). */
  readonly unmet: readonly string[];
  /** Only the requester's contact details are forwarded; nothing else. */
  readonly forward: 'requester contact details only' | null;
}

const C07A = cmg('CMG-07a');
const C07B = cmg('CMG-07b');
const C07C = cmg('CMG-07c');
const C07D = cmg('CMG-07d');
const C07E = cmg('CMG-07e');
const R_CHILD: Reason = reason('CMG-07b', 'The parental contact process applies to requests from parents only, never from children.', [C07B]);
const R_NOT_REQUESTED: Reason = reason('CMG-07a', 'The process is not marketed: it is offered only when a parent specifically asks for their details to be forwarded to the other parent.', [C07A]);
const R_RESENT: Reason = reason('CMG-07c', 'The details were forwarded before and the relevant information has not changed: they are not sent again.', [C07C]);
const R_RESEND_CHANGED: Reason = reason('CMG-07c', 'The details were forwarded before but the relevant information has changed: they may be sent again.', [C07C]);
const R_FORMS: Reason = reason('CMG-07d', 'The requester must complete the authorisation form and submit their contact details on the approved form.', [C07D]);
const R_ONLY_REQUESTER: Reason = reason('CMG-07e', 'Only the requesting party\'s contact details may be on the form and no other communications are forwarded.', [C07E]);
const R_TELL: Reason = reason('CMG-07e', 'The requester must be told that whether to make contact is the other parent\'s decision.', [C07E]);
const R_OK: Reason = reason('CMG-07e', 'All conditions are met: forward the requester\'s contact details only.', [C07A, C07D, C07E]);

/**
 * May the CMG forward a parent's contact details to the other parent? Only on a parent's specific
 * request (CMG-07a), never a child's (CMG-07b); not again unless the relevant information changed
 * (CMG-07c); with the authorisation form and the approved contact-details form (CMG-07d); the form
 * holding only the requester's details, nothing else forwarded, and the requester told that contact
 * is the other parent's choice (CMG-07e).
 *
 * @example
 * decideParentalContactForwarding({ requester: 'child', specificRequest: true, previouslyForwarded: false, authorisationFormCompleted: true,
 *   contactDetailsOnApprovedForm: true, formContainsOnlyRequesterDetails: true, toldContactIsOtherParentsDecision: true }).value.mayForward; // false
 */
export function decideParentalContactForwarding(input: ParentalContactInput, options?: RuleOptions): Decision<ParentalContactDecision> {
  const policy = policyOf(options);
  if (input.requester === 'child') return decide({ mayForward: false, unmet: ['CMG-07b'], forward: null }, [R_CHILD], policy.id);
  if (!input.specificRequest) return decide({ mayForward: false, unmet: ['CMG-07a'], forward: null }, [R_NOT_REQUESTED], policy.id);
  const unmet: string[] = [];
  const reasons: Reason[] = [];
  if (input.previouslyForwarded) {
    if (input.relevantInformationChanged === true) reasons.push(R_RESEND_CHANGED);
    else {
      unmet.push('CMG-07c');
      reasons.push(R_RESENT);
    }
  }
  if (!input.authorisationFormCompleted || !input.contactDetailsOnApprovedForm) {
    unmet.push('CMG-07d');
    reasons.push(R_FORMS);
  }
  if (!input.formContainsOnlyRequesterDetails || input.otherCommunicationsEnclosed === true) {
    unmet.push('CMG-07e');
    reasons.push(R_ONLY_REQUESTER);
  }
  if (!input.toldContactIsOtherParentsDecision) {
    if (!unmet.includes('CMG-07e')) unmet.push('CMG-07e');
    reasons.push(R_TELL);
  }
  if (unmet.length > 0) return decide({ mayForward: false, unmet, forward: null }, reasons, policy.id);
  reasons.push(R_OK);
  return decide({ mayForward: true, unmet, forward: 'requester contact details only' }, reasons, policy.id);
}

export const parentalContactRule = defineRule({
  name: 'decideParentalContactForwarding', domain: 'child-maintenance', title: 'Facilitating parental contact: forwarding contact details',
  ids: ['CMG-07a', 'CMG-07b', 'CMG-07c', 'CMG-07d', 'CMG-07e'], citations: [C07A, C07B, C07C, C07D, C07E],
  input: parentalContactInputSchema, evaluate: decideParentalContactForwarding,
});
