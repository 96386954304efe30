import { z } from 'zod';
import { addMonths, type IsoDate } from '../calendar/index.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import { crm } from './cite-crm.js';
import { complaintStageSchema } from './vocabulary.js';

/** Input of {@link detectComplaintTrend}. */
export const complaintTrendInputSchema = z.object({
  stage: complaintStageSchema,
  /** The subject of the complaint being handled now. */
  subject: z.string().min(1),
  /** The date of the assessment (normally the current complaint's date). */
  asOf: isoDateSchema,
  /** The complaints received (the current one included), each with its date and subject; order within a day is kept. */
  complaints: z.array(z.object({ receivedOn: isoDateSchema, subject: z.string().min(1) })),
});
export type ComplaintTrendInput = z.input<typeof complaintTrendInputSchema>;

/** Whether the complaints show a trend, and what to do. */
export interface ComplaintTrend {
  readonly trend: boolean;
  /** Length of the run of consecutive complaints about the subject that ends with the latest complaint (CCRT: within the last month). */
  readonly run: number;
  /** What to do about a trend (empty when there is none). */
  readonly actions: readonly string[];
}

const C04C = crm('CRM-04c');
const C09B = crm('CRM-09b');
const R_CRT_TREND: Reason = reason('CRM-04c', 'CRT: this is the third complaint in a row about it: a possible trend; inform your manager (the CRT manager keeps the systemic-issue details).', [C04C]);
const R_CRT_NONE: Reason = reason('CRM-04c', 'CRT: fewer than three complaints in a row about it: no trend indicated.', [C04C]);
const R_CCRT_TREND: Reason = reason('CRM-09b', 'CCRT: this is the third complaint in a row about that subject in the last month: inform your manager and record the issue on the Systemic Log.', [C09B]);
const R_CCRT_NONE: Reason = reason('CRM-09b', 'CCRT: fewer than three complaints in a row about that subject in the last month: no trend indicated.', [C09B]);
const CRT_ACTIONS = Object.freeze(['inform your manager']);
const CCRT_ACTIONS = Object.freeze(['inform your manager', 'record the issue on the Systemic Log']);
const NO_ACTIONS: readonly string[] = Object.freeze([]);

/**
 * Do the complaints show a trend? The indicator is "the third complaint in a row" about the subject:
 * the run of consecutive complaints (in date order, up to `asOf`) about `subject` that ends with the
 * latest one has length ≥ 3. At the CRT there is no time window (CRM-04c → inform the manager); at the
 * CCRT the run counts only complaints in the last month, after `asOf` minus one month (CRM-09b →
 * inform the manager and record on the Systemic Log).
 *
 * @example
 * detectComplaintTrend({ stage: 'CCRT', subject: 'X', asOf: '2025-03-28', complaints: [
 *   { receivedOn: '2025-03-01', subject: 'X' }, { receivedOn: '2025-03-20', subject: 'X' }, { receivedOn: '2025-03-28', subject: 'X' },
 * ] }).value.trend; // true
 */
export function detectComplaintTrend(input: ComplaintTrendInput, options?: RuleOptions): Decision<ComplaintTrend> {
  const policy = policyOf(options);
  const ccrt = input.stage === 'CCRT';
  const windowStart = ccrt ? addMonths(input.asOf as IsoDate, -policy.complaints.reviewTrendWindowMonths.value) : null;
  const ordered = input.complaints
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.receivedOn <= input.asOf)
    .sort((a, b) => (a.c.receivedOn < b.c.receivedOn ? -1 : a.c.receivedOn > b.c.receivedOn ? 1 : a.i - b.i));
  let run = 0;
  for (let k = ordered.length - 1; k >= 0; k--) {
    const c = ordered[k]!.c;
    if (c.subject !== input.subject) break;
    if (windowStart !== null && c.receivedOn <= windowStart) break;
    run++;
  }
  const trend = run >= policy.complaints.trendRunLength.value;
  if (ccrt) return decide({ trend, run, actions: trend ? CCRT_ACTIONS : NO_ACTIONS }, [trend ? R_CCRT_TREND : R_CCRT_NONE], policy.id);
  return decide({ trend, run, actions: trend ? CRT_ACTIONS : NO_ACTIONS }, [trend ? R_CRT_TREND : R_CRT_NONE], policy.id);
}

export const complaintTrendRule = defineRule({
  name: 'detectComplaintTrend', domain: 'complaints', title: 'Complaint trend: third complaint in a row',
  ids: ['CRM-04c', 'CRM-09b'], citations: [C04C, C09B], input: complaintTrendInputSchema, evaluate: detectComplaintTrend,
});
