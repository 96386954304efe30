import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { nonNegativePenceSchema } from '../core/schemas.js';
import { prv } from './cite-prv.js';

const C036A = prv('PRV-036a');
const C036B = prv('PRV-036b');
const C036C = prv('PRV-036c');

/**
 * The Fast Track incident definition (para 36), verbatim; the source's curly quotes are dropped
 * and it has no final full stop.
 */
export const FAST_TRACK_DEFINITION =
  'A serious incident occurs, which compromises the health and safety of DWP staff or the staff of our Partners and/or our ability to safely use our premises. The serious nature or sensitivity of the incident warrants an immediate notification to senior management, prior to further investigation';

/** Where an incident happened (para 36: all of these may be Fast Track). */
export const INCIDENT_LOCATIONS = Object.freeze(['provider premises', 'partner premises', 'co-located premises', 'claimant home', 'other'] as const);
/** An incident location. */
export type IncidentLocation = (typeof INCIDENT_LOCATIONS)[number];

/** The Fast Track criteria (para 36), by key. */
export const FAST_TRACK_CRITERIA = Object.freeze([
  'actual assault on DWP or Partner employees in connection with their duties',
  'weapon or similar item used to harm, attempt to harm or intimidate',
  'significant disruption to normal business',
  'significant cost implication (estimated over £2,000)',
  'viable targeted or personalised threat, police advice sought',
  'suicide, attempted suicide or self-harm connected to DWP business',
  'otherwise meets the Fast Track definition',
] as const);
/** A Fast Track criterion. */
export type FastTrackCriterion = (typeof FAST_TRACK_CRITERIA)[number];

/** Input of {@link classifyFastTrackIncident}. */
export const fastTrackInputSchema = z.object({
  location: z.enum(INCIDENT_LOCATIONS).default('provider premises'),
  /** Intentional physical contact occurred. */
  actualAssault: z.boolean().default(false),
  /** … directed at DWP or Partner employees (including CCOs) in connection with their duties. */
  assaultOnStaffInConnectionWithDuties: z.boolean().default(false),
  /** A weapon, or item of similar threat, was used to harm, attempt to harm or intimidate. */
  weaponUsed: z.boolean().default(false),
  significantDisruption: z.boolean().default(false),
  /** Estimated cost to the business/DWP/Partners, in pence (e.g. damage to property). */
  estimatedCostPence: nonNegativePenceSchema.default(0),
  viableTargetedThreat: z.boolean().default(false),
  policeAdviceSought: z.boolean().default(false),
  /** Suicide, attempted suicide or self-harm understood to be directly connected to DWP business. */
  suicideOrSelfHarmConnectedToDwp: z.boolean().default(false),
  /** Not on the list but meets the definition (the list is not exhaustive). */
  otherwiseMeetsDefinition: z.boolean().default(false),
  /** The provider is unclear whether it is Fast Track. */
  unclear: z.boolean().default(false),
});
/** Input of {@link classifyFastTrackIncident}. */
export type FastTrackInput = z.input<typeof fastTrackInputSchema>;

/** Value of {@link classifyFastTrackIncident}. */
export interface FastTrackValue {
  readonly fastTrack: boolean;
  readonly criteriaMet: readonly FastTrackCriterion[];
  /** What the provider does. */
  readonly actions: readonly string[];
}

const R_ASSAULT = reason('PRV-036b', 'Actual assault on DWP or Partner employees (including CCOs) in connection with their duties.', [C036B]);
const R_WEAPON = reason('PRV-036b', 'A weapon or item of similar threat was used to harm, attempt to harm or intimidate.', [C036B]);
const R_DISRUPT = reason('PRV-036b', 'Significant disruption to normal business.', [C036B]);
const R_COST = reason('PRV-036b', 'Significant cost implication: estimated at over £2,000.', [C036B]);
const R_COST_NOT = reason('PRV-036b', 'An estimated cost of £2,000 or less is not the cost criterion ("over £2,000").', [C036B]);
const R_THREAT = reason('PRV-036b', 'A viable targeted or personalised threat, and police advice has been sought.', [C036B]);
const R_THREAT_NO_POLICE = reason('PRV-036b', 'A targeted threat meets the criterion only when police advice has been sought.', [C036B]);
const R_SUICIDE = reason('PRV-036b', 'Suicide, attempted suicide or self-harm understood to be directly connected to DWP business.', [C036B]);
const R_OTHER = reason('PRV-036a', 'The incident meets the Fast Track definition (the list is not exhaustive).', [C036A]);
const R_FT = reason('PRV-036a', 'Fast Track: telephone the Jobcentre Plus contact urgently, in addition to completing a report.', [C036A]);
const R_FT1 = reason('PRV-036c', 'Fast Track incidents (on provider, partner, co-located premises or in claimant homes) are reported on form FT1.', [C036C]);
const R_FT1_OTHER = reason('PRV-036c', 'Fast Track incidents are reported on form FT1. Para 36 names provider, partner and co-located premises and claimant homes as places a Fast Track incident may occur; the criteria do not depend on the place, so an incident elsewhere is judged the same way.', [C036C]);
const R_NOT_FT = reason('PRV-036b', 'No Fast Track criterion is met: report as an ordinary incident.', [C036B]);
const R_UNCLEAR = reason('PRV-036c', 'Unclear whether it is Fast Track: contact the local Jobcentre for advice.', [C036C]);

