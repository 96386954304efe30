import { Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

// assessCase must never throw on valid input; if a bug makes it throw (or return something that
// cannot be written as JSON), eval says so on that line and goes on.
vi.mock('../../src/compliance/case/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/compliance/case/index.js')>();
  return {
    ...real,
    assessCase: (record: { caseId?: string }) => {
      if (record.caseId === 'boom') throw new Error('kaboom');
      if (record.caseId === 'cycle') {
        const value: Record<string, unknown> = { caseId: 'cycle' };
        value.self = value;
        return value;
      }
      return { caseId: record.caseId ?? null };
    },
  };
});

const { runEval } = await import('../../src/cli/eval.js');

describe('dwp-rules eval when the assessment fails', () => {
  it('writes an internal-error record for that line, keeps the others whole, and exits 1', async () => {
    const chunks: Buffer[] = [];
    const stdout = new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(c), cb()) });
    const stdin = Readable.from([Buffer.from('{"caseId":"a"}\n{"caseId":"boom"}\n{"caseId":"cycle"}\n{"caseId":"b"}\n')], { objectMode: false });
    const code = await runEval(['--as-of', '2026-03-02'], { stdin, stdout, out: () => {}, err: () => {}, now: () => 0 });
    const lines = Buffer.concat(chunks).toString().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { line: 1, ok: true, assessment: { caseId: 'a' } },
      { line: 2, ok: false, error: 'internal-error', message: 'kaboom' },
      { line: 3, ok: false, error: 'internal-error', message: expect.stringMatching(/circular/) },
      { line: 4, ok: true, assessment: { caseId: 'b' } },
    ]);
    expect(code).toBe(1);
  });
});
