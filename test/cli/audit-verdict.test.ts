import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without declarations
import { auditVerdict, treeProblems } from '../../src/cli/scripts/audit-verdict.mjs';

describe('audit-deps: the runtime dependency tree', () => {
  it('accepts exactly the declared dependencies, none with dependencies of their own', () => {
    expect(treeProblems({ zod: '^4.6.7', 'date-fns': '^4.4.0' }, { zod: { version: '4.6.7' }, 'date-fns': { version: '4.4.0' } })).toEqual([]);
  });
  it('names an undeclared runtime dependency, a missing one and a nested one', () => {
    const problems = treeProblems(
      { zod: '^4.6.7', 'date-fns': '^4.4.0' },
      { zod: { version: '4.6.7', dependencies: { 'left-pad': { version: '1.3.0' } } }, lodash: { version: '4.17.21' } },
    );
    expect(problems).toEqual([
      'date-fns is declared but not installed',
      'zod@4.6.7 brings dependencies of its own: left-pad',
      'lodash@4.17.21 is installed as a runtime dependency but not declared',
    ]);
  });
});

describe('audit-deps: what an npm audit report says', () => {
  const counts = (total: number) => ({ info: 0, low: 0, moderate: total, high: 0, critical: 0, total });
  it('a report with no vulnerabilities is clean', () => {
    expect(auditVerdict({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts(0) } })).toEqual({ verdict: 'clean', lines: [] });
  });
  it('a report with one vulnerability names the package, severity and range', () => {
    const report = { auditReportVersion: 2, vulnerabilities: { zod: { severity: 'moderate', range: '<=3.22.2' } }, metadata: { vulnerabilities: counts(1) } };
    expect(auditVerdict(report)).toEqual({ verdict: 'vulnerable', lines: ['zod: moderate (<=3.22.2)'] });
  });
  it('an HTTP error instead of a report (a mirror without the advisory endpoint) is unreachable, never clean', () => {
    expect(auditVerdict({ message: '405 Method Not Allowed', statusCode: 405, error: { code: 'E405' } })).toEqual({ verdict: 'unreachable', lines: ['HTTP 405'] });
    expect(auditVerdict({ error: { summary: 'npm audit printed no JSON (exit 1)' } })).toEqual({ verdict: 'unreachable', lines: ['npm audit printed no JSON (exit 1)'] });
    expect(auditVerdict(undefined)).toEqual({ verdict: 'unreachable', lines: ['no report'] });
  });
});
