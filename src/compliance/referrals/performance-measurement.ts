import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';

const C085 = lsc('LSC-03-085');
const C086 = lsc('LSC-03-086');

/** Input of {@link performanceMeasurementInterplay}. */
export const performanceMeasurementInputSchema = z.object({
  /** Date the claimant was selected for a Performance Measurement interview/visit. */
  pmSelectedOn: isoDateSchema,
  /** Date the LSC interview was notified, if it has been. */
  lscInterviewNotifiedOn: isoDateSchema.optional(),
});
export type PerformanceMeasurementInput = z.input<typeof performanceMeasurementInputSchema>;

const R_CONTINUE = reason('LSC-03-085', 'The claimant was already notified of the LSC interview when chosen for Performance Measurement: continue with LSC activity and the interview.', [C085]);
const R_STOP = reason('LSC-03-086', 'Not notified of the LSC interview when chosen for Performance Measurement: LSC activity must stop; record a FRAIMS activity and close the case.', [C086]);

/**
 * LSC vs Performance Measurement (ch.03 paras 85–86): notified on or before the PM selection →
 * continue LSC; otherwise stop LSC and close.
 *
 * @example
 * performanceMeasurementInterplay({ pmSelectedOn: '2026-03-10' }).value; // 'StopAndCloseCompliance'
 */
export function performanceMeasurementInterplay(input: PerformanceMeasurementInput, options?: RuleOptions): Decision<'ContinueCompliance' | 'StopAndCloseCompliance'> {
  const policy = policyOf(options);
  const notified = input.lscInterviewNotifiedOn !== undefined && input.lscInterviewNotifiedOn <= input.pmSelectedOn;
  return notified ? decide('ContinueCompliance', [R_CONTINUE], policy.id) : decide('StopAndCloseCompliance', [R_STOP], policy.id);
}
export const performanceMeasurementRule = defineRule({
  name: 'performanceMeasurementInterplay', domain: 'compliance', title: 'Chosen for Performance Measurement',
  ids: ['LSC-03-085', 'LSC-03-086'], citations: [C085, C086], input: performanceMeasurementInputSchema, evaluate: performanceMeasurementInterplay,
});
