import { z } from 'zod';

/** A sanity bound on the witness count (one IF3 form is listed per witness; no real incident has more). */
const MAX_WITNESSES = 1000;
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { prv } from './cite-prv.js';

const C023B = prv('PRV-023b');
const C024 = prv('PRV-024');
const C025 = prv('PRV-025');
const C026A = prv('PRV-026a');
const C026B = prv('PRV-026b');
const C027 = prv('PRV-027');
const C028A = prv('PRV-028a');
const C028B = prv('PRV-028b');
const C029 = prv('PRV-029');
const C030 = prv('PRV-030');
const C031A = prv('PRV-031a');
const C031B = prv('PRV-031b');
const C032 = prv('PRV-032');
const C033A = prv('PRV-033a');
const C033B = prv('PRV-033b');
const C034 = prv('PRV-034');
const C036M = prv('PRV-036m');

/** Examples of unacceptable behaviour (para 26, "not exhaustive"), as printed; `other` for the rest. */
export const UNACCEPTABLE_BEHAVIOUR_EXAMPLES = Object.freeze([
  'violence',
  'verbal abuse',
  'verbal abuse of a sexual or racist nature',
  'threats, which are implied or otherwise',
  'intimidation',
  'sexual innuendo',
  'harassment',
  'unwelcome attention',
  'attempted or actual assaults',
  'inappropriate use of the internet or provider’s IT system',
  'other',
] as const);
/** An example of unacceptable behaviour. */
export type UnacceptableBehaviourExample = (typeof UNACCEPTABLE_BEHAVIOUR_EXAMPLES)[number];

// ---------------------------------------------------------------------------------------------
// Routing of unacceptable behaviour.

/** How the provider handles a piece of behaviour (paras 23–27). */
export const BEHAVIOUR_ROUTES = Object.freeze(['handle internally in the first instance', 'notify Jobcentre Plus'] as const);
/** A behaviour route. */
export type BehaviourRoute = (typeof BEHAVIOUR_ROUTES)[number];

/** Severity of behaviour (paras 23–24): `minor` e.g. an initial refusal to co-operate; `serious` e.g. damage to property. */
export const BEHAVIOUR_SEVERITIES = Object.freeze(['minor', 'serious'] as const);
/** A behaviour severity. */
export type BehaviourSeverity = (typeof BEHAVIOUR_SEVERITIES)[number];

/** Input of {@link routeUnacceptableBehaviour}. */
export const behaviourRouteInputSchema = z.object({
  /** `minor`: e.g. an initial refusal to co-operate; `serious`: e.g. damage to property. */
  severity: z.enum(BEHAVIOUR_SEVERITIES),
  /** There is a pattern of unacceptable behaviour (e.g. continued refusal to co-operate). */
  pattern: z.boolean().default(false),
  /** Examples (para 26) the behaviour shows, if any. */
  examples: z.array(z.enum(UNACCEPTABLE_BEHAVIOUR_EXAMPLES)).readonly().default([]),
  /** Witnesses to the incident (one IF3 each). */
  witnesses: z.number().int().nonnegative().max(MAX_WITNESSES).default(0),
});
/** Input of {@link routeUnacceptableBehaviour}. */
export type BehaviourRouteInput = z.input<typeof behaviourRouteInputSchema>;

/** Value of {@link routeUnacceptableBehaviour}. */
export interface BehaviourRouteValue {
  readonly route: BehaviourRoute;
  /** Forms to send to the named Jobcentre contact (empty when handled internally). */
  readonly forms: readonly string[];
  /** How the forms go. */
  readonly channel: 'immediately, preferably by secure email' | null;
}

const R_INTERNAL = reason('PRV-023b', 'Minor behaviour (e.g. an initial refusal to co-operate) is dealt with immediately and handled internally in the first instance.', [C023B]);
const R_SERIOUS = reason('PRV-024', 'A more serious incident or a pattern of unacceptable behaviour: notify the Jobcentre Plus adviser or nominated contact.', [C024]);
const R_EXAMPLE = reason('PRV-026b', 'The behaviour is among the examples of unacceptable behaviour.', [C026B]);
const R_ALL = reason('PRV-026a', 'All incidents of unacceptable behaviour involving participants are notified to Jobcentre Plus.', [C026A]);
const R_FORMS = reason('PRV-027', 'Clerical Incident Report (with the managers section), one IF3 per witness, sent to the named contact immediately, preferably by secure email.', [C027]);

