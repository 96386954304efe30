import { describe, expect, it } from 'vitest';
import { prv } from '../../src/provider/cite-prv.js';

describe('prv', () => {
  it('derives the paragraph reference', () => {
    expect(prv('PRV-048a')).toEqual({ id: 'PRV-048a', ref: 'Provider guidance (generic chapter) para 48' });
    expect(prv('PRV-014').ref).toBe('Provider guidance (generic chapter) para 14');
    expect(prv('PRV-036m').ref).toBe('Provider guidance (generic chapter) Incident Referral Process Map (after para 36)');
    expect(prv('PRV-A2-B-06').ref).toBe('Provider guidance (generic chapter) Annex 2 Part B para 6');
    expect(prv('PRV-A2-P-04').ref).toBe('Provider guidance (generic chapter) Annex 2 preamble para 4');
    expect(prv('PRV-A2-A-08b').ref).toBe('Provider guidance (generic chapter) Annex 2 Part A para 8');
  });
  it('rejects a malformed id', () => {
    expect(() => prv('PRV-48a')).toThrow(TypeError);
    expect(() => prv('LSC-03-066')).toThrow(TypeError);
  });
});
