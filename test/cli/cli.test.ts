import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dwp-rules test', () => {
  it('runs the shipped scenarios and exits 0 with the closing line', async () => {
    const r = await run(['test', here('../scenarios')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ passed, 0 failed$/m);
  });
  it('a wrong expectation exits 1 with a diff', async () => {
    const r = await run(['test', here('../fixtures/bad-scenarios/wrong-expectation.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('- expected "2026-12-28"');
    expect(r.out).toContain('+ actual   "2026-12-29"');
    expect(r.out.split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
  it('a broken file and a non-scenario file exit 1, naming the file and the reason', async () => {
    const r = await run(['test', here('../fixtures/bad-scenarios/broken.json'), here('../fixtures/bad-scenarios/not-a-scenario.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json: invalid scenario file: not valid JSON/);
    expect(r.out).toMatch(/not-a-scenario\.json: invalid scenario file: not a scenario file: .*name/);
    expect(r.out.split('\n').at(-1)).toBe('0 passed, 2 failed');
  });
  it('a missing path and an empty selection fail', async () => {
    expect((await run(['test', 'no/such/dir'])).code).toBe(1);
    expect((await run(['test', mkdtempSync(join(tmpdir(), 'dwp-empty-'))])).code).toBe(1);
    expect((await run(['test'])).code).toBe(2);
    expect((await run(['test', '--nope', 'x'])).code).toBe(2);
  });
  it('writes JUnit XML on request (--junit FILE, or --reporter junit --output FILE)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwp-junit-'));
    expect((await run(['test', here('../scenarios/calendar'), '--junit', join(dir, 'a.xml')])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.xml'), 'utf8')).toMatch(/<testsuites name="dwp-rules scenarios" tests="\d+" failures="0">/);
    expect((await run(['test', here('../scenarios/calendar'), '--reporter', 'junit', '--output', join(dir, 'b.xml')])).code).toBe(0);
    expect(readFileSync(join(dir, 'b.xml'), 'utf8')).toContain('<testcase name=');
    expect((await run(['test', here('../scenarios/calendar'), '--reporter', 'junit'])).code).toBe(2);
  });
});

describe('dwp-rules deadline', () => {
  it('adds working days and names the bank holidays skipped', async () => {
    const r = await run(['deadline', '--from', '2026-12-24', '--working-days', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('2026-12-29\nbank holidays skipped (england-and-wales): 2026-12-25 Christmas Day; 2026-12-28 Boxing Day');
    expect((await run(['deadline', '--from', '2026-06-12', '--working-days', '1', '--jurisdiction', 'scotland'])).out).toMatch(/^2026-06-16\n.*World Cup/);
    expect((await run(['deadline', '--from', '2026-12-29', '--working-days=-1'])).out.split('\n')[0]).toBe('2026-12-24');
  });
  it('adds calendar days and months without rolling', async () => {
    expect((await run(['deadline', '--from', '2026-12-11', '--calendar-days', '14'])).out).toBe('2026-12-25');
    expect((await run(['deadline', '--from', '2015-12-31', '--months', '14'])).out).toBe('2017-02-28');
  });
  it('refuses bad usage with exit 2 and a message', async () => {
    expect((await run(['deadline', '--working-days', '1'])).err).toMatch(/--from is required/);
    expect((await run(['deadline', '--from', '2026-02-30', '--working-days', '1'])).err).toMatch(/"2026-02-30"/);
    expect((await run(['deadline', '--from', '2026-02-03', '--working-days', '1.5'])).code).toBe(2);
    expect((await run(['deadline', '--from', '2026-02-03', '--working-days', '1', '--months', '1'])).code).toBe(2);
    expect((await run(['deadline', '--from', '2026-02-03', '--working-days', '1', '--jurisdiction', 'wales'])).code).toBe(2);
    expect((await run(['deadline', '--nope'])).code).toBe(2);
  });
});

describe('other commands', () => {
  it('rules lists the registry', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ rules$/);
    expect((await run(['rules', '--grep', 'zzz-no-such-rule'])).out).toBe('0 rules');
    expect(Array.isArray(JSON.parse((await run(['rules', '--json'])).out))).toBe(true);
  });
  it('--version, --help, unknown command', async () => {
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await run(['--help'])).code).toBe(0);
    for (const c of ['test', 'eval', 'rules', 'deadline']) expect((await run([c, '--help'])).out).toMatch(/^Usage: dwp-rules /);
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});
