import { z } from 'zod';
import { addMonths, type IsoDate } from '../../calendar/index.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, eventCountSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { CORRESPONDENCE_LANGUAGES } from './vocabulary.js';

const C008A = lsc('LSC-03-008a');
const C008B = lsc('LSC-03-008b');
const C070 = lsc('LSC-03-070');
const C071A = lsc('LSC-03-071a');
const C071B = lsc('LSC-03-071b');
const C071C = lsc('LSC-03-071c');
const C015 = lsc('LSC-03-015');

/** A verbatim text of the guidance with its catalogue id. */
export interface VerbatimText {
  readonly id: string;
  readonly ref: string;
  /** The text as printed (ordinary spaces; typographic apostrophes kept). */
  readonly text: string;
}

const v = (id: string, text: string): VerbatimText => Object.freeze({ id, ref: lsc(id).ref, text });

/**
 * The verbatim texts of ch.03 (Notepad entry, English and Welsh SMS templates, the 'Your home'
 * note, the HMRC e-mail subject), exactly as printed, with their ids.
 *
 * @example
 * REFERRAL_VERBATIM_TEXTS.smsEnglish.text.startsWith('This is to remind you'); // true
 */
export const REFERRAL_VERBATIM_TEXTS = Object.freeze({
  notepad: v('LSC-03-008a', 'Case selected for Local Service Compliance activity on (insert today’s date). Do not delete until (insert 14 months date). FRF/GMS concerning (insert details of activity)'),
  smsEnglish: v('LSC-03-071a', 'This is to remind you of your appointment at <venue> on <date> <at or between><Time>. If you have any problems please call <insert local compliance team number>.'),
  smsWelsh: v('LSC-03-071b', 'Mae hyn i’ch atgoffa y bydd eich apwyntiad yn <venue> ar <date> <at or rhwng><Time>. Os oes gennych unrhyw broblemau ffoniwch <insert local compliance team number>.'),
  smsHomeVenue: v('LSC-03-071c', 'Your home'),
  smsStandardOnly: v('LSC-03-070', 'Standard messages for Local Service Compliance in English and Welsh have been provided and no changes or additions to these messages are to be made.'),
  hmrcSubjectExample: v('LSC-03-015', 'M. Bloggs x 4'),
});

