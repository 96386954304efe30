import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEval, type EvalLimits } from '../../src/cli/eval.js';
import { londonDate } from '../../src/cli/london-date.js';
import { runCli } from '../../src/cli/main.js';

const NOW = Date.UTC(2026, 5, 30, 23, 30); // 00:30 BST on 1 July 2026 in London
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** A stdout that keeps every byte, optionally slow (a callback per write on a later turn). */
function collector(opts: { slow?: boolean; highWaterMark?: number } = {}) {
  const chunks: Buffer[] = [];
  let maxBuffered = 0;
  const stream = new Writable({
    highWaterMark: opts.highWaterMark ?? 16 * 1024,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      if (opts.slow) setImmediate(cb);
      else cb();
    },
  });
  const origWrite = stream.write.bind(stream);
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const r = (origWrite as (...a: unknown[]) => boolean)(chunk, ...rest);
    maxBuffered = Math.max(maxBuffered, stream.writableLength);
    return r;
  }) as typeof stream.write;
  return { stream, text: () => Buffer.concat(chunks).toString('utf8'), maxBuffered: () => maxBuffered };
}

/** Runs `dwp-rules eval` in-process on `input` (a string, or byte chunks), returning the parsed records. */
async function evalIn(args: string[], input: string | Buffer[] = '', opts: { limits?: EvalLimits; slow?: boolean } = {}) {
  const chunks = typeof input === 'string' ? [Buffer.from(input)] : input;
  const stdin = Readable.from(chunks, { objectMode: false });
  const out = collector({ slow: opts.slow });
  const err: string[] = [];
  const io = { stdin, stdout: out.stream, out: (t: string) => err.push(t), err: (t: string) => err.push(t), now: () => NOW };
  const code = opts.limits ? await runEval(args, io, opts.limits) : await runCli(['eval', ...args], io);
  const text = out.text();
  const lines = text === '' ? [] : text.split('\n');
  expect(lines.pop() ?? '').toBe(''); // every record ends with a newline
  return { code, text, records: lines.map((l) => JSON.parse(l) as Record<string, unknown>), err: err.join('\n'), maxBuffered: out.maxBuffered() };
}

