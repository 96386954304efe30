// The decisions of audit-deps.mjs, kept apart from the npm calls so a test can give them
// recorded npm output. Pure: no I/O.

/**
 * Problems with the installed runtime tree: a declared dependency not installed, an installed one
 * not declared, or one that brings dependencies of its own.
 * @param {Record<string, string>} declared package.json "dependencies"
 * @param {Record<string, {version: string, dependencies?: object}>} tree `npm ls --omit=dev --all --json`.dependencies
 * @returns {string[]}
 * @example treeProblems({ zod: '^4' }, { zod: { version: '4.6.7' } }) // []
 */
export function treeProblems(declared, tree) {
  const problems = [];
  for (const name of Object.keys(declared)) if (tree[name] === undefined) problems.push(`${name} is declared but not installed`);
  for (const [name, dep] of Object.entries(tree)) {
    if (declared[name] === undefined) problems.push(`${name}@${dep.version} is installed as a runtime dependency but not declared`);
    const nested = Object.keys(dep.dependencies ?? {});
    if (nested.length > 0) problems.push(`${name}@${dep.version} brings dependencies of its own: ${nested.join(', ')}`);
  }
  return problems;
}

/**
 * What an `npm audit --json` report says: `clean`, `vulnerable` (with one line per package) or
 * `unreachable` (npm printed its HTTP error instead of a report, as a mirror without the
 * advisory endpoint does).
 * @param {object} report the parsed JSON npm printed
 * @returns {{ verdict: 'clean' | 'vulnerable' | 'unreachable', lines: string[] }}
 * @example auditVerdict({ statusCode: 405 }) // { verdict: 'unreachable', lines: ['HTTP 405'] }
 */
export function auditVerdict(report) {
  const counts = report?.metadata?.vulnerabilities;
  if (counts === undefined || typeof counts.total !== 'number') {
    const why = report?.statusCode !== undefined ? `HTTP ${report.statusCode}` : (report?.error?.summary ?? 'no report');
    return { verdict: 'unreachable', lines: [why] };
  }
  if (counts.total === 0) return { verdict: 'clean', lines: [] };
  const lines = Object.entries(report.vulnerabilities ?? {}).map(([name, v]) => `${name}: ${v.severity} (${v.range})`);
  return { verdict: 'vulnerable', lines: lines.length > 0 ? lines : [`${counts.total} reported`] };
}