function ddmmyyyy(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

// ---------------------------------------------------------------- Notepad (para 8)

/** Input of {@link notepadEntry}. */
export const notepadEntryInputSchema = z.object({
  /** Today: the date LSC activity commenced. */
  today: isoDateSchema,
  /** Customer Centric (GMS) referral → "GMS", otherwise "FRF". */
  customerCentric: z.boolean().optional(),
  /** Details of the activity (the allegation). */
  details: z.string().min(1),
  /** The interview date, to add if known. */
  interviewDate: isoDateSchema.optional(),
});
export type NotepadEntryInput = z.input<typeof notepadEntryInputSchema>;

const R_NOTEPAD = reason('LSC-03-008a', 'Record on Notepad that LSC activity has commenced, with the "Do not delete until" date 14 months ahead (dates dd/mm/yyyy; FRF, or GMS for Customer Centric referrals).', [C008A, C008B]);

/**
 * The Notepad entry recording that LSC activity has commenced (ch.03 para 8), filled in: today's
 * date, the 14-months date, FRF or GMS, the details, and the interview date if known.
 *
 * @example
 * notepadEntry({ today: '2026-03-02', details: 'working' }).value;
 * // 'Case selected for Local Service Compliance activity on 02/03/2026. Do not delete until 02/05/2027. FRF concerning working'
 */
export function notepadEntry(input: NotepadEntryInput, options?: RuleOptions): Decision<string> {
  const policy = policyOf(options);
  const today = input.today as IsoDate;
  const keep = addMonths(today, policy.complianceReferrals.notepadRetentionMonths.value);
  let text = `Case selected for Local Service Compliance activity on ${ddmmyyyy(today)}. Do not delete until ${ddmmyyyy(keep)}. ${input.customerCentric === true ? 'GMS' : 'FRF'} concerning ${input.details}`;
  if (input.interviewDate !== undefined) text += `. Interview date ${ddmmyyyy(input.interviewDate as IsoDate)}`;
  return decide(text, [R_NOTEPAD], policy.id);
}
export const notepadEntryRule = defineRule({
  name: 'notepadEntry', domain: 'compliance', title: 'Notepad entry when LSC activity commences',
  ids: ['LSC-03-008a', 'LSC-03-008b'], citations: [C008A, C008B], input: notepadEntryInputSchema, evaluate: notepadEntry,
});

// ---------------------------------------------------------------- SMS (paras 70–71)

/** Input of {@link smsReminderText}. */
export const smsReminderTextInputSchema = z
  .object({
    language: z.enum(CORRESPONDENCE_LANGUAGES),
    /** A home visit ('Your home') or an office interview at a jobcentre. */
    venue: z.discriminatedUnion('kind', [z.object({ kind: z.literal('home') }), z.object({ kind: z.literal('jobcentre'), name: z.string().min(1) })]),
    /** The date as it should read (formats are the caller's choice). */
    date: z.string().min(1),
    /** The <Time> placeholder as it should read (a single time, or a slot such as '10:00 and 12:00'). */
    time: z.string().min(1),
    /** The time is a slot: 'between' (Welsh 'rhwng') instead of 'at'. */
    timeSlot: z.boolean().optional(),
    teamNumber: z.string().min(1),
  });
export type SmsReminderTextInput = z.input<typeof smsReminderTextInputSchema>;

const R_SMS_EN = reason('LSC-03-071a', 'The standard English SMS, filled in; no changes or additions are made to it.', [C071A, C070]);
const R_SMS_CY = reason('LSC-03-071b', 'The standard Welsh SMS, filled in; no changes or additions are made to it.', [C071B, C070]);
const R_HOME = reason('LSC-03-071c', "For a home visit the venue is the literal words 'Your home', never the claimant's address.", [C071C]);

/**
 * The SMS reminder text, from the standard English or Welsh template only (ch.03 paras 70–71):
 * venue 'Your home' (literal) or '<name> jobcentre'; 'at' + time, or 'between'/'rhwng' + slot (Welsh single time: 'at', as printed).
 *
 * @example
 * smsReminderText({ language: 'English', venue: { kind: 'home' }, date: '09/03/2026', time: '10:00 and 12:00', timeSlot: true, teamNumber: '0800 000 000' }).value;
 * // 'This is to remind you of your appointment at Your home on 09/03/2026 between 10:00 and 12:00. If you have any problems please call 0800 000 000.'
 */
export function smsReminderText(input: SmsReminderTextInput, options?: RuleOptions): Decision<string> {
  const policy = policyOf(options);
  const welsh = input.language === 'Welsh';
  const venue = input.venue.kind === 'home' ? REFERRAL_VERBATIM_TEXTS.smsHomeVenue.text : `${input.venue.name} jobcentre`;
  const when = input.timeSlot !== true ? `at ${input.time}` : welsh ? `rhwng ${input.time}` : `between ${input.time}`;
  const text = welsh
    ? `Mae hyn i’ch atgoffa y bydd eich apwyntiad yn ${venue} ar ${input.date} ${when}. Os oes gennych unrhyw broblemau ffoniwch ${input.teamNumber}.`
    : `This is to remind you of your appointment at ${venue} on ${input.date} ${when}. If you have any problems please call ${input.teamNumber}.`;
  const reasons = input.venue.kind === 'home' ? [welsh ? R_SMS_CY : R_SMS_EN, R_HOME] : [welsh ? R_SMS_CY : R_SMS_EN];
  return decide(text, reasons, policy.id);
}
export const smsReminderTextRule = defineRule({
  name: 'smsReminderText', domain: 'compliance', title: 'SMS reminder wording (English/Welsh)',
  ids: ['LSC-03-070', 'LSC-03-071a', 'LSC-03-071b', 'LSC-03-071c'], citations: [C070, C071A, C071B, C071C], input: smsReminderTextInputSchema, evaluate: smsReminderText,
});

// ---------------------------------------------------------------- HMRC e-mail subject (para 15)

/** Input of {@link hmrcRequestEmailSubject}. */
export const hmrcSubjectInputSchema = z.object({ claimantName: z.string().min(1), requests: eventCountSchema.min(1) });
export type HmrcSubjectInput = z.input<typeof hmrcSubjectInputSchema>;
const R_SUBJECT = reason('LSC-03-015', "HMRC request e-mail subject: the claimant's name followed by the number of requests (e.g. 'M. Bloggs x 4').", [C015]);

/**
 * The HMRC request e-mail subject: claimant's name, ' x ', number of requests in the e-mail (ch.03 para 15).
 *
 * @example
 * hmrcRequestEmailSubject({ claimantName: 'M. Bloggs', requests: 4 }).value; // 'M. Bloggs x 4'
 */
export function hmrcRequestEmailSubject(input: HmrcSubjectInput, options?: RuleOptions): Decision<string> {
  const policy = policyOf(options);
  return decide(`${input.claimantName} x ${input.requests}`, [R_SUBJECT], policy.id);
}
export const hmrcSubjectRule = defineRule({
  name: 'hmrcRequestEmailSubject', domain: 'compliance', title: 'HMRC request e-mail subject',
  ids: ['LSC-03-015'], citations: [C015], input: hmrcSubjectInputSchema, evaluate: hmrcRequestEmailSubject,
});
