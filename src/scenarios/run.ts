import { isDecision } from '../core/decision.js';
import type { RuleRegistry } from '../core/registry.js';
import { policyEdition } from '../core/policy/editions.js';
import { validate } from '../core/validation.js';
import { matchPartial, type Mismatch } from './match.js';
import { scenarioFileSchema, type Scenario } from './scenario.js';

/** The result of one scenario. */
export interface ScenarioResult {
  readonly name: string;
  /** Where the scenario came from (a file path), when known. */
  readonly source?: string;
  readonly passed: boolean;
  /** Value mismatches (empty when passed or when the failure is a `problem`). */
  readonly mismatches: readonly Mismatch[];
  /** Other failures in words: a throw, a missing rule id, an unknown export. */
  readonly problems: readonly string[];
}

/** The result of a whole scenario file. */
export interface ScenarioFileResult {
  readonly source: string;
  /** Set when the file itself is invalid (not JSON, or not in the scenario format). */
  readonly error?: string;
  readonly results: readonly ScenarioResult[];
}

/** What the runner calls: the package's exports, and the registry to find rule schemas. */
export interface ScenarioApi {
  readonly exports: Readonly<Record<string, unknown>>;
  readonly registry?: RuleRegistry;
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : typeof e;
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function ruleIdsOf(result: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isDecision(result)) return ids;
  for (const r of result.reasons) {
    ids.add(r.rule);
    for (const c of r.cites) ids.add(c.id);
  }
  return ids;
}

/**
 * Runs one parsed scenario against the package's exports. For a registered rule the first
 * argument is validated with the rule's schema first (a failure is a structured
 * `ValidationError`), and `policy` is handed to the rule through its options argument.
 *
 * @example
 * runScenario({ name: 'x', call: 'addWorkingDays', args: ['2026-12-24', 1], expect: { value: '2026-12-29' } }, { exports: api });
 * // { name: 'x', passed: true, mismatches: [], problems: [] }
 */
export function runScenario(scenario: Scenario, api: ScenarioApi, source?: string): ScenarioResult {
  const base = source === undefined ? { name: scenario.name } : { name: scenario.name, source };
  const fail = (problems: string[], mismatches: Mismatch[] = []): ScenarioResult => ({ ...base, passed: false, mismatches, problems });
  const fn = Object.hasOwn(api.exports, scenario.call) ? api.exports[scenario.call] : undefined;
  if (typeof fn !== 'function') return fail([`"${scenario.call}" is not a function exported by dwp-rules`]);

  const rule = api.registry?.byName(scenario.call);
  const args = [...scenario.args];
  if (scenario.policy !== undefined) {
    if (rule === undefined) return fail([`"policy" was given but "${scenario.call}" is not a registered rule taking options`]);
    let edition;
    try {
      edition = policyEdition(scenario.policy);
    } catch (e) {
      return fail([errorText(e)]);
    }
    const given = args[1];
    args[1] = { ...(typeof given === 'object' && given !== null ? given : {}), policy: edition };
  }

  let result: unknown;
  try {
    if (rule !== undefined) {
      const v = validate(rule.input, args[0]);
      if (!v.ok) {
        const issues = v.issues.map((i) => `${i.path || '(input)'}: ${i.message}`);
        if (scenario.expect.throws === 'ValidationError' || scenario.expect.throws === 'InputError') {
          return { ...base, passed: true, mismatches: [], problems: [] };
        }
        return fail([`invalid input for ${scenario.call} (ValidationError): ${issues.join('; ')}`]);
      }
      args[0] = v.value;
    }
    result = (fn as (...a: unknown[]) => unknown)(...args);
  } catch (e) {
    if (scenario.expect.throws !== undefined && errorName(e) === scenario.expect.throws) {
      return { ...base, passed: true, mismatches: [], problems: [] };
    }
    return fail([`threw ${errorText(e)}${scenario.expect.throws ? `; expected ${scenario.expect.throws}` : ''}`]);
  }
  if (scenario.expect.throws !== undefined) return fail([`expected it to throw ${scenario.expect.throws}, but it returned`]);

  const actual = isDecision(result) ? result.value : result;
  const mismatches = 'value' in scenario.expect ? matchPartial(actual, scenario.expect.value) : [];
  const problems: string[] = [];
  if (scenario.expectRules !== undefined) {
    if (!isDecision(result)) problems.push('expectRules was given but the result is not a Decision');
    else {
      const ids = ruleIdsOf(result);
      const missing = scenario.expectRules.filter((id) => !ids.has(id));
      if (missing.length > 0) problems.push(`rules missing from the reasons: ${missing.join(', ')} (reasons cite ${[...ids].join(', ') || 'nothing'})`);
    }
  }
  return mismatches.length === 0 && problems.length === 0 ? { ...base, passed: true, mismatches, problems } : fail(problems, mismatches);
}

/**
 * Validates the content of a scenario file (already parsed from JSON) and runs each scenario.
 * An invalid file gives `error` naming what is wrong and no results.
 *
 * @example
 * runScenarioFile(JSON.parse(text), { exports: api, registry: RULES }, 'test/scenarios/calendar.json');
 */
export function runScenarioFile(content: unknown, api: ScenarioApi, source: string): ScenarioFileResult {
  const parsed = validate(scenarioFileSchema, content);
  if (!parsed.ok) {
    return { source, error: `not a scenario file: ${parsed.issues.map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ')}`, results: [] };
  }
  return { source, results: parsed.value.map((s) => runScenario(s, api, source)) };
}

/** Totals over many files: a broken file counts as one failure. */
export interface ScenarioTotals {
  readonly passed: number;
  readonly failed: number;
}

/**
 * Counts passes and failures; each invalid file counts as one failure.
 *
 * @example
 * scenarioTotals(files); // { passed: 12, failed: 0 }
 */
export function scenarioTotals(files: readonly ScenarioFileResult[]): ScenarioTotals {
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    if (f.error !== undefined) failed++;
    for (const r of f.results) if (r.passed) passed++; else failed++;
  }
  return { passed, failed };
}
