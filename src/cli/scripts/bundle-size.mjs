#!/usr/bin/env node
// Measures what dwp-rules adds to a browser bundle: bundles the built package with esbuild
// (minified, tree-shaken, zod marked external: an app has its own copy), gzips the result
// (node:zlib, level 9) and prints the size in kB (1 kB = 1,000 bytes) min+gz.
//
//   node src/cli/scripts/bundle-size.mjs            # print the figures (after `npm run build`)
//   node src/cli/scripts/bundle-size.mjs --check    # also exit 1 when a target is missed
//   node src/cli/scripts/bundle-size.mjs --json     # the figures as JSON
//   node src/cli/scripts/bundle-size.mjs --breakdown  # also: what the whole-library bundle is made of
//   node src/cli/scripts/bundle-size.mjs --per-rule   # also: what importing one rule costs, for each of the 210
//
// Targets (issue 7): the whole library ≤ 30 kB; a calendar-only import ≤ 6 kB. Other rows
// (one function, each domain subpath) are printed for information.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = new URL('../../..', import.meta.url).pathname;
const { values: flags } = parseArgs({ options: { check: { type: 'boolean' }, json: { type: 'boolean' }, breakdown: { type: 'boolean' }, 'per-rule': { type: 'boolean' } } });

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
let ts;
try {
  esbuild = await import('esbuild'); // installed as a dependency of tsup
  ts = (await import('typescript')).default; // a devDependency: parses the bundle to find its text
} catch {
  console.error('bundle-size: esbuild or typescript is not installed (devDependencies: run `npm ci`)');
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
  const strings = stringLiterals(result.outputFiles[0].text).map(([start, end]) => result.outputFiles[0].text.slice(start, end));
  return {
    text: result.outputFiles[0].text,
    minBytes: min.byteLength,
    gzipBytes: gzipSync(min, { level: 9 }).byteLength,
    textGzipBytes: gzipSync(strings.join('\n'), { level: 9 }).byteLength,
  };
}

const gz = (text) => gzipSync(text, { level: 9 }).byteLength;

/**
 * The [start, end) offsets of every string and template literal of a script, from a parse (the
 * TypeScript compiler, a devDependency): a regular expression over minified code loses its place
 * at a quote inside a regex or template literal and counts code as text.
 */
function stringLiterals(text) {
  const file = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const spans = [];
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail:
        spans.push([node.getStart(file), node.end]);
        return;
      default:
        ts.forEachChild(node, visit);
    }
  };
  visit(file);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The text with every literal span passed through `replace(literal)`. */
