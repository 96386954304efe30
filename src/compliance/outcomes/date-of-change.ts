import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import type { IsoDate } from '../../calendar/index.js';
import { lsc } from '../common/cite-lsc.js';

/** Input of {@link decideDateOfChange}. */
export const dateOfChangeInputSchema = z.object({
  /** The day the change of circumstances occurred. */
  changeOccurredOn: isoDateSchema,
  /** The claim's start date, the interview date and the MVA / overpayment period are context only. */
  claimStartedOn: isoDateSchema.optional(),
  interviewOn: isoDateSchema.optional(),
  /** The Date of Change recorded on FRAIMS, to check it (null when omitted). */
  recorded: isoDateSchema.nullable().optional(),
});
export type DateOfChangeInput = z.input<typeof dateOfChangeInputSchema>;

/** The verdict of {@link decideDateOfChange}. */
export interface DateOfChangeVerdict {
  readonly dateOfChange: IsoDate;
  /** Whether the recorded date is right; null when none was given to check. */
  readonly recordedCorrectly: boolean | null;
}

const C017 = lsc('LSC-08-017');
const R_DEF = reason('LSC-08-017', 'For recording purposes the Date of Change is the date the change of circumstances occurred; it need not relate to the MVA or overpayment period.', [C017]);
const R_BEFORE_CLAIM = reason('LSC-08-017', 'The change occurred before the claim started: the Date of Change is still the day it occurred (the 10/01/2014 example).', [C017]);
const R_WRONG = reason('LSC-11-029h', 'The Date of Change recorded is omitted or wrong (quality issue 8).', [lsc('LSC-11-029h'), C017]);

/**
 * The Date of Change to record: the day the change of circumstances occurred, not the claim date,
 * the interview date or the MVA / overpayment period; it may precede the claim (ch.08 para 17).
 * Checks a recorded date when one is given (ch.11 quality issue 8).
 *
 * @example
 * decideDateOfChange({ changeOccurredOn: '2014-01-10', claimStartedOn: '2014-02-03', interviewOn: '2014-04-01' }).value.dateOfChange; // '2014-01-10'
 */
export function decideDateOfChange(input: DateOfChangeInput, options?: RuleOptions): Decision<DateOfChangeVerdict> {
  const reasons: Reason[] = [R_DEF];
  if (input.claimStartedOn !== undefined && input.changeOccurredOn < input.claimStartedOn) reasons.push(R_BEFORE_CLAIM);
  let recordedCorrectly: boolean | null = null;
  if (input.recorded !== undefined) {
    recordedCorrectly = input.recorded === input.changeOccurredOn;
    if (!recordedCorrectly) reasons.push(R_WRONG);
  }
  return decide({ dateOfChange: input.changeOccurredOn as IsoDate, recordedCorrectly }, reasons, policyOf(options).id);
}

export const dateOfChangeRule = defineRule({
  name: 'decideDateOfChange', domain: 'compliance', title: 'Date of Change',
  ids: ['LSC-08-017', 'LSC-11-029h'], citations: [C017], input: dateOfChangeInputSchema, evaluate: decideDateOfChange,
});
