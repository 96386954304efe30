/**
 * A pointer from a decision back to the guidance: the catalogue id (from `shared/spec/`)
 * and a human reference to the paragraph.
 *
 * @example
 * const c = cite('LSC-03-066', 'Compliance (01/15) ch.03 para 66');
 * // { id: 'LSC-03-066', ref: 'Compliance (01/15) ch.03 para 66' }
 */
export interface Citation {
  /** Catalogue id, e.g. `LSC-03-066`, `PRV-048a`, `CRM-02b`. */
  readonly id: string;
  /** Human reference, e.g. `Compliance (01/15) ch.03 para 66`. */
  readonly ref: string;
}

/**
 * Builds a frozen {@link Citation}. Call it once, at module load, and reuse the constant.
 *
 * @example
 * const LSC_03_066 = cite('LSC-03-066', 'Compliance (01/15) ch.03 para 66');
 */
export function cite(id: string, ref: string): Citation {
  return Object.freeze({ id, ref });
}
