import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CALL_RECORDING_NOTICE,
  callRecordingNotice,
  CHILD_MAINTENANCE_STATEMENTS,
  CONFIDENTIALITY_STATEMENT,
  FALSE_INFORMATION_WARNING,
  firstContactStatements,
} from '../../src/child-maintenance/index.js';
import { cmg } from '../../src/child-maintenance/cite-cmg.js';
import { CURRENT_POLICY } from '../../src/core/index.js';

// Raw extracts of the source text (OCR artefacts included), so the normalisations are reviewable.
const raw = JSON.parse(readFileSync(new URL('./fixtures/raw-statements.json', import.meta.url), 'utf8')) as Record<string, string>;

/** Words of a text, with bullets (•, and the OCR bullets "e ", "« ", "o " at a line start) and quotes dropped. */
function words(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/^(•|«|e|o) /, ''))
    .join(' ')
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('cmg() citation helper', () => {
  it('names the section', () => {
    expect(cmg('CMG-08b')).toEqual({ id: 'CMG-08b', ref: 'Child Maintenance client contact §8 (False Information Warnings)' });
    expect(() => cmg('CMG-16')).toThrow(TypeError);
  });
});

describe('verbatim texts', () => {
  it('CMG-02b: the outbound recording notice is the printed words (spaces around the slash kept)', () => {
    expect(CALL_RECORDING_NOTICE.text).toBe('I should tell you that this call may be recorded for quality and / or training purposes');
    expect(words(raw.callRecording_lines_15_16!)).toContain(`${CALL_RECORDING_NOTICE.text}.`);
  });
  it('CMG-04b: the confidentiality statement equals the source after exactly the listed normalisations', () => {
    const source = words(raw.confidentiality_lines_48_76!)
      .replace('about.you', 'about you')
      .replace('Data/Controller', 'Data Controller')
      .replace('use your information; please', 'use your information, please');
    expect(words(CONFIDENTIALITY_STATEMENT.text)).toBe(source);
    expect(CONFIDENTIALITY_STATEMENT.normalisations).toHaveLength(6);
    expect(CONFIDENTIALITY_STATEMENT.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(7);
  });
  it('CMG-08b: the false-information warning equals the source word for word, no full stop after £1000', () => {
    expect(words(FALSE_INFORMATION_WARNING.text)).toBe(words(raw.falseInformation_lines_128_138!));
    expect(FALSE_INFORMATION_WARNING.text.endsWith('they can be fined up to £1000')).toBe(true);
    expect(FALSE_INFORMATION_WARNING.wordForWord).toBe(true);
    expect(CURRENT_POLICY.childMaintenance.falseInformationMaximumFinePence.value).toBe(100000);
  });
  it('every statement entry carries its id and citation', () => {
    expect(CHILD_MAINTENANCE_STATEMENTS.map((s) => [s.id, s.cites[0]!.id])).toEqual([['CMG-02b', 'CMG-02b'], ['CMG-04b', 'CMG-04b'], ['CMG-08b', 'CMG-08b']]);
  });
});

describe('CMG-02a / CMG-02b: when the recording notice is needed', () => {
  it('CMG-02a: incoming calls need no warning', () => {
    const d = callRecordingNotice({ direction: 'incoming' });
    expect(d.value).toEqual({ required: false, text: null });
    expect(d.reasons[0]!.rule).toBe('CMG-02a');
  });
  it('CMG-02b: outbound calls get the notice', () => {
    const d = callRecordingNotice({ direction: 'outbound' });
    expect(d.value).toEqual({ required: true, text: CALL_RECORDING_NOTICE.text });
    expect(d.reasons[0]!.rule).toBe('CMG-02b');
  });
});

describe('CMG-04a / CMG-08a: statements at first contact', () => {
  it('CMG-04a + CMG-08a: both statements at the first contact, read out on the phone', () => {
    const d = firstContactStatements({ firstContactWithClient: true, channel: 'phone' });
    expect(d.value.map((s) => [s.statement.id, s.delivery])).toEqual([['CMG-04b', 'read out'], ['CMG-08b', 'read out']]);
    expect(d.reasons.map((r) => r.rule)).toEqual(['CMG-04a', 'CMG-08a']);
  });
  it('CMG-08a: a written first contact includes them verbatim in writing', () => {
    expect(firstContactStatements({ firstContactWithClient: true, channel: 'in writing' }).value.map((s) => s.delivery)).toEqual(['in writing', 'in writing']);
  });
  it('CMG-04a: not on later contacts', () => {
    expect(firstContactStatements({ firstContactWithClient: false, channel: 'in person' }).value).toEqual([]);
  });
});
