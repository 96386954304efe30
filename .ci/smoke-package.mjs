// Smoke test of the built package through its exports map (self-reference by name), as ESM
// and CommonJS consumers see it, that the library needs no Node built-ins, and that it tree-shakes per module.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const esm = await import('dwp-rules');
const esmCalendar = await import('dwp-rules/calendar');
const require = createRequire(import.meta.url);
const cjs = require('dwp-rules');
const cjsCalendar = require('dwp-rules/calendar');

for (const [name, api] of [['esm', esm], ['esm calendar', esmCalendar], ['cjs', cjs], ['cjs calendar', cjsCalendar]]) {
  assert.equal(api.addWorkingDays('2026-12-24', 1), '2026-12-29', name);
  assert.equal(api.isWorkingDay('2026-06-15', { jurisdiction: 'scotland' }), false, name);
}
assert.equal(typeof esm.RULES.byId, 'function');
// One subpath per domain: each loads both ways and its rules array is the registry's for that domain.
for (const [sub, rulesName] of [['compliance', 'complianceInterviewRules'], ['provider', 'providerRules'], ['complaints', 'complaintRules'], ['child-maintenance', 'childMaintenanceRules'], ['foi', 'foiRules']]) {
  const m = await import(`dwp-rules/${sub}`);
  const c = require(`dwp-rules/${sub}`);
  assert.ok(Array.isArray(m[rulesName]) && Array.isArray(c[rulesName]), `dwp-rules/${sub} exports ${rulesName}`);
}
assert.equal(typeof cjs.runScenarioFile, 'function');

// Every module of the library (ESM ships one file per source module, in subfolders), not the CLI.
for (const f of readdirSync('dist', { recursive: true })) {
  if (f === 'cli.js' || !/\.(c?js)$/.test(f)) continue;
  const text = readFileSync(`dist/${f}`, 'utf8');
  assert.ok(!/(?:from|import|import\(|require\()\s*['"](?:node:|(?:fs|path|process|os|util|stream|zlib|crypto|module)(?:\/[\w/]*)?['"])/.test(text), `dist/${f} imports a Node built-in`);
}
console.log('package exports: ok (esm, cjs, ./calendar; library bundle free of Node built-ins)');

const schemaIndex = require('dwp-rules/schemas/index.json');
assert.ok(Array.isArray(schemaIndex));
const calendarSchema = require('dwp-rules/schemas/calendar-options.json');
assert.equal(calendarSchema.properties.closures.items.pattern, '^\\d{4}-\\d{2}-\\d{2}$');
for (const entry of schemaIndex) assert.match(require(`dwp-rules/schemas/${entry.schema}`).$schema, /json-schema.org/, entry.name);
console.log(`JSON Schemas: ok (${schemaIndex.length} rules + calendar options)`);

// Tree-shaking: the ESM build keeps one file per source module, so an app that imports one rule
// bundles that rule's modules and the policy editions, not its whole domain (about 9 kB min+gz
// against 87 kB for a domain-wide bundle; docs/performance.md "One rule"). A guard against a
// build change that merges the modules again.
const esbuild = await import('esbuild');
const { gzipSync } = await import('node:zlib');
const ONE_RULE_BUDGET = 20_000;
for (const name of ['classifyReferralRisk', 'abroadCaseAction', 'checkDutiesFor']) {
  const out = await esbuild.build({
    stdin: { contents: `export { ${name} } from './dist/index.js';`, resolveDir: process.cwd(), sourcefile: 'app.js', loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', external: ['zod', 'zod/*'], write: false, logLevel: 'silent',
  });
  const bytes = gzipSync(out.outputFiles[0].contents, { level: 9 }).byteLength;
  assert.ok(bytes <= ONE_RULE_BUDGET, `import { ${name} } from 'dwp-rules' bundles to ${bytes} bytes min+gz, over ${ONE_RULE_BUDGET}: the build no longer tree-shakes per module`);
}
console.log('tree-shaking: ok (one rule bundles its own modules)');
