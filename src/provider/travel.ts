import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { nonNegativePenceSchema, INPUT_BOUNDS } from '../core/schemas.js';
import { prv } from './cite-prv.js';

/** Input of {@link decideWithinTravelLimit}. */
export const travelLimitInputSchema = z.object({
  /** Normal travel time from home to the work location, in minutes. */
  minutesToLocation: z.number().nonnegative().max(INPUT_BOUNDS.journeyMinutes),
  /** Normal travel time from the work location back home, in minutes. */
  minutesFromLocation: z.number().nonnegative().max(INPUT_BOUNDS.journeyMinutes),
});
/** Input of {@link decideWithinTravelLimit}. */
export type TravelLimitInput = z.input<typeof travelLimitInputSchema>;

const C014 = prv('PRV-014');
const R_WITHIN = reason('PRV-014', 'The normal journey each way takes no more than 90 minutes: the claimant can be expected to search for or take up work there.', [C014]);
const R_OUTSIDE = reason('PRV-014', 'The normal journey to or from the location takes more than 90 minutes: the claimant is not expected to search for or take up work there.', [C014]);

/**
 * Is a work location within the 90-minute travel limit (para 14)? Each leg (home → location,
 * location → home) is tested on its own; exactly 90 minutes is within, 91 is not.
 *
 * @example
 * decideWithinTravelLimit({ minutesToLocation: 90, minutesFromLocation: 90 }).value; // true
 * decideWithinTravelLimit({ minutesToLocation: 60, minutesFromLocation: 95 }).value; // false
 */
export function decideWithinTravelLimit(input: TravelLimitInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const limit = policy.provider.travelLimitMinutes.value;
  if (input.minutesToLocation > limit || input.minutesFromLocation > limit) return decide(false, [R_OUTSIDE], policy.id);
  return decide(true, [R_WITHIN], policy.id);
}

export const travelLimitRule = defineRule({
  name: 'decideWithinTravelLimit', domain: 'provider', title: '90-minute travel limit for work search and work',
  ids: ['PRV-014'], citations: [C014], input: travelLimitInputSchema, evaluate: decideWithinTravelLimit,
});

/** Reasons para 125 gives for not using the cheapest method ("e.g."; `other` is any reason of the same kind). */
export const CHEAPEST_METHOD_EXCEPTIONS = Object.freeze(['disability', 'need to be accompanied by a support worker', 'other inability to use the cheapest method'] as const);
/** Why a participant cannot use the cheapest travel method. */
export type CheapestMethodException = (typeof CHEAPEST_METHOD_EXCEPTIONS)[number];

/** Input of {@link decideTravelRefund}. */
export const travelRefundInputSchema = z.object({
  /** The participant was attending provision. */
  attendingProvision: z.boolean(),
  /** Cost of the journey as made, in pence. */
  costIncurredPence: nonNegativePenceSchema,
  /** Cost of the cheapest method available to the participant for the same journey, in pence. */
  cheapestAvailableCostPence: nonNegativePenceSchema,
  /** Why the participant could not use the cheapest method, if so. */
  unableToUseCheapestBecause: z.enum(CHEAPEST_METHOD_EXCEPTIONS).nullable().default(null),
});
/** Input of {@link decideTravelRefund}. */
export type TravelRefundInput = z.input<typeof travelRefundInputSchema>;

/** Value of {@link decideTravelRefund}. */
export interface TravelRefundValue {
  readonly entitled: boolean;
  /** Amount the provider refunds, in pence. */
  readonly refundPence: number;
  readonly payer: 'provider';
}

const C124 = prv('PRV-124');
const C125 = prv('PRV-125');
const R_NOT_ATTENDING = reason('PRV-124', 'Refunds are for travel costs incurred attending provision.', [C124]);
const R_ENTITLED = reason('PRV-124', 'A participant attending provision is entitled to a refund of travel costs, paid by the provider.', [C124]);
const R_CHEAPEST = reason('PRV-125', 'Travel by the cheapest method available: the cost incurred is refunded.', [C125]);
const R_EXCEPTION = reason('PRV-125', 'The participant cannot use the cheapest method (disability, support worker …): the dearer method is refunded.', [C125]);
const R_CAPPED = reason('PRV-125', 'Participants are expected to travel by the cheapest method: the refund is limited to its cost.', [C125]);

/**
 * The travel refund for a journey to provision (paras 124–125): the provider refunds travel
 * costs; by the cheapest available method, unless the participant cannot use it (disability,
 * the need to be accompanied by a support worker …), else the refund is limited to the cheapest cost.
 *
 * @example
 * decideTravelRefund({ attendingProvision: true, costIncurredPence: 900, cheapestAvailableCostPence: 450 }).value.refundPence; // 450
 */
export function decideTravelRefund(input: TravelRefundInput, options?: RuleOptions): Decision<TravelRefundValue> {
  const policy = policyOf(options);
  if (!input.attendingProvision) return decide({ entitled: false, refundPence: 0, payer: 'provider' }, [R_NOT_ATTENDING], policy.id);
  const cost = input.costIncurredPence;
  if (cost <= input.cheapestAvailableCostPence) return decide({ entitled: true, refundPence: cost, payer: 'provider' }, [R_ENTITLED, R_CHEAPEST], policy.id);
  if (input.unableToUseCheapestBecause != null) return decide({ entitled: true, refundPence: cost, payer: 'provider' }, [R_ENTITLED, R_EXCEPTION], policy.id);
  return decide({ entitled: true, refundPence: input.cheapestAvailableCostPence, payer: 'provider' }, [R_ENTITLED, R_CAPPED], policy.id);
}

export const travelRefundRule = defineRule({
  name: 'decideTravelRefund', domain: 'provider', title: 'Travel refund by the cheapest method',
  ids: ['PRV-124', 'PRV-125'], citations: [C124, C125], input: travelRefundInputSchema, evaluate: decideTravelRefund,
});