const FORMS_CACHE: string[][] = [];
function incidentForms(witnesses: number): readonly string[] {
  if (witnesses < 16 && FORMS_CACHE[witnesses]) return FORMS_CACHE[witnesses]!;
  const forms = ['Clerical Incident Report form (managers section completed by a manager)'];
  for (let i = 1; i <= witnesses; i++) forms.push(`form IF3 (witness ${i})`);
  if (witnesses < 16) FORMS_CACHE[witnesses] = Object.freeze(forms) as string[];
  return forms;
}

/**
 * How the provider handles unacceptable behaviour (paras 23–27): minor behaviour with no pattern
 * and none of the para 26 examples is handled internally first; a more serious incident, a
 * pattern, or any para 26 example is an incident notified to Jobcentre Plus on the Clerical
 * Incident Report with one IF3 per witness.
 *
 * @example
 * routeUnacceptableBehaviour({ severity: 'serious', witnesses: 2 }).value.forms.length; // 3
 */
export function routeUnacceptableBehaviour(input: BehaviourRouteInput, options?: RuleOptions): Decision<BehaviourRouteValue> {
  const policy = policyOf(options);
  const examples = input.examples ?? [];
  if (input.severity === 'minor' && input.pattern !== true && examples.length === 0) {
    return decide({ route: 'handle internally in the first instance', forms: [], channel: null }, [R_INTERNAL], policy.id);
  }
  const reasons: Reason[] = [];
  if (input.severity === 'serious' || input.pattern === true) reasons.push(R_SERIOUS);
  if (examples.length > 0) reasons.push(R_EXAMPLE);
  reasons.push(R_ALL, R_FORMS);
  return decide({ route: 'notify Jobcentre Plus', forms: incidentForms(input.witnesses ?? 0), channel: 'immediately, preferably by secure email' }, reasons, policy.id);
}

export const behaviourRouteRule = defineRule({
  name: 'routeUnacceptableBehaviour', domain: 'provider', title: 'Unacceptable behaviour: handle internally or notify Jobcentre Plus',
  ids: ['PRV-023b', 'PRV-024', 'PRV-026a', 'PRV-026b', 'PRV-027'], citations: [C023B, C024, C026A, C026B, C027],
  input: behaviourRouteInputSchema, evaluate: routeUnacceptableBehaviour,
});

// ---------------------------------------------------------------------------------------------
// Control measures.

/** Behaviours that result in control measures (para 33, examples). */
export const CONTROL_MEASURE_BEHAVIOURS = Object.freeze([
  'actual physical assault on staff or another participant',
  "actual physical assault on a member of staff's family",
  'attempted physical assault on staff or another participant',
  'stalking staff or another participant',
  'severe mental illness',
  'threat of violence',
  'threatening or aggressive behaviour',
] as const);
/** A control-measure trigger behaviour. */
export type ControlMeasureBehaviour = (typeof CONTROL_MEASURE_BEHAVIOURS)[number];

/** Suggested controls (para 34); the provider may choose others. */
export const SUGGESTED_CONTROLS = Object.freeze([
  'holding interviews in public areas',
  'having a colleague present at interviews',
  'informing senior staff/managers of interview details',
] as const);

/** The definition of stalking (para 33), verbatim. */
export const STALKING_DEFINITION = 'the wilful, malicious and repeated following and harassing of another person';

/** Input of {@link decideControlMeasures}. */
export const controlMeasuresInputSchema = z.object({
  behaviours: z.array(z.enum(CONTROL_MEASURE_BEHAVIOURS)).readonly().default([]),
  /** Family assault: shown to be directly connected to the staff member's work in the Department. */
  familyAssaultConnectedToWork: z.boolean().default(false),
  /** Stalking: following and harassing that is wilful, malicious and repeated. */
  stalkingWilfulMaliciousRepeated: z.boolean().default(false),
  /** Severe mental illness: a qualified medical practitioner or social worker states a likely danger to staff. */
  professionalStatesDanger: z.boolean().default(false),
  /** The participant has an incident marker and Jobcentre Plus has introduced control measures. */
  incidentMarkerWithControlMeasures: z.boolean().default(false),
});
/** Input of {@link decideControlMeasures}. */
export type ControlMeasuresInput = z.input<typeof controlMeasuresInputSchema>;

/** Value of {@link decideControlMeasures}. */
export interface ControlMeasuresValue {
  readonly warranted: boolean;
  /** The controls the provider may choose from (when warranted). */
  readonly suggestedControls: readonly string[];
}

