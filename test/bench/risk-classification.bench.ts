import { bench, describe } from 'vitest';
import { classifyReferralRisk } from '../../src/compliance/referrals/index.js';
import { bareRiskType, generateRiskFacts, jreEngine, jreFacts, jreRiskTypes } from './risk-classification.forms.js';

// Risk classification (ch.02 para 2, Risk A–H) in three forms over the same 4,096 pre-built fact
// sets (risk-classification.forms.ts; their agreement is tested in risk-classification.test.ts):
//   (a) classifyReferralRisk, with every match, reasons and citations;
//   (b) a bare classifier: the same rules, the primary letter only, no reasons;
//   (c) json-rules-engine: one rule per Risk Type; the derived epoch-day facts (date of claim,
//       separation date, start of the 3-month window) are precomputed outside the timed loop.
// (a) and (b) make BATCH calls per iteration (per-call time = mean ÷ BATCH); json-rules-engine,
// being asynchronous and far slower, makes JRE_BATCH awaited runs per iteration.
const BATCH = 1000;
const JRE_BATCH = 100;
const facts = generateRiskFacts(4096, 7);
const derived = facts.map(jreFacts);
const engine = jreEngine();

let sink = 0;
let i = 0;
describe('risk classification A–H: classifyReferralRisk vs a bare classifier vs json-rules-engine', () => {
  bench(`(a) classifyReferralRisk, with reasons ×${BATCH}`, () => {
    for (let k = 0; k < BATCH; k++) sink += classifyReferralRisk(facts[i++ & 4095]!).reasons.length;
  });
  bench(`(b) bare classifier, primary letter only ×${BATCH}`, () => {
    for (let k = 0; k < BATCH; k++) sink += bareRiskType(facts[i++ & 4095]!) === null ? 0 : 1;
  });
  bench(`(c) json-rules-engine, derived facts precomputed ×${JRE_BATCH}`, async () => {
    for (let k = 0; k < JRE_BATCH; k++) sink += (await jreRiskTypes(engine, derived[i++ & 4095]!)).length;
  });
});
export { sink };
