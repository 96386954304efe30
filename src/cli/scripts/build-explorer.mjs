#!/usr/bin/env node
// Builds the rule explorer, a static site in docs/explorer/ (run `npm run explorer`, which builds
// dist/ first). Everything the page shows is generated from the rule registry of the built
// package, so a rule added to any domain's rules.ts appears without touching this script:
//   - explorer.js: src/explorer/main.ts bundled with dwp-rules, zod and date-fns (one ES module);
//   - data.json: per rule its name, domain, title, ids, citations, section of the catalogue and
//     input JSON Schema; per policy edition its parameter groups (value, unit, citations, note);
//   - catalogue.json: the catalogue entry text of each id a rule implements (from shared/spec/*.md,
//     found by walking up from the project root; absent → an empty catalogue and a notice);
//   - index.html and explorer.css, copied from src/explorer/.
// The output is deterministic (no timestamps) so rebuilding an unchanged registry changes nothing.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';

const root = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');
const out = join(root, 'docs/explorer');
const src = join(root, 'src/explorer');
const lib = await import(join(root, 'dist/index.js'));
const { RULES, policyEditions, LIBRARY_VERSION } = lib;

/** The catalogue directory: $DWP_RULES_SPEC, else the first `<ancestor>/shared/spec` above the project root. */
function findSpecDir() {
  if (process.env.DWP_RULES_SPEC) return existsSync(process.env.DWP_RULES_SPEC) ? process.env.DWP_RULES_SPEC : undefined;
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'spec');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** id → { title, section, source, text } for every `### <ID> — title` entry of the catalogue. */
function parseCatalogue(dir) {
  const entries = new Map();
  if (dir === undefined) return entries;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    let section = '';
    let current;
    const flush = () => {
      if (current) entries.set(current.id, { ...current, text: current.lines.join('\n').trim(), lines: undefined });
      current = undefined;
    };
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const h = /^### ([A-Z]{3}(?:-[A-Z0-9]+)+[a-z]?) — (.*)$/.exec(line);
      if (h) {
        flush();
        current = { id: h[1], title: h[2].trim(), section, file, lines: [] };
      } else if (/^#{1,4} /.test(line) || /^---\s*$/.test(line)) {
        flush();
        const s = /^## (.*)$/.exec(line);
        if (s) section = s[1].replace(/\s*\((?:lines?|copy) [^)]*\)\s*$/, '').trim();
      } else if (current) {
        current.lines.push(line);
      }
    }
    flush();
  }
  return entries;
}

const toJsonSchema = (schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

const specDir = findSpecDir();
const catalogue = parseCatalogue(specDir);

const rules = RULES.rules.map((rule) => {
  const first = catalogue.get(rule.ids[0]);
  return {
    name: rule.name,
    domain: rule.domain,
    title: rule.title,
    ids: [...rule.ids],
    citations: rule.citations.map((c) => ({ id: c.id, ref: c.ref })),
    section: first ? first.section : '',
    schema: toJsonSchema(rule.input),
  };
});

const editions = policyEditions().map((edition) => ({
  id: edition.id,
  title: edition.title,
  sources: [...edition.sources],
  groups: Object.entries(edition)
    .filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v))
    .map(([group, params]) => ({
      group,
      params: Object.entries(params).map(([name, p]) => ({
        name,
        value: p.value,
        unit: p.unit,
        cites: p.cites.map((c) => ({ id: c.id, ref: c.ref })),
        ...(p.note === undefined ? {} : { note: p.note }),
      })),
    })),
}));

const catalogueOut = {};
for (const id of RULES.ids()) {
  const e = catalogue.get(id);
  if (e) catalogueOut[id] = { title: e.title, section: e.section, source: e.file, text: e.text };
}

// zod's `z` namespace re-exports every locale (`z.locales`), which a bundler cannot drop; the
// library only ever uses the default English messages, so the bundle gets an English-only index.
const englishOnlyZodLocales = {
  name: 'english-only-zod-locales',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

mkdirSync(out, { recursive: true });
const { build } = await import('esbuild');
await build({
  entryPoints: [join(src, 'main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  outfile: join(out, 'explorer.js'),
  logLevel: 'warning',
  plugins: [englishOnlyZodLocales],
});
const json = (v) => JSON.stringify(v) + '\n';
writeFileSync(
  join(out, 'data.json'),
  json({
    library: 'dwp-rules',
    version: LIBRARY_VERSION,
    catalogueAvailable: specDir !== undefined,
    rules,
    editions,
  }),
);
writeFileSync(join(out, 'catalogue.json'), json(catalogueOut));
for (const f of ['index.html', 'explorer.css']) copyFileSync(join(src, f), join(out, f));

const size = (f) => statSync(join(out, f)).size;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `wrote ${relative(root, out)}/: ${rules.length} rules, ${Object.keys(catalogueOut).length} catalogue entries` +
    `${specDir === undefined ? ' (catalogue not found: texts omitted)' : ` from ${relative(root, specDir) || specDir}`}; ` +
    `explorer.js ${kb(size('explorer.js'))}, data.json ${kb(size('data.json'))}, catalogue.json ${kb(size('catalogue.json'))}`,
);
