import type { z } from 'zod';
import type { Citation } from './citation.js';
import type { Decision } from './decision.js';
import type { RuleOptions } from './options.js';
import { validate, type Validated } from './validation.js';

/**
 * One entry of the rule registry: the exported function, the catalogue ids it implements,
 * its citations and its input schema. Docs and the CLI list the registry, so what the library
 * says it knows cannot drift from the code.
 *
 * @example
 * export const riskClassificationRule = defineRule({
 *   name: 'classifyReferralRisk', domain: 'compliance', title: 'Referral risk category',
 *   ids: ['LSC-02-002a'], citations: [LSC_02_002], input: referralFactsSchema, evaluate: classifyReferralRisk,
 * });
 */
export interface RuleDefinition<I = any, O = unknown> {
  /** The name the function is exported under (what a scenario's `call` names). */
  readonly name: string;
  /** Domain folder: `compliance`, `provider`, `complaints`, `child-maintenance`, `calendar`. */
  readonly domain: string;
  readonly title: string;
  /** Catalogue ids this rule implements. */
  readonly ids: readonly string[];
  readonly citations: readonly Citation[];
  /** zod schema of the function's first argument. */
  readonly input: z.ZodType<I>;
  readonly evaluate: (input: I, options?: RuleOptions) => Decision<O>;
}

/**
 * Freezes and returns a rule definition (an identity with checks, so typos fail at load).
 *
 * @example
 * const rule = defineRule({ name: 'f', domain: 'compliance', title: 'F', ids: ['LSC-01-001'], citations: [c], input: z.object({}), evaluate: f });
 */
export function defineRule<I, O>(rule: RuleDefinition<I, O>): RuleDefinition<I, O> {
  if (rule.ids.length === 0) throw new TypeError(`defineRule(${rule.name}): a rule needs at least one catalogue id`);
  return Object.freeze({ ...rule, ids: Object.freeze([...rule.ids]), citations: Object.freeze([...rule.citations]) });
}

/** A read-only collection of rules with look-ups by name and by catalogue id. */
export interface RuleRegistry {
  readonly rules: readonly RuleDefinition[];
  byName(name: string): RuleDefinition | undefined;
  /** Every rule that implements the catalogue id. */
  byId(id: string): readonly RuleDefinition[];
  /** Every catalogue id some rule implements, sorted. */
  ids(): readonly string[];
}

/**
 * Builds a registry; throws a TypeError when two rules share a name.
 *
 * @example
 * const registry = createRegistry([...complianceRules, ...providerRules]);
 * registry.byId('LSC-03-066');
 */
export function createRegistry(rules: readonly RuleDefinition[]): RuleRegistry {
  const byName = new Map<string, RuleDefinition>();
  const byId = new Map<string, RuleDefinition[]>();
  for (const r of rules) {
    if (byName.has(r.name)) throw new TypeError(`createRegistry: two rules are named ${JSON.stringify(r.name)}`);
    byName.set(r.name, r);
    for (const id of r.ids) {
      const list = byId.get(id);
      if (list) list.push(r);
      else byId.set(id, [r]);
    }
  }
  const sortedIds = Object.freeze([...byId.keys()].sort());
  return Object.freeze({
    rules: Object.freeze([...rules]),
    byName: (name: string) => byName.get(name),
    byId: (id: string) => byId.get(id) ?? [],
    ids: () => sortedIds,
  });
}

/**
 * The validating entry point for untrusted input: checks `input` against the rule's schema
 * and only then evaluates. Never throws on bad input; each issue names the path.
 *
 * @example
 * const r = evaluateRule(rule, JSON.parse(body));
 * if (!r.ok) return badRequest(r.issues); // [{ path: 'dateOfClaim', message: '…', code: '…' }]
 * show(r.value.value, r.value.reasons);
 */
export function evaluateRule<I, O>(rule: RuleDefinition<I, O>, input: unknown, options?: RuleOptions): Validated<Decision<O>> {
  const v = validate(rule.input, input);
  if (!v.ok) return v;
  return { ok: true, value: rule.evaluate(v.value as I, options) };
}
