import { createReadStream, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { JURISDICTIONS, type Jurisdiction } from '../calendar/types.js';
import { assessCase, caseRecordSchema, safeAssessCase, type CaseRecord } from '../compliance/case/index.js';
import { JsonBytesWriter } from '../core/json-bytes.js';
import { policyEditions } from '../core/policy/editions.js';
import type { PolicyEdition } from '../core/policy/edition.js';
import { isoDateSchema } from '../core/schemas.js';
import { validate } from '../core/validation.js';
import { londonDate } from './london-date.js';

/**
 * Help text of `dwp-rules eval` (also shown with a usage error); docs/cli.md says the same at length.
 *
 * @example
 * io.out(EVAL_HELP);
 */
export const EVAL_HELP = `Usage: dwp-rules eval [files…] [--as-of YYYY-MM-DD] [--policy ID] [--jurisdiction J] [--closures D,D…]

Assesses NDJSON case records (one JSON object a line) from the files in order, or from stdin
when no file (or "-") is given, and writes exactly one NDJSON line per input line, in order:
  {"line":N,"ok":true,"assessment":{…}}                         a valid case record
  {"line":N,"ok":false,"issues":[{"path","message","code"}…]}   an invalid case record
  {"line":N,"ok":false,"error":"malformed-json","message":"…"}  not JSON
  {"line":N,"ok":false,"error":"blank-line","message":"…"}      empty or only spaces
  {"line":N,"ok":false,"error":"line-too-long","message":"…"}   over 16 Mi characters (not read)
  {"line":N,"ok":false,"error":"internal-error","message":"…"}  a bug: the assessment threw
With several files each record starts with "file". Lines are numbered from 1 in each file; a
final newline does not start another line. Streams: memory does not grow with the input.

Options:
  --as-of D         the day deadlines are due or overdue as of (default: today in Europe/London)
  --policy ID       the policy edition: ${policyEditions().map((e) => e.id).join(', ')} (default current)
  --jurisdiction J  ${JURISDICTIONS.join(', ')} (default england-and-wales)
  --closures D,D    extra non-working days (office closures), comma-separated

Exit 0 when every line was a valid record; 1 when any line was not (or a file could not be read
part-way, or the output failed); 2 on a usage error (bad option, unknown policy or jurisdiction,
missing file), before any output.`;

/**
 * Where `eval` reads and writes; injected so tests can drive it.
 *
 * @example
 * const io: EvalIo = { stdin: process.stdin, stdout: process.stdout, out: console.log, err: console.error, now: Date.now };
 */
export interface EvalIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  /** Messages (help) written as whole lines; records go to `stdout`. */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The clock, for the default `--as-of` (epoch milliseconds). */
  readonly now: () => number;
}

/**
 * Limits of {@link runEval} (default 16 Mi characters a line, 64 KiB output batches); tests lower them.
 *
 * @example
 * await runEval([], io, { maxLineLength: 40, flushAt: 1 });
 */
export interface EvalLimits {
  /** Longest line accepted, in characters (longer lines give a `line-too-long` record). */
  readonly maxLineLength: number;
  /** Output is handed to stdout in chunks of about this many bytes. */
  readonly flushAt: number;
}

const DEFAULT_LIMITS: EvalLimits = Object.freeze({ maxLineLength: 16 * 1024 * 1024, flushAt: 64 * 1024 });
const READ_CHUNK = 64 * 1024;
const quote = JSON.stringify as (s: string) => string;

type Options = { asOf: string; policy: PolicyEdition; jurisdiction: Jurisdiction; closures?: string[] };

/** Writes batches to a stream, waiting for 'drain' when the stream asks for it. */
class Sink {
  private failure: Error | undefined;
  constructor(private readonly stream: Writable) {
    stream.on('error', (e: Error) => (this.failure ??= e));
  }
  get failed(): Error | undefined {
    return this.failure;
  }
  /** Writes the last batch and waits until the stream has taken all of it. */
  async finish(bytes: Uint8Array): Promise<void> {
    if (this.failure !== undefined) return;
    await new Promise<void>((resolve) => this.stream.write(bytes, () => resolve()));
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.failure !== undefined) return;
    if (this.stream.write(bytes)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}

/**
 * Turns each input line into its output record, appended as UTF-8 to `out` (the assessment
 * through JsonBytesWriter: no intermediate strings; reasons' bytes are cached), and counts the
 * lines that were not valid records.
 */
class LineEvaluator {
  bad = 0;
  readonly out = new JsonBytesWriter(64 * 1024, (size) => Buffer.allocUnsafe(size));
  constructor(private readonly options: Options) {}

