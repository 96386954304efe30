#!/usr/bin/env node
// Times `dwp-rules test` over 1,000 scenarios end to end (wall clock, node start included), the
// way a CI pipeline runs it. The scenarios are the shipped ones under test/scenarios, cycled (each
// copy renamed "… #k") until there are --count of them, written as --files JSON files into a
// temporary folder; then `node dist/cli.js test <folder>` runs --runs times.
//
//   npm run build && node src/cli/scripts/bench-scenarios.mjs   # print the figures
//   node src/cli/scripts/bench-scenarios.mjs --check              # also exit 1 when the median misses 2 s
//   node src/cli/scripts/bench-scenarios.mjs --json               # the figures as JSON
//   node src/cli/scripts/bench-scenarios.mjs --count 1000 --files 50 --runs 7
//
// Target (issue 7): `dwp-rules test` over 1,000 scenarios in under 2 s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('../../..', import.meta.url).pathname;
const { values: flags } = parseArgs({
  options: {
    check: { type: 'boolean' },
    json: { type: 'boolean' },
    count: { type: 'string', default: '1000' },
    files: { type: 'string', default: '50' },
    runs: { type: 'string', default: '5' },
  },
});
const COUNT = Number(flags.count);
const FILES = Number(flags.files);
const RUNS = Number(flags.runs);
const TARGET_MS = 2000;
if (![COUNT, FILES, RUNS].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('bench-scenarios: --count, --files and --runs must be positive integers');
  process.exit(2);
}

const cli = join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('bench-scenarios: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}

/** Every scenario shipped under test/scenarios (a file holds one scenario or an array). */
function shippedScenarios(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...shippedScenarios(path));
    else if (entry.name.endsWith('.json')) {
      const content = JSON.parse(readFileSync(path, 'utf8'));
      out.push(...(Array.isArray(content) ? content : [content]));
    }
  }
  return out;
}

const shipped = shippedScenarios(join(root, 'test/scenarios'));
const dir = mkdtempSync(join(tmpdir(), 'dwp-rules-bench-scenarios-'));
const timings = [];
let lastSummary = '';
try {
  // Round-robin over the shipped scenarios, so every file mixes domains (calendar, compliance,
  // provider, complaints, child maintenance, FOI, editions).
  const perFile = Array.from({ length: FILES }, () => []);
  for (let i = 0; i < COUNT; i++) {
    const s = shipped[i % shipped.length];
    perFile[i % FILES].push({ ...s, name: `${s.name} #${Math.floor(i / shipped.length) + 1}` });
  }
  mkdirSync(join(dir, 'scenarios'));
  perFile.forEach((scenarios, k) => writeFileSync(join(dir, 'scenarios', `bench-${String(k + 1).padStart(3, '0')}.json`), JSON.stringify(scenarios, null, 2)));

  spawnSync(process.execPath, [cli, '--version']); // warm the file cache once, untimed
  for (let r = 0; r < RUNS; r++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [cli, 'test', join(dir, 'scenarios')], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    lastSummary = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || lastSummary !== `${COUNT} passed, 0 failed`) {
      console.error(`bench-scenarios: the run failed (exit ${run.status}): ${lastSummary}\n${run.stderr}`);
      process.exit(1);
    }
    timings.push(ms);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const result = {
  scenarios: COUNT,
  files: FILES,
  shipped: shipped.length,
  runs: RUNS,
  minMs: Math.round(sorted[0]),
  medianMs: Math.round(median),
  maxMs: Math.round(sorted.at(-1)),
  targetMs: TARGET_MS,
  ok: median < TARGET_MS,
  node: process.version,
};
if (flags.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`dwp-rules test: ${COUNT} scenarios (the ${shipped.length} shipped ones cycled) in ${FILES} files, ${RUNS} runs, wall clock incl. node start (${process.version})`);
  console.log(`  min ${result.minMs} ms · median ${result.medianMs} ms · max ${result.maxMs} ms   target < ${TARGET_MS} ms: ${result.ok ? 'ok' : 'MISSED'}`);
  console.log(`  last run: ${lastSummary}`);
}
if (flags.check && !result.ok) process.exit(1);
