import { cite, type Citation } from '../core/citation.js';

const CMG_ID = /^CMG-(\d{2})([a-z]?)$/;

/** Section headings of the Child Maintenance client-contact guidance (catalogue index; 02 has none printed). */
const CMG_SECTIONS: Readonly<Record<number, string>> = Object.freeze({
  1: 'Bogus Calls',
  2: 'call recording (no heading printed)',
  3: 'Complaints',
  4: 'Confidentiality Statements',
  5: 'Data Protection',
  6: 'Face to Face Visits',
  7: 'Facilitating Parental Contact',
  8: 'False Information Warnings',
  9: 'Freedom of Information',
  10: 'Interpreters and Translation Services',
  11: 'Personal Interest / Sensitive Cases',
  12: 'Representatives',
  13: 'Special Payments',
  14: 'Suicide Threats',
  15: 'Unacceptable Client Behaviour and Potentially Violent Persons',
});

/**
 * A citation of the Child Maintenance Group client-contact guidance from a catalogue id
 * (`CMG-<section>[letter]`). Throws a TypeError at module load for a malformed id.
 *
 * @example
 * cmg('CMG-08b'); // { id: 'CMG-08b', ref: 'Child Maintenance client contact §8 (False Information Warnings)' }
 */
export function cmg(id: string): Citation {
  const m = CMG_ID.exec(id);
  const section = m === null ? undefined : Number(m[1]);
  const heading = section === undefined ? undefined : CMG_SECTIONS[section];
  if (heading === undefined) throw new TypeError(`cmg(${JSON.stringify(id)}): not a Child Maintenance client-contact catalogue id`);
  return cite(id, `Child Maintenance client contact §${section} (${heading})`);
}
