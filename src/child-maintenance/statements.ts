import type { Citation } from '../core/citation.js';
import { cmg } from './cite-cmg.js';

/** A text the guidance prescribes, word for word or as the standard wording. */
export interface ChildMaintenanceStatement {
  /** The catalogue id of the text. */
  readonly id: string;
  readonly name: 'call recording notice' | 'confidentiality statement' | 'false information warning';
  /** The text, normalised only as listed in `normalisations`. */
  readonly text: string;
  /** The guidance says it must be given word for word. */
  readonly wordForWord: boolean;
  /** How the text differs from the extracted source (OCR bullets, stray characters). */
  readonly normalisations: readonly string[];
  readonly cites: readonly Citation[];
}

/**
 * The outbound call recording notice (CMG-02b), as printed (spaces around the slash kept).
 *
 * @example
 * CALL_RECORDING_NOTICE.text; // 'I should tell you that this call may be recorded for quality and / or training purposes'
 */
export const CALL_RECORDING_NOTICE: ChildMaintenanceStatement = Object.freeze({
  id: 'CMG-02b',
  name: 'call recording notice',
  text: 'I should tell you that this call may be recorded for quality and / or training purposes',
  wordForWord: false,
  normalisations: Object.freeze(['the curly quotes around the notice and the full stop after them are dropped']),
  cites: Object.freeze([cmg('CMG-02b')]),
});

/**
 * The confidentiality statement under the Data Protection Act (CMG-04b), normalised as listed.
 *
 * @example
 * CONFIDENTIALITY_STATEMENT.text.startsWith('How we collect and use information:'); // true
 */
export const CONFIDENTIALITY_STATEMENT: ChildMaintenanceStatement = Object.freeze({
  id: 'CMG-04b',
  name: 'confidentiality statement',
  text: [
    'How we collect and use information:',
    'The Child Maintenance Group collects information for the purpose of dealing with child maintenance. The information we collect about you depends on the reason for your business with us. We may check information about you with other information we have. We may get information about you from other people and certain other organisations. We may give information to certain organisations, as the law allows, to:',
    '• check the accuracy of information;',
    '• prevent or detect crime;',
    '• protect public funds in other ways; and',
    '• use in research or statistics.',
    'These other organisations include:',
    '• HM Revenue and Customs, the Department for Work and Pensions and other Government Departments;',
    '• Local Authorities; and',
    '• Private sector bodies, such as banks and certain other organisations.',
    'We will not give information about you to anyone outside of the CMG unless the law allows us to. The CMG is the Data Controller for the purpose of the Data Protection Act.',
    'If you want to know more about what information we have about you, or the way we use your information, please contact us.',
  ].join('\n'),
  wordForWord: false,
  normalisations: Object.freeze([
    'purpose bullets: the first three have none in the source and the fourth has "e " (OCR); all set to "•"',
    'organisation bullets "« " → "•"',
    '"about.you" → "about you"',
    '"Data/Controller" → "Data Controller"',
    '"use your information; please contact us" → "use your information, please contact us"',
    'line breaks within paragraphs joined',
  ]),
  cites: Object.freeze([cmg('CMG-04b')]),
});

/**
 * The false-information warning (CMG-08b), to be read out word for word; as printed, with no full
 * stop after "£1000".
 *
 * @example
 * FALSE_INFORMATION_WARNING.text.endsWith('they can be fined up to £1000'); // true
 */
export const FALSE_INFORMATION_WARNING: ChildMaintenanceStatement = Object.freeze({
  id: 'CMG-08b',
  name: 'false information warning',
  text: [
    'We are asking for information under Child Support Law. Under Child Support Law it is a criminal offence if anyone required to provide information:',
    '• Without reasonable excuse, fails to provide such information when requested to do so; or',
    '• Provides information, or knowingly causes or allows information to be provided which they know to be false.',
    'If a court finds them guilty of the criminal offence outlined above, they can be fined up to £1000',
  ].join('\n'),
  wordForWord: true,
  normalisations: Object.freeze(['bullets "o " and "« " → "•"', 'line breaks within paragraphs joined', 'the surrounding straight double quotes removed']),
  cites: Object.freeze([cmg('CMG-08b')]),
});

/**
 * Every prescribed text of the client-contact guidance, one entry per catalogue id.
 *
 * @example
 * CHILD_MAINTENANCE_STATEMENTS.map((s) => s.id); // ['CMG-02b', 'CMG-04b', 'CMG-08b']
 */
export const CHILD_MAINTENANCE_STATEMENTS: readonly ChildMaintenanceStatement[] = Object.freeze([
  CALL_RECORDING_NOTICE,
  CONFIDENTIALITY_STATEMENT,
  FALSE_INFORMATION_WARNING,
]);
