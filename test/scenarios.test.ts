import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectJsonFiles } from '../src/cli/collect-files.js';
import * as api from '../src/index.js';
import { RULES } from '../src/registry.js';
import { formatScenarioReport } from '../src/scenarios/report.js';
import { runScenarioFile } from '../src/scenarios/run.js';

// Every shipped scenario file under test/scenarios/ must pass (the policy regression suite).
const root = fileURLToPath(new URL('..', import.meta.url));
const { files } = collectJsonFiles([fileURLToPath(new URL('./scenarios', import.meta.url))]);

describe('shipped scenario files', () => {
  it('there are scenario files to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const source = relative(root, file);
    describe(source, () => {
      const result = runScenarioFile(JSON.parse(readFileSync(file, 'utf8')), { exports: api, registry: RULES }, source);
      it('is a valid scenario file', () => {
        expect(result.error).toBeUndefined();
      });
      for (const r of result.results) {
        it(r.name, () => {
          expect(r.passed, formatScenarioReport([{ source, results: [r] }])).toBe(true);
        });
      }
    });
  }
});
