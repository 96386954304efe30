// Where a client matter goes: face-to-face visits (CMG-06), interpreting and translation (CMG-10),
// representatives (CMG-12), Special Payments (CMG-13), suicide threats (CMG-14).
import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { cmg } from './cite-cmg.js';

/** Input of {@link decideFaceToFaceVisit}. The limited circumstances are defined outside this guidance. */
export const faceToFaceVisitInputSchema = z.object({
  /** Whether the circumstances are among the limited ones of the client interviewing service; `undefined` when not yet assessed. */
  withinLimitedCircumstances: z.boolean().optional(),
});
export type FaceToFaceVisitInput = z.input<typeof faceToFaceVisitInputSchema>;

const C06 = cmg('CMG-06');
const R_VISIT_YES: Reason = reason('CMG-06', 'A face-to-face visit can be arranged in these limited circumstances: make a referral.', [C06]);
const R_VISIT_NO: Reason = reason('CMG-06', 'Face-to-face visits are arranged only in certain limited circumstances, and these are not among them.', [C06]);
const R_VISIT_REFER: Reason = reason('CMG-06', 'Face-to-face visits are for certain limited circumstances set out in the client interviewing service guidance: refer for a decision.', [C06]);

/**
 * May a face-to-face visit be arranged? Only in certain limited circumstances (CMG-06); their list is
 * in external guidance, so the caller says whether they apply, or gets "refer for decision".
 *
 * @example
 * decideFaceToFaceVisit({}).value; // 'refer for decision'
 */
export function decideFaceToFaceVisit(input: FaceToFaceVisitInput, options?: RuleOptions): Decision<'may arrange' | 'not arranged' | 'refer for decision'> {
  const policy = policyOf(options);
  if (input.withinLimitedCircumstances === true) return decide('may arrange', [R_VISIT_YES], policy.id);
  if (input.withinLimitedCircumstances === false) return decide('not arranged', [R_VISIT_NO], policy.id);
  return decide('refer for decision', [R_VISIT_REFER], policy.id);
}

/** Input of {@link routeClientCommunicationNeeds}. */
export const communicationNeedsInputSchema = z.object({
  unableToSpeakEnglish: z.boolean().optional(),
  hearingDifficulties: z.boolean().optional(),
  /** Any other reason the client cannot use the usual methods of communication. */
  otherwiseUnableToUseUsualMethods: z.boolean().optional(),
});
export type CommunicationNeedsInput = z.input<typeof communicationNeedsInputSchema>;

const C10 = cmg('CMG-10');
const R_INTERPRET: Reason = reason('CMG-10', 'The client cannot use the usual methods of communication: use the CMG interpreting and translation procedures.', [C10]);
const R_USUAL: Reason = reason('CMG-10', 'The client can use the usual methods of communication.', [C10]);

/**
 * Does the client need the interpreting and translation procedures? Yes for a client unable to use the
 * usual methods, e.g. unable to speak English or with hearing difficulties (CMG-10).
 *
 * @example
 * routeClientCommunicationNeeds({ unableToSpeakEnglish: true }).value; // 'interpreting and translation procedures'
 */
export function routeClientCommunicationNeeds(input: CommunicationNeedsInput, options?: RuleOptions): Decision<'interpreting and translation procedures' | 'usual methods'> {
  const policy = policyOf(options);
  const needs = input.unableToSpeakEnglish === true || input.hearingDifficulties === true || input.otherwiseUnableToUseUsualMethods === true;
  return needs ? decide('interpreting and translation procedures', [R_INTERPRET], policy.id) : decide('usual methods', [R_USUAL], policy.id);
}

/** Input of {@link decideRepresentativeDisclosure}. */
export const representativeDisclosureInputSchema = z.object({
  /** The client has given the authorisation needed for this representative. */
  clientAuthorisationHeld: z.boolean(),
  /** The information asked for may be disclosed to a representative under the departmental guidance. */
  informationDisclosable: z.boolean(),
});
export type RepresentativeDisclosureInput = z.input<typeof representativeDisclosureInputSchema>;

const C12 = cmg('CMG-12');
const R_REP_OK: Reason = reason('CMG-12', 'The client is entitled to a representative; with the client\'s authorisation, disclosable information may be given to them.', [C12]);
const R_REP_NO_AUTH: Reason = reason('CMG-12', 'Check the client\'s authorisation before disclosing anything to a representative: none is held.', [C12]);
const R_REP_NOT_DISCLOSABLE: Reason = reason('CMG-12', 'This information cannot be disclosed to a representative.', [C12]);

/**
 * May information be disclosed to a client's representative? Clients are entitled to one, but only
 * with the client's authorisation and for information that can be disclosed (CMG-12).
 *
 * @example
 * decideRepresentativeDisclosure({ clientAuthorisationHeld: false, informationDisclosable: true }).value; // false
 */
