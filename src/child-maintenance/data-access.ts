import { z } from 'zod';
import { addWeeks, type IsoDate } from '../calendar/index.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import { cmg } from './cite-cmg.js';

/** Input of {@link decideClientDataAccess}. */
export const clientDataAccessInputSchema = z.discriminatedUnion('dataKind', [
  z.object({ dataKind: z.literal('personal data') }),
  z.object({
    dataKind: z.literal('call recording'),
    callDate: isoDateSchema,
    /** The recording is tagged (kept); untagged recordings are usually deleted after three weeks. */
    tagged: z.boolean(),
    /** The date of the request. */
    asOf: isoDateSchema,
  }),
]);
export type ClientDataAccessInput = z.input<typeof clientDataAccessInputSchema>;

/** The client's right of access and whether a recording is still expected to exist. */
export interface ClientDataAccess {
  /** The client may see / receive a copy (Data Protection Act 1998). Never refused because of expected deletion. */
  readonly rightToSeeOrCopy: true;
  /** An untagged recording is expected to be held through this date (call date + three weeks). */
  readonly expectedHeldUntil: IsoDate | null;
  /** Whether the recording is still expected to exist on `asOf` (`null` for other data or tagged recordings). */
  readonly expectedAvailable: boolean | null;
}

const C02D = cmg('CMG-02d');
const C02E = cmg('CMG-02e');
const C05 = cmg('CMG-05');
const R_RIGHT: Reason = reason('CMG-05', 'The Data Protection Act requires the CMG to protect client information and gives clients a right to see the information recorded and retained about them.', [C05]);
const R_RECORDING: Reason = reason('CMG-02d', 'The right to see / receive a copy of personal data includes recorded telephone calls.', [C02D]);
const R_UNTAGGED_HELD: Reason = reason('CMG-02e', 'Untagged calls are usually deleted after three weeks: this one is still expected to be held.', [C02E]);
const R_UNTAGGED_GONE: Reason = reason('CMG-02e', 'Untagged calls are usually deleted after three weeks: this one may no longer exist ("usually", so check before answering).', [C02E]);
const R_TAGGED: Reason = reason('CMG-02e', 'The three-week deletion applies to untagged calls only; a tagged recording\'s retention is not stated.', [C02E]);

/**
 * The client's right to see their data (CMG-05), recorded calls included (CMG-02d), and whether an
 * untagged recording is still expected to exist: held through the call date + 3 weeks (day 21),
 * usually deleted after (CMG-02e). The expectation never removes the right.
 *
 * @example
 * decideClientDataAccess({ dataKind: 'call recording', callDate: '2025-03-03', tagged: false, asOf: '2025-03-24' }).value.expectedAvailable; // true
 */
export function decideClientDataAccess(input: ClientDataAccessInput, options?: RuleOptions): Decision<ClientDataAccess> {
  const policy = policyOf(options);
  if (input.dataKind === 'personal data') return decide({ rightToSeeOrCopy: true, expectedHeldUntil: null, expectedAvailable: null }, [R_RIGHT], policy.id);
  if (input.tagged) return decide({ rightToSeeOrCopy: true, expectedHeldUntil: null, expectedAvailable: null }, [R_RIGHT, R_RECORDING, R_TAGGED], policy.id);
  const until = addWeeks(input.callDate as IsoDate, policy.childMaintenance.untaggedRecordingRetentionWeeks.value);
  const held = input.asOf <= until;
  return decide({ rightToSeeOrCopy: true, expectedHeldUntil: until, expectedAvailable: held }, [R_RIGHT, R_RECORDING, held ? R_UNTAGGED_HELD : R_UNTAGGED_GONE], policy.id);
}

export const clientDataAccessRule = defineRule({
  name: 'decideClientDataAccess', domain: 'child-maintenance', title: 'Client access to personal data and call recordings',
  ids: ['CMG-02d', 'CMG-02e', 'CMG-05'], citations: [C02D, C02E, C05], input: clientDataAccessInputSchema, evaluate: decideClientDataAccess,
});
