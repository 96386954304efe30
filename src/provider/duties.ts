import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { prv } from './cite-prv.js';

/** Topics of the provider duty checklists. */
export const PROVIDER_DUTY_TOPICS = Object.freeze([
  'business continuity',
  'quality',
  'induction',
  'health and safety',
  'equality',
  'safeguarding',
  'administration',
  'premises',
  'sub-contractors',
  'identity checks',
  'changes of circumstances',
  'complaints',
] as const);
/** A topic of the provider duties. */
export type ProviderDutyTopic = (typeof PROVIDER_DUTY_TOPICS)[number];

/** The text's own modal: must, should, recommended (Annex 2 Part A suggestions), fact. */
export type DutyStrength = 'must' | 'should' | 'recommended' | 'fact';

/** One entry of the provider duty table. */
export interface ProviderDuty {
  readonly id: string;
  readonly topic: ProviderDutyTopic;
  readonly strength: DutyStrength;
  readonly duty: string;
  /** The items the duty requires (checklist lines), as printed where short. */
  readonly items: readonly string[];
  /** Applies only to England provision funded by ESF. */
  readonly englandEsfOnly?: true;
  readonly cites: Citation;
}

function duty(id: string, topic: ProviderDutyTopic, strength: DutyStrength, text: string, items: readonly string[] = [], englandEsfOnly = false): ProviderDuty {
  const d: ProviderDuty = englandEsfOnly
    ? { id, topic, strength, duty: text, items: Object.freeze([...items]), englandEsfOnly: true, cites: prv(id) }
    : { id, topic, strength, duty: text, items: Object.freeze([...items]), cites: prv(id) };
  return Object.freeze(d);
}

/**
 * The provider's checklist duties, one entry per catalogue id, in the guidance's order.
 * Read with {@link providerDuties} and {@link checkProviderDuties}.
 */