  private start(head: string, n: number): void {
    this.out.raw(head);
    this.out.raw('' + n);
  }

  private error(head: string, n: number, kind: string, message: string): void {
    this.bad++;
    this.start(head, n);
    this.out.raw(`,"ok":false,"error":"${kind}","message":`);
    this.out.string(message);
    this.out.raw('}\n');
  }

  /** Appends the output record of input line `n` (text without its newline); `head` starts every record. */
  evaluate(text: string, n: number, head: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      if (text.trim() === '') this.error(head, n, 'blank-line', 'an empty line holds no case record');
      else this.error(head, n, 'malformed-json', e instanceof Error ? e.message : String(e));
      return;
    }
    const mark = this.out.length;
    try {
      // The options were validated once before the first line (runEval): each line only needs
      // its record checked, which is what safeAssessCase does besides.
      const r = validate(caseRecordSchema, value);
      this.start(head, n);
      if (r.ok) {
        this.out.raw(',"ok":true,"assessment":');
        this.out.json(assessCase(r.value as CaseRecord, this.options));
      } else {
        this.bad++;
        this.out.raw(',"ok":false,"issues":');
        this.out.json(r.issues);
      }
      this.out.raw('}\n');
    } catch (e) {
      // assessCase must not throw on valid input; if it ever does, say so and go on.
      this.out.rewind(mark);
      this.error(head, n, 'internal-error', e instanceof Error ? e.message : String(e));
    }
  }

  tooLong(n: number, head: string, limit: number): void {
    this.error(head, n, 'line-too-long', `line longer than ${limit} characters: not read`);
  }
}

/**
 * Streams one source line by line: a chunked splitter over decoded text (faster here than
 * node:readline, see docs/cli.md), holding only the current chunk and an unfinished line.
 */
async function evalSource(
  input: Readable,
  head: string,
  ev: LineEvaluator,
  sink: Sink,
  limits: EvalLimits,
): Promise<void> {
  input.setEncoding('utf8');
  let carry = '';
  let overlong = false;
  let n = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    let start = 0;
    let nl = chunk.indexOf('\n');
    while (nl !== -1) {
      n++;
      if (overlong) {
        ev.tooLong(n, head, limits.maxLineLength);
        overlong = false;
      } else if (carry === '') {
        if (nl - start > limits.maxLineLength) ev.tooLong(n, head, limits.maxLineLength);
        else ev.evaluate(n === 1 ? stripBom(chunk.slice(start, nl)) : chunk.slice(start, nl), n, head);
      } else {
        const line = carry + chunk.slice(start, nl);
        carry = '';
        if (line.length > limits.maxLineLength) ev.tooLong(n, head, limits.maxLineLength);
        else ev.evaluate(n === 1 ? stripBom(line) : line, n, head);
      }
      if (ev.out.length >= limits.flushAt) {
        await sink.write(ev.out.take());
        if (sink.failed !== undefined) return;
      }
      start = nl + 1;
      nl = chunk.indexOf('\n', start);
    }
    if (start < chunk.length && !overlong) {
      carry = carry === '' ? chunk.slice(start) : carry + chunk.slice(start);
      if (carry.length > limits.maxLineLength) {
        carry = '';
        overlong = true;
      }
    }
    if (ev.out.length > 0) {
      await sink.write(ev.out.take());
      if (sink.failed !== undefined) return;
    }
  }
  if (overlong) ev.tooLong(++n, head, limits.maxLineLength);
  else if (carry !== '') ev.evaluate(n === 0 ? stripBom(carry) : carry, ++n, head);
}

function stripBom(line: string): string {
  return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}

