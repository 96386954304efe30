import { readFileSync, writeFileSync } from 'node:fs';
import * as api from '../index.js';
import { RULES } from '../registry.js';
import { LIBRARY_VERSION } from '../core/version.js';
import { formatScenarioReport, scenarioJUnitXml } from '../scenarios/report.js';
import { runScenarioFile, scenarioTotals, type ScenarioFileResult } from '../scenarios/run.js';
import { collectJsonFiles } from './collect-files.js';

/** Where the CLI writes; injected so tests can capture it. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = `Usage: dwp-rules <command> [options]

Commands:
  test <files or folders…> [--junit FILE] [--verbose]
        Run JSON regression scenarios; prints failures with diffs and "N passed, N failed";
        exits 1 on any failure or invalid scenario file.
  rules [--json]
        List every encoded rule: name, catalogue ids, title.
  --version   Print the library version.
  --help      Print this help.`;

function runTest(args: readonly string[], io: CliIo): number {
  const paths: string[] = [];
  let junit: string | undefined;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--junit') {
      junit = args[++i];
      if (junit === undefined) {
        io.err('dwp-rules test: --junit needs a file name');
        return 2;
      }
    } else if (a === '--verbose') verbose = true;
    else if (a.startsWith('--')) {
      io.err(`dwp-rules test: unknown option ${a}`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    io.err('dwp-rules test: name at least one scenario file or folder');
    return 2;
  }
  const { files, missing } = collectJsonFiles(paths);
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
  if (files.length === 0 && missing.length === 0) {
    io.err(`dwp-rules test: no .json scenario files found in ${paths.join(', ')}`);
    return 1;
  }
  io.out(formatScenarioReport(results, verbose));
  if (junit !== undefined) writeFileSync(junit, scenarioJUnitXml(results));
  return scenarioTotals(results).failed === 0 ? 0 : 1;
}

function runRules(args: readonly string[], io: CliIo): number {
  const rows = RULES.rules.map((r) => ({ name: r.name, domain: r.domain, ids: r.ids, title: r.title, citations: r.citations }));
  if (args.includes('--json')) io.out(JSON.stringify(rows, null, 2));
  else {
    for (const r of rows) io.out(`${r.name}  [${r.ids.join(', ')}]  ${r.title}`);
    io.out(`${rows.length} rules, ${RULES.ids().length} catalogue ids`);
  }
  return 0;
}

/**
 * The `dwp-rules` command. Returns the exit code (0 success, 1 failures, 2 usage error).
 *
 * @example
 * process.exitCode = runCli(process.argv.slice(2), { out: console.log, err: console.error });
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'test':
      return runTest(rest, io);
    case 'rules':
      return runRules(rest, io);
    case '--version':
    case '-v':
      io.out(LIBRARY_VERSION);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`dwp-rules: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
      return 2;
  }
}
