import { z } from 'zod';
import { addWorkingDays, type IsoDate } from '../calendar/index.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import { cmg } from './cite-cmg.js';

/** Input of {@link childMaintenanceFoiResponseDeadline}. */
export const childMaintenanceFoiInputSchema = z.object({
  /** The date the CMG received the Freedom of Information request (any member of staff). */
  receivedOn: isoDateSchema,
  /** The date it was answered, if it has been. */
  respondedOn: isoDateSchema.optional(),
});
export type ChildMaintenanceFoiInput = z.input<typeof childMaintenanceFoiInputSchema>;

/** The FOI response deadline and whether it was met. */
export interface ChildMaintenanceFoiDeadline {
  readonly dueBy: IsoDate;
  readonly met: boolean | null;
  /** Refer the request to the appropriate team promptly. */
  readonly referPromptly: true;
}

const C09 = cmg('CMG-09');
const R_DUE: Reason = reason('CMG-09', 'A Freedom of Information request must be responded to within twenty working days; refer it to the appropriate team promptly.', [C09]);
const R_LATE: Reason = reason('CMG-09', 'The FOI response was sent after the twentieth working day.', [C09]);

/**
 * When must a Freedom of Information request received by the CMG be answered? Within twenty working
 * days of receipt (the 20th working day after it is on time; CMG-09).
 *
 * @example
 * childMaintenanceFoiResponseDeadline({ receivedOn: '2025-12-19' }).value.dueBy; // '2026-01-21'
 */
export function childMaintenanceFoiResponseDeadline(input: ChildMaintenanceFoiInput, options?: RuleOptions): Decision<ChildMaintenanceFoiDeadline> {
  const policy = policyOf(options);
  const dueBy = addWorkingDays(input.receivedOn as IsoDate, policy.childMaintenance.foiResponseWorkingDays.value, options?.calendar);
  if (input.respondedOn === undefined) return decide({ dueBy, met: null, referPromptly: true }, [R_DUE], policy.id);
  const met = input.respondedOn <= dueBy;
  return decide({ dueBy, met, referPromptly: true }, met ? [R_DUE] : [R_DUE, R_LATE], policy.id);
}

export const childMaintenanceFoiRule = defineRule({
  name: 'childMaintenanceFoiResponseDeadline', domain: 'child-maintenance', title: 'FOI request response (20 working days)',
  ids: ['CMG-09'], citations: [C09], input: childMaintenanceFoiInputSchema, evaluate: childMaintenanceFoiResponseDeadline,
});
