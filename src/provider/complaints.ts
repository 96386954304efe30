import { z } from 'zod';
import type { IsoDate } from '../calendar/types.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema, nonNegativePenceSchema } from '../core/schemas.js';
import { prv } from './cite-prv.js';

const C127 = prv('PRV-127');
const C128 = prv('PRV-128');
const C129A = prv('PRV-129a');
const C129B = prv('PRV-129b');
const C129C = prv('PRV-129c');
const C130 = prv('PRV-130');
const CP04 = prv('PRV-A2-P-04');
const CA02 = prv('PRV-A2-A-02');
const CA08B = prv('PRV-A2-A-08b');
const CB01A = prv('PRV-A2-B-01a');
const CB01B = prv('PRV-A2-B-01b');
const CB02 = prv('PRV-A2-B-02');
const CB03 = prv('PRV-A2-B-03');
const CB04 = prv('PRV-A2-B-04');
const CB05 = prv('PRV-A2-B-05');
const CB06 = prv('PRV-A2-B-06');
const CB07 = prv('PRV-A2-B-07');
const CB08 = prv('PRV-A2-B-08');
const CB09 = prv('PRV-A2-B-09');
const CB11 = prv('PRV-A2-B-11');

/** The ICE postal address (Annex 2 Part B para 1), lines as printed; also for evidence sent by special delivery. */
export const ICE_POSTAL_ADDRESS = Object.freeze(['Independent Case Examiner’s Office', 'PO Box 209', 'BOOTLE', 'L20 7WA'] as const);

/** The DWP definition of a complaint (Annex 2 Part A para 2), verbatim without the curly quotes. */
export const DWP_COMPLAINT_DEFINITION = 'Any expression of dissatisfaction about the service provided which is not resolved by operational staff as normal business';

/** The themes of DWP's high-level complaint categories. */
export const DWP_COMPLAINT_THEMES = Object.freeze(['Right treatment', 'Easy access', 'On time', 'Right results'] as const);
/** A theme of DWP's complaint categories. */
export type DwpComplaintTheme = (typeof DWP_COMPLAINT_THEMES)[number];

/** DWP's mandatory high-level complaint categories a–f (Annex 2 Part A, DWP Example 4), labels verbatim. */
export const DWP_HIGH_LEVEL_COMPLAINT_CATEGORIES = Object.freeze({
  a: Object.freeze({ label: 'DWP staff don’t treat me with respect', theme: 'Right treatment' as DwpComplaintTheme }),
  b: Object.freeze({ label: 'You haven’t given me the information that I need', theme: 'Easy access' as DwpComplaintTheme }),
  c: Object.freeze({ label: 'I can’t access your services', theme: 'Easy access' as DwpComplaintTheme }),
  d: Object.freeze({ label: 'You take too long', theme: 'On time' as DwpComplaintTheme }),
  e: Object.freeze({ label: 'You’ve got it wrong', theme: 'Right results' as DwpComplaintTheme }),
  f: Object.freeze({ label: 'I have to contact a number of agencies to tell them the same thing', theme: 'Easy access' as DwpComplaintTheme }),
});
/** The code (a–f) of a DWP high-level complaint category. */
export type DwpComplaintCategoryCode = keyof typeof DWP_HIGH_LEVEL_COMPLAINT_CATEGORIES;
/** The category codes a–f. */
export const DWP_COMPLAINT_CATEGORY_CODES = Object.freeze(['a', 'b', 'c', 'd', 'e', 'f'] as const);

/** Input of {@link classifyDwpComplaintCategory}. */
export const dwpComplaintCategoryInputSchema = z.object({ code: z.enum(DWP_COMPLAINT_CATEGORY_CODES) });
/** Input of {@link classifyDwpComplaintCategory}. */
export type DwpComplaintCategoryInput = z.input<typeof dwpComplaintCategoryInputSchema>;

const R_CATEGORY = reason('PRV-A2-A-08b', 'DWP uses an agreed set of mandatory high-level complaint categories a–f, each under a theme.', [CA08B]);

/**
 * The label and theme of one of DWP's mandatory high-level complaint categories (Annex 2 Part A, Example 4).
 *
 * @example
 * classifyDwpComplaintCategory({ code: 'd' }).value; // { label: 'You take too long', theme: 'On time' }
 */
