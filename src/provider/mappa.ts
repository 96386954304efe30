import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { prv } from './cite-prv.js';

const C078 = prv('PRV-078');
const C079 = prv('PRV-079');
const C080 = prv('PRV-080');
const C082 = prv('PRV-082');
const C083 = prv('PRV-083');
const C084 = prv('PRV-084');
const C085 = prv('PRV-085');
const C086 = prv('PRV-086');
const C087 = prv('PRV-087');
const C093 = prv('PRV-093');
const C095 = prv('PRV-095');
const C098 = prv('PRV-098');
const C100 = prv('PRV-100');
const C101 = prv('PRV-101');
const C102 = prv('PRV-102');
const C103 = prv('PRV-103');
const C104 = prv('PRV-104');

/** The MAPPA jurisdictions of paras 79–80 (Northern Ireland is not covered). */
export const MAPPA_NATIONS = Object.freeze(['England', 'Wales', 'Scotland'] as const);
/** A MAPPA jurisdiction. */
export type MappaNation = (typeof MAPPA_NATIONS)[number];

/** The Responsible Authority members, as printed (paras 79–80). */
export const MAPPA_RESPONSIBLE_AUTHORITY = Object.freeze({
  'England and Wales': Object.freeze({ id: 'PRV-079', cites: C079, members: Object.freeze(['Police', 'Prison Service', 'Probation Service'] as const) }),
  Scotland: Object.freeze({
    id: 'PRV-080',
    cites: C080,
    members: Object.freeze([
      'Local Authority (social work services in practice)',
      "Chief Constable for the local authority's area",
      'Health Boards and Special Health Boards (certain restricted patients only)',
      'Scottish Ministers (the Scottish Prison Service in practice)',
    ] as const),
  }),
});

/** Input of {@link mappaResponsibleAuthority}. */
export const mappaResponsibleAuthorityInputSchema = z.object({ nation: z.enum(MAPPA_NATIONS) });
/** Input of {@link mappaResponsibleAuthority}. */
export type MappaResponsibleAuthorityInput = z.input<typeof mappaResponsibleAuthorityInputSchema>;

const R_MAPPA_WHAT = reason('PRV-078', 'MAPPA are the statutory arrangements for managing sexual and violent offenders (not a statutory body).', [C078]);
const R_RA_EW = reason('PRV-079', 'In England and Wales the Responsible Authority is the Police, Prison Service and Probation Service.', [C079]);
const R_RA_S = reason('PRV-080', 'In Scotland the Responsible Authority is the Local Authority, the Chief Constable, Health Boards and Scottish Ministers.', [C080]);

/**
 * The members of the MAPPA Responsible Authority for a nation (paras 78–80).
 *
 * @example
 * mappaResponsibleAuthority({ nation: 'Wales' }).value; // ['Police', 'Prison Service', 'Probation Service']
 */
export function mappaResponsibleAuthority(input: MappaResponsibleAuthorityInput, options?: RuleOptions): Decision<readonly string[]> {
  const policy = policyOf(options);
  if (input.nation === 'Scotland') return decide(MAPPA_RESPONSIBLE_AUTHORITY.Scotland.members, [R_MAPPA_WHAT, R_RA_S], policy.id);
  return decide(MAPPA_RESPONSIBLE_AUTHORITY['England and Wales'].members, [R_MAPPA_WHAT, R_RA_EW], policy.id);
}

export const mappaResponsibleAuthorityRule = defineRule({
  name: 'mappaResponsibleAuthority', domain: 'provider', title: 'MAPPA Responsible Authority members',
  ids: ['PRV-078', 'PRV-079', 'PRV-080'], citations: [C078, C079, C080], input: mappaResponsibleAuthorityInputSchema, evaluate: mappaResponsibleAuthority,
});

/** Restriction types para 83 lists ("could include"; `other` for the rest). */
export const MAPPA_RESTRICTION_TYPES = Object.freeze([
  'Exclusion zones and non contact license conditions',
  'Sexual Offences Prevention Orders (SOPOs)',
  'Restrictions of Liberty Order (ROLO)',
  'Disqualification Orders',
  'Vetting and Barring scheme',
  'other',
] as const);
/** A MAPPA restriction type (para 83). */
export type MappaRestrictionType = (typeof MAPPA_RESTRICTION_TYPES)[number];

// ---------------------------------------------------------------------------------------------
// The MAPPA notification flow (who tells whom, on what).