export const PROVIDER_DUTIES: readonly ProviderDuty[] = Object.freeze([
  duty('PRV-002a', 'business continuity', 'must', 'Every key business process has a Business Continuity Strategy; plans and facilities are in place and maintained so DWP systems and services can recover after a serious incident.'),
  duty('PRV-002b', 'business continuity', 'must', 'A copy of the continuity plan is passed to the relevant DWP Account Manager.'),
  duty('PRV-004', 'quality', 'fact', 'The key elements of the DWP approach to quality improvement.', ['Generic Guidance Chapter 7 – Continuous Self-Assessment', 'Generic Guidance Chapter 7 – Planning for Improvement']),
  duty('PRV-005', 'induction', 'should', 'Participants are treated within the contract legislation and are clear at induction about:', ['the aims of the provision', 'the specific aims of the programme of activity developed for them', 'the benefits of their participation']),
  duty('PRV-009', 'induction', 'should', 'Individual arrangements (e.g. communicator support for hearing impairment) are discussed with the participant one to one.'),
  duty('PRV-010', 'induction', 'must', 'Participants are reminded of EU and ESF support throughout their time on provision, and evidence of this is held (leaflet DWPF06 may be used).', [], true),
  duty('PRV-023a', 'induction', 'must', 'What constitutes appropriate behaviour is explained at induction.'),
  duty('PRV-050a', 'induction', 'must', 'Clear instructions about what participation means are given at induction:', ['start and finish times of provision', 'timing of breaks', 'what is expected in terms of behaviour']),
  duty('PRV-126', 'induction', 'should', 'On commencing provision, participants are told what evidence they need to claim travel refunds (e.g. bus tickets).'),
  duty('PRV-021b', 'health and safety', 'must', 'Duty of Care under the Health and Safety at Work Act 1974, as for any other workforce member:', [
    'participants receive health and safety induction, training and supervision appropriate to the provision',
    'systems check this within the organisation and at any sub-contractors',
    'risk assessments are completed',
    'participants are instructed, informed and trained on the control measures identified',
  ]),
  duty('PRV-037a', 'health and safety', 'should', 'Accident procedures (provider and sub-contractors) ensure that:', [
    'immediate action is taken to ensure participants’ safety and prevent reoccurrence',
    'all accidents, including minor incidents, are recorded in the accident book',
    'all accidents covered by RIDDOR 2013 are reported to the appropriate enforcing authority',
    'an investigation assesses whether the workplace or procedures should change',
    'Risk Assessment Control Measures are reviewed and, if necessary, revised',
  ]),
  duty('PRV-037b', 'health and safety', 'should', 'An accident investigation considers whether:', [
    'the participant had appropriate health and safety awareness and instruction and understood it',
    'the participant’s activities were required as part of the provision',
    'supervision was adequate',
    'appropriate clothing and equipment was being used',
    'the work environment was organised safely',
  ]),
  duty('PRV-040', 'equality', 'must', 'Comply with the Equality Act 2010 and the Welsh Language Act 1993.', ['Equality Act 2010', 'Welsh Language Act 1993']),
  duty('PRV-059', 'safeguarding', 'must', 'Comply with the safeguarding legislation:', [
    'Safeguarding Vulnerable Groups Act 2006',
    'Safeguarding Vulnerable Groups (Northern Ireland) Order 2007',
    'Protecting Vulnerable Groups (Scotland) Act 2007',
  ]),
  duty('PRV-060', 'safeguarding', 'must', 'Comply with the MAPPA legislation.', ['MAPPA England and Wales', 'MAPPA Scotland']),
  duty('PRV-113', 'administration', 'must', 'Systems ensure all administrative work (including sub-contractors’) is completed to a high standard within DWP time limits, including:', [
    'all staff with PRaP access have read, understood and follow the PRaP guidance',
    'actions on DWP systems are completed accurately within the provision’s timescales',
    'regular management and performance information goes to DWP where appropriate',
    'participants are tracked and Jobcentre Plus is told of their movement into, through and out of provision and into employment or other activities',
    'the nominated Jobcentre Plus contact is told of participants’ progress, including difficulties',
    'audit requirements are met, including ESF audits',
    'financial administration is prompt and accurate, with records',
    'DWP monitoring staff, auditors and evaluators have access at DWP’s request',
    'relevant accidents (including on placement at a sub-contractor) are promptly reported to the Jobcentre Plus office, with health and safety monitoring of any changes',
    'documents on a MAPPA participant’s restrictions are filed securely, access controlled by the nominated officer',
  ]),
  duty('PRV-115', 'premises', 'must', 'Premises provide:', ['areas where participants can work without distraction', 'private areas for one-to-one discussion of sensitive issues']),
  duty('PRV-116', 'sub-contractors', 'must', 'Each sub-contractor:', [
    'works to the same DWP standards',
    'understands the provision’s objectives and its part in them',
    'is under effective contract management and close support',
    'has appropriate administrative systems, including for ESF',
    'has suitable arrangements for checking health and safety',
    'has had the Programme Specific Provider Guidance brought to its attention',
    'gives DWP right of access, in line with the contract',
  ]),
  duty('PRV-117', 'identity checks', 'must', 'Verify with whom you are communicating (e.g. by asking for a combination of personal information).'),
  duty('PRV-135', 'changes of circumstances', 'fact', 'It is the participant’s responsibility to report any change in personal circumstances to Jobcentre Plus.'),
  duty('PRV-A2-A-03', 'complaints', 'recommended', 'Staff guidance on complaints covers the resolution process and when the complainant is told how to escalate to ICE.'),
  duty('PRV-A2-A-04', 'complaints', 'recommended', 'Staff guidance highlights the potential costs of failing to resolve complaints:', [
    'loss of confidence on the part of the service user',
    'inconvenience/costs to the service user of having to escalate their complaint',
    'staff time',
    'reputational damage',
    'financial cost (special payment in recognition of service failure and/or ICE fee)',
  ]),
  duty('PRV-A2-A-05', 'complaints', 'should', 'No barriers to complaining: service users or their representatives complain in the manner that best suits their communication needs.'),
  duty('PRV-A2-A-06', 'complaints', 'should', 'Complaint information is widely available, easily understood and includes:', [
    'details of the complaint process',
    'timescales for responding',
    'how to escalate if not satisfied with the final response',
  ]),
  duty('PRV-A2-A-08a', 'complaints', 'should', 'Staff are told what to record so complaint data can be collected and analysed:', ['volumes/categories of complaint', 'agreed resolution actions', 'escalation rates']),
  duty('PRV-A2-A-10', 'complaints', 'recommended', 'On receipt of a complaint:', [
    'speak to the complainant and establish the root cause',
    'ask what would resolve it (an apology, an explanation, information or corrective action)',
    'agree resolution actions, next steps and timescales where possible',
    'explain why, if the outcome desired cannot be achieved',
    'keep a written record of all discussions with the complainant',
  ]),
  duty('PRV-A2-A-12', 'complaints', 'recommended', 'Show openness to feedback:', [
    'routinely inviting comment on the standard of service you provide',
    'reporting feedback trends and analysis',
    'telling service users how you respond to both positive and negative feedback',
  ]),
]);

