import { cite, type Citation } from '../../core/citation.js';

const LSC_ID = /^LSC-(\d{2})-(\d{3})([a-z]?)$/;

/**
 * A citation of the Local Service Compliance guidance (01/15) from a catalogue id; the human
 * reference is derived from the id (`LSC-<chapter>-<para>[letter]`; ch.07 ids 101–199 are the
 * Appendix paragraphs; para 000 is a chapter's introduction). Throws a TypeError at module
 * load for a malformed id, so a typo cannot ship.
 *
 * @example
 * lsc('LSC-03-066');  // { id: 'LSC-03-066', ref: 'Compliance (01/15) ch.03 para 66' }
 * lsc('LSC-07-104a'); // { id: 'LSC-07-104a', ref: 'Compliance (01/15) ch.07 Appendix para 4' }
 */
export function lsc(id: string): Citation {
  const m = LSC_ID.exec(id);
  if (m === null) throw new TypeError(`lsc(${JSON.stringify(id)}): not a Local Service Compliance catalogue id`);
  const chapter = m[1]!;
  const para = Number(m[2]);
  let where: string;
  if (para === 0) where = 'introduction';
  else if (chapter === '07' && para > 100) where = `Appendix para ${para - 100}`;
  else where = `para ${para}`;
  return cite(id, `Compliance (01/15) ch.${chapter} ${where}`);
}
