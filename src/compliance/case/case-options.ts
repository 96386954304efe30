import { z } from 'zod';
import type { CalendarOptions } from '../../calendar/types.js';
import type { IsoDate, Jurisdiction } from '../../calendar/types.js';
import type { RuleOptions } from '../../core/options.js';
import type { PolicyEdition } from '../../core/policy/edition.js';
import { CURRENT_POLICY, policyEdition, policyEditions } from '../../core/policy/editions.js';
import { isoDateSchema, jurisdictionSchema } from '../../core/schemas.js';
import type { AssessCaseOptions } from './types.js';

/** {@link AssessCaseOptions} resolved once per call: the edition, the calendar and the rule options. */
export interface ResolvedCaseOptions {
  readonly asOf: IsoDate;
  readonly policy: PolicyEdition;
  readonly jurisdiction: Jurisdiction;
  readonly rule: RuleOptions;
}

function isPolicyEdition(x: unknown): x is PolicyEdition {
  return typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string' && typeof (x as { complianceReferrals?: unknown }).complianceReferrals === 'object';
}

/**
 * zod schema of {@link AssessCaseOptions} for untrusted callers (the CLI, a JSON API): `asOf` an
 * ISO date, `policy` a known edition id (or an edition object), `jurisdiction` a GOV.UK division.
 *
 * @example
 * assessCaseOptionsSchema.parse({ asOf: '2026-03-02', policy: 'foi-era' });
 */
export const assessCaseOptionsSchema = z.object({
  asOf: isoDateSchema,
  policy: z
    .union([
      z.string().refine((id) => policyEditions().some((e) => e.id === id), { message: `expected a policy edition id: ${policyEditionIds()}` }),
      z.custom<PolicyEdition>(isPolicyEdition, { message: 'expected a policy edition' }),
    ])
    .optional(),
  jurisdiction: jurisdictionSchema.optional(),
  closures: z.array(isoDateSchema).max(10_000).optional(),
});

function policyEditionIds(): string {
  return policyEditions().map((e) => e.id).join(', ');
}

// Rule options are shared between calls with the same edition, jurisdiction and closures: the
// calendar caches its working-day tables on the options object, and a calendar with closures
// costs a table build (about 0.6 ms), so new options per call would rebuild it for every case.
// A handful of closure lists is kept (a caseload uses one); the map is emptied past that.
const SHARED = new Map<string, RuleOptions>();
const MAX_SHARED = 64;

/**
 * Resolves the options of {@link assessCase}: the policy edition by id or object (default the
 * current edition), the calendar of the jurisdiction (default England & Wales) with any closures.
 * An unknown policy id throws a RangeError naming the known ids (typed callers; the validating
 * entry reports it as an issue instead).
 *
 * @example
 * resolveCaseOptions({ asOf: '2026-03-02', policy: 'foi-era' }).policy.id; // 'foi-era'
 */
export function resolveCaseOptions(options: AssessCaseOptions): ResolvedCaseOptions {
  const p = options.policy;
  const policy = p === undefined ? CURRENT_POLICY : typeof p === 'string' ? policyEdition(p) : p;
  const jurisdiction = options.jurisdiction ?? 'england-and-wales';
  const asOf = options.asOf as IsoDate;
  const closures = options.closures !== undefined && options.closures.length > 0 ? options.closures : undefined;
  const key = closures === undefined ? `${policy.id}\u0000${jurisdiction}` : `${policy.id}\u0000${jurisdiction}\u0000${closures.join(',')}`;
  let rule = SHARED.get(key);
  if (rule === undefined || rule.policy !== policy) {
    const calendar: CalendarOptions = closures === undefined ? { jurisdiction } : { jurisdiction, closures: Object.freeze([...closures]) as readonly IsoDate[] };
    rule = Object.freeze({ policy, calendar: Object.freeze(calendar) });
    if (SHARED.size >= MAX_SHARED) SHARED.clear();
    SHARED.set(key, rule);
  }
  return { asOf, policy, jurisdiction, rule };
}
