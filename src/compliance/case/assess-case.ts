import { z } from 'zod';
import type { IsoDate } from '../../calendar/types.js';
import { CURRENT_POLICY } from '../../core/policy/editions.js';
import { validate, type Validated } from '../../core/validation.js';
import type { AssessCaseOptions, CaseAssessment } from './types.js';

// WORK IN PROGRESS (issue 7): the interface is final, the record schema and the decisions are
// being written. Until then every section is accepted and no decision is made.

/** The case record (being written). */
export const caseRecordSchema = z.object({ caseId: z.string().max(200).optional() }).passthrough();
export type CaseRecord = z.input<typeof caseRecordSchema>;

/**
 * Every decision that applies to a compliance case (work in progress).
 *
 * @example
 * assessCase({ caseId: 'C1' }, { asOf: '2026-03-02' }).missing;
 */
export function assessCase(record: CaseRecord, options: AssessCaseOptions): CaseAssessment {
  return {
    caseId: record.caseId ?? null,
    asOf: options.asOf as IsoDate,
    edition: typeof options.policy === 'string' ? options.policy : (options.policy ?? CURRENT_POLICY).id,
    jurisdiction: options.jurisdiction ?? 'england-and-wales',
    decisions: {},
    deadlines: [],
    missing: [],
  };
}

/**
 * The validating entry of {@link assessCase} for untrusted input: never throws; bad input gives
 * `{ ok: false, issues }` naming each path (options' paths are prefixed `options.`).
 *
 * @example
 * safeAssessCase(JSON.parse(line), { asOf: '2026-03-02' });
 */
export function safeAssessCase(record: unknown, options: unknown): Validated<CaseAssessment> {
  const r = validate(caseRecordSchema, record);
  if (!r.ok) return r;
  return { ok: true, value: assessCase(r.value, options as AssessCaseOptions) };
}