export function decideRepresentativeDisclosure(input: RepresentativeDisclosureInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (!input.clientAuthorisationHeld) return decide(false, [R_REP_NO_AUTH], policy.id);
  if (!input.informationDisclosable) return decide(false, [R_REP_NOT_DISCLOSABLE], policy.id);
  return decide(true, [R_REP_OK], policy.id);
}

/** Input of {@link decideChildMaintenanceSpecialPayment}. */
export const childMaintenanceSpecialPaymentInputSchema = z.object({
  /** There has been some type of maladministration. */
  maladministration: z.boolean(),
});
export type ChildMaintenanceSpecialPaymentInput = z.input<typeof childMaintenanceSpecialPaymentInputSchema>;

const C13 = cmg('CMG-13');
const R_SP_YES: Reason = reason('CMG-13', 'There has been maladministration: a payment under the CMG Special Payments scheme may be considered (refer under the scheme).', [C13]);
const R_SP_NO: Reason = reason('CMG-13', 'The CMG Special Payments scheme pays only where there has been some type of maladministration.', [C13]);

/**
 * May a CMG Special Payment be considered? Only where there has been some type of maladministration
 * (CMG-13). A separate scheme from the DWP complaint Special Payment (see `routeComplaintSpecialPayment`).
 *
 * @example
 * decideChildMaintenanceSpecialPayment({ maladministration: false }).value; // false
 */
export function decideChildMaintenanceSpecialPayment(input: ChildMaintenanceSpecialPaymentInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  return input.maladministration ? decide(true, [R_SP_YES], policy.id) : decide(false, [R_SP_NO], policy.id);
}

/** Input of {@link routeSuicideThreat}. */
export const suicideThreatInputSchema = z.object({
  /** The team that owns the case, if any. */
  owningTeam: z.string().min(1).optional(),
});
export type SuicideThreatInput = z.input<typeof suicideThreatInputSchema>;

/** Who a suicide threat is referred to. */
export interface SuicideThreatReferral {
  readonly referTo: 'nominated officer: the HEO of the team that owns the case';
  /** The owning team, or `null` when no team owns the case (the guidance does not say who then). */
  readonly team: string | null;
}

const C14 = cmg('CMG-14');
const R_SUICIDE: Reason = reason('CMG-14', 'A suicide threat must be referred to the nominated officer: the HEO of the team that owns the case.', [C14]);
const R_SUICIDE_NO_TEAM: Reason = reason('CMG-14', 'No team owns the case: the guidance does not name another nominated officer; escalate to a manager at once.', [C14]);

/**
 * Where does a suicide threat go? To the nominated officer, the HEO of the team that owns the case
 * (CMG-14); the case with no owning team is flagged (not addressed by the guidance).
 *
 * @example
 * routeSuicideThreat({ owningTeam: 'Team 4' }).value.team; // 'Team 4'
 */
export function routeSuicideThreat(input: SuicideThreatInput, options?: RuleOptions): Decision<SuicideThreatReferral> {
  const policy = policyOf(options);
  const team = input.owningTeam ?? null;
  return decide({ referTo: 'nominated officer: the HEO of the team that owns the case', team }, team === null ? [R_SUICIDE, R_SUICIDE_NO_TEAM] : [R_SUICIDE], policy.id);
}

export const faceToFaceVisitRule = defineRule({
  name: 'decideFaceToFaceVisit', domain: 'child-maintenance', title: 'Face-to-face visits', ids: ['CMG-06'], citations: [C06],
  input: faceToFaceVisitInputSchema, evaluate: decideFaceToFaceVisit,
});
export const communicationNeedsRule = defineRule({
  name: 'routeClientCommunicationNeeds', domain: 'child-maintenance', title: 'Interpreting and translation', ids: ['CMG-10'], citations: [C10],
  input: communicationNeedsInputSchema, evaluate: routeClientCommunicationNeeds,
});
export const representativeDisclosureRule = defineRule({
  name: 'decideRepresentativeDisclosure', domain: 'child-maintenance', title: 'Disclosure to a representative', ids: ['CMG-12'], citations: [C12],
  input: representativeDisclosureInputSchema, evaluate: decideRepresentativeDisclosure,
});
export const childMaintenanceSpecialPaymentRule = defineRule({
  name: 'decideChildMaintenanceSpecialPayment', domain: 'child-maintenance', title: 'CMG Special Payments (maladministration)', ids: ['CMG-13'], citations: [C13],
  input: childMaintenanceSpecialPaymentInputSchema, evaluate: decideChildMaintenanceSpecialPayment,
});
export const suicideThreatRule = defineRule({
  name: 'routeSuicideThreat', domain: 'child-maintenance', title: 'Suicide threats', ids: ['CMG-14'], citations: [C14],
  input: suicideThreatInputSchema, evaluate: routeSuicideThreat,
});