describe('dwp-rules eval: records', () => {
  it('one record per input line, in order, for a mix of valid, invalid, malformed and blank lines', async () => {
    const input = ['{"caseId":"C1"}', '{"caseId":5}', '{"caseId":', '', '   ', '[]', '{}', 'null', '{"caseId":"C9"}'].join('\n') + '\n';
    const r = await evalIn(['--as-of', '2026-03-02'], input);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.records.map((x) => x.ok)).toEqual([true, false, false, false, false, false, true, false, true]);
    expect(r.records[0]).toEqual({
      line: 1,
      ok: true,
      assessment: expect.objectContaining({ caseId: 'C1', asOf: '2026-03-02', edition: 'current', jurisdiction: 'england-and-wales' }),
    });
    expect(r.records[1]).toEqual({ line: 2, ok: false, issues: [{ path: 'caseId', message: expect.any(String), code: 'invalid_type' }] });
    expect(r.records[2]).toEqual({ line: 3, ok: false, error: 'malformed-json', message: expect.stringMatching(/JSON/) });
    expect(r.records[3]).toMatchObject({ line: 4, error: 'blank-line' });
    expect(r.records[4]).toMatchObject({ line: 5, error: 'blank-line' });
    expect(r.records[5]).toMatchObject({ line: 6, issues: [{ path: '' }] });
    expect(r.records[7]).toMatchObject({ line: 8, issues: [{ path: '' }] });
    expect(r.records[8]).toMatchObject({ line: 9, assessment: { caseId: 'C9' } });
    expect(Object.keys(r.records[0]!)).toEqual(['line', 'ok', 'assessment']);
    expect(r.err).toBe('');
  });
  it('exit 0 when every line is valid; an empty input gives no records and exit 0', async () => {
    expect((await evalIn(['--as-of', '2026-03-02'], '{}\n{"caseId":"C2"}\n')).code).toBe(0);
    const empty = await evalIn(['--as-of', '2026-03-02'], '');
    expect(empty).toMatchObject({ code: 0, text: '' });
  });
  it('a last line without a newline is a line; a final newline is not; CRLF and a BOM are accepted', async () => {
    expect((await evalIn([], '{}\n{}')).records.map((x) => x.line)).toEqual([1, 2]);
    expect((await evalIn([], '{}\n{}\n')).records.map((x) => x.line)).toEqual([1, 2]);
    const crlf = await evalIn([], '\uFEFF{"caseId":"A"}\r\n{"caseId":"B"}\r\n\r\n');
    expect(crlf.records).toMatchObject([{ line: 1, ok: true }, { line: 2, ok: true }, { line: 3, error: 'blank-line' }]);
    expect(crlf.code).toBe(1);
    expect((await evalIn([], '\n')).records).toMatchObject([{ line: 1, error: 'blank-line' }]);
  });
  it('the output does not depend on where the input is cut into chunks, even inside a UTF-8 character (property)', async () => {
    const bytes = Buffer.from(['{"caseId":"Zoë ✓ 𝄞"}', '{"caseId":"x"', '', '{"caseId":"ŁŁŁ"}', '{}'].join('\n'));
    const whole = (await evalIn([], [bytes])).text;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => bytes.subarray(at[i], end));
        expect((await evalIn([], chunks)).text).toBe(whole);
      }),
      { numRuns: 60 },
    );
    expect(whole).toContain('"caseId":"Zoë ✓ 𝄞"');
  });
  it('1% malformed lines: exactly one output line per input line, with the right line numbers (issue 7 item 8)', async () => {
    const n = 20_000;
    const lines: string[] = [];
    for (let i = 1; i <= n; i++) lines.push(i % 100 === 37 ? `{"caseId":"C${i}",` : `{"caseId":"C${i}"}`);
    const r = await evalIn(['--as-of', '2026-03-02'], lines.join('\n') + '\n');
    expect(r.records).toHaveLength(n);
    expect(r.code).toBe(1);
    const wrong: unknown[] = [];
    let bad = 0;
    r.records.forEach((rec, k) => {
      const i = k + 1;
      const malformed = i % 100 === 37;
      if (malformed) bad++;
      const right = rec.line === i && (malformed ? rec.error === 'malformed-json' : (rec.assessment as { caseId: string }).caseId === `C${i}`);
      if (!right) wrong.push(rec);
    });
    expect(wrong).toEqual([]);
    expect(bad).toBe(n / 100);
  });
  it('a line over the limit gives line-too-long and the run goes on (also when it spans chunks)', async () => {
    const limits = { maxLineLength: 40, flushAt: 1 };
    const long = `{"caseId":"${'x'.repeat(60)}"}`;
    const input = `{}\n${long}\n{"caseId":"ok"}\n${long}`;
    for (const chunks of [[Buffer.from(input)], [...Buffer.from(input)].map((b) => Buffer.from([b]))]) {
      const r = await evalIn([], chunks, { limits });
      expect(r.records.map((x) => [x.line, x.ok, x.error])).toEqual([
        [1, true, undefined],
        [2, false, 'line-too-long'],
        [3, true, undefined],
        [4, false, 'line-too-long'],
      ]);
      expect(r.code).toBe(1);
    }
  });
});

