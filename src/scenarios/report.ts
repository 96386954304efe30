import type { Mismatch } from './match.js';
import { scenarioTotals, type ScenarioFileResult } from './run.js';

const show = (x: unknown): string => (x === undefined ? 'undefined' : JSON.stringify(x));

function diffLines(m: Mismatch): string[] {
  return [`      at ${m.path}:`, `        - expected ${show(m.expected)}`, `        + actual   ${show(m.actual)}`];
}

/**
 * Formats scenario results as readable text: one line per failure with a diff of each
 * mismatch, then the closing line `N passed, N failed`. With `verbose`, passes are listed too.
 *
 * @example
 * formatScenarioReport(files);
 * // ✗ Christmas 2026 (test/scenarios/calendar/christmas.json)
 * //       at value:
 * //         - expected "2026-12-28"
 * //         + actual   "2026-12-29"
 * // 11 passed, 1 failed
 */
export function formatScenarioReport(files: readonly ScenarioFileResult[], verbose = false): string {
  const lines: string[] = [];
  for (const f of files) {
    if (f.error !== undefined) {
      lines.push(`✗ ${f.source}: invalid scenario file: ${f.error}`);
      continue;
    }
    for (const r of f.results) {
      if (r.passed) {
        if (verbose) lines.push(`✓ ${r.name}`);
        continue;
      }
      lines.push(`✗ ${r.name} (${f.source})`);
      for (const p of r.problems) lines.push(`      ${p}`);
      for (const m of r.mismatches) lines.push(...diffLines(m));
    }
  }
  const t = scenarioTotals(files);
  lines.push(`${t.passed} passed, ${t.failed} failed`);
  return lines.join('\n');
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JUnit XML for CI systems: one `<testsuite>` per file, one `<testcase>` per scenario; an
 * invalid file is a suite with one errored case.
 *
 * @example
 * writeFileSync('scenarios.xml', scenarioJUnitXml(files));
 */
export function scenarioJUnitXml(files: readonly ScenarioFileResult[]): string {
  const t = scenarioTotals(files);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="dwp-rules scenarios" tests="${t.passed + t.failed}" failures="${t.failed}">`];
  for (const f of files) {
    if (f.error !== undefined) {
      out.push(`  <testsuite name="${xml(f.source)}" tests="1" failures="0" errors="1">`);
      out.push(`    <testcase name="${xml(f.source)}" classname="${xml(f.source)}"><error message="${xml(f.error)}"/></testcase>`);
      out.push('  </testsuite>');
      continue;
    }
    const failures = f.results.filter((r) => !r.passed).length;
    out.push(`  <testsuite name="${xml(f.source)}" tests="${f.results.length}" failures="${failures}">`);
    for (const r of f.results) {
      if (r.passed) {
        out.push(`    <testcase name="${xml(r.name)}" classname="${xml(f.source)}"/>`);
        continue;
      }
      const detail = [...r.problems, ...r.mismatches.map((m) => `${m.path}: expected ${show(m.expected)}, actual ${show(m.actual)}`)].join('\n');
      out.push(`    <testcase name="${xml(r.name)}" classname="${xml(f.source)}"><failure message="${xml(detail.split('\n')[0] ?? '')}">${xml(detail)}</failure></testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
