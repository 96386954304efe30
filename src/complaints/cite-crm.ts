import { cite, type Citation } from '../core/citation.js';

const CRM_ID = /^CRM-(\d{2})([a-z]?)$/;

/** The section headings of the Complaint Resolution Manager guide, by section number (catalogue index). */
const CRM_SECTIONS: Readonly<Record<number, string>> = Object.freeze({
  1: 'CRT: Establish issues to be resolved',
  2: 'CRT: Investigates Issues',
  3: 'CRT: Phones Customer with outcome',
  4: 'CRT: Case Conference',
  5: 'CCRT: Establish issues to be resolved',
  6: 'CCRT: Investigates Issues',
  7: 'CCRT: Phones Customer with outcome',
  8: 'CCRT: Case Conference',
  9: 'CCRT: Feedback',
  10: 'CCRT: Case closure',
  11: 'Official Correspondence',
});

/**
 * A citation of the Complaint Resolution Manager activity guide from a catalogue id
 * (`CRM-<section>[letter]`); the reference names the section number and heading. Throws a
 * TypeError at module load for a malformed id or an unknown section, so a typo cannot ship.
 *
 * @example
 * crm('CRM-02b'); // { id: 'CRM-02b', ref: 'Complaint Resolution Manager guide §2 (CRT: Investigates Issues)' }
 */
export function crm(id: string): Citation {
  const m = CRM_ID.exec(id);
  const section = m === null ? undefined : Number(m[1]);
  const heading = section === undefined ? undefined : CRM_SECTIONS[section];
  if (heading === undefined) throw new TypeError(`crm(${JSON.stringify(id)}): not a Complaint Resolution Manager catalogue id`);
  return cite(id, `Complaint Resolution Manager guide §${section} (${heading})`);
}