/** Events of the MAPPA flow (paras 82, 85–87, 93, 98). */
export const MAPPA_EVENTS = Object.freeze([
  'risk assessment completed',
  'serious risk of harm to staff',
  'MAPPA J received by Jobcentre Plus',
  'restrictions to pass to the provider',
  'change of circumstances or restrictions',
  'SCR status granted',
] as const);
/** An event of the MAPPA flow. */
export type MappaEvent = (typeof MAPPA_EVENTS)[number];

/** One step of the MAPPA flow. */
export interface MappaFlowStep {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly what: string;
  /** Channel, if the guidance names one. */
  readonly channel: string | null;
  readonly cites: Citation;
}

/** The MAPPA notification flow, one entry per event (paras 82, 85–87, 93, 98). */
export const MAPPA_FLOW: Readonly<Record<MappaEvent, MappaFlowStep>> = Object.freeze({
  'risk assessment completed': Object.freeze({ id: 'PRV-082', from: 'Responsible Authority', to: 'Jobcentre Plus nominated officer', what: 'the restrictions', channel: 'form MAPPA J / referral form', cites: C082 }),
  'serious risk of harm to staff': Object.freeze({ id: 'PRV-085', from: 'Jobcentre Plus', to: "provider's nominated officer", what: 'the additional information about the claimant', channel: null, cites: C085 }),
  'MAPPA J received by Jobcentre Plus': Object.freeze({ id: 'PRV-086', from: 'Jobcentre Plus nominated officer', to: "provider's nominated officer", what: "the participant's contact details where applicable; risks, restrictions, obligations and how to treat the information", channel: null, cites: C086 }),
  'restrictions to pass to the provider': Object.freeze({ id: 'PRV-087', from: 'Jobcentre Plus', to: 'provider', what: 'the restrictions the provider needs to know (MAPPA J / referral forms may be shared)', channel: 'secure post (for MAPPA J / referral forms)', cites: C087 }),
  'change of circumstances or restrictions': Object.freeze({ id: 'PRV-093', from: 'Jobcentre Plus', to: 'provider', what: 'the change, superseding the earlier restrictions', channel: 'updated MAPPA J', cites: C093 }),
  'SCR status granted': Object.freeze({ id: 'PRV-098', from: 'Jobcentre Plus', to: "provider's nominated officer", what: 'that the MAPPA participant now has Special Customer Record status', channel: null, cites: C098 }),
});

/** Input of {@link mappaNotificationStep}. */
export const mappaNotificationInputSchema = z.object({ event: z.enum(MAPPA_EVENTS) });
/** Input of {@link mappaNotificationStep}. */
export type MappaNotificationInput = z.input<typeof mappaNotificationInputSchema>;

const FLOW_REASONS: Readonly<Record<MappaEvent, Reason>> = Object.freeze(
  Object.fromEntries(
    (Object.entries(MAPPA_FLOW) as [MappaEvent, MappaFlowStep][]).map(([e, s]) => [e, reason(s.id, `${s.from} → ${s.to}: ${s.what}${s.channel ? ` (${s.channel})` : ''}.`, [s.cites])]),
  ) as Record<MappaEvent, Reason>,
);
const R_OFFENCE = reason('PRV-084', 'The offence or reason for MAPPA status is never disclosed; the restrictions given must be strictly adhered to.', [C084]);

/**
 * Who tells whom what, and how, at each event of the MAPPA flow (paras 82, 84–87, 93, 98).
 *
 * @example
 * mappaNotificationStep({ event: 'risk assessment completed' }).value.channel; // 'form MAPPA J / referral form'
 */
export function mappaNotificationStep(input: MappaNotificationInput, options?: RuleOptions): Decision<MappaFlowStep> {
  const policy = policyOf(options);
  return decide(MAPPA_FLOW[input.event], [FLOW_REASONS[input.event], R_OFFENCE], policy.id);
}

export const mappaNotificationRule = defineRule({
  name: 'mappaNotificationStep', domain: 'provider', title: 'MAPPA notification flow',
  ids: ['PRV-082', 'PRV-084', 'PRV-085', 'PRV-086', 'PRV-087', 'PRV-093', 'PRV-098'],
  citations: [C082, C084, C085, C086, C087, C093, C098], input: mappaNotificationInputSchema, evaluate: mappaNotificationStep,
});

// ---------------------------------------------------------------------------------------------

/** Input of {@link decideMappaStartWork}. */
export const mappaStartWorkInputSchema = z.object({
  /** The Responsible Authority has given permission to start work. */
  raPermissionGiven: z.boolean(),
  /** The job complies with every restriction notified (latest MAPPA J). */
  withinRestrictions: z.boolean(),
});
/** Input of {@link decideMappaStartWork}. */
export type MappaStartWorkInput = z.input<typeof mappaStartWorkInputSchema>;

