// Smoke test of the built package through its exports map (self-reference by name), as ESM
// and CommonJS consumers see it, and a check that the library bundle needs no Node built-ins.
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

for (const f of readdirSync('dist')) {
  if (f === 'cli.js' || !/\.(c?js)$/.test(f)) continue;
  const text = readFileSync(`dist/${f}`, 'utf8');
  assert.ok(!/from ['"]node:|require\(['"]node:|from ['"](fs|path|process)['"]/.test(text), `dist/${f} imports a Node built-in`);
}
console.log('package exports: ok (esm, cjs, ./calendar; library bundle free of Node built-ins)');

const schemaIndex = require('dwp-rules/schemas/index.json');
assert.ok(Array.isArray(schemaIndex));
const calendarSchema = require('dwp-rules/schemas/calendar-options.json');
assert.equal(calendarSchema.properties.closures.items.pattern, '^\\d{4}-\\d{2}-\\d{2}$');
for (const entry of schemaIndex) assert.match(require(`dwp-rules/schemas/${entry.schema}`).$schema, /json-schema.org/, entry.name);
console.log(`JSON Schemas: ok (${schemaIndex.length} rules + calendar options)`);
