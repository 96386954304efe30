import { readFileSync, writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { addCalendarDays } from '../calendar/add-calendar-days.js';
import { addMonths } from '../calendar/add-months.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import { calendarFor } from '../calendar/calendar-for.js';
import { isoDate } from '../calendar/iso-date.js';
import { JURISDICTIONS, type IsoDate, type Jurisdiction } from '../calendar/types.js';
import * as api from '../index.js';
import { RULES } from '../registry.js';
import { LIBRARY_VERSION } from '../core/version.js';
import { formatScenarioReport, scenarioJUnitXml } from '../scenarios/report.js';
import { runScenarioFile, scenarioTotals, type ScenarioFileResult } from '../scenarios/run.js';
import { collectJsonFiles } from './collect-files.js';
import { EVAL_HELP, runEval } from './eval.js';

/** Where the CLI reads and writes; injected so tests can capture it. */
export interface CliIo {
  /** Writes one line (the newline is added). */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `eval` input when no file is named; default `process.stdin`. */
  readonly stdin?: Readable;
  /** `eval` output records (written raw, in batches); default `process.stdout`. */
  readonly stdout?: Writable;
  /** The clock (epoch ms) for `eval`'s default `--as-of`; default `Date.now`. */
  readonly now?: () => number;
}

/** Exit codes of the `dwp-rules` command. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });

const HELP: Record<string, string> = {
  main: `Usage: dwp-rules <command> [options]

Commands:
  test      Run JSON regression scenario files
  eval      Assess NDJSON case records, one output line per input line
  rules     List every encoded rule
  deadline  Add working days, calendar days or months to a date

Options: --help (also after a command), --version
Exit codes: 0 success; 1 a failure (a scenario failed, a file was invalid, a case record was
invalid); 2 a usage error.`,
  eval: EVAL_HELP,
  test: `Usage: dwp-rules test <files or folders…> [--reporter text|junit] [--output FILE] [--junit FILE] [--verbose]

Runs JSON scenario files (folders are searched for .json files). Prints each failure with a diff
and a closing line "N passed, N failed". --reporter junit --output FILE (or --junit FILE) also
writes JUnit XML. Exit 0 only when every scenario passed and every file was valid.`,
  rules: `Usage: dwp-rules rules [--json] [--grep TEXT]

Lists every encoded rule from the registry: function, catalogue ids, title and paragraph.
--grep keeps rules whose name, ids, title or citation contain TEXT (case-insensitive).`,
  deadline: `Usage: dwp-rules deadline --from YYYY-MM-DD (--working-days N | --calendar-days N | --months N) [--jurisdiction J]

Prints the date N working days / calendar days / months after --from (a negative N, written
--working-days=-5, counts back).
Working days exclude weekends and the bank holidays of J (england-and-wales, scotland,
northern-ireland; default england-and-wales). The start day never counts.`,
};

function usageError(io: CliIo, command: string, message: string): number {
  io.err(`dwp-rules ${command}: ${message}\n\n${HELP[command] ?? HELP.main}`);
  return EXIT.usage;
}

function runTest(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      junit: { type: 'string' },
      reporter: { type: 'string', default: 'text' },
      output: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return io.out(HELP.test!), EXIT.ok;
  if (values.reporter !== 'text' && values.reporter !== 'junit') return usageError(io, 'test', `unknown reporter ${values.reporter}`);
  if (values.reporter === 'junit' && values.output === undefined) return usageError(io, 'test', '--reporter junit needs --output FILE');
  if (positionals.length === 0) return usageError(io, 'test', 'name at least one scenario file or folder');
  const { files, missing } = collectJsonFiles(positionals);
  if (files.length === 0 && missing.length === 0) {
    io.err(`dwp-rules test: no .json scenario files found in ${positionals.join(', ')}`);
    return EXIT.failed;
  }
  const results: ScenarioFileResult[] = missing.map((m) => ({ source: m, error: 'no such file or folder', results: [] }));
  for (const file of files) {
    let content: unknown;
    try {
      content = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      results.push({ source: file, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, results: [] });
      continue;
    }
    results.push(runScenarioFile(content, { exports: api, registry: RULES }, file));
  }
  io.out(formatScenarioReport(results, values.verbose));
  const junit = values.junit ?? (values.reporter === 'junit' ? values.output : undefined);
  if (junit !== undefined) writeFileSync(junit, scenarioJUnitXml(results));
  return scenarioTotals(results).failed === 0 ? EXIT.ok : EXIT.failed;
}

function runRules(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, grep: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) return io.out(HELP.rules!), EXIT.ok;
  const needle = values.grep?.toLowerCase();
  const rows = RULES.rules
    .map((r) => ({ name: r.name, domain: r.domain, ids: r.ids, title: r.title, citations: r.citations }))
    .filter((r) => needle === undefined || JSON.stringify(r).toLowerCase().includes(needle));
  if (values.json) io.out(JSON.stringify(rows, null, 2));
  else {
    for (const r of rows) io.out(`${r.name}  [${r.ids.join(', ')}]  ${r.title} — ${r.citations.map((c) => c.ref).join('; ')}`);
    io.out(`${rows.length} rules`);
  }
  return EXIT.ok;
}

function runDeadline(args: string[], io: CliIo): number {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      'working-days': { type: 'string' },
      'calendar-days': { type: 'string' },
      months: { type: 'string' },
      jurisdiction: { type: 'string', default: 'england-and-wales' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return io.out(HELP.deadline!), EXIT.ok;
  const kinds = (['working-days', 'calendar-days', 'months'] as const).filter((k) => values[k] !== undefined);
  if (values.from === undefined) return usageError(io, 'deadline', '--from is required');
  if (kinds.length !== 1) return usageError(io, 'deadline', 'give exactly one of --working-days, --calendar-days, --months');
  const kind = kinds[0]!;
  const text = values[kind]!;
  if (!/^-?\d+$/.test(text)) return usageError(io, 'deadline', `--${kind} must be an integer, not ${JSON.stringify(text)}`);
  const jurisdiction = values.jurisdiction as Jurisdiction;
  if (!JURISDICTIONS.includes(jurisdiction)) return usageError(io, 'deadline', `unknown jurisdiction ${JSON.stringify(values.jurisdiction)}`);
  let from: IsoDate;
  try {
    from = isoDate(values.from);
  } catch (e) {
    return usageError(io, 'deadline', e instanceof Error ? e.message : String(e));
  }
  const n = Number(text);
  if (kind === 'working-days') {
    const result = addWorkingDays(from, n, { jurisdiction });
    const cal = calendarFor({ jurisdiction });
    const [lo, hi] = result < from ? [result, from] : [from, result];
    const skipped: string[] = [];
    for (let y = Number(lo.slice(0, 4)); y <= Number(hi.slice(0, 4)); y++) {
      for (const h of cal.bankHolidays(y)) if (h.date > lo && h.date < hi) skipped.push(`${h.date} ${h.title}`);
    }
    io.out(result);
    if (skipped.length > 0) io.out(`bank holidays skipped (${jurisdiction}): ${skipped.join('; ')}`);
  } else io.out(kind === 'calendar-days' ? addCalendarDays(from, n) : addMonths(from, n));
  return EXIT.ok;
}

/**
 * The `dwp-rules` command. Returns the exit code (0 success, 1 failures, 2 usage error).
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { out: console.log, err: console.error });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'test':
        return runTest(rest, io);
      case 'eval':
        return await runEval(rest, {
          stdin: io.stdin ?? process.stdin,
          stdout: io.stdout ?? process.stdout,
          out: io.out,
          err: io.err,
          now: io.now ?? Date.now,
        });
      case 'rules':
        return runRules(rest, io);
      case 'deadline':
        return runDeadline(rest, io);
      case '--version':
      case '-v':
        io.out(LIBRARY_VERSION);
        return EXIT.ok;
      case undefined:
        io.err(HELP.main!);
        return EXIT.usage;
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP.main!);
        return EXIT.ok;
      default:
        return usageError(io, 'main', `unknown command ${JSON.stringify(command)}`);
    }
  } catch (e) {
    // parseArgs throws a TypeError with code ERR_PARSE_ARGS_* for unknown or malformed options.
    if (e instanceof TypeError && String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      return usageError(io, command ?? 'main', e.message);
    }
    throw e;
  }
}