const R_START_NO = reason('PRV-095', 'A MAPPA participant cannot start work until the Responsible Authority gives permission.', [C095]);
const R_START_RESTRICT = reason('PRV-084', 'The job breaches a notified restriction, which must be strictly adhered to.', [C084, C083]);
const R_START_OK = reason('PRV-095', 'The Responsible Authority has given permission and the job is within the restrictions.', [C095, C084]);

/**
 * May a MAPPA participant start work (paras 83–84, 95)? Only with the Responsible Authority's
 * permission and within every notified restriction.
 *
 * @example
 * decideMappaStartWork({ raPermissionGiven: false, withinRestrictions: true }).value; // false
 */
export function decideMappaStartWork(input: MappaStartWorkInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const failed: Reason[] = [];
  if (!input.raPermissionGiven) failed.push(R_START_NO);
  if (!input.withinRestrictions) failed.push(R_START_RESTRICT);
  return failed.length > 0 ? decide(false, failed, policy.id) : decide(true, [R_START_OK], policy.id);
}

export const mappaStartWorkRule = defineRule({
  name: 'decideMappaStartWork', domain: 'provider', title: 'MAPPA participant starting work',
  ids: ['PRV-095', 'PRV-084', 'PRV-083'], citations: [C095, C084, C083], input: mappaStartWorkInputSchema, evaluate: decideMappaStartWork,
});

// ---------------------------------------------------------------------------------------------

/** Input of {@link decideMappaInformationSharing}. */
export const mappaSharingInputSchema = z.object({
  /** Sharing is necessary. */
  necessary: z.boolean(),
  /** The content is proportionate and relevant. */
  proportionateAndRelevant: z.boolean(),
  /** The sender and recipient are both nominated officers. */
  betweenNominatedOfficers: z.boolean(),
  /** Wider sharing is imperative (to avoid inappropriate work experience or interviews, or for staff health and safety). */
  imperative: z.boolean().default(false),
});
/** Input of {@link decideMappaInformationSharing}. */
export type MappaSharingInput = z.input<typeof mappaSharingInputSchema>;

const R_SH_SENSITIVE = reason('PRV-100', 'Sensitive personal information (e.g. offences, sentences) must be afforded extra protection.', [C100, C101]);
const R_SH_NOT_NEEDED = reason('PRV-102', 'MAPPA information is shared only when necessary and proportionate.', [C102]);
const R_SH_PROPORTION = reason('PRV-103', 'Shared MAPPA information must be proportionate and relevant.', [C103, C104]);
const R_SH_NO = reason('PRV-103', 'Shared MAPPA information goes between nominated officers only.', [C103]);
const R_SH_NO_OK = reason('PRV-103', 'Proportionate, relevant information shared between nominated officers.', [C103]);
const R_SH_WIDER = reason('PRV-104', 'Sharing further is imperative (inappropriate placements or interviews, staff safety), proportionate and relevant.', [C104]);

/**
 * May MAPPA information be shared (paras 100–104)? Only when necessary, proportionate and
 * relevant; between nominated officers, or further when that is imperative.
 *
 * @example
 * decideMappaInformationSharing({ necessary: true, proportionateAndRelevant: true, betweenNominatedOfficers: true }).value; // true
 */
export function decideMappaInformationSharing(input: MappaSharingInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (!input.necessary) return decide(false, [R_SH_SENSITIVE, R_SH_NOT_NEEDED], policy.id);
  if (!input.proportionateAndRelevant) return decide(false, [R_SH_SENSITIVE, R_SH_PROPORTION], policy.id);
  if (input.betweenNominatedOfficers) return decide(true, [R_SH_SENSITIVE, R_SH_NO_OK], policy.id);
  if (input.imperative === true) return decide(true, [R_SH_SENSITIVE, R_SH_WIDER], policy.id);
  return decide(false, [R_SH_SENSITIVE, R_SH_NO], policy.id);
}

export const mappaSharingRule = defineRule({
  name: 'decideMappaInformationSharing', domain: 'provider', title: 'Sharing MAPPA information',
  ids: ['PRV-100', 'PRV-101', 'PRV-102', 'PRV-103', 'PRV-104'], citations: [C100, C101, C102, C103, C104],
  input: mappaSharingInputSchema, evaluate: decideMappaInformationSharing,
});
