#!/usr/bin/env node
// Audits the runtime dependencies (what an app installs with dwp-rules; dev tools excluded):
//   1. the installed runtime tree is exactly package.json's "dependencies", each without
//      dependencies of its own (checked offline, from `npm ls --omit=dev --all --json`);
//   2. `npm audit --omit=dev` finds no known vulnerability.
//
//   node src/cli/scripts/audit-deps.mjs      (npm run audit:deps)
//
// Exit codes: 0 the tree is as declared and the audit is clean; 1 an unexpected runtime
// dependency or a reported vulnerability; 3 the tree is as declared but the advisory database
// could not be reached (a registry mirror without the audit endpoint answers 405), so nothing was
// audited: a caller decides whether that fails its run (.ci/run warns).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { auditVerdict, treeProblems } from './audit-verdict.mjs';

const root = new URL('../../..', import.meta.url).pathname;
const npm = (args) => {
  const run = spawnSync('npm', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(run.stdout);
  } catch {
    return { error: { summary: `npm ${args.join(' ')} printed no JSON (exit ${run.status})` } };
  }
};

const declared = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8')).dependencies ?? {};
const tree = npm(['ls', '--omit=dev', '--all', '--json']).dependencies ?? {};
const problems = treeProblems(declared, tree);
if (problems.length > 0) {
  console.error(`audit-deps: runtime dependency tree: ${problems.join('; ')}`);
  process.exit(1);
}
const listed = Object.entries(tree).map(([name, dep]) => `${name}@${dep.version}`).join(', ');
console.log(`audit-deps: runtime dependencies ${listed}, none with dependencies of its own`);

const { verdict, lines } = auditVerdict(npm(['audit', '--omit=dev', '--json']));
if (verdict === 'unreachable') {
  console.log(`audit-deps: the advisory database could not be reached (${lines[0]}): runtime dependencies NOT audited`);
  process.exit(3);
}
if (verdict === 'vulnerable') {
  for (const line of lines) console.error(`  ${line}`);
  console.error('audit-deps: npm audit --omit=dev reports known vulnerabilities');
  process.exit(1);
}
console.log('audit-deps: npm audit --omit=dev: no known vulnerabilities');