const R_CM_MARKER = reason('PRV-032', 'A participant with an incident marker is subject to the control measures Jobcentre Plus has introduced.', [C032]);
const R_CM_BEHAVIOUR = reason('PRV-033a', 'The behaviour is one that results in control measures being implemented.', [C033A]);
const R_CM_STALKING_DEF = reason('PRV-033b', 'Stalking needs wilful, malicious and repeated following and harassing.', [C033B]);
const R_CM_FAMILY = reason('PRV-033a', "An assault on a staff member's family counts only when shown to be connected to their work in the Department.", [C033A]);
const R_CM_MENTAL = reason('PRV-033a', 'Severe mental illness counts only with a practitioner or social worker statement of likely danger to staff.', [C033A]);
const R_CM_NONE = reason('PRV-033a', 'None of the behaviours that result in control measures is shown.', [C033A]);
const R_CM_CONTROLS = reason('PRV-034', 'The provider decides how best to handle the participant; suggested controls include public areas, a colleague present, informing managers.', [C034]);

/**
 * Do control measures apply (paras 32–34)? A para 33 behaviour (family assault only with a work
 * connection; stalking only as defined; severe mental illness only with a professional's
 * statement of danger), or an incident marker with Jobcentre Plus control measures. When they
 * apply, the para 34 suggested controls are returned.
 *
 * @example
 * decideControlMeasures({ behaviours: ['threat of violence'] }).value.warranted; // true
 */
export function decideControlMeasures(input: ControlMeasuresInput, options?: RuleOptions): Decision<ControlMeasuresValue> {
  const policy = policyOf(options);
  const reasons: Reason[] = [];
  let warranted = false;
  if (input.incidentMarkerWithControlMeasures === true) {
    warranted = true;
    reasons.push(R_CM_MARKER);
  }
  let counted = false;
  for (const b of input.behaviours ?? []) {
    if (b === "actual physical assault on a member of staff's family" && input.familyAssaultConnectedToWork !== true) reasons.push(R_CM_FAMILY);
    else if (b === 'stalking staff or another participant' && input.stalkingWilfulMaliciousRepeated !== true) reasons.push(R_CM_STALKING_DEF);
    else if (b === 'severe mental illness' && input.professionalStatesDanger !== true) reasons.push(R_CM_MENTAL);
    else counted = true;
  }
  if (counted) {
    warranted = true;
    reasons.push(R_CM_BEHAVIOUR);
  }
  if (!warranted) return decide({ warranted: false, suggestedControls: [] }, [...reasons, R_CM_NONE], policy.id);
  reasons.push(R_CM_CONTROLS);
  return decide({ warranted: true, suggestedControls: SUGGESTED_CONTROLS }, reasons, policy.id);
}

export const controlMeasuresRule = defineRule({
  name: 'decideControlMeasures', domain: 'provider', title: 'Control measures for unacceptable behaviour',
  ids: ['PRV-032', 'PRV-033a', 'PRV-033b', 'PRV-034'], citations: [C032, C033A, C033B, C034],
  input: controlMeasuresInputSchema, evaluate: decideControlMeasures,
});

// ---------------------------------------------------------------------------------------------
// Exclusion requests.

/** Behaviours that are not by themselves grounds for exclusion (para 31, examples). */
export const NON_EXCLUDABLE_BEHAVIOURS = Object.freeze([
  'racial or sexual verbal assault',
  'foul language',
  'the issuing of threats',
  'refusal to engage',
  'other potentially violent or inappropriate behaviour',
] as const);
/** A behaviour that alone does not justify exclusion. */
export type NonExcludableBehaviour = (typeof NON_EXCLUDABLE_BEHAVIOURS)[number];

/** Input of {@link decideExclusionRequest}. */
export const exclusionRequestInputSchema = z.object({
  /** The circumstances are extreme. */
  extremeCircumstances: z.boolean(),
  /** The provider has tried to manage the participant within its business (alternative provision/sites where available and necessary). */
  triedToManageWithinBusiness: z.boolean(),
  /** Behaviour is consistently unacceptable. */
  consistentlyUnacceptable: z.boolean(),
  /** Other methods (engagement, verbal or written warnings) have proved ineffectual. */
  otherMethodsIneffectual: z.boolean(),
  /** There is genuine risk to staff, not just a difficult participant. */
  genuineRiskToStaff: z.boolean(),
  /** Evidence of why exclusion is appropriate is supplied. */
  evidenceSupplied: z.boolean(),
  /** The grounds are only behaviours of para 31 (threats, foul language, refusal to engage …). */
  onlyNonExcludableBehaviours: z.boolean().default(false),
});
/** Input of {@link decideExclusionRequest}. */
export type ExclusionRequestInput = z.input<typeof exclusionRequestInputSchema>;