export function classifyDwpComplaintCategory(input: DwpComplaintCategoryInput, options?: RuleOptions): Decision<{ readonly label: string; readonly theme: DwpComplaintTheme }> {
  return decide(DWP_HIGH_LEVEL_COMPLAINT_CATEGORIES[input.code], [R_CATEGORY], policyOf(options).id);
}

export const dwpComplaintCategoryRule = defineRule({
  name: 'classifyDwpComplaintCategory', domain: 'provider', title: "DWP's high-level complaint categories",
  ids: ['PRV-A2-A-08b'], citations: [CA08B], input: dwpComplaintCategoryInputSchema, evaluate: classifyDwpComplaintCategory,
});

/** Input of {@link decideIsDwpComplaint}. */
export const isComplaintInputSchema = z.object({
  expressesDissatisfaction: z.boolean(),
  aboutServiceProvided: z.boolean(),
  resolvedByOperationalStaffAsNormalBusiness: z.boolean(),
});
/** Input of {@link decideIsDwpComplaint}. */
export type IsComplaintInput = z.input<typeof isComplaintInputSchema>;

const R_IS = reason('PRV-A2-A-02', 'Dissatisfaction about the service not resolved by operational staff as normal business: a complaint.', [CA02]);
const R_IS_NOT = reason('PRV-A2-A-02', 'Not a complaint under the DWP definition (no dissatisfaction about the service, or resolved as normal business).', [CA02]);

/**
 * Is it a complaint under the DWP definition (Annex 2 Part A para 2)? "Any expression of
 * dissatisfaction about the service provided which is not resolved by operational staff as normal business".
 *
 * @example
 * decideIsDwpComplaint({ expressesDissatisfaction: true, aboutServiceProvided: true, resolvedByOperationalStaffAsNormalBusiness: false }).value; // true
 */
export function decideIsDwpComplaint(input: IsComplaintInput, options?: RuleOptions): Decision<boolean> {
  const ok = input.expressesDissatisfaction && input.aboutServiceProvided && !input.resolvedByOperationalStaffAsNormalBusiness;
  return decide(ok, [ok ? R_IS : R_IS_NOT], policyOf(options).id);
}

export const isComplaintRule = defineRule({
  name: 'decideIsDwpComplaint', domain: 'provider', title: 'DWP definition of a complaint',
  ids: ['PRV-A2-A-02'], citations: [CA02], input: isComplaintInputSchema, evaluate: decideIsDwpComplaint,
});

// ---------------------------------------------------------------------------------------------

/** Input of {@link decideProviderComplaintProcessApplies}. */
export const complaintProcessAppliesInputSchema = z.object({
  /** The day the contract was let or renewed. */
  contractLetOrRenewed: isoDateSchema,
  /** The contract is the JCP support contract (the one exclusion). */
  jcpSupportContract: z.boolean().default(false),
});
/** Input of {@link decideProviderComplaintProcessApplies}. */
export type ComplaintProcessAppliesInput = z.input<typeof complaintProcessAppliesInputSchema>;

const R_CP_APPLIES = reason('PRV-A2-B-01a', 'Contract let or renewed on or after 1 April 2011: the DWP provider complaint process applies (own procedures, escalation to ICE).', [CB01A, CP04]);
const R_CP_BEFORE = reason('PRV-A2-B-01a', 'Contract let or renewed before 1 April 2011: outside the DWP provider complaint process.', [CB01A, CP04]);
const R_CP_JCP = reason('PRV-A2-P-04', 'The JCP support contract is the one exclusion from the DWP provider complaint process.', [CP04]);
const R_CP_OWN = reason('PRV-127', 'Every provider must in any case have a complaints process for participants.', [C127]);

/**
 * Does the DWP provider complaint process (with escalation to ICE) apply to a contract (Annex 2
 * preamble para 4, Part B para 1)? Let or renewed on or after 1 April 2011, and not the JCP
 * support contract. A participant complaints process is required regardless (para 127).
 *
 * @example
 * decideProviderComplaintProcessApplies({ contractLetOrRenewed: '2011-04-01' }).value; // true
 * decideProviderComplaintProcessApplies({ contractLetOrRenewed: '2011-03-31' }).value; // false
 */
