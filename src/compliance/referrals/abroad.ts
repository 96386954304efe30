import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';

const C023 = lsc('LSC-02-023');
const C047 = lsc('LSC-03-047');
const C048 = lsc('LSC-03-048');
const C049 = lsc('LSC-03-049');
const C050A = lsc('LSC-03-050a');
const C050B = lsc('LSC-03-050b');
const C051 = lsc('LSC-03-051');

/** Whether an abroad allegation concerns a current absence or a past period only (ch.02 para 23). */
export const ABROAD_ALLEGATION_KINDS = Object.freeze(['CurrentAbsence', 'PastPeriodOnly'] as const);
/** One of {@link ABROAD_ALLEGATION_KINDS}. */
export type AbroadAllegationKind = (typeof ABROAD_ALLEGATION_KINDS)[number];

/** Input of {@link abroadCaseAction}. */
export const abroadCaseInputSchema = z.object({
  kind: z.enum(ABROAD_ALLEGATION_KINDS),
  /** Legacy systems show the absence abroad is already declared and being (or has been) managed. */
  absenceAlreadyRecorded: z.boolean(),
  /** The claimant failed to attend the appointment. */
  failedToAttend: z.boolean().optional(),
});
export type AbroadCaseInput = z.input<typeof abroadCaseInputSchema>;

/** Result of {@link abroadCaseAction}. */
export interface AbroadCaseAction {
  readonly action: 'CloseClearedBeforeReceivingCase' | 'AppointmentLetterToLastKnownAddress' | 'ConsiderSuspension' | 'NormalInterview';
  /** The FRAIMS Outcome Result to record when closing, verbatim. */
  readonly outcomeResult: 'Cleared before receiving case' | null;
}

const R_RECORDED = reason('LSC-03-048', "The absence abroad is already recorded: close the new case with Outcome Result 'Cleared before receiving case'.", [C048, C047]);
const R_LETTER = reason('LSC-03-049', 'No record of the absence: normal interview action, appointment letter to the last known address, 14 days to attend.', [C049, C050A, C023]);
const R_FTA = reason('LSC-03-050b', 'The claimant failed to attend: the LSCO must consider suspension action.', [C050B]);
const R_PAST = reason('LSC-03-051', 'Past period only: normal LSC interview action to establish details of the absence.', [C051, C023]);

/**
 * The action on an abroad allegation (ch.02 para 23; ch.03 paras 47–51): check legacy systems;
 * already recorded → close 'Cleared before receiving case'; current absence → letter to last
 * known address (14 days), failure to attend → consider suspension; past period → interview.
 *
 * @example
 * abroadCaseAction({ kind: 'CurrentAbsence', absenceAlreadyRecorded: true }).value.outcomeResult; // 'Cleared before receiving case'
 */
export function abroadCaseAction(input: AbroadCaseInput, options?: RuleOptions): Decision<AbroadCaseAction> {
  const policy = policyOf(options);
  if (input.absenceAlreadyRecorded) return decide({ action: 'CloseClearedBeforeReceivingCase', outcomeResult: 'Cleared before receiving case' }, [R_RECORDED], policy.id);
  if (input.kind === 'PastPeriodOnly') return decide({ action: 'NormalInterview', outcomeResult: null }, [R_PAST], policy.id);
  if (input.failedToAttend === true) return decide({ action: 'ConsiderSuspension', outcomeResult: null }, [R_FTA], policy.id);
  return decide({ action: 'AppointmentLetterToLastKnownAddress', outcomeResult: null }, [R_LETTER], policy.id);
}
export const abroadCaseRule = defineRule({
  name: 'abroadCaseAction', domain: 'compliance', title: 'Abroad allegations',
  ids: ['LSC-02-023', 'LSC-03-047', 'LSC-03-048', 'LSC-03-049', 'LSC-03-050b', 'LSC-03-051'],
  citations: [C023, C047, C048, C049, C050B, C051], input: abroadCaseInputSchema, evaluate: abroadCaseAction,
});