const FT_ACTIONS = Object.freeze(['complete the incident report', 'telephone the Jobcentre Plus contact urgently', 'report on form FT1']);
const NOT_FT_ACTIONS = Object.freeze(['complete the incident report']);
const UNCLEAR_ACTIONS = Object.freeze(['complete the incident report', 'contact the local Jobcentre for advice']);

/**
 * Is an incident a Fast Track incident (para 36)? Any criterion: actual assault on DWP or Partner
 * staff in connection with their duties; a weapon; significant disruption; estimated cost over
 * £2,000 (£2,000.00 is not, £2,000.01 is); a viable targeted threat with police advice sought;
 * suicide or self-harm connected to DWP business; or otherwise meeting the definition. Fast Track
 * → telephone the JCP contact urgently and report on FT1; unclear → ask the local Jobcentre. The
 * `location` does not change the verdict (para 36 names the premises where an incident "may also"
 * be Fast Track); the FT1 reason says so for a location outside that list.
 *
 * @example
 * classifyFastTrackIncident({ estimatedCostPence: 200_001 }).value.fastTrack; // true
 * classifyFastTrackIncident({ estimatedCostPence: 200_000 }).value.fastTrack; // false
 */
export function classifyFastTrackIncident(input: FastTrackInput, options?: RuleOptions): Decision<FastTrackValue> {
  const policy = policyOf(options);
  const met: FastTrackCriterion[] = [];
  const reasons: Reason[] = [];
  if (input.actualAssault === true && input.assaultOnStaffInConnectionWithDuties === true) {
    met.push('actual assault on DWP or Partner employees in connection with their duties');
    reasons.push(R_ASSAULT);
  }
  if (input.weaponUsed === true) {
    met.push('weapon or similar item used to harm, attempt to harm or intimidate');
    reasons.push(R_WEAPON);
  }
  if (input.significantDisruption === true) {
    met.push('significant disruption to normal business');
    reasons.push(R_DISRUPT);
  }
  const cost = input.estimatedCostPence ?? 0;
  if (cost > policy.provider.fastTrackCostThresholdPence.value) {
    met.push('significant cost implication (estimated over £2,000)');
    reasons.push(R_COST);
  } else if (cost > 0) reasons.push(R_COST_NOT);
  if (input.viableTargetedThreat === true) {
    if (input.policeAdviceSought === true) {
      met.push('viable targeted or personalised threat, police advice sought');
      reasons.push(R_THREAT);
    } else reasons.push(R_THREAT_NO_POLICE);
  }
  if (input.suicideOrSelfHarmConnectedToDwp === true) {
    met.push('suicide, attempted suicide or self-harm connected to DWP business');
    reasons.push(R_SUICIDE);
  }
  if (input.otherwiseMeetsDefinition === true) {
    met.push('otherwise meets the Fast Track definition');
    reasons.push(R_OTHER);
  }
  if (met.length > 0) {
    reasons.push(R_FT, input.location === 'other' ? R_FT1_OTHER : R_FT1);
    return decide({ fastTrack: true, criteriaMet: met, actions: FT_ACTIONS }, reasons, policy.id);
  }
  if (input.unclear === true) {
    reasons.push(R_UNCLEAR);
    return decide({ fastTrack: false, criteriaMet: met, actions: UNCLEAR_ACTIONS }, reasons, policy.id);
  }
  reasons.push(R_NOT_FT);
  return decide({ fastTrack: false, criteriaMet: met, actions: NOT_FT_ACTIONS }, reasons, policy.id);
}

export const fastTrackRule = defineRule({
  name: 'classifyFastTrackIncident', domain: 'provider', title: 'Fast Track incident classification',
  ids: ['PRV-036a', 'PRV-036b', 'PRV-036c'], citations: [C036A, C036B, C036C], input: fastTrackInputSchema, evaluate: classifyFastTrackIncident,
});