export function decideProviderComplaintProcessApplies(input: ComplaintProcessAppliesInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.jcpSupportContract === true) return decide(false, [R_CP_JCP, R_CP_OWN], policy.id);
  if ((input.contractLetOrRenewed as IsoDate) < policy.provider.complaintProcessContractsFrom.value) return decide(false, [R_CP_BEFORE, R_CP_OWN], policy.id);
  return decide(true, [R_CP_APPLIES, R_CP_OWN], policy.id);
}

export const complaintProcessAppliesRule = defineRule({
  name: 'decideProviderComplaintProcessApplies', domain: 'provider', title: 'Contracts covered by the DWP provider complaint process',
  ids: ['PRV-A2-P-04', 'PRV-A2-B-01a', 'PRV-127'], citations: [CP04, CB01A, C127], input: complaintProcessAppliesInputSchema, evaluate: decideProviderComplaintProcessApplies,
});

// ---------------------------------------------------------------------------------------------

/** Where a participant's complaint stands. */
export const PARTICIPANT_COMPLAINT_STAGES = Object.freeze(['received by the provider', 'provider final response given', 'ICE concluded'] as const);
/** A stage of a participant complaint. */
export type ParticipantComplaintStage = (typeof PARTICIPANT_COMPLAINT_STAGES)[number];

/** Input of {@link routeParticipantComplaint}. */
export const participantComplaintInputSchema = z.object({
  stage: z.enum(PARTICIPANT_COMPLAINT_STAGES),
  /** The complainant is satisfied with the response so far. */
  satisfied: z.boolean().default(false),
});
/** Input of {@link routeParticipantComplaint}. */
export type ParticipantComplaintInput = z.input<typeof participantComplaintInputSchema>;

/** Value of {@link routeParticipantComplaint}. */
export interface ParticipantComplaintRoute {
  readonly next: 'provider internal process' | 'Independent Case Examiner (ICE)' | 'Parliamentary and Health Service Ombudsman (PHSO)' | 'closed';
  /** Postal address for the next step, when the guidance gives one. */
  readonly address: readonly string[] | null;
}

const R_RT_INTERNAL = reason('PRV-128', 'The provider resolves grievances and complaints internally through its own process (it may ask Jobcentre Plus for advice).', [C128]);
const R_RT_ICE = reason('PRV-130', 'A complainant not treated fairly or not satisfied with the handling can approach the Independent Case Examiner.', [C130, CB01A, CB01B]);
const R_RT_PHSO = reason('PRV-A2-B-11', 'Still unhappy after ICE: ICE signposts the customer to the PHSO; the provider co-operates and actions all PHSO recommendations.', [CB11]);
const R_RT_CLOSED = reason('PRV-A2-B-01a', 'The complainant is satisfied: no escalation.', [CB01A]);

/**
 * The next step for a participant's complaint (paras 128, 130; Annex 2 Part B paras 1, 11): the
 * provider's own process first; if still unhappy with the final response, ICE (postal address
 * given); if still unhappy after ICE, the PHSO.
 *
 * @example
 * routeParticipantComplaint({ stage: 'provider final response given' }).value.next; // 'Independent Case Examiner (ICE)'
 */
export function routeParticipantComplaint(input: ParticipantComplaintInput, options?: RuleOptions): Decision<ParticipantComplaintRoute> {
  const policy = policyOf(options);
  if (input.stage === 'received by the provider') return decide({ next: 'provider internal process', address: null }, [R_RT_INTERNAL], policy.id);
  if (input.satisfied === true) return decide({ next: 'closed', address: null }, [R_RT_CLOSED], policy.id);
  if (input.stage === 'provider final response given') return decide({ next: 'Independent Case Examiner (ICE)', address: ICE_POSTAL_ADDRESS }, [R_RT_ICE], policy.id);
  return decide({ next: 'Parliamentary and Health Service Ombudsman (PHSO)', address: null }, [R_RT_PHSO], policy.id);
}