function replaceLiterals(text, spans, replace) {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + replace(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** The end (exclusive) of the bracketed expression opening at text[open], skipping string literals. */
function closeOf(text, open) {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const ch = text[k];
    if (ch === '"' || ch === "'" || ch === '`') {
      for (k++; k < text.length && text[k] !== ch; k++) if (text[k] === '\\') k++;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && --depth === 0) return k + 1;
  }
  return text.length;
}

/** Every top-level match of `re` (ending at an opening bracket) with its bracketed arguments. */
function expressions(text, re) {
  const out = [];
  let end = -1;
  for (const m of text.matchAll(re)) {
    const open = m.index + m[0].length - 1;
    if (open < end) continue;
    end = closeOf(text, open);
    out.push(text.slice(m.index, end));
  }
  return out;
}

/**
 * What the whole-library bundle is made of: bytes per source folder and module (esbuild
 * metafile), text versus code, the share of reasons, zod schemas and registry entries, the brotli
 * size, and what candidate reductions would save (simulated on the minified text, so the figure is
 * known before any source is changed).
 */
async function wholeLibraryBreakdown() {
  const { text, gzipBytes } = await measure("export * from 'dwp-rules';");
  // dist/ chunks do not say which module a byte came from: attribute by bundling src/ the same way.
  const fromSource = await esbuild.build({
    stdin: { contents: "export * from './src/index.ts';", resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true, minify: true, treeShaking: true, format: 'esm', platform: 'browser', target: 'es2022',
    external: ['zod', 'zod/*'], write: false, logLevel: 'silent', legalComments: 'none', metafile: true,
  });
  const byFolder = {};
  for (const [path, v] of Object.entries(Object.values(fromSource.metafile.outputs)[0].inputs)) {
    const folder = path.includes('node_modules/') ? path.replace(/^.*node_modules\/([^/]+).*$/, 'node_modules/$1') : path.split('/').slice(0, 3).join('/');
    byFolder[folder] = (byFolder[folder] ?? 0) + v.bytesInOutput;
  }
  const spans = stringLiterals(text);
  const literals = spans.map(([start, end]) => text.slice(start, end));
  const blanked = replaceLiterals(text, spans, () => '""');
  const part = (items) => ({ count: items.length, minBytes: items.join('').length, gzipBytes: gz(items.join('\n')) });
  const simulate = (variant) => ({ minBytes: text.length - variant.length, gzipBytes: gzipBytes - gz(variant) });
  return {
    gzipBytes,
    brotliBytes: brotliCompressSync(text, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    chunks: Object.entries(byFolder).sort((a, b) => b[1] - a[1]).slice(0, 14),
    text: part(literals),
    code: { minBytes: blanked.length, gzipBytes: gz(blanked) },
    parts: {
      'reasons: reason("ID", "says", [citations])': part(expressions(text, /\b[\w$]{1,3}\("[A-Z]{2,4}-[^"]*","/g)),
      'zod schemas: z.object({...})': part(expressions(text, /\b[\w$]{1,3}\.object\(/g)),
      'registry entries: defineRule({ name, domain, title, ids, citations, ... })': part(expressions(text, /\b[\w$]{1,3}\(\{name:"/g)),
    },
    savings: {
      'rule id not repeated as the first citation of a reason': simulate(text.replace(/(\b[\w$]{1,3}\("([A-Z]{2,4}-[^"]+)","(?:[^"\\]|\\.)*",\[)[\w$]{1,3}\("\2"\),?/g, '$1')),
      'registry entries as positional arguments': simulate(text.replace(/\(\{name:("[^"]*"),domain:("[^"]*"),title:/g, '($1,$2,').replace(/,ids:\[/g, ',[').replace(/\],citations:\[/g, '],[')),
      'Object.freeze( aliased to a one-letter name': simulate(text.replace(/Object\.freeze\(/g, 'F(')),
      'every repeated string literal of 25+ characters stored once': simulate(dedupeLiterals(text, spans, literals)),
    },
  };
}

/** The text with every repeat of a string literal of 25+ characters replaced by a 2-character name. */
function dedupeLiterals(text, spans, literals) {
  const seen = new Set();
  const repeated = new Set(literals.filter((l) => l.length >= 25 && (seen.has(l) || !seen.add(l))));
  const first = new Set();
  return replaceLiterals(text, spans, (l) => (!repeated.has(l) || (!first.has(l) && first.add(l)) ? l : 'Zz'));
}

/**
 * What an app pays for one rule: `import { <rule> } from 'dwp-rules'` for every registered rule,
 * sorted by size (the registry names each rule's exported function). Bundled two at a time.
 */
async function perRuleSizes() {
  const { RULES } = await import(join(root, 'dist/index.js'));
  const names = RULES.rules.map((r) => r.name);
  const sizes = [];
  for (let i = 0; i < names.length; i += 2) {
    const batch = names.slice(i, i + 2);
    const measured = await Promise.all(batch.map((name) => measure(`export { ${name} } from 'dwp-rules';`)));
    batch.forEach((name, k) => sizes.push({ name, minBytes: measured[k].minBytes, gzipBytes: measured[k].gzipBytes }));
  }
  sizes.sort((a, b) => a.gzipBytes - b.gzipBytes);
  const at = (q) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))];
  return { count: sizes.length, smallest: sizes[0], median: at(0.5), p90: at(0.9), largest: sizes[sizes.length - 1], sizes };
}

let breakdown;
let perRule;
const rows = [];
try {
  for (const m of MEASURES) {
    const { minBytes, gzipBytes, textGzipBytes } = await measure(m.code);
    rows.push({ ...m, minBytes, gzipBytes, textGzipBytes, ok: m.targetKb === undefined || gzipBytes <= m.targetKb * KB });
  }
  if (flags.breakdown) breakdown = await wholeLibraryBreakdown();
  if (flags['per-rule']) perRule = await perRuleSizes();
} finally {
  rmSync(app, { recursive: true, force: true });
}

if (flags.json) {
  const figures = rows.map(({ code, ...r }) => ({ ...r, import: code }));
  const plain = breakdown === undefined && perRule === undefined;
  console.log(JSON.stringify(plain ? figures : { figures, breakdown, perRule }, null, 2));
} else {
  const fmt = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
  console.log('Bundle size: esbuild, minified, tree-shaken, zod external; gzip -9 (1 kB = 1,000 bytes)');
  for (const r of rows) {
    const target = r.targetKb === undefined ? '' : `  target ≤ ${r.targetKb} kB: ${r.ok ? 'ok' : 'MISSED'}`;
    console.log(`  ${r.name.padEnd(40)} ${fmt(r.gzipBytes).padStart(9)} min+gz ${`(${fmt(r.minBytes)} min)`.padStart(16)}${target}`);
  }
  const whole = rows[0];
  console.log(`  (of the whole library, its string literals alone gzip to ${fmt(whole.textGzipBytes)}: mostly guidance text)`);
  if (breakdown !== undefined) {
    const b = breakdown;
    console.log(`\nWhole library breakdown (min+gz ${fmt(b.gzipBytes)}; min+brotli-11 ${fmt(b.brotliBytes)})`);
    console.log('  largest source folders (minified bytes in a bundle of src/, esbuild metafile):');
    for (const [path, bytes] of b.chunks) console.log(`    ${fmt(bytes).padStart(9)}  ${path}`);
    console.log(`  text (string literals): ${fmt(b.text.minBytes)} min, ${fmt(b.text.gzipBytes)} gz alone`);
    console.log(`  code (literals blanked): ${fmt(b.code.minBytes)} min, ${fmt(b.code.gzipBytes)} gz alone`);
    for (const [name, p] of Object.entries(b.parts)) console.log(`  ${name}: ${p.count}, ${fmt(p.minBytes)} min, ${fmt(p.gzipBytes)} gz alone`);
    console.log('  candidate reductions (simulated on the minified bundle):');
    for (const [name, v] of Object.entries(b.savings)) console.log(`    ${name}: −${fmt(v.minBytes)} min, −${fmt(v.gzipBytes)} gz`);
  }
  if (perRule !== undefined) {
    const p = perRule;
    const one = (r) => `${fmt(r.gzipBytes)} (${r.name})`;
    console.log(`\nOne rule: import { <rule> } from 'dwp-rules', each of the ${p.count} registered rules (min+gz)`);
    console.log(`  smallest ${one(p.smallest)}; median ${one(p.median)}; 90th percentile ${one(p.p90)}; largest ${one(p.largest)}`);
    console.log('  the ten largest:');
    for (const r of p.sizes.slice(-10).reverse()) console.log(`    ${fmt(r.gzipBytes).padStart(9)}  ${r.name}`);
  }
}

const missed = rows.filter((r) => !r.ok);
if (flags.check && missed.length > 0) {
  console.error(`bundle-size: target missed: ${missed.map((r) => `${r.name} ${(r.gzipBytes / KB).toFixed(1)} kB > ${r.targetKb} kB`).join('; ')}`);
  process.exit(1);
}