/** Parses and checks the options; a string is a usage-error message. */
function readOptions(args: string[], now: () => number): { files: string[]; options: Options } | string {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      policy: { type: 'string', default: 'current' },
      jurisdiction: { type: 'string', default: 'england-and-wales' },
      closures: { type: 'string' },
    },
  });
  const asOf = values['as-of'] ?? londonDate(now());
  const date = validate(isoDateSchema, asOf);
  if (!date.ok) return `--as-of ${JSON.stringify(asOf)}: ${date.issues[0]!.message}`;
  const editions = policyEditions();
  const policy = editions.find((e) => e.id === values.policy);
  if (policy === undefined) return `unknown policy ${JSON.stringify(values.policy)}; known: ${editions.map((e) => e.id).join(', ')}`;
  const jurisdiction = values.jurisdiction as Jurisdiction;
  if (!JURISDICTIONS.includes(jurisdiction)) {
    return `unknown jurisdiction ${JSON.stringify(values.jurisdiction)}; known: ${JURISDICTIONS.join(', ')}`;
  }
  const options: Options = { asOf, policy, jurisdiction };
  if (values.closures !== undefined) {
    const closures = values.closures.split(',').map((s) => s.trim()).filter((s) => s !== '');
    for (const c of closures) {
      const r = validate(isoDateSchema, c);
      if (!r.ok) return `--closures ${JSON.stringify(c)}: ${r.issues[0]!.message}`;
    }
    options.closures = closures;
  }
  const files = positionals.length === 0 ? ['-'] : positionals;
  for (const f of files) {
    if (f === '-') continue;
    let isDir: boolean;
    try {
      isDir = statSync(f).isDirectory();
    } catch {
      return `no such file ${JSON.stringify(f)}`;
    }
    if (isDir) return `${JSON.stringify(f)} is a folder, not an NDJSON file`;
  }
  return { files, options };
}

/**
 * `dwp-rules eval`: one NDJSON output record per NDJSON input line (see {@link EVAL_HELP}).
 * Returns the exit code: 0 every line valid, 1 any line not, 2 a usage error.
 *
 * @example
 * const code = await runEval(['cases.ndjson', '--as-of', '2026-03-02'], { stdin: process.stdin, stdout: process.stdout, out: console.log, err: console.error, now: Date.now });
 */
export async function runEval(args: string[], io: EvalIo, limits: EvalLimits = DEFAULT_LIMITS): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(EVAL_HELP);
    return 0;
  }
  const parsed = readOptions(args, io.now);
  if (typeof parsed === 'string') {
    io.err(`dwp-rules eval: ${parsed}\n\n${EVAL_HELP}`);
    return 2;
  }
  // The options are checked above; should safeAssessCase check more of them (issues under
  // `options.`), those are usage errors too, found once here rather than on every line.
  const probe = safeAssessCase({}, parsed.options);
  const optionIssues = probe.ok ? [] : probe.issues.filter((i) => i.path === 'options' || i.path.startsWith('options.'));
  if (optionIssues.length > 0) {
    io.err(`dwp-rules eval: ${optionIssues.map((i) => `${i.path}: ${i.message}`).join('; ')}\n\n${EVAL_HELP}`);
    return 2;
  }
  const { files, options } = parsed;
  const ev = new LineEvaluator(options);
  const sink = new Sink(io.stdout);
  for (const file of files) {
    const head = files.length > 1 ? `{"file":${quote(file)},"line":` : '{"line":';
    const input = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: READ_CHUNK });
    try {
      await evalSource(input, head, ev, sink, limits);
    } catch (e) {
      await sink.finish(ev.out.take()); // the records of the lines read so far
      io.err(`dwp-rules eval: reading ${file === '-' ? 'stdin' : JSON.stringify(file)} failed: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    } finally {
      if (file !== '-') input.destroy();
    }
    if (sink.failed !== undefined) {
      const code = (sink.failed as { code?: unknown }).code;
      if (code !== 'EPIPE') io.err(`dwp-rules eval: writing the output failed: ${sink.failed.message}`);
      return 1;
    }
  }
  await sink.finish(ev.out.take());
  if (sink.failed !== undefined) return 1;
  return ev.bad === 0 ? 0 : 1;
}
