import { bench, describe } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { decide } from '../../src/core/decision.js';
import { jsonWithDecisions } from '../../src/core/decision-json.js';
import { JsonBytesWriter } from '../../src/core/json-bytes.js';
import { reason } from '../../src/core/reason.js';

// A case assessment of the shape assessCase returns: 12 decisions with 1–3 frozen reasons each
// (citations of real length), 4 deadlines and 2 missing-fact entries. Each iteration serialises
// BATCH assessments (fresh decision objects around shared frozen reasons, as assessCase makes).
const BATCH = 1000;
const cites = Array.from({ length: 24 }, (_, i) => cite(`LSC-03-${String(60 + i).padStart(3, '0')}`, `Compliance (01/15) ch.03 para ${60 + i}`));
const reasons = Array.from({ length: 24 }, (_, i) =>
  reason(cites[i]!.id, `Rule ${i}: a pre-payment case with a date of claim more than three months before referral is routed to the "standard" path.`, [cites[i]!, cites[(i + 7) % 24]!]),
);
function assessment(k: number) {
  const decisions: Record<string, unknown> = {};
  for (let i = 0; i < 12; i++) {
    const rs = [reasons[(k + i) % 24]!, ...(i % 3 === 0 ? [reasons[(k + i + 5) % 24]!] : []), ...(i % 4 === 0 ? [reasons[(k + i + 11) % 24]!] : [])];
    decisions[`topic${i}`] = decide(i % 2 === 0 ? { risk: 'A', days: k % 30 } : i % 3 === 0, rs, 'current');
  }
  return {
    caseId: `C${k}`,
    asOf: '2026-03-02',
    edition: 'current',
    jurisdiction: 'england-and-wales',
    decisions,
    deadlines: [0, 1, 2, 3].map((j) => ({ name: `evidence:${j}`, due: '2026-03-1' + j, status: 'pending', cites: [cites[j]!] })),
    missing: [{ topic: 'mva', rule: 'maximumValueAssessment', facts: ['outcome.overpaymentPence'], cites: [cites[5]!] }],
  };
}
const inputs = Array.from({ length: 256 }, (_, k) => assessment(k));

const encoder = new TextEncoder();
const writer = new JsonBytesWriter();
let sink = 0;
describe(`case assessment to JSON (${BATCH} assessments per iteration)`, () => {
  bench('JSON.stringify', () => {
    for (let i = 0; i < BATCH; i++) sink += JSON.stringify(inputs[i & 255])!.length;
  });
  bench('jsonWithDecisions (cached reasons)', () => {
    for (let i = 0; i < BATCH; i++) sink += jsonWithDecisions(inputs[i & 255])!.length;
  });
  // What eval pays: the text is also encoded to UTF-8 for the output stream (this flattens the
  // concatenated string jsonWithDecisions builds, so the comparison includes that cost).
  bench('JSON.stringify + UTF-8 encode', () => {
    for (let i = 0; i < BATCH; i++) sink += encoder.encode(JSON.stringify(inputs[i & 255])!).length;
  });
  bench('jsonWithDecisions + UTF-8 encode', () => {
    for (let i = 0; i < BATCH; i++) sink += encoder.encode(jsonWithDecisions(inputs[i & 255])!).length;
  });
  // What eval does: UTF-8 straight into a byte buffer, cached reasons copied as bytes; the bytes
  // are handed over (take) every 64 KiB, as eval hands them to stdout.
  bench('JsonBytesWriter (UTF-8 out)', () => {
    for (let i = 0; i < BATCH; i++) {
      writer.json(inputs[i & 255]);
      if (writer.length >= 65536) sink += writer.take().length;
    }
  });
});
export { sink };