describe('dwp-rules eval: options', () => {
  it('--policy foi-era, --jurisdiction and --closures pass through to the assessment', async () => {
    const r = await evalIn(['--as-of', '2026-03-02', '--policy', 'foi-era', '--jurisdiction', 'scotland', '--closures', '2026-03-03, 2026-03-04'], '{}\n');
    expect(r.code).toBe(0);
    expect(r.records[0]!.assessment).toMatchObject({ edition: 'foi-era', jurisdiction: 'scotland', asOf: '2026-03-02' });
  });
  it('--as-of defaults to today in Europe/London, not the machine zone', async () => {
    expect(londonDate(NOW)).toBe('2026-07-01');
    expect(londonDate(Date.UTC(2026, 0, 31, 23, 30))).toBe('2026-01-31');
    expect(londonDate(Date.UTC(2026, 2, 29, 0, 59))).toBe('2026-03-29');
    expect(londonDate(Date.UTC(2026, 9, 24, 23, 0))).toBe('2026-10-25'); // midnight BST
    const r = await evalIn([], '{}\n');
    expect((r.records[0]!.assessment as { asOf: string }).asOf).toBe('2026-07-01');
  });
  it('usage errors exit 2 before any output, with a message on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwp-eval-usage-'));
    const cases: [string[], RegExp][] = [
      [['--as-of', '2026-02-30'], /--as-of "2026-02-30": expected a real calendar date/],
      [['--as-of', 'tomorrow'], /--as-of "tomorrow"/],
      [['--as-of', '1800-01-01'], /from 1900-01-01/],
      [['--policy', 'lsc-1999'], /unknown policy "lsc-1999"; known: current, foi-era/],
      [['--jurisdiction', 'wales'], /unknown jurisdiction "wales"; known: england-and-wales, scotland, northern-ireland/],
      [['--closures', '2026-03-03,03/04/2026'], /--closures "03\/04\/2026"/],
      [[join(dir, 'missing.ndjson')], /no such file/],
      [[dir], /is a folder/],
      [['--nope'], /Unknown option '--nope'/],
    ];
    for (const [args, message] of cases) {
      const r = await evalIn(args, '{}\n');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.text).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err).toContain('Usage: dwp-rules eval');
    }
    const help = await evalIn(['--help']);
    expect(help.code).toBe(0);
    expect(help.err).toMatch(/^Usage: dwp-rules eval/);
  });
});

describe('dwp-rules eval: files and streams', () => {
  it('reads several files in order, naming the file and numbering lines per file; "-" is stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dwp-eval-files-'));
    writeFileSync(join(dir, 'a.ndjson'), '{"caseId":"A1"}\n{"caseId":"A2"}\n');
    writeFileSync(join(dir, 'b.ndjson'), '{"caseId":"B1"}\nnope\n');
    const r = await evalIn([join(dir, 'a.ndjson'), '-', join(dir, 'b.ndjson'), '--as-of', '2026-03-02'], '{"caseId":"S1"}');
    expect(r.records.map((x) => [x.file, x.line, x.ok])).toEqual([
      [join(dir, 'a.ndjson'), 1, true],
      [join(dir, 'a.ndjson'), 2, true],
      ['-', 1, true],
      [join(dir, 'b.ndjson'), 1, true],
      [join(dir, 'b.ndjson'), 2, false],
    ]);
    expect(Object.keys(r.records[0]!)).toEqual(['file', 'line', 'ok', 'assessment']);
    expect((r.records[2]!.assessment as { caseId: string }).caseId).toBe('S1');
    expect(r.code).toBe(1);
    // one file: no "file" field
    expect(Object.keys((await evalIn([join(dir, 'a.ndjson')])).records[0]!)).toEqual(['line', 'ok', 'assessment']);
  });
  it('waits for a slow output to drain: everything arrives, in order, with bounded buffering', async () => {
    const input = Array.from({ length: 5000 }, (_, i) => `{"caseId":"C${i + 1}"}`).join('\n');
    const r = await evalIn([], input, { slow: true, limits: { maxLineLength: 1 << 20, flushAt: 4096 } });
    expect(r.records).toHaveLength(5000);
    expect(r.records.every((x, k) => x.line === k + 1)).toBe(true);
    // the output is written in ~4 KiB chunks and never piles up beyond a chunk over the high-water mark
    expect(r.maxBuffered).toBeLessThan(16 * 1024 + 4096 + 512);
  });
  it('stops and exits 1 when the output fails', async () => {
    const stdout = new Writable({
      write(_c, _e, cb) {
        cb(Object.assign(new Error('broken pipe'), { code: 'EPIPE' }));
      },
    });
    const err: string[] = [];
    let pulled = 0;
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield Buffer.from('{}\n'.repeat(100));
        }
      })(),
      { objectMode: false },
    );
    const code = await runEval([], { stdin, stdout, out: () => {}, err: (t) => err.push(t), now: () => NOW }, { maxLineLength: 1000, flushAt: 100 });
    expect(code).toBe(1);
    expect(err).toEqual([]); // EPIPE (a closed pipe, e.g. `| head`) is not worth a message
    expect(pulled).toBeLessThan(1000);
  });
  it('a read error part-way keeps the records so far, says why on stderr and exits 1', async () => {
    const stdin = new Readable({ read() {} });
    stdin.push('{"caseId":"A"}\n{"caseId":"B"}\n{"caseId":"C');
    setImmediate(() => stdin.destroy(new Error('disk on fire')));
    const out = collector();
    const err: string[] = [];
    const code = await runEval([], { stdin, stdout: out.stream, out: () => {}, err: (t) => err.push(t), now: () => NOW });
    expect(code).toBe(1);
    expect(out.text().trimEnd().split('\n').map((l) => JSON.parse(l).line)).toEqual([1, 2]);
    expect(err.join('\n')).toMatch(/reading stdin failed: disk on fire/);
  });
  it('streams 200,000 lines (about 100 MB) in-process, retaining no more memory as it goes', async () => {
    // Retained memory = heap + external (Buffers) right after a full collection (gc exposed at
    // run time), sampled every 25,000 lines: it must stay flat while ~100 MB of input goes through
    // (a sink that kept the output chunks makes it grow by ~50 MB a sample).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const n = 200_000;
    const pad = 'p'.repeat(480);
    const retained: number[] = [];
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < n; i += 500) {
          if (i % 25_000 === 0) {
            gc();
            const m = process.memoryUsage();
            retained.push(m.heapUsed + m.external);
          }
          let chunk = '';
          for (let j = i; j < i + 500; j++) chunk += `{"caseId":"C${j}","note":"${pad}"}\n`;
          yield Buffer.from(chunk);
        }
      })(),
      { objectMode: false },
    );
    let lines = 0;
    const stdout = new Writable({
      write(chunk: Buffer, _e, cb) {
        for (let k = chunk.indexOf(10); k !== -1; k = chunk.indexOf(10, k + 1)) lines++;
        cb();
      },
    });
    const code = await runEval(['--as-of', '2026-03-02'], { stdin, stdout, out: () => {}, err: () => {}, now: () => NOW });
    expect(code).toBe(0);
    expect(lines).toBe(n);
    expect(retained).toHaveLength(8);
    const growth = Math.max(...retained.slice(1)) - retained[1]!; // from the first sample after warm-up
    expect(growth).toBeLessThan(8e6);
  });
});

