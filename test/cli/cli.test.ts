import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dwp-rules test', () => {
  it('runs the shipped scenarios and exits 0 with the closing line', () => {
    const r = run(['test', here('../scenarios')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ passed, 0 failed$/m);
  });
  it('a wrong expectation exits 1 with a diff', () => {
    const r = run(['test', here('../fixtures/bad-scenarios/wrong-expectation.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('- expected "2026-12-28"');
    expect(r.out).toContain('+ actual   "2026-12-29"');
    expect(r.out.split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
  it('a broken file and a non-scenario file exit 1, naming the file and the reason', () => {
    const r = run(['test', here('../fixtures/bad-scenarios/broken.json'), here('../fixtures/bad-scenarios/not-a-scenario.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json: invalid scenario file: not valid JSON/);
    expect(r.out).toMatch(/not-a-scenario\.json: invalid scenario file: not a scenario file: .*name/);
    expect(r.out.split('\n').at(-1)).toBe('0 passed, 2 failed');
  });
  it('a missing path and an empty selection fail', () => {
    expect(run(['test', 'no/such/dir']).code).toBe(1);
    expect(run(['test', mkdtempSync(join(tmpdir(), 'dwp-empty-'))]).code).toBe(1);
    expect(run(['test']).code).toBe(2);
    expect(run(['test', '--nope', 'x']).code).toBe(2);
  });
  it('writes JUnit XML on request', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dwp-junit-')), 'out.xml');
    expect(run(['test', here('../scenarios/calendar'), '--junit', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/<testsuites name="dwp-rules scenarios" tests="\d+" failures="0">/);
  });
});

describe('other commands', () => {
  it('rules lists the registry', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ rules, \d+ catalogue ids$/);
    expect(Array.isArray(JSON.parse(run(['rules', '--json']).out))).toBe(true);
  });
  it('--version, --help, unknown command', () => {
    expect(run(['--version']).out).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(['--help']).code).toBe(0);
    expect(run([]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });
});
