import { cite, type Citation } from '../core/citation.js';

const FOI_ID = /^FOI-(\d{2})([a-z]?)$/;

/**
 * A citation of the FOI request summary of the earlier Customer Compliance edition from a
 * catalogue id (`FOI-<fact>[letter]`; fact 00 is DWP's automated acknowledgement). Throws a
 * TypeError at module load for a malformed id.
 *
 * @example
 * foiFact('FOI-05a'); // { id: 'FOI-05a', ref: 'FOI request (Customer Compliance) fact 5' }
 * foiFact('FOI-00b'); // { id: 'FOI-00b', ref: 'FOI request (Customer Compliance) DWP acknowledgement' }
 */
export function foiFact(id: string): Citation {
  const m = FOI_ID.exec(id);
  const fact = m === null ? -1 : Number(m[1]);
  if (fact < 0 || fact > 20) throw new TypeError(`foiFact(${JSON.stringify(id)}): not an FOI summary catalogue id`);
  return cite(id, fact === 0 ? 'FOI request (Customer Compliance) DWP acknowledgement' : `FOI request (Customer Compliance) fact ${fact}`);
}