/** Value of {@link decideExclusionRequest}. */
export interface ExclusionRequestValue {
  /** The provider may request exclusion. */
  readonly mayRequest: boolean;
  /** Route of the request; Jobcentre Plus decides. */
  readonly route: readonly string[];
  /** Exclusion is from the provider's site(s) only; participation in the programme continues. */
  readonly scope: "the provider's site(s) only";
  /** The provider may in any case temporarily remove the participant from the situation when that is the only immediate option. */
  readonly temporaryRemovalPermitted: true;
}

const R_EX_NO_SELECT = reason('PRV-025', 'Providers cannot select their participants: exclusion is not de-selection.', [C025]);
const R_EX_ONLY = reason('PRV-031a', 'Participants are not excluded on potentially violent or inappropriate behaviour alone (threats, foul language, refusal to engage …).', [C031A]);
const R_EX_EXTREME = reason('PRV-028a', 'Exclusion only in extreme circumstances, after trying to manage the participant within the business, as a last resort.', [C028A]);
const R_EX_CONDITIONS = reason('PRV-029', 'Exclusion needs consistently unacceptable behaviour, ineffectual warnings, genuine risk to staff and evidence.', [C029]);
const R_EX_OK = reason('PRV-029', 'Consistently unacceptable behaviour, warnings ineffectual, genuine risk to staff, evidence supplied: exclusion may be requested.', [C029, C028A]);
const R_EX_SCOPE = reason('PRV-028b', "Exclusion is from the provider's site(s) only, not from the programme.", [C028B]);
const R_EX_ROUTE = reason('PRV-030', 'The request goes via the Performance Manager (the process map: via the JCP contact); Jobcentre Plus decides.', [C030, C036M]);
const R_EX_REMOVE = reason('PRV-031b', 'The provider may temporarily remove the participant from the situation when that is the only immediate option.', [C031B]);

const EX_ROUTE = Object.freeze(['Performance Manager (or the JCP contact)', 'Jobcentre Plus (decides)']);

/**
 * May the provider request a participant's exclusion from its premises (paras 25, 28–31, map)?
 * Only in extreme circumstances, as a last resort after managing within the business, with
 * consistently unacceptable behaviour, ineffectual warnings, genuine risk to staff and evidence —
 * and never on the para 31 behaviours alone. The request goes via the Performance Manager and
 * Jobcentre Plus decides; exclusion is from the provider's sites only.
 *
 * @example
 * decideExclusionRequest({ extremeCircumstances: true, triedToManageWithinBusiness: true, consistentlyUnacceptable: true,
 *   otherMethodsIneffectual: true, genuineRiskToStaff: true, evidenceSupplied: true, onlyNonExcludableBehaviours: true }).value.mayRequest; // false
 */
export function decideExclusionRequest(input: ExclusionRequestInput, options?: RuleOptions): Decision<ExclusionRequestValue> {
  const policy = policyOf(options);
  const v = (mayRequest: boolean): ExclusionRequestValue => ({ mayRequest, route: EX_ROUTE, scope: "the provider's site(s) only", temporaryRemovalPermitted: true });
  const tail = [R_EX_SCOPE, R_EX_ROUTE, R_EX_REMOVE];
  if (input.onlyNonExcludableBehaviours === true) return decide(v(false), [R_EX_NO_SELECT, R_EX_ONLY, ...tail], policy.id);
  if (!input.extremeCircumstances || !input.triedToManageWithinBusiness) return decide(v(false), [R_EX_NO_SELECT, R_EX_EXTREME, ...tail], policy.id);
  if (!input.consistentlyUnacceptable || !input.otherMethodsIneffectual || !input.genuineRiskToStaff || !input.evidenceSupplied) {
    return decide(v(false), [R_EX_NO_SELECT, R_EX_CONDITIONS, ...tail], policy.id);
  }
  return decide(v(true), [R_EX_OK, ...tail], policy.id);
}

