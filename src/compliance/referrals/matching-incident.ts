import { z } from 'zod';
import { addWorkingDays, isWorkingDay, nextWorkingDay, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C059 = lsc('LSC-02-059');
const C060 = lsc('LSC-02-060');
const C061 = lsc('LSC-02-061');
const C063 = lsc('LSC-02-063');
const C008 = lsc('LSC-02-008');

/** The actions on a matching incident (ch.02 para 59), verbatim. */
export const MATCHING_INCIDENT_ACTIONS = Object.freeze(['link', 're-route', 'close'] as const);
/** One of {@link MATCHING_INCIDENT_ACTIONS}. */
export type MatchingIncidentAction = (typeof MATCHING_INCIDENT_ACTIONS)[number];

/** Input of {@link matchingIncidentHandling}. */
export const matchingIncidentInputSchema = z.object({
  receivedDate: isoDateSchema,
  /** The FRAIMS Incident Source type, e.g. 'Proactive Investigation'. */
  incidentSourceType: z.string().optional(),
  /** The date of the LSC interview already notified to the claimant, if any. */
  notifiedInterviewDate: isoDateSchema.optional(),
  /** New or substantial information received before the interview. */
  newOrSubstantialInformation: z.boolean().optional(),
  /** The new information could affect DLA or AA (found at interview). */
  affectsDlaOrAa: z.boolean().optional(),
});
export type MatchingIncidentInput = z.input<typeof matchingIncidentInputSchema>;

/** Result of {@link matchingIncidentHandling}. */
export interface MatchingIncidentHandling {
  /** The actions open to the owner (exactly one is taken). */
  readonly permittedActions: readonly MatchingIncidentAction[];
  /** Action by the end of this working day (the day of receipt, or the next working day). */
  readonly actionBy: IsoDate;
  /** Discuss both referrals at the interview already notified. */
  readonly discussAtSameInterview: boolean;
  /** The LSCTL decides whether to refer the case to LSI. */
  readonly lsctlDecidesLsiReferral: boolean;
}

const R_DAILY = reason('LSC-02-059', 'Matching incidents are actioned daily: linked to the live Case, re-routed, or closed.', [C059]);
const R_PROACTIVE = reason('LSC-02-063', "Source type 'Proactive Investigation': must not be linked to the LSC case; create an activity on the Incident and send it to the owner of the LSI Master file.", [C063]);
const R_SAME = reason('LSC-02-060', 'The interview is already notified and the matching incident arrived before it: discuss both referrals at the same interview.', [C060]);
const R_NS = reason('LSC-02-061', 'New or substantial information received before the interview: the LSCTL decides whether the case is suitable to refer to LSI.', [C061]);
const R_DLA = reason('LSC-02-008', 'New or substantial information that could affect DLA or AA: new FRF to FES DCT and the ch.06 post-interview action.', [C008]);

/**
 * Handling of a matching incident received for a live LSC case (ch.02 paras 8, 59–63): one
 * action (link / re-route / close) by the end of the working day of receipt; never 'link' a
 * 'Proactive Investigation' incident; combine with an already-notified interview; new or
 * substantial information → LSCTL decides on LSI referral.
 *
 * @example
 * matchingIncidentHandling({ receivedDate: '2026-03-07' }).value.actionBy; // '2026-03-09'
 */
export function matchingIncidentHandling(input: MatchingIncidentInput, options?: RuleOptions): Decision<MatchingIncidentHandling> {
  const policy = policyOf(options);
  const cal = options?.calendar;
  const received = input.receivedDate as IsoDate;
  const sameDay = isWorkingDay(received, cal) ? received : nextWorkingDay(received, cal);
  const actionBy = addWorkingDays(sameDay, policy.complianceReferrals.matchingIncidentActionWorkingDays.value, cal);
  const reasons: Reason[] = [R_DAILY];
  // The FRAIMS value 'Proactive Investigation', recognised whatever its case or spacing.
  const proactive = input.incidentSourceType !== undefined && input.incidentSourceType.trim().replace(/\s+/g, ' ').toLowerCase() === 'proactive investigation';
  if (proactive) reasons.push(R_PROACTIVE);
  const discussAtSameInterview = !proactive && input.notifiedInterviewDate !== undefined && input.receivedDate < input.notifiedInterviewDate;
  if (discussAtSameInterview) reasons.push(R_SAME);
  const ns = input.newOrSubstantialInformation === true;
  if (ns) reasons.push(R_NS);
  if (ns && input.affectsDlaOrAa === true) reasons.push(R_DLA);
  return decide(
    { permittedActions: proactive ? ['re-route'] : MATCHING_INCIDENT_ACTIONS, actionBy, discussAtSameInterview, lsctlDecidesLsiReferral: ns },
    reasons,
    policy.id,
  );
}
export const matchingIncidentRule = defineRule({
  name: 'matchingIncidentHandling', domain: 'compliance', title: 'Matching incidents on a live case',
  ids: ['LSC-02-008', 'LSC-02-059', 'LSC-02-060', 'LSC-02-061', 'LSC-02-063'], citations: [C008, C059, C060, C061, C063], input: matchingIncidentInputSchema, evaluate: matchingIncidentHandling,
});
