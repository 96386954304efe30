import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideCausalLink, decideBenefitAfterLtamcDenial, addCalendarDays, type CausalLinkInput, type IsoDate } from '../../../src/index.js';

const base: CausalLinkInput = {
  originalAllegation: 'LTAMC',
  interviews: [{ date: '2015-06-13', faceToFace: true }],
  writtenDenialObtained: true,
  notification: null,
  asOf: '2015-08-01',
};
const on = (receivedOn: string, extra: Partial<CausalLinkInput> = {}) =>
  decideCausalLink({ ...base, notification: { receivedOn, livingTogether: true, action: 'withdraws-claim' }, ...extra });
const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('decideCausalLink', () => {
  it('LSC-07-034: day 27 and day 28 are inside, day 29 outside (inclusive end)', () => {
    expect(on('2015-07-10').value).toMatchObject({ status: 'mva-claimable', notificationDay: 27, windowLastDay: '2015-07-11' });
    expect(on('2015-07-11').value).toMatchObject({ status: 'mva-claimable', notificationDay: 28 });
    expect(on('2015-07-12').value).toMatchObject({ status: 'no-mva', notificationDay: 29 });
  });
  it('LSC-07-034: day 0 (the interview day) is inside; a notification before the first interview is not a causal link', () => {
    expect(on('2015-06-13').value).toMatchObject({ status: 'mva-claimable', notificationDay: 0 });
    expect(on('2015-06-12').value).toMatchObject({ status: 'no-mva', notificationDay: -1 });
  });
  it('LSC-07-036: a thinking-time second interview never extends the window', () => {
    const d = on('2015-07-13', { interviews: [{ date: '2015-06-18', faceToFace: true }, { date: '2015-06-13', faceToFace: true }] });
    expect(d.value).toMatchObject({ status: 'no-mva', windowStartsOn: '2015-06-13', notificationDay: 30 });
    expect(ids(d)).toContain('LSC-07-036');
  });
  it('LSC-07-034 / LSC-07-036: day 0 is the first face-to-face interview; an earlier contact that was not face to face does not start the window', () => {
    const d = on('2015-07-15', { interviews: [{ date: '2015-06-13', faceToFace: false }, { date: '2015-06-20', faceToFace: true }, { date: '2015-06-27', faceToFace: true }] });
    expect(d.value).toMatchObject({ status: 'mva-claimable', windowStartsOn: '2015-06-20', windowLastDay: '2015-07-18', notificationDay: 25 });
    // A notification after the non-face-to-face contact but before the first face-to-face interview is not a causal link.
    expect(on('2015-06-15', { interviews: [{ date: '2015-06-13', faceToFace: false }, { date: '2015-06-20', faceToFace: true }] }).value).toMatchObject({ status: 'no-mva', notificationDay: -5 });
  });
  it('LSC-07-032: only LTAMC allegations or Risk A/B/C', () => {
    expect(on('2015-06-20', { originalAllegation: 'other', riskCategory: 'D' }).value.status).toBe('not-applicable');
    expect(ids(on('2015-06-20', { originalAllegation: 'other', riskCategory: 'D' }))).toEqual(['LSC-07-032']);
    for (const riskCategory of ['A', 'B', 'C'] as const) expect(on('2015-06-20', { originalAllegation: 'other', riskCategory }).value.status).toBe('mva-claimable');
    expect(on('2015-06-20', { originalAllegation: 'other' }).value.status).toBe('not-applicable');
  });
  it('LSC-07-033: needs a face-to-face interview and a written denial', () => {
    expect(ids(on('2015-06-20', { interviews: [{ date: '2015-06-13', faceToFace: false }] }))).toEqual(['LSC-07-033']);
    expect(ids(on('2015-06-20', { writtenDenialObtained: false }))).toEqual(['LSC-07-033']);
  });
  it('LSC-07-037: a reason other than living together gives no MVA', () => {
    const d = decideCausalLink({ ...base, notification: { receivedOn: '2015-06-20', livingTogether: false, action: 'withdraws-claim' } });
    expect(d.value.status).toBe('no-mva');
    expect(ids(d)).toContain('LSC-07-037');
  });
  it('LSC-07-034: living together declared without withdrawal or partner claim gives no MVA; claims for a partner does', () => {
    expect(decideCausalLink({ ...base, notification: { receivedOn: '2015-06-20', livingTogether: true, action: 'none' } }).value.status).toBe('no-mva');
    expect(decideCausalLink({ ...base, notification: { receivedOn: '2015-06-20', livingTogether: true, action: 'claims-for-partner' } }).value.status).toBe('mva-claimable');
  });
  it('LSC-07-034 / LSC-07-035: the file is held (Closure Action) until day 28 has passed', () => {
    expect(decideCausalLink({ ...base, asOf: '2015-07-11' }).value).toMatchObject({ status: 'holding', mayConclude: false, caseStage: 'Closure Action' });
    expect(ids(decideCausalLink({ ...base, asOf: '2015-07-11' }))).toContain('LSC-07-035');
    expect(decideCausalLink({ ...base, asOf: '2015-07-12' }).value).toMatchObject({ status: 'no-mva', mayConclude: true, caseStage: null });
  });
  it('property: the window always starts at the first interview, never a later one', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addCalendarDays('2012-01-01' as IsoDate, n));
    fc.assert(fc.property(fc.array(day, { minLength: 1, maxLength: 4 }), (dates) => {
      const v = decideCausalLink({ ...base, interviews: dates.map((date) => ({ date, faceToFace: true })) }).value;
      const first = [...dates].sort()[0]!;
      expect(v.windowStartsOn).toBe(first);
      expect(v.windowLastDay).toBe(addCalendarDays(first, 28));
    }));
  });
});

describe('decideBenefitAfterLtamcDenial (LSC-07-028)', () => {
  it('MF47 denial + negative decision → into payment', () => {
    expect(decideBenefitAfterLtamcDenial({ mf47DeniesLivingTogether: true, dmLtamcDecision: 'negative' }).value).toBe(true);
    expect(decideBenefitAfterLtamcDenial({ mf47DeniesLivingTogether: true, dmLtamcDecision: 'positive' }).value).toBe(false);
    expect(decideBenefitAfterLtamcDenial({ mf47DeniesLivingTogether: false, dmLtamcDecision: 'negative' }).value).toBe(false);
  });
});
