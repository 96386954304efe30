import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { assessCase, safeAssessCase, type CaseRecord } from '../../src/compliance/case/index.js';

// Each bench iteration assesses BATCH case records, so the per-case time is the reported mean
// divided by BATCH, and cases/s = BATCH / mean (in seconds). The "typical" record is a case in
// progress (test/fixtures/case-records/typical.json: referral, benefits, notification and
// appointment, one interview, a written denial, an evidence request, an employer-contact
// question: 9 decisions and 2 deadlines); "complete" is Appendix Example 8 carried to closure.
const BATCH = 1000;
const load = (name: string): CaseRecord => JSON.parse(readFileSync(new URL(`../fixtures/case-records/${name}.json`, import.meta.url), 'utf8')) as CaseRecord;
const typical = load('typical');
const complete = load('complete');
// Vary asOf so deadlines take every status; dates already parsed into the record stay shared.
const asOfs = ['2026-03-20', '2026-03-23', '2026-04-06', '2026-04-08', '2026-04-21', '2026-05-01'];
const typicalOptions = asOfs.map((asOf) => ({ asOf }));
const completeOptions = [{ asOf: '2015-02-10' }];

let sink = 0;
describe(`assessCase (${BATCH} cases per iteration)`, () => {
  bench(`assessCase, typical record ×${BATCH}`, () => {
    for (let i = 0; i < BATCH; i++) sink += assessCase(typical, typicalOptions[i % 6]!).deadlines.length;
  });
  bench(`assessCase, complete record (Example 8 to closure) ×${BATCH}`, () => {
    for (let i = 0; i < BATCH; i++) sink += assessCase(complete, completeOptions[0]!).deadlines.length;
  });
  bench(`safeAssessCase (zod validation + assessment), typical record ×${BATCH}`, () => {
    for (let i = 0; i < BATCH; i++) sink += safeAssessCase(typical, typicalOptions[i % 6]!).ok ? 1 : 0;
  });
});
export { sink };
