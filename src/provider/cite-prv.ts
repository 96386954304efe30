import { cite, type Citation } from '../core/citation.js';

const PRV_MAIN = /^PRV-(\d{3})([a-z]?)$/;
const PRV_ANNEX = /^PRV-A2-([PAB])-(\d{2})([a-z]?)$/;
const ANNEX_PART: Readonly<Record<string, string>> = { P: 'preamble', A: 'Part A', B: 'Part B' };

/** The human reference prefix of every provider-guidance citation. */
export const PROVIDER_GUIDANCE_TITLE = 'Provider guidance (generic chapter)';

/**
 * A citation of the provider guidance (generic chapter) from a catalogue id; the paragraph
 * reference is derived from the id (`PRV-<para>[letter]`; `PRV-036m` is the Incident Referral
 * Process Map printed after para 36; `PRV-A2-<P|A|B>-<para>[letter]` is Annex 2's preamble,
 * Part A or Part B). Throws a TypeError at module load for a malformed id, so a typo cannot ship.
 *
 * @example
 * prv('PRV-048a');    // { id: 'PRV-048a', ref: 'Provider guidance (generic chapter) para 48' }
 * prv('PRV-A2-B-06'); // { id: 'PRV-A2-B-06', ref: 'Provider guidance (generic chapter) Annex 2 Part B para 6' }
 */
export function prv(id: string): Citation {
  const main = PRV_MAIN.exec(id);
  if (main !== null) {
    const para = Number(main[1]);
    const where = main[2] === 'm' && para === 36 ? 'Incident Referral Process Map (after para 36)' : `para ${para}`;
    return cite(id, `${PROVIDER_GUIDANCE_TITLE} ${where}`);
  }
  const annex = PRV_ANNEX.exec(id);
  if (annex !== null) return cite(id, `${PROVIDER_GUIDANCE_TITLE} Annex 2 ${ANNEX_PART[annex[1]!]!} para ${Number(annex[2])}`);
  throw new TypeError(`prv(${JSON.stringify(id)}): not a provider-guidance catalogue id`);
}
