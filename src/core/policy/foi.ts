import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: the FOI request summarising an earlier edition of the compliance rules.
// Every number that document states lives here once, with its citation.
// Rules read them through the policy edition (`policy.foi.<name>.value`).

const FOI_00A = cite('FOI-00a', 'FOI request (Customer Compliance) DWP acknowledgement');
const FOI_00B = cite('FOI-00b', 'FOI request (Customer Compliance) DWP acknowledgement');
const FOI_05A = cite('FOI-05a', 'FOI request (Customer Compliance) fact 5');
const FOI_05B = cite('FOI-05b', 'FOI request (Customer Compliance) fact 5');
const FOI_05C = cite('FOI-05c', 'FOI request (Customer Compliance) fact 5');
const FOI_13 = cite('FOI-13', 'FOI request (Customer Compliance) fact 13');
const FOI_19 = cite('FOI-19', 'FOI request (Customer Compliance) fact 19');

/**
 * The numbers stated in the FOI request summary, each with its citation.
 *
 * @example
 * CURRENT_POLICY.foi.minimumInterviewNoticeWorkingDays.value; // 3
 */
export const FOI_PARAMETERS = Object.freeze({
  /** The FoI mailbox forwards a request to the information owner by the next working day (FOI-00a). */
  mailboxForwardingWorkingDays: param(1, 'working-days', [FOI_00A]),
  /** An FoI request can normally expect a response within 20 working days (FOI-00b). */
  mailboxResponseWorkingDays: param(20, 'working-days', [FOI_00B], 'A target ("normally"), counted from receipt by the mailbox.'),
  /** At least 3 working days' notice of an interview (FOI-05a). */
  minimumInterviewNoticeWorkingDays: param(3, 'working-days', [FOI_05A], 'workingDaysBetween(notified, interview) >= 3: the interview day counts; no waiver.'),
  /** The interview is arranged within 15 working days of receiving the referral (FOI-05b). */
  interviewArrangementWorkingDays: param(15, 'working-days', [FOI_05B], '"Arranged" read as notified, as in the 2015 clearance measure.'),
  /** Prepayment cases: 5 days instead of 15 (FOI-05c). */
  prepaymentArrangementWorkingDays: param(5, 'working-days', [FOI_05C], 'The unit is not stated; working days, by parallel with FOI-05b and 2015 §03.52.'),
  /** Documents not supplied at the interview may be required within 10 working days (FOI-13). */
  documentsDueWorkingDays: param(10, 'working-days', [FOI_13], 'Counted from the interview date.'),
  /** 5% of cases are selected for process checks (FOI-19). */
  processCheckPercent: param(5, 'percent', [FOI_19], 'A percentage; the sample is rounded up (ceil), as the 2015 "minimum of 5%".'),
}) satisfies ParameterGroup;

/** The shape of the FOI summary parameters. */
export type FoiParameters = typeof FOI_PARAMETERS;
