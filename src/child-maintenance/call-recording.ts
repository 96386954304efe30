import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { cmg } from './cite-cmg.js';
import { CALL_RECORDING_NOTICE } from './statements.js';

/** Input of {@link callRecordingNotice}. */
export const callRecordingNoticeInputSchema = z.object({ direction: z.enum(['incoming', 'outbound']) });
export type CallRecordingNoticeInput = z.input<typeof callRecordingNoticeInputSchema>;

/** Whether the officer must give the recording notice, and its words. */
export interface CallRecordingNotice {
  readonly required: boolean;
  readonly text: string | null;
}

const C02A = cmg('CMG-02a');
const C02B = cmg('CMG-02b');
const R_INCOMING: Reason = reason('CMG-02a', 'Incoming callers need no recording warning: the automated message gives it.', [C02A]);
const R_OUTBOUND: Reason = reason('CMG-02b', 'On an outbound call, tell the client the call may be recorded (no legal obligation; done for transparency).', [C02B]);

/**
 * Must the officer tell the client the call may be recorded? Incoming: no, the automated message
 * does (CMG-02a). Outbound: yes, in the words of CMG-02b.
 *
 * @example
 * callRecordingNotice({ direction: 'outbound' }).value.text; // 'I should tell you that this call may be recorded for quality and / or training purposes'
 */
export function callRecordingNotice(input: CallRecordingNoticeInput, options?: RuleOptions): Decision<CallRecordingNotice> {
  const policy = policyOf(options);
  if (input.direction === 'incoming') return decide({ required: false, text: null }, [R_INCOMING], policy.id);
  return decide({ required: true, text: CALL_RECORDING_NOTICE.text }, [R_OUTBOUND], policy.id);
}

/** Input of {@link respondToRecordingConcern}. */
export const recordingConcernInputSchema = z.object({
  /** The client still does not wish to communicate by recorded call after being reassured. */
  stillObjectsAfterReassurance: z.boolean(),
});
export type RecordingConcernInput = z.input<typeof recordingConcernInputSchema>;

const C02C = cmg('CMG-02c');
const REASSURE = Object.freeze(['reassure the client about the confidentiality of the service']);
const ALTERNATIVES = Object.freeze(['communicate in writing', 'call back from a non-monitored telephone']);
const R_REASSURE: Reason = reason('CMG-02c', 'A client concerned about recording is first reassured about the confidentiality of the service.', [C02C]);
const R_ALTERNATIVES: Reason = reason('CMG-02c', 'A client who still objects to recorded calls is offered writing or a call back from a non-monitored telephone.', [C02C]);

/**
 * What to do when a client is concerned about call recording: reassure; if they still object,
 * offer writing or a call back from a non-monitored telephone (CMG-02c).
 *
 * @example
 * respondToRecordingConcern({ stillObjectsAfterReassurance: true }).value; // ['communicate in writing', 'call back from a non-monitored telephone']
 */
export function respondToRecordingConcern(input: RecordingConcernInput, options?: RuleOptions): Decision<readonly string[]> {
  const policy = policyOf(options);
  return input.stillObjectsAfterReassurance ? decide(ALTERNATIVES, [R_REASSURE, R_ALTERNATIVES], policy.id) : decide(REASSURE, [R_REASSURE], policy.id);
}

/** Input of {@link decideClientRecording}. */
export const clientRecordingInputSchema = z.object({
  /** The officer suspects the client is recording. */
  suspectedRecording: z.boolean(),
  /** The client says they want or intend to record (e.g. with a tape recorder). */
  clientIntendsToRecord: z.boolean().optional(),
});
export type ClientRecordingInput = z.input<typeof clientRecordingInputSchema>;

/** How a client's recording of a call or interview is handled. */
export interface ClientRecordingHandling {
  /** Ask the client directly whether the call is being recorded. */
  readonly askDirectly: boolean;
  /** The client may record and need not tell the CMG. */
  readonly clientMayRecordWithoutTelling: true;
  /** The client keeps the right to be interviewed in an office or by phone. */
  readonly interviewModesKept: readonly ['office', 'phone'];
}

const C02F = cmg('CMG-02f');
const C02G = cmg('CMG-02g');
const MODES = Object.freeze(['office', 'phone'] as const);
const R_ASK: Reason = reason('CMG-02f', 'Where the client may be recording, ask the client directly whether the call is being recorded.', [C02F]);
const R_RIGHTS: Reason = reason('CMG-02g', 'A client may record a call or an interview without saying so, and keeps the right to be interviewed in an office or by phone.', [C02G]);

/**
 * How is a client's recording handled? A suspicion → ask directly (CMG-02f); in every case the client
 * may record without saying so and keeps the right to an office or phone interview (CMG-02g).
 *
 * @example
 * decideClientRecording({ suspectedRecording: true }).value.askDirectly; // true
 */
export function decideClientRecording(input: ClientRecordingInput, options?: RuleOptions): Decision<ClientRecordingHandling> {
  const policy = policyOf(options);
  const ask = input.suspectedRecording;
  return decide({ askDirectly: ask, clientMayRecordWithoutTelling: true, interviewModesKept: MODES }, ask ? [R_ASK, R_RIGHTS] : [R_RIGHTS], policy.id);
}

export const callRecordingNoticeRule = defineRule({
  name: 'callRecordingNotice', domain: 'child-maintenance', title: 'Call recording notice (outbound calls)',
  ids: ['CMG-02a', 'CMG-02b'], citations: [C02A, C02B], input: callRecordingNoticeInputSchema, evaluate: callRecordingNotice,
});
export const recordingConcernRule = defineRule({
  name: 'respondToRecordingConcern', domain: 'child-maintenance', title: 'Client objects to call recording',
  ids: ['CMG-02c'], citations: [C02C], input: recordingConcernInputSchema, evaluate: respondToRecordingConcern,
});
export const clientRecordingRule = defineRule({
  name: 'decideClientRecording', domain: 'child-maintenance', title: 'Clients recording calls and interviews',
  ids: ['CMG-02f', 'CMG-02g'], citations: [C02F, C02G], input: clientRecordingInputSchema, evaluate: decideClientRecording,
});