describe.skipIf(!existsSync(BIN))('dwp-rules eval through the built bin (dist/cli.js)', () => {
  function bin(args: string[], input: Iterable<string>, nodeArgs: string[] = []) {
    return new Promise<{ code: number | null; lines: number; first: string; err: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [...nodeArgs, BIN, 'eval', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let lines = 0;
      let first = '';
      let err = '';
      child.stdout.on('data', (b: Buffer) => {
        if (first === '') first = b.toString('utf8').split('\n')[0]!;
        for (let k = b.indexOf(10); k !== -1; k = b.indexOf(10, k + 1)) lines++;
      });
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, lines, first, err }));
      Readable.from(input).pipe(child.stdin);
    });
  }
  it('stdin to stdout with exit codes 0, 1 and 2', async () => {
    const [ok, bad, usage] = await Promise.all([
      bin(['--as-of', '2026-03-02'], ['{"caseId":"C1"}\n']),
      bin(['--as-of', '2026-03-02'], ['{}\n{\n']),
      bin(['--policy', 'x'], ['{}\n']),
    ]);
    expect(ok).toMatchObject({ code: 0, lines: 1, first: expect.stringContaining('"caseId":"C1"') });
    expect(bad).toMatchObject({ code: 1, lines: 2 });
    expect(usage).toMatchObject({ code: 2, lines: 0, err: expect.stringContaining('known: current, foi-era') });
  });
  it('100,000 lines (55 MB) through a 32 MB heap: memory stays bounded', async () => {
    const pad = 'p'.repeat(520);
    function* gen() {
      for (let i = 0; i < 100_000; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) chunk += `{"caseId":"C${j}","note":"${pad}"}\n`;
        yield chunk;
      }
    }
    const r = await bin(['--as-of', '2026-03-02'], gen(), ['--max-old-space-size=32']);
    expect(r.err).toBe('');
    expect(r).toMatchObject({ code: 0, lines: 100_000 });
  });
});