export const exclusionRequestRule = defineRule({
  name: 'decideExclusionRequest', domain: 'provider', title: 'Exclusion from provider premises',
  ids: ['PRV-025', 'PRV-028a', 'PRV-028b', 'PRV-029', 'PRV-030', 'PRV-031a', 'PRV-031b'],
  citations: [C025, C028A, C028B, C029, C030, C031A, C031B], input: exclusionRequestInputSchema, evaluate: decideExclusionRequest,
});

// ---------------------------------------------------------------------------------------------
// The Incident Referral Process Map.

/** Steps of the Incident Referral Process Map (after para 36). */
export const INCIDENT_REFERRAL_STEPS = Object.freeze([
  'incident of unacceptable behaviour occurs',
  'provider notifies JCP contact via the incident report form',
  'provider attempts to manage the participant',
  'has the incident been resolved?',
  'has the participant consistently ignored all attempts to resolve the issue?',
  'JCP notified to consider control measures',
  'have control measures resolved the issue?',
  'no further action is required',
  'provider may request exclusion via the JCP contact',
] as const);
/** A step of the Incident Referral Process Map. */
export type IncidentReferralStep = (typeof INCIDENT_REFERRAL_STEPS)[number];

const QUESTION_STEPS: readonly IncidentReferralStep[] = [
  'has the incident been resolved?',
  'has the participant consistently ignored all attempts to resolve the issue?',
  'have control measures resolved the issue?',
];

/** Input of {@link nextIncidentReferralStep}. */
export const incidentReferralInputSchema = z
  .object({
    step: z.enum(INCIDENT_REFERRAL_STEPS),
    /** The answer at a question step (YES = true). */
    answer: z.boolean().optional(),
  })
  .refine((i) => !QUESTION_STEPS.includes(i.step) || i.answer !== undefined, { message: 'a question step needs an answer', path: ['answer'] });
/** Input of {@link nextIncidentReferralStep}. */
export type IncidentReferralInput = z.input<typeof incidentReferralInputSchema>;

const R_MAP = reason('PRV-036m', 'Incident Referral Process Map.', [C036M]);
const R_MAP_LOOP = reason('PRV-036m', 'The map’s NO branch of "consistently ignored?" is lost in the text: read as back to managing the participant.', [C036M]);
const R_MAP_END = reason('PRV-036m', 'The map ends here.', [C036M]);
const R_MAP_EXCLUDE = reason('PRV-036m', 'Control measures have not resolved the issue: the provider may request exclusion via the JCP contact (conditions: para 29).', [C036M, C029]);

/**
 * The next step of the Incident Referral Process Map (after para 36). Question steps take an
 * `answer`; the end steps return themselves. A missing answer at a question is read as NO.
 *
 * @example
 * nextIncidentReferralStep({ step: 'has the incident been resolved?', answer: true }).value; // 'no further action is required'
 */
export function nextIncidentReferralStep(input: IncidentReferralInput, options?: RuleOptions): Decision<IncidentReferralStep> {
  const policy = policyOf(options);
  const yes = input.answer === true;
  switch (input.step) {
    case 'incident of unacceptable behaviour occurs':
      return decide('provider notifies JCP contact via the incident report form', [R_MAP], policy.id);
    case 'provider notifies JCP contact via the incident report form':
      return decide('provider attempts to manage the participant', [R_MAP], policy.id);
    case 'provider attempts to manage the participant':
      return decide('has the incident been resolved?', [R_MAP], policy.id);
    case 'has the incident been resolved?':
      return decide(yes ? 'no further action is required' : 'has the participant consistently ignored all attempts to resolve the issue?', [R_MAP], policy.id);
    case 'has the participant consistently ignored all attempts to resolve the issue?':
      return yes ? decide('JCP notified to consider control measures', [R_MAP], policy.id) : decide('provider attempts to manage the participant', [R_MAP_LOOP], policy.id);
    case 'JCP notified to consider control measures':
      return decide('have control measures resolved the issue?', [R_MAP], policy.id);
    case 'have control measures resolved the issue?':
      return yes ? decide('no further action is required', [R_MAP], policy.id) : decide('provider may request exclusion via the JCP contact', [R_MAP_EXCLUDE], policy.id);
    default:
      return decide(input.step, [R_MAP_END], policy.id);
  }
}

export const incidentReferralRule = defineRule({
  name: 'nextIncidentReferralStep', domain: 'provider', title: 'Incident Referral Process Map',
  ids: ['PRV-036m'], citations: [C036M], input: incidentReferralInputSchema, evaluate: nextIncidentReferralStep,
});

