// The risk-classification rules of ch.02 para 2 (Risk A–H, as `classifyReferralRisk` decides them)
// in the three forms the comparison bench times, shared with the agreement test so the bench
// compares like with like:
//   (a) `classifyReferralRisk` itself (every match, the reasons and citations);
//   (b) `bareRiskType`: the same logic without reasons, returning the primary letter only;
//   (c) `jreRiskType`: json-rules-engine, one rule per Risk Type, priorities giving the precedence.
//
// json-rules-engine compares facts with fixed operators (numeric `greaterThanInclusive` and
// friends need numbers) and has no calendar, so the facts it cannot derive are computed beforehand
// by `jreFacts`, with the library's public calendar (date-fns `addMonths`): the date of claim, the declared separation date
// and the start of the Risk C window (date of claim − 3 months, month-end clamped) as epoch-day
// numbers. The bench builds these once per fact set outside the timed loop, which favours
// json-rules-engine (forms (a) and (b) do that date work inside their timed call).
import { Engine, type RuleProperties } from 'json-rules-engine';
import { addMonths, type IsoDate } from '../../src/calendar/index.js';
import { parseIsoDate } from '../../src/calendar/epoch-day.js';
import { addMonthsToDateKey, isoDateKey } from '../../src/calendar/month-arithmetic.js';
import { CURRENT_POLICY } from '../../src/core/policy/editions.js';
import type { ReferralRiskFacts, RiskType } from '../../src/compliance/referrals/index.js';

const P = CURRENT_POLICY.complianceReferrals;
const SEPARATION_MONTHS = P.recentSeparationMonths.value;
const WFI_MINIMUM_DAYS = P.wfiSanctionMinimumWeeks.value * 7;


/**
 * (b) The bare classifier: the rules of `classifyReferralRisk`, the primary Risk Type only (first
 * match in the order A/B, C, D, E, F, G, H; it stops at the first), no reasons, no match list.
 *
 * @example
 * bareRiskType({ claimStage: 'NewClaimPrePayment', dateOfClaim: '2026-03-10', declaredSeparationDate: '2025-12-10' }); // 'C'
 */
export function bareRiskType(f: ReferralRiskFacts): RiskType | null {
  if (f.otherPersonDeclaredInHousehold === true && f.possibleLtamc === true) {
    return f.claimStage === 'NewClaimPrePayment' ? 'A' : 'B';
  }
  if (f.declaredSeparationDate !== undefined) {
    // The same date-key arithmetic as (a): date of claim − 3 months, month-end clamped, inclusive.
    const claim = isoDateKey(f.dateOfClaim);
    const separation = isoDateKey(f.declaredSeparationDate);
    if (separation <= claim && !(separation < addMonthsToDateKey(claim, -SEPARATION_MONTHS))) return 'C';
  }
  if (f.declaredPreviouslySelfEmployed === true) return 'D';
  if (f.wfiSanctionDays !== undefined && f.wfiSanctionDays >= WFI_MINIMUM_DAYS) return 'E';
  if (f.authorisedByFraudAndErrorBusiness === true) return 'F';
  if (f.partnerTeamReferral === true) return 'G';
  if (f.otherRiskReferral === true) return 'H';
  return null;
}

/** The facts json-rules-engine is given: the input plus the derived epoch-day numbers. */
export interface JreFacts extends ReferralRiskFacts {
  readonly claimDay: number;
  readonly separationDay?: number;
  readonly separationWindowStartDay: number;
}

/**
 * Derives the numeric facts json-rules-engine needs (it cannot parse dates or add months).
 *
 * @example
 * jreFacts({ claimStage: 'NewClaimPrePayment', dateOfClaim: '1970-04-01' }).separationWindowStartDay; // 0 (1970-01-01)
 */
export function jreFacts(f: ReferralRiskFacts): JreFacts {
  return {
    ...f,
    claimDay: parseIsoDate(f.dateOfClaim),
    ...(f.declaredSeparationDate === undefined ? {} : { separationDay: parseIsoDate(f.declaredSeparationDate) }),
    // The public addMonths (date-fns), not the fast path of (a) and (b): the agreement test then
    // checks the fast path too.
    separationWindowStartDay: parseIsoDate(addMonths(f.dateOfClaim as IsoDate, -SEPARATION_MONTHS)),
  };
}

type Condition = { fact: string; operator: string; value: unknown };
const isTrue = (fact: string): Condition => ({ fact, operator: 'equal', value: true });
const rule = (type: RiskType, priority: number, all: Condition[]): RuleProperties => ({
  name: `Risk ${type}`,
  priority,
  conditions: { all },
  event: { type },
});