export const participantComplaintRule = defineRule({
  name: 'routeParticipantComplaint', domain: 'provider', title: 'Participant complaint escalation path',
  ids: ['PRV-128', 'PRV-130', 'PRV-A2-B-01a', 'PRV-A2-B-01b', 'PRV-A2-B-11'], citations: [C128, C130, CB01A, CB01B, CB11],
  input: participantComplaintInputSchema, evaluate: routeParticipantComplaint,
});

// ---------------------------------------------------------------------------------------------

/** Elected members para 129 names ("e.g."); `other elected member` of a national or international body. */
export const ELECTED_MEMBER_ROLES = Object.freeze([
  'Member of Parliament (MP)',
  'Member of the Scottish Parliament (MSP)',
  'Member of the National Assembly for Wales (AM)',
  'Member of the Northern Ireland Assembly (MLA)',
  'Member of the European Parliament (MEP)',
  'other elected member of a national or international body',
] as const);
/** An elected member role. */
export type ElectedMemberRole = (typeof ELECTED_MEMBER_ROLES)[number];

/** Input of {@link decideElectedMemberRepresentation}. */
export const electedMemberInputSchema = z.object({
  role: z.enum(ELECTED_MEMBER_ROLES),
  /** The provider has a doubt about responding to the elected member. */
  inDoubt: z.boolean().default(false),
  /** The elected member went to DWP with feedback involving both DWP and the provider. */
  cameToDwpAboutBoth: z.boolean().default(false),
});
/** Input of {@link decideElectedMemberRepresentation}. */
export type ElectedMemberInput = z.input<typeof electedMemberInputSchema>;

/** Value of {@link decideElectedMemberRepresentation}. */
export interface ElectedMemberValue {
  /** Accepted as having authority to act for the participant. */
  readonly authorityAccepted: true;
  /** The provider may first ask for confirmation that they act for the participant. */
  readonly mayAskForConfirmation: boolean;
  /** DWP co-ordinates a joint response; the provider supplies a contribution. */
  readonly jointResponseCoordinatedByDwp: boolean;
}

const R_EM = reason('PRV-129a', 'Elected members of national or international bodies are accepted as having authority to act for the participant.', [C129A]);
const R_EM_DOUBT = reason('PRV-129b', 'Where in doubt, the provider may ask for confirmation that they act on behalf of the participant.', [C129B]);
const R_EM_JOINT = reason('PRV-129c', 'Feedback to DWP involving DWP and the provider: DWP co-ordinates a joint response with a contribution from the provider.', [C129C]);

/**
 * How the provider treats an elected member writing for a participant (para 129): accepted as
 * acting for the participant; in doubt, the provider may ask for confirmation; feedback to DWP
 * involving both gets a joint response co-ordinated by DWP.
 *
 * @example
 * decideElectedMemberRepresentation({ role: 'Member of Parliament (MP)', inDoubt: true }).value.mayAskForConfirmation; // true
 */
export function decideElectedMemberRepresentation(input: ElectedMemberInput, options?: RuleOptions): Decision<ElectedMemberValue> {
  const reasons: Reason[] = [R_EM];
  if (input.inDoubt === true) reasons.push(R_EM_DOUBT);
  if (input.cameToDwpAboutBoth === true) reasons.push(R_EM_JOINT);
  return decide({ authorityAccepted: true, mayAskForConfirmation: input.inDoubt === true, jointResponseCoordinatedByDwp: input.cameToDwpAboutBoth === true }, reasons, policyOf(options).id);
}

export const electedMemberRule = defineRule({
  name: 'decideElectedMemberRepresentation', domain: 'provider', title: 'Elected members acting for a participant',
  ids: ['PRV-129a', 'PRV-129b', 'PRV-129c'], citations: [C129A, C129B, C129C], input: electedMemberInputSchema, evaluate: decideElectedMemberRepresentation,
});

// ---------------------------------------------------------------------------------------------
// ICE escalation.

/** The ICE escalation stages (Annex 2 Part B paras 2–5), in order. */
export const ICE_ESCALATION_STAGES = Object.freeze(['Stage 1: Resolution', 'Stage 2: Settlement', 'Stage 3: Investigation Report'] as const);
/** An ICE escalation stage. */
export type IceEscalationStage = (typeof ICE_ESCALATION_STAGES)[number];

