#!/usr/bin/env node
// Writes a JSON Schema (draft 2020-12) for every registered rule's input into dist/schemas/,
// generated from the zod schemas with z.toJSONSchema, for services written in other languages.
// Shipped as `dwp-rules/schemas/<function name>.json`, with an index.json listing them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const root = new URL('../../..', import.meta.url).pathname;
const { RULES, calendarOptionsSchema, caseRecordSchema, assessCaseOptionsSchema } = await import(join(root, 'dist/index.js'));
const out = join(root, 'dist/schemas');
mkdirSync(out, { recursive: true });

const toSchema = (schema, title) => ({
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  title,
});

const index = [];
for (const rule of RULES.rules) {
  writeFileSync(join(out, `${rule.name}.json`), JSON.stringify(toSchema(rule.input, `${rule.name} input`), null, 2) + '\n');
  index.push({ name: rule.name, ids: rule.ids, title: rule.title, schema: `${rule.name}.json` });
}
writeFileSync(join(out, 'calendar-options.json'), JSON.stringify(toSchema(calendarOptionsSchema, 'Calendar options'), null, 2) + '\n');
// The case record of assessCase and its options (one NDJSON line of `dwp-rules eval` is a case record).
writeFileSync(join(out, 'case-record.json'), JSON.stringify(toSchema(caseRecordSchema, 'Compliance case record (assessCase, dwp-rules eval)'), null, 2) + '\n');
writeFileSync(join(out, 'assess-case-options.json'), JSON.stringify(toSchema(assessCaseOptionsSchema, 'assessCase options'), null, 2) + '\n');
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`wrote ${index.length + 3} JSON Schemas to dist/schemas/`);