/** One json-rules-engine rule per Risk Type; a higher priority runs (and so reports) first. */
export const JRE_RULES: readonly RuleProperties[] = [
  rule('A', 80, [{ fact: 'claimStage', operator: 'equal', value: 'NewClaimPrePayment' }, isTrue('otherPersonDeclaredInHousehold'), isTrue('possibleLtamc')]),
  rule('B', 79, [{ fact: 'claimStage', operator: 'equal', value: 'CurrentClaimInPayment' }, isTrue('otherPersonDeclaredInHousehold'), isTrue('possibleLtamc')]),
  rule('C', 70, [
    { fact: 'separationDay', operator: 'greaterThanInclusive', value: { fact: 'separationWindowStartDay' } },
    { fact: 'separationDay', operator: 'lessThanInclusive', value: { fact: 'claimDay' } },
  ]),
  rule('D', 60, [isTrue('declaredPreviouslySelfEmployed')]),
  rule('E', 50, [{ fact: 'wfiSanctionDays', operator: 'greaterThanInclusive', value: WFI_MINIMUM_DAYS }]),
  rule('F', 40, [isTrue('authorisedByFraudAndErrorBusiness')]),
  rule('G', 30, [isTrue('partnerTeamReferral')]),
  rule('H', 20, [isTrue('otherRiskReferral')]),
];

/**
 * A json-rules-engine Engine holding {@link JRE_RULES}; facts absent from a referral are undefined.
 *
 * @example
 * const engine = jreEngine();
 */
export function jreEngine(): Engine {
  return new Engine([...JRE_RULES], { allowUndefinedFacts: true });
}

/**
 * (c) Every matching Risk Type in precedence order, by json-rules-engine (events arrive in
 * priority order: each priority level runs before the next).
 *
 * @example
 * await jreRiskTypes(jreEngine(), jreFacts({ claimStage: 'NewClaimPrePayment', dateOfClaim: '2026-03-10', partnerTeamReferral: true })); // ['G']
 */
export async function jreRiskTypes(engine: Engine, facts: JreFacts): Promise<RiskType[]> {
  const { events } = await engine.run(facts as unknown as Record<string, unknown>);
  return events.map((e) => e.type as RiskType);
}

/**
 * Generates `count` referral fact sets (deterministic LCG), with dates of claim 2012–2027 and
 * separation dates around the three-month boundary (including month ends, so the clamp matters).
 *
 * @example
 * generateRiskFacts(1000, 42).length; // 1000
 */
export function generateRiskFacts(count: number, seed: number): ReferralRiskFacts[] {
  let s = seed >>> 0 || 1;
  const rand = (k: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0), (s >>> 8) % k);
  const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const out: ReferralRiskFacts[] = [];
  for (let i = 0; i < count; i++) {
    const y = 2012 + rand(16);
    const m = 1 + rand(12);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const d = 1 + rand(m === 2 && leap ? 29 : days[m - 1]!);
    const dateOfClaim = `${y}-${pad(m)}-${pad(d)}`;
    const f: { -readonly [K in keyof ReferralRiskFacts]: ReferralRiskFacts[K] } = {
      claimStage: rand(2) === 0 ? 'NewClaimPrePayment' : 'CurrentClaimInPayment',
      dateOfClaim,
    };
    if (rand(4) === 0) f.otherPersonDeclaredInHousehold = rand(2) === 0;
    if (rand(4) === 0) f.possibleLtamc = rand(2) === 0;
    if (rand(2) === 0) {
      // 0–4 months back, ±3 days around the boundary, sometimes after the date of claim.
      const back = rand(5);
      const bm = ((m - 1 - back + 120) % 12) + 1;
      const by = y - (m - back <= 0 ? 1 : 0);
      const bLeap = by % 4 === 0 && (by % 100 !== 0 || by % 400 === 0);
      const max = bm === 2 && bLeap ? 29 : days[bm - 1]!;
      const bd = Math.min(max, Math.max(1, d + rand(7) - 3));
      f.declaredSeparationDate = rand(10) === 0 ? `${y + 1}-${pad(m)}-01` : `${by}-${pad(bm)}-${pad(bd)}`;
    }
    if (rand(5) === 0) f.declaredPreviouslySelfEmployed = rand(3) !== 0;
    if (rand(5) === 0) f.wfiSanctionDays = 20 + rand(16);
    if (rand(8) === 0) f.authorisedByFraudAndErrorBusiness = true;
    if (rand(8) === 0) f.partnerTeamReferral = true;
    if (rand(8) === 0) f.otherRiskReferral = true;
    out.push(f);
  }
  return out;
}