/** Input of {@link iceEscalationOutcome}. */
export const iceEscalationInputSchema = z.object({
  /** The stage at which the ICE escalation ended. */
  endedAt: z.enum(ICE_ESCALATION_STAGES),
  /** Stage 3: the complaint (any element of it) was upheld against the provider. */
  upheldAgainstProvider: z.boolean().default(false),
  /**
   * Redress to the customer, in pence: at Stage 3 the consolatory payments and costs ICE deems due
   * (para 7); at Stage 1 or 2 the redress the provider agreed to in the resolution or settlement
   * (para 4: ICE considers "what redress might be appropriate"). Default 0.
   */
  redressPence: nonNegativePenceSchema.default(0),
  /** The day the ICE investigation concluded, if it has. */
  concludedOn: isoDateSchema.nullable().default(null),
});
/** Input of {@link iceEscalationOutcome}. */
export type IceEscalationInput = z.input<typeof iceEscalationInputSchema>;

/** Value of {@link iceEscalationOutcome}. */
export interface IceEscalationValue {
  readonly faultDetermined: boolean;
  /** Contribution to ICE costs recovered from the provider, in pence. */
  readonly contributionPence: number;
  /** Financial redress the provider pays, in pence. */
  readonly redressPence: number;
  readonly totalLiabilityPence: number;
  /** The provider must supply all evidence about the complaint (from Stage 2). */
  readonly providerMustSupplyAllEvidence: boolean;
  /** ICE destroys all copies of the provider's evidence on this day (when the investigation concluded). */
  readonly evidenceDestroyedOn: IsoDate | null;
}

const R_ICE_STAGES = reason('PRV-A2-B-02', 'ICE escalation has three stages; at each the provider can give its version of events and evidence.', [CB02]);
const R_ICE_1 = reason('PRV-A2-B-03', 'Resolved at Stage 1: no determination of fault and no contribution to ICE costs.', [CB03]);
const R_ICE_2 = reason('PRV-A2-B-04', 'Settled at Stage 2 (the provider MUST supply all evidence): no determination of fault and no contribution.', [CB04]);
const R_ICE_3 = reason('PRV-A2-B-05', 'Stage 3: ICE reports findings on each element of the complaint, identifying maladministration and redress.', [CB05]);
const R_ICE_UPHELD = reason('PRV-A2-B-06', 'Upheld against the provider at the investigation stage: £5,000 contribution to ICE costs is recovered.', [CB06]);
const R_ICE_NOT_UPHELD = reason('PRV-A2-B-06', 'Not upheld against the provider at investigation: no contribution is recovered.', [CB06]);
const R_ICE_REDRESS = reason('PRV-A2-B-07', 'The provider also pays any financial redress (consolatory payments and costs) ICE deems due.', [CB07]);
const R_ICE_AGREED_1 = reason('PRV-A2-B-03', 'The provider pays the redress agreed in the Stage 1 resolution; no fault is determined and no contribution applies.', [CB03]);
const R_ICE_AGREED_2 = reason('PRV-A2-B-04', 'The provider pays the redress agreed in the Stage 2 settlement (ICE considers what redress might be appropriate); no fault is determined and no contribution applies.', [CB04]);
const R_ICE_DESTROY = reason('PRV-A2-B-08', 'When the investigation concludes ICE destroys all copies of the provider’s evidence.', [CB08]);

/**
 * What an ICE escalation costs the provider (Annex 2 Part B paras 2–8): Stage 1 Resolution and
 * Stage 2 Settlement determine no fault and carry no contribution (the provider pays only any
 * redress it agreed to); at Stage 3 a complaint upheld against
 * the provider (any element — see docs/interpretations.md) costs a £5,000 contribution plus any
 * redress ICE deems due. ICE destroys the evidence when the investigation concludes.
 *
 * @example
 * iceEscalationOutcome({ endedAt: 'Stage 3: Investigation Report', upheldAgainstProvider: true, redressPence: 25_000 }).value.totalLiabilityPence; // 525000
 */
