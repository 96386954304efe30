// Definitions of the client-contact guidance: bogus callers (CMG-01), sensitive cases (CMG-11),
// unacceptable client behaviour (CMG-15).
import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { cmg } from './cite-cmg.js';

/** Input of {@link classifyBogusCaller}. */
export const bogusCallerInputSchema = z.object({
  /** The caller is trying to get information about a CMG client. */
  seeksClientInformation: z.boolean(),
  /** The caller is doing so under false pretences (e.g. pretending to be the client or an agency). */
  underFalsePretences: z.boolean(),
});
export type BogusCallerInput = z.input<typeof bogusCallerInputSchema>;

const C01 = cmg('CMG-01');
const R_BOGUS: Reason = reason('CMG-01', 'A caller trying to get information about a client under false pretences is a bogus caller: follow the bogus-call procedure.', [C01]);
const R_NOT_BOGUS: Reason = reason('CMG-01', 'A bogus caller tries to get information about a client under false pretences; this caller does not.', [C01]);

/**
 * Is the caller a bogus caller? One who tries to get information about a client under false
 * pretences (CMG-01); the identification steps are an intranet procedure.
 *
 * @example
 * classifyBogusCaller({ seeksClientInformation: true, underFalsePretences: true }).value; // true
 */
export function classifyBogusCaller(input: BogusCallerInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const bogus = input.seeksClientInformation && input.underFalsePretences;
  return decide(bogus, [bogus ? R_BOGUS : R_NOT_BOGUS], policy.id);
}

/** Input of {@link classifySensitiveCase}. */
export const sensitiveCaseInputSchema = z.object({
  /** Someone working for the CMG knows one or both of the clients. */
  staffMemberKnowsClient: z.boolean(),
  /** Access to the client records is already restricted for another reason. */
  accessOtherwiseRestricted: z.boolean().optional(),
});
export type SensitiveCaseInput = z.input<typeof sensitiveCaseInputSchema>;

const C11 = cmg('CMG-11');
const R_PERSONAL: Reason = reason('CMG-11', 'Someone working for the CMG knows a client: handle as a sensitive case, with access to the records restricted to a limited range of people.', [C11]);
const R_RESTRICTED: Reason = reason('CMG-11', 'Access to the client records is restricted to a limited range of people: a sensitive case.', [C11]);
const R_NOT_SENSITIVE: Reason = reason('CMG-11', 'No personal interest and no restriction: not a sensitive case.', [C11]);

/**
 * Is this a sensitive case? One whose records are restricted to a limited range of people, normally
 * because someone working for the CMG knows one or both clients (CMG-11).
 *
 * @example
 * classifySensitiveCase({ staffMemberKnowsClient: true }).value; // true
 */
export function classifySensitiveCase(input: SensitiveCaseInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.staffMemberKnowsClient) return decide(true, [R_PERSONAL], policy.id);
  if (input.accessOtherwiseRestricted === true) return decide(true, [R_RESTRICTED], policy.id);
  return decide(false, [R_NOT_SENSITIVE], policy.id);
}

/**
 * Unacceptable acts towards staff and the ways they are made (CMG-15; "This includes", so not exhaustive).
 *
 * @example
 * UNACCEPTABLE_BEHAVIOUR_ACTS; // ['threatened', 'harassed', 'abused']
 */
export const UNACCEPTABLE_BEHAVIOUR_ACTS = Object.freeze(['threatened', 'harassed', 'abused'] as const);
/** The channels of {@link UNACCEPTABLE_BEHAVIOUR_ACTS} (CMG-15). */
export const UNACCEPTABLE_BEHAVIOUR_CHANNELS = Object.freeze(['in writing', 'in person', 'verbally'] as const);

/** Input of {@link classifyUnacceptableClientBehaviour}. */
export const unacceptableBehaviourInputSchema = z.object({
  /** What the client did to a member of staff, if any of the listed acts. */
  acts: z.array(z.enum(UNACCEPTABLE_BEHAVIOUR_ACTS)),
  channel: z.enum(UNACCEPTABLE_BEHAVIOUR_CHANNELS),
  /** Other behaviour the CMG's policy considers unacceptable. */
  otherUnacceptableBehaviour: z.boolean().optional(),
});
export type UnacceptableBehaviourInput = z.input<typeof unacceptableBehaviourInputSchema>;

const C15 = cmg('CMG-15');
const R_UNACCEPTABLE: Reason = reason('CMG-15', 'A member of staff was threatened, harassed or abused by a client (in writing, in person or verbally): the unacceptable behaviour / potentially violent persons procedures apply.', [C15]);
const R_OTHER: Reason = reason('CMG-15', 'The client acted in a way considered unacceptable: the unacceptable behaviour procedures apply.', [C15]);
const R_NONE: Reason = reason('CMG-15', 'No unacceptable behaviour towards staff is reported.', [C15]);

/**
 * Does the unacceptable client behaviour policy apply? Yes when a client threatened, harassed or
 * abused a member of staff, in writing, in person or verbally, or otherwise acted unacceptably (CMG-15).
 *
 * @example
 * classifyUnacceptableClientBehaviour({ acts: ['harassed'], channel: 'in writing' }).value; // true
 */
export function classifyUnacceptableClientBehaviour(input: UnacceptableBehaviourInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.acts.length > 0) return decide(true, [R_UNACCEPTABLE], policy.id);
  if (input.otherUnacceptableBehaviour === true) return decide(true, [R_OTHER], policy.id);
  return decide(false, [R_NONE], policy.id);
}

export const bogusCallerRule = defineRule({
  name: 'classifyBogusCaller', domain: 'child-maintenance', title: 'Bogus caller', ids: ['CMG-01'], citations: [C01],
  input: bogusCallerInputSchema, evaluate: classifyBogusCaller,
});
export const sensitiveCaseRule = defineRule({
  name: 'classifySensitiveCase', domain: 'child-maintenance', title: 'Sensitive (personal interest) case', ids: ['CMG-11'], citations: [C11],
  input: sensitiveCaseInputSchema, evaluate: classifySensitiveCase,
});
export const unacceptableBehaviourRule = defineRule({
  name: 'classifyUnacceptableClientBehaviour', domain: 'child-maintenance', title: 'Unacceptable client behaviour towards staff', ids: ['CMG-15'], citations: [C15],
  input: unacceptableBehaviourInputSchema, evaluate: classifyUnacceptableClientBehaviour,
});
