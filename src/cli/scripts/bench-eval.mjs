#!/usr/bin/env node
// Measures `dwp-rules eval` at caseload scale: writes N case-record lines to a temporary NDJSON
// file (streamed, never held in memory), runs the built CLI on it with the output going to
// /dev/null (or, with --check, to a counting sink that also checks one output line per input
// line), and prints lines/s, elapsed time and the CLI's peak memory (VmHWM, Linux only).
//
//   npm run build && node src/cli/scripts/bench-eval.mjs                 # 1,000,000 lines
//   node src/cli/scripts/bench-eval.mjs --lines 200000 --check
//   node src/cli/scripts/bench-eval.mjs --template case.json --malformed 0.01
//   node src/cli/scripts/bench-eval.mjs --json -- --policy foi-era       # after --: eval options
//
// --template FILE: a JSON object, the typical record; each line is a copy with "caseId" set to
// C1, C2, … (default {"caseId":…} alone, until a realistic record is agreed).
// --malformed RATE: that fraction of lines is cut short (not valid JSON), spread evenly.
// Target (issue 7): 1,000,000 lines in under 20 s.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, readFileSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('../../..', import.meta.url).pathname;
const { values: flags, positionals: evalArgs } = parseArgs({
  allowPositionals: true,
  options: {
    lines: { type: 'string', default: '1000000' },
    template: { type: 'string' },
    malformed: { type: 'string', default: '0' },
    cli: { type: 'string', default: join(root, 'dist/cli.js') },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const lines = Number(flags.lines);
const malformedRate = Number(flags.malformed);
if (!Number.isSafeInteger(lines) || lines < 1) throw new Error(`--lines must be a positive integer, not ${flags.lines}`);
if (!(malformedRate >= 0 && malformedRate <= 1)) throw new Error(`--malformed must be a fraction 0..1, not ${flags.malformed}`);
try {
  statSync(flags.cli);
} catch {
  throw new Error(`${flags.cli} not found: run \`npm run build\` first`);
}

const template = flags.template === undefined ? {} : JSON.parse(readFileSync(flags.template, 'utf8'));
if (typeof template !== 'object' || template === null || Array.isArray(template)) throw new Error('--template must hold a JSON object');
const MARK = '\u0000ID\u0000';
const [pre, post] = JSON.stringify({ ...template, caseId: MARK }).split(JSON.stringify(MARK));
const every = malformedRate > 0 ? Math.round(1 / malformedRate) : 0;

async function generate(file) {
  const out = createWriteStream(file);
  let batch = '';
  for (let i = 1; i <= lines; i++) {
    const line = `${pre}"C${i}"${post}`;
    batch += every > 0 && i % every === 0 ? line.slice(0, line.length >> 1) + '\n' : line + '\n';
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await new Promise((r) => out.once('drain', r));
      batch = '';
    }
  }
  out.end(batch);
  await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
}

function run(file) {
  return new Promise((resolve, reject) => {
    const args = [flags.cli, 'eval', file, '--as-of', '2026-03-02', ...evalArgs];
    const devNull = flags.check ? undefined : openSync('/dev/null', 'w');
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', devNull ?? 'pipe', 'inherit'] });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* not Linux, or the process has gone */
      }
    }, 100);
    let outLines = 0;
    let outBytes = 0;
    let okLines = 0;
    let tail = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk) => {
      outBytes += Buffer.byteLength(chunk);
      const text = tail + chunk;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        outLines++;
        if (text.startsWith('"ok":true', text.indexOf(',', start) + 1)) okLines++;
        start = nl + 1;
      }
      tail = text.slice(start);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (devNull !== undefined) closeSync(devNull);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code, seconds, peakKb, outLines, outBytes, okLines });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dwp-bench-eval-'));
const file = join(dir, 'cases.ndjson');
try {
  const g0 = process.hrtime.bigint();
  await generate(file);
  const genSeconds = Number(process.hrtime.bigint() - g0) / 1e9;
  const inBytes = statSync(file).size;
  const r = await run(file);
  const expectedOk = every > 0 ? lines - Math.floor(lines / every) : lines;
  const result = {
    lines,
    malformedRate,
    inputMB: +(inBytes / 1e6).toFixed(1),
    recordBytes: pre.length + post.length + 8,
    seconds: +r.seconds.toFixed(2),
    linesPerSecond: Math.round(lines / r.seconds),
    peakRssMB: r.peakKb > 0 ? +(r.peakKb / 1024).toFixed(1) : null,
    exitCode: r.code,
    ...(flags.check ? { outputLines: r.outLines, outputMB: +(r.outBytes / 1e6).toFixed(1), okLines: r.okLines } : {}),
    generateSeconds: +genSeconds.toFixed(2),
    target: '1,000,000 lines < 20 s',
  };
  if (flags.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`dwp-rules eval: ${lines.toLocaleString('en-GB')} lines (${result.inputMB} MB, ${malformedRate * 100}% malformed) in ${result.seconds} s`);
    console.log(`  ${result.linesPerSecond.toLocaleString('en-GB')} lines/s; peak RSS ${result.peakRssMB ?? '?'} MB; exit ${r.code}`);
    if (flags.check) console.log(`  output: ${r.outLines.toLocaleString('en-GB')} lines (${result.outputMB} MB), ${r.okLines.toLocaleString('en-GB')} ok`);
  }
  let failed = false;
  if (flags.check && (r.outLines !== lines || r.okLines !== expectedOk)) {
    console.error(`check failed: ${r.outLines} output lines for ${lines} input lines, ${r.okLines} ok (expected ${expectedOk})`);
    failed = true;
  }
  if (r.code !== (expectedOk === lines ? 0 : 1)) {
    console.error(`unexpected exit code ${r.code}`);
    failed = true;
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  if (flags.keep) console.error(`kept ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
