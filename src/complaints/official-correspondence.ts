import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { OFFICIAL_CORRESPONDENCE_TYPES, type OfficialCorrespondenceType } from './vocabulary.js';

/** How one type of official correspondence is answered and signed (CRM-11a, CRM-11c). */
export interface OfficialCorrespondenceRoute {
  readonly type: OfficialCorrespondenceType;
  /** The summary printed in the guide. */
  readonly printed: string;
  readonly signatory: 'Director' | 'case manager';
  readonly writtenResponseRequired: boolean;
  readonly phoneAnswerAllowed: boolean;
  readonly cites: readonly Citation[];
}

const C11A = crm('CRM-11a');
const C11B = crm('CRM-11b');
const C11C = crm('CRM-11c');

/**
 * The official correspondence routes by type (CRM-11a, CRM-11c): POS → Director's signature and always
 * a written response; MP to DG → draft for own signature; Treat Official → draft response or phone call.
 *
 * @example
 * OFFICIAL_CORRESPONDENCE_ROUTES.find((r) => r.type === 'POS')?.signatory; // 'Director'
 */
export const OFFICIAL_CORRESPONDENCE_ROUTES: readonly OfficialCorrespondenceRoute[] = Object.freeze([
  Object.freeze({ type: 'POS', printed: 'POS Case – prepare for Director Signature', signatory: 'Director', writtenResponseRequired: true, phoneAnswerAllowed: false, cites: Object.freeze([C11A, C11C]) }),
  Object.freeze({ type: 'MP to DG', printed: 'MP DG – draft for own signature', signatory: 'case manager', writtenResponseRequired: true, phoneAnswerAllowed: false, cites: Object.freeze([C11A, C11C]) }),
  Object.freeze({ type: 'Treat Official', printed: 'Treat Official – draft response or phone call', signatory: 'case manager', writtenResponseRequired: false, phoneAnswerAllowed: true, cites: Object.freeze([C11A, C11C]) }),
] satisfies OfficialCorrespondenceRoute[]);

/** Input of {@link routeOfficialCorrespondence}. */
export const officialCorrespondenceInputSchema = z.object({
  type: z.enum(OFFICIAL_CORRESPONDENCE_TYPES),
  /** Where the enquiry belongs: back into operations (with an agreed contact person) or another body (CAB, other departments). */
  enquiryBelongsTo: z.enum(['operations', 'other body']).optional(),
});
export type OfficialCorrespondenceInput = z.input<typeof officialCorrespondenceInputSchema>;

/** How the correspondence is answered, signed and signposted. */
export interface OfficialCorrespondenceDecision extends OfficialCorrespondenceRoute {
  /** The steps after drafting, in order. */
  readonly steps: readonly string[];
  /** Correspondence has no escalation route: never signpost to the CCRT or ICE. */
  readonly escalationSignposting: 'none';
  /** Where to signpost the customer, if the enquiry belongs elsewhere. */
  readonly signpostTo: 'operations (agree the contact person)' | 'other appropriate body (e.g. CAB, other government departments)' | null;
}

const DIRECTOR_STEPS = Object.freeze(['pass the case to the team leader', 'agree the final version', 'email all relevant documents to the appropriate Director for signing']);
const OWN_STEPS = Object.freeze(['pass the case to the team leader', 'agree the final version', 'sign and send the response']);
const R_TYPE: Readonly<Record<OfficialCorrespondenceType, Reason>> = Object.freeze({
  POS: reason('CRM-11c', 'A POS case is prepared for the appropriate Director\'s signature; a written response is always needed (Cabinet Office guidance).', [C11C, C11A]),
  'MP to DG': reason('CRM-11c', 'An MP to DG case is drafted for the case manager\'s own signature.', [C11C]),
  'Treat Official': reason('CRM-11c', 'A Treat Official case is answered by a drafted response signed by the case manager, or by a phone call.', [C11C, C11A]),
});
const R_NO_ESCALATION: Reason = reason('CRM-11b', 'Correspondence is not a complaint: there is no escalation route and the customer is not signposted to one.', [C11B]);
const R_OPERATIONS: Reason = reason('CRM-11b', 'The enquiry belongs in operations: signpost the customer back into operations, agreeing the contact person\'s details.', [C11B]);
const R_OTHER: Reason = reason('CRM-11b', 'The enquiry belongs elsewhere: signpost the customer to a more appropriate body such as CAB or another government department.', [C11B]);

/**
 * How is an official correspondence case answered? By type (CRM-11c): POS → written response for the
 * Director's signature (CRM-11a); MP to DG → written, own signature; Treat Official → own signature or
 * a phone call. Never an escalation signpost; where the enquiry belongs elsewhere, signpost there (CRM-11b).
 *
 * @example
 * routeOfficialCorrespondence({ type: 'POS' }).value.signatory; // 'Director'
 */
export function routeOfficialCorrespondence(input: OfficialCorrespondenceInput, options?: RuleOptions): Decision<OfficialCorrespondenceDecision> {
  const policy = policyOf(options);
  const route = OFFICIAL_CORRESPONDENCE_ROUTES.find((r) => r.type === input.type)!;
  const reasons: Reason[] = [R_TYPE[input.type], R_NO_ESCALATION];
  let signpostTo: OfficialCorrespondenceDecision['signpostTo'] = null;
  if (input.enquiryBelongsTo === 'operations') {
    signpostTo = 'operations (agree the contact person)';
    reasons.push(R_OPERATIONS);
  } else if (input.enquiryBelongsTo === 'other body') {
    signpostTo = 'other appropriate body (e.g. CAB, other government departments)';
    reasons.push(R_OTHER);
  }
  return decide({ ...route, steps: route.signatory === 'Director' ? DIRECTOR_STEPS : OWN_STEPS, escalationSignposting: 'none', signpostTo }, reasons, policy.id);
}

export const officialCorrespondenceRule = defineRule({
  name: 'routeOfficialCorrespondence', domain: 'complaints', title: 'Official correspondence: response, sign-off, signposting',
  ids: ['CRM-11a', 'CRM-11b', 'CRM-11c'], citations: [C11A, C11B, C11C], input: officialCorrespondenceInputSchema, evaluate: routeOfficialCorrespondence,
});