/** Input of {@link providerDuties} and {@link checkProviderDuties}. */
export const providerDutiesInputSchema = z.object({
  topic: z.enum(PROVIDER_DUTY_TOPICS),
  /** The provision is in England and uses ESF funding (PRV-010). */
  englandEsfFunded: z.boolean().default(false),
});
/** Input of {@link providerDuties}. */
export type ProviderDutiesInput = z.input<typeof providerDutiesInputSchema>;

const DUTY_REASONS: ReadonlyMap<string, Reason> = new Map(PROVIDER_DUTIES.map((d) => [d.id, reason(d.id, d.duty, [d.cites])]));

function applicable(input: ProviderDutiesInput): ProviderDuty[] {
  return PROVIDER_DUTIES.filter((d) => d.topic === input.topic && (d.englandEsfOnly !== true || input.englandEsfFunded === true));
}

/**
 * The provider's duties on a topic (the checklist table {@link PROVIDER_DUTIES}); the ESF
 * reminder (para 10) only for England ESF-funded provision.
 *
 * @example
 * providerDuties({ topic: 'induction' }).value.map((d) => d.id); // ['PRV-005', 'PRV-009', 'PRV-023a', 'PRV-050a', 'PRV-126']
 */
export function providerDuties(input: ProviderDutiesInput, options?: RuleOptions): Decision<readonly ProviderDuty[]> {
  const list = applicable(input);
  return decide(list, list.map((d) => DUTY_REASONS.get(d.id)!), policyOf(options).id);
}

export const providerDutiesRule = defineRule({
  name: 'providerDuties', domain: 'provider', title: 'Provider duty checklists by topic',
  ids: PROVIDER_DUTIES.map((d) => d.id), citations: PROVIDER_DUTIES.map((d) => d.cites), input: providerDutiesInputSchema, evaluate: providerDuties,
});

/** Input of {@link checkProviderDuties}. */
export const checkProviderDutiesInputSchema = providerDutiesInputSchema.extend({
  /** Ids of the duties the provider meets. */
  met: z.array(z.string()).readonly(),
});
/** Input of {@link checkProviderDuties}. */
export type CheckProviderDutiesInput = z.input<typeof checkProviderDutiesInputSchema>;

/** Value of {@link checkProviderDuties}. */
export interface ProviderDutiesCheck {
  /** Every must/should duty of the topic is met. */
  readonly compliant: boolean;
  /** Ids of unmet must/should duties. */
  readonly missing: readonly string[];
  /** Ids of recommended practices not followed (not a breach). */
  readonly recommendedNotFollowed: readonly string[];
}

/**
 * Checks a provider against the duties of a topic: compliant when every `must` and `should` duty
 * is met; recommended practices not followed are listed but are no breach. The reasons are the
 * unmet duties (or all duties when compliant).
 *
 * @example
 * checkProviderDuties({ topic: 'business continuity', met: ['PRV-002a'] }).value.missing; // ['PRV-002b']
 */
export function checkProviderDuties(input: CheckProviderDutiesInput, options?: RuleOptions): Decision<ProviderDutiesCheck> {
  const list = applicable(input);
  const missing: string[] = [];
  const recommended: string[] = [];
  for (const d of list) {
    if (d.strength === 'fact' || input.met.includes(d.id)) continue;
    (d.strength === 'recommended' ? recommended : missing).push(d.id);
  }
  const shown = missing.length > 0 ? missing : list.map((d) => d.id);
  return decide({ compliant: missing.length === 0, missing, recommendedNotFollowed: recommended }, shown.map((id) => DUTY_REASONS.get(id)!), policyOf(options).id);
}

export const checkProviderDutiesRule = defineRule({
  name: 'checkProviderDuties', domain: 'provider', title: 'Provider duty compliance check',
  ids: PROVIDER_DUTIES.map((d) => d.id), citations: PROVIDER_DUTIES.map((d) => d.cites), input: checkProviderDutiesInputSchema, evaluate: checkProviderDuties,
});
