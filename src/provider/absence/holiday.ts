import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { prv } from '../cite-prv.js';
import type { AbsenceOutcome } from './short-term-absence.js';
import { daysSchema } from '../../core/schemas.js';

/** Kinds of mandatory placement para 49 distinguishes. */
export const MANDATORY_PLACEMENT_KINDS = Object.freeze(['Mandatory Work Activity', 'longer mandatory placement'] as const);
/** A kind of mandatory placement. */
export type MandatoryPlacementKind = (typeof MANDATORY_PLACEMENT_KINDS)[number];

/** Input of {@link decideHolidayAbsence}. */
export const holidayAbsenceInputSchema = z.object({
  placement: z.enum(MANDATORY_PLACEMENT_KINDS),
  /** The holiday is within Great Britain. */
  withinGreatBritain: z.boolean(),
  /** The claimant is willing and available to return immediately to take up employment. */
  willingAndAvailableToReturn: z.boolean(),
  /** The claimant told the provider in advance. */
  notifiedInAdvance: z.boolean(),
  /** Jobcentre Plus accepts the claimant is Available/ASE. */
  jcpAcceptsAvailable: z.boolean(),
  /** Scheduled attendance days this holiday covers. */
  holidayAttendanceDays: daysSchema.min(1),
  /** Scheduled attendance days of earlier holidays on this placement. */
  earlierHolidayAttendanceDays: daysSchema.default(0),
  /** The provider has any doubt in this individual circumstance. */
  providerInDoubt: z.boolean().default(false),
});
/** Input of {@link decideHolidayAbsence}. */
export type HolidayAbsenceInput = z.input<typeof holidayAbsenceInputSchema>;

/** Value of {@link decideHolidayAbsence}. */
export interface HolidayAbsenceValue {
  readonly outcome: AbsenceOutcome;
  /** Para 49: the claimant can be treated as actively seeking employment while away (never on Mandatory Work Activity). */
  readonly treatedAsActivelySeeking: boolean;
  /** Cumulative holiday attendance days on the placement including this one. */
  readonly cumulativeAttendanceDays: number;
}

const C045 = prv('PRV-045');
const C049A = prv('PRV-049a');
const C049B = prv('PRV-049b');
const C049C = prv('PRV-049c');
const C049D = prv('PRV-049d');

const R_DOUBT = reason('PRV-049c', 'The provider has a doubt: a DMA referral is made for the Decision Maker.', [C049C, C045]);
const R_MWA = reason('PRV-049b', 'Mandatory Work Activity lasts four weeks: holiday periods are not permitted, so the absence goes to DMA.', [C049B]);
const R_NOT_ASE = reason('PRV-049a', 'Only a holiday within GB, willing and available to return immediately, lets the claimant be treated as actively seeking: DMA referral.', [C049A]);
const R_ASE = reason('PRV-049a', 'Holiday within GB, willing and available to return immediately: treated as actively seeking employment.', [C049A]);
const R_NO_NOTICE = reason('PRV-049c', 'The holiday was not notified in advance: not within the acceptable case, so a DMA referral is made.', [C049C, C045]);
const R_JCP_NOT = reason('PRV-049c', 'Jobcentre Plus does not accept the claimant as Available/ASE: DMA referral.', [C049C]);
const R_OVER = reason('PRV-049d', 'More than the proposed cumulative 2 weeks of holiday on the placement: referred to DMA for a decision.', [C049D]);
const R_OK = reason('PRV-049c', 'Notified in advance and accepted by JCP as Available/ASE: acceptable, no DMA referral.', [C049C]);
const R_WITHIN_CUMULATIVE = reason('PRV-049d', 'Within the proposed cumulative 2 weeks of holiday on the placement.', [C049D]);

/**
 * Is a holiday absence from mandatory provision acceptable, or a DMA referral? (para 49).
 * Never on Mandatory Work Activity; otherwise within GB and willing and available to return
 * immediately, notified in advance, accepted by JCP as Available/ASE, and — under the proposed
 * limit — at most 2 weeks (10 attendance days) cumulative on the placement. Any doubt → DMA.
 *
 * @example
 * decideHolidayAbsence({ placement: 'longer mandatory placement', withinGreatBritain: true,
 *   willingAndAvailableToReturn: true, notifiedInAdvance: true, jcpAcceptsAvailable: true,
 *   holidayAttendanceDays: 5, earlierHolidayAttendanceDays: 5 }).value.outcome; // 'allowable'
 */
export function decideHolidayAbsence(input: HolidayAbsenceInput, options?: RuleOptions): Decision<HolidayAbsenceValue> {
  const policy = policyOf(options);
  const cumulative = (input.earlierHolidayAttendanceDays ?? 0) + input.holidayAttendanceDays;
  // Para 49: the holiday ASE treatment "does not apply to claimants on Mandatory Work Activity".
  const ase = input.placement !== 'Mandatory Work Activity' && input.withinGreatBritain && input.willingAndAvailableToReturn;
  const v = (outcome: AbsenceOutcome): HolidayAbsenceValue => ({ outcome, treatedAsActivelySeeking: ase, cumulativeAttendanceDays: cumulative });
  if (input.providerInDoubt === true) return decide(v('refer to DMA'), [R_DOUBT], policy.id);
  if (input.placement === 'Mandatory Work Activity') return decide(v('refer to DMA'), [R_MWA], policy.id);
  if (!ase) return decide(v('refer to DMA'), [R_NOT_ASE], policy.id);
  if (!input.notifiedInAdvance) return decide(v('refer to DMA'), [R_ASE, R_NO_NOTICE], policy.id);
  if (!input.jcpAcceptsAvailable) return decide(v('refer to DMA'), [R_ASE, R_JCP_NOT], policy.id);
  const limit = policy.provider.holidayCumulativeLimitAttendanceDays.value;
  if (limit !== null && cumulative > limit) return decide(v('refer to DMA'), [R_ASE, R_OVER], policy.id);
  return decide(v('allowable'), limit === null ? [R_ASE, R_OK] : [R_ASE, R_OK, R_WITHIN_CUMULATIVE], policy.id);
}

export const holidayAbsenceRule = defineRule({
  name: 'decideHolidayAbsence',
  domain: 'provider',
  title: 'Holiday absence from mandatory provision',
  ids: ['PRV-049a', 'PRV-049b', 'PRV-049c', 'PRV-049d'],
  citations: [C049A, C049B, C049C, C049D],
  input: holidayAbsenceInputSchema,
  evaluate: decideHolidayAbsence,
});