export function iceEscalationOutcome(input: IceEscalationInput, options?: RuleOptions): Decision<IceEscalationValue> {
  const policy = policyOf(options);
  const concluded = (input.concludedOn ?? null) as IsoDate | null;
  const redress = input.redressPence ?? 0;
  if (input.endedAt !== 'Stage 3: Investigation Report') {
    const stage1 = input.endedAt === 'Stage 1: Resolution';
    const reasons = [R_ICE_STAGES, stage1 ? R_ICE_1 : R_ICE_2];
    if (redress > 0) reasons.push(stage1 ? R_ICE_AGREED_1 : R_ICE_AGREED_2);
    if (concluded !== null) reasons.push(R_ICE_DESTROY);
    return decide(
      { faultDetermined: false, contributionPence: 0, redressPence: redress, totalLiabilityPence: redress, providerMustSupplyAllEvidence: !stage1, evidenceDestroyedOn: concluded },
      reasons,
      policy.id,
    );
  }
  const upheld = input.upheldAgainstProvider === true;
  const contribution = upheld ? policy.provider.iceUpheldContributionPence.value : 0;
  const reasons = [R_ICE_STAGES, R_ICE_3, upheld ? R_ICE_UPHELD : R_ICE_NOT_UPHELD];
  if (redress > 0) reasons.push(R_ICE_REDRESS);
  if (concluded !== null) reasons.push(R_ICE_DESTROY);
  return decide(
    { faultDetermined: true, contributionPence: contribution, redressPence: redress, totalLiabilityPence: contribution + redress, providerMustSupplyAllEvidence: true, evidenceDestroyedOn: concluded },
    reasons,
    policy.id,
  );
}

export const iceEscalationRule = defineRule({
  name: 'iceEscalationOutcome', domain: 'provider', title: 'ICE escalation: stages, contribution and redress',
  ids: ['PRV-A2-B-02', 'PRV-A2-B-03', 'PRV-A2-B-04', 'PRV-A2-B-05', 'PRV-A2-B-06', 'PRV-A2-B-07', 'PRV-A2-B-08'],
  citations: [CB02, CB03, CB04, CB05, CB06, CB07, CB08], input: iceEscalationInputSchema, evaluate: iceEscalationOutcome,
});

/** Input of {@link decideIceUpheld}. */
export const iceUpheldInputSchema = z.object({
  /** Agreed processes or published standards relevant to the case exist. */
  relevantStandardsExist: z.boolean(),
  /** The treatment (what happened, or most likely happened on the evidence) was below or not in accordance with them. */
  belowStandards: z.boolean().default(false),
  /** With no relevant standards: the treatment fails the reasonableness test. */
  failsReasonablenessTest: z.boolean().default(false),
});
/** Input of {@link decideIceUpheld}. */
export type IceUpheldInput = z.input<typeof iceUpheldInputSchema>;

const R_UP_STD = reason('PRV-A2-B-09', 'Treatment below or not in accordance with the agreed standards: upheld.', [CB09]);
const R_UP_STD_NO = reason('PRV-A2-B-09', 'Treatment in accordance with the agreed standards: not upheld.', [CB09]);
const R_UP_REASON = reason('PRV-A2-B-09', 'No relevant standards; the treatment fails the reasonableness test: upheld.', [CB09]);
const R_UP_REASON_NO = reason('PRV-A2-B-09', 'No relevant standards; the treatment passes the reasonableness test: not upheld.', [CB09]);

/**
 * Does ICE uphold a complaint (Annex 2 Part B para 9)? Against the agreed standards where they
 * exist, otherwise by the reasonableness test.
 *
 * @example
 * decideIceUpheld({ relevantStandardsExist: false, failsReasonablenessTest: true }).value; // true
 */
export function decideIceUpheld(input: IceUpheldInput, options?: RuleOptions): Decision<boolean> {
  const id = policyOf(options).id;
  if (input.relevantStandardsExist) return input.belowStandards === true ? decide(true, [R_UP_STD], id) : decide(false, [R_UP_STD_NO], id);
  return input.failsReasonablenessTest === true ? decide(true, [R_UP_REASON], id) : decide(false, [R_UP_REASON_NO], id);
}

export const iceUpheldRule = defineRule({
  name: 'decideIceUpheld', domain: 'provider', title: 'How ICE decides whether a complaint is upheld',
  ids: ['PRV-A2-B-09'], citations: [CB09], input: iceUpheldInputSchema, evaluate: decideIceUpheld,
});
