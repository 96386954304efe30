#!/usr/bin/env node
// Measures what dwp-rules adds to a browser bundle: bundles the built package with esbuild
// (minified, tree-shaken, zod marked external: an app has its own copy), gzips the result
// (node:zlib, level 9) and prints the size in kB (1 kB = 1,000 bytes) min+gz.
//
//   node src/cli/scripts/bundle-size.mjs            # print the figures (after `npm run build`)
//   node src/cli/scripts/bundle-size.mjs --check    # also exit 1 when a target is missed
//   node src/cli/scripts/bundle-size.mjs --json     # the figures as JSON
//
// Targets (issue 7): the whole library ≤ 30 kB; a calendar-only import ≤ 6 kB. Other rows
// (one function, each domain subpath) are printed for information.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = new URL('../../..', import.meta.url).pathname;
const { values: flags } = parseArgs({ options: { check: { type: 'boolean' }, json: { type: 'boolean' } } });

const KB = 1000;
/** Domain subpaths measured for information (no target). */
const DOMAINS = ['compliance', 'provider', 'complaints', 'child-maintenance', 'foi'];
const MEASURES = [
  { name: 'whole library', code: "export * from 'dwp-rules';", targetKb: 30 },
  { name: 'calendar only', code: "export * from 'dwp-rules/calendar';", targetKb: 6 },
  { name: 'addWorkingDays from dwp-rules/calendar', code: "export { addWorkingDays } from 'dwp-rules/calendar';" },
  { name: 'addWorkingDays from dwp-rules', code: "export { addWorkingDays } from 'dwp-rules';" },
  ...DOMAINS.map((d) => ({ name: `dwp-rules/${d}`, code: `export * from 'dwp-rules/${d}';` })),
];

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/calendar/index.js'))) {
  console.error('bundle-size: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

let esbuild;
try {
  esbuild = await import('esbuild'); // installed as a dependency of tsup
} catch {
  console.error('bundle-size: esbuild is not installed (it comes with tsup, a devDependency)');
  process.exit(2);
}

// Bundle as an app does: import 'dwp-rules' from a node_modules folder (a link to this package),
// so the exports map and "sideEffects": false apply exactly as for a user.
const app = mkdtempSync(join(tmpdir(), 'dwp-rules-bundle-size-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(root, join(app, 'node_modules', 'dwp-rules'), 'dir');

async function measure(code) {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: app, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['zod', 'zod/*'],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const min = result.outputFiles[0].contents;
  // How much of it is text (string and template literals: the reasons, checklists and verbatim
  // texts of the guidance), gzipped on its own: the floor that tree-shaking cannot remove.
  const strings = result.outputFiles[0].text.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [];
  return {
    minBytes: min.byteLength,
    gzipBytes: gzipSync(min, { level: 9 }).byteLength,
    textGzipBytes: gzipSync(strings.join('\n'), { level: 9 }).byteLength,
  };
}

const rows = [];
try {
  for (const m of MEASURES) {
    const { minBytes, gzipBytes, textGzipBytes } = await measure(m.code);
    rows.push({ ...m, minBytes, gzipBytes, textGzipBytes, ok: m.targetKb === undefined || gzipBytes <= m.targetKb * KB });
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}

if (flags.json) {
  console.log(JSON.stringify(rows.map(({ code, ...r }) => ({ ...r, import: code })), null, 2));
} else {
  const fmt = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
  console.log('Bundle size: esbuild, minified, tree-shaken, zod external; gzip -9 (1 kB = 1,000 bytes)');
  for (const r of rows) {
    const target = r.targetKb === undefined ? '' : `  target ≤ ${r.targetKb} kB: ${r.ok ? 'ok' : 'MISSED'}`;
    console.log(`  ${r.name.padEnd(40)} ${fmt(r.gzipBytes).padStart(9)} min+gz ${`(${fmt(r.minBytes)} min)`.padStart(16)}${target}`);
  }
  const whole = rows[0];
  console.log(`  (of the whole library, its string literals alone gzip to ${fmt(whole.textGzipBytes)}: mostly guidance text)`);
}

const missed = rows.filter((r) => !r.ok);
if (flags.check && missed.length > 0) {
  console.error(`bundle-size: target missed: ${missed.map((r) => `${r.name} ${(r.gzipBytes / KB).toFixed(1)} kB > ${r.targetKb} kB`).join('; ')}`);
  process.exit(1);
}
