import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addWorkingDays } from '../../calendar/add-working-days.js';
import type { IsoDate } from '../../calendar/types.js';
import { lsc } from '../common/cite-lsc.js';

/** Where an employer enquiry stands (ch.06 paras 32, 36–37). */
export type EmployerEnquiryStatus = 'received' | 'employer-refused-contact-claimant' | 'awaiting-response' | 'follow-up-required';

/** Input of {@link employerEnquiryStatus}. */
export const employerEnquiryInputSchema = z.object({
  /** Date of the request to the employer (day 0). */
  requestDate: isoDateSchema,
  /** "Today". */
  asOf: isoDateSchema,
  /** The employer has supplied the information. */
  informationReceived: z.boolean(),
  /** The employer has refused (it is not obliged to answer an LSC request, ch.06 para 33). */
  employerRefused: z.boolean().default(false),
  /** How the enquiry was made and recorded (ch.06 para 35). */
  channel: z.enum(['outbound-telephone-call', 'letter']).optional(),
  /** Letter form, when by letter: CCEEL1 or the Welsh CCEEL1W. */
  letterForm: z.string().optional(),
  /** The position within the company of the person giving the information (ch.06 para 34). */
  informantPosition: z.string().optional(),
});
export type EmployerEnquiryInput = z.input<typeof employerEnquiryInputSchema>;

/** Value of {@link employerEnquiryStatus}. */
export interface EmployerEnquiryState {
  readonly status: EmployerEnquiryStatus;
  /** The B/F date: the 10th working day after the request (ch.06 para 36). */
  readonly bfDate: IsoDate;
  /** Record problems (missing informant position, wrong letter form); empty when the record is complete. */
  readonly recordIssues: readonly string[];
}

const C032 = lsc('LSC-06-032');
const C033 = lsc('LSC-06-033');
const C034 = lsc('LSC-06-034');
const C035 = lsc('LSC-06-035');
const C036 = lsc('LSC-06-036');
const C037 = lsc('LSC-06-037');
const R_RECEIVED: Reason = reason('LSC-06-036', 'The employer has supplied the information.', [C036]);
const R_REFUSED: Reason = reason('LSC-06-032', 'The employer refused (it has no duty to answer an LSC request): contact the claimant immediately for the information.', [C032, C033]);
const R_WAIT: Reason = reason('LSC-06-036', 'Allow 10 working days for the employer\'s response: the B/F has not passed.', [C036]);
const R_FOLLOW: Reason = reason('LSC-06-037', 'No information by the B/F date: follow it up (re-issue the enquiry form and letter, or telephone) and update the activity.', [C037, C036]);
const R_POSITION: Reason = reason('LSC-06-034', 'The enquiry must record the position within the company of the person giving the information.', [C034]);
const R_FORM: Reason = reason('LSC-06-035', 'Employer contact is recorded as a FRAIMS communication: an outbound telephone call or a letter on CCEEL1/CCEEL1W.', [C035]);

const LETTER_FORMS: readonly string[] = ['CCEEL1', 'CCEEL1W'];

/**
 * Where an employer earnings enquiry stands: B/F on the 10th working day after the request
 * (ch.06 para 36); a refusal sends the officer straight back to the claimant (paras 32–33); no
 * reply after the B/F date needs a follow-up (para 37). Also checks the record: the informant's
 * position (para 34) and a CCEEL1/CCEEL1W letter form (para 35).
 *
 * @example
 * employerEnquiryStatus({ requestDate: '2026-03-02', asOf: '2026-03-17', informationReceived: false }).value;
 * // { status: 'follow-up-required', bfDate: '2026-03-16', recordIssues: [] }
 */
export function employerEnquiryStatus(input: EmployerEnquiryInput, options?: RuleOptions): Decision<EmployerEnquiryState> {
  const policy = policyOf(options);
  const bfDate = addWorkingDays(input.requestDate as IsoDate, policy.complianceInterview.employerResponseWorkingDays.value, options?.calendar);
  const reasons: Reason[] = [];
  const recordIssues: string[] = [];
  if (input.informantPosition !== undefined && input.informantPosition.trim() === '') {
    recordIssues.push('informant position is empty');
  } else if (input.informationReceived && input.informantPosition === undefined) {
    recordIssues.push('informant position not recorded');
  }
  if (recordIssues.length > 0) reasons.push(R_POSITION);
  if (input.channel === 'letter' && (input.letterForm === undefined || !LETTER_FORMS.includes(input.letterForm))) {
    recordIssues.push('letter enquiries use CCEEL1 or CCEEL1W');
    reasons.push(R_FORM);
  }
  let status: EmployerEnquiryStatus;
  if (input.informationReceived) status = 'received';
  else if (input.employerRefused ?? false) status = 'employer-refused-contact-claimant';
  else if (input.asOf <= bfDate) status = 'awaiting-response';
  else status = 'follow-up-required';
  const main = status === 'received' ? R_RECEIVED : status === 'awaiting-response' ? R_WAIT : status === 'follow-up-required' ? R_FOLLOW : R_REFUSED;
  return decide({ status, bfDate, recordIssues }, [main, ...reasons], policy.id);
}

/** Registry entry of {@link employerEnquiryStatus}. */
export const employerEnquiryRule = defineRule({
  name: 'employerEnquiryStatus',
  domain: 'compliance',
  title: 'Employer earnings enquiry: B/F, refusal and follow-up',
  ids: ['LSC-06-032', 'LSC-06-033', 'LSC-06-034', 'LSC-06-035', 'LSC-06-036', 'LSC-06-037'],
  citations: [C032, C033, C034, C035, C036, C037],
  input: employerEnquiryInputSchema,
  evaluate: employerEnquiryStatus,
});
