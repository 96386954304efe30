import { z } from 'zod';
import { addMonthsToDateKey, isoDateKey } from '../../calendar/month-arithmetic.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import type { PolicyEdition } from '../../core/policy/edition.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema, daysSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { RISK_TYPES, type RiskType } from './vocabulary.js';

const C001 = lsc('LSC-02-001');
const C002A = lsc('LSC-02-002a');
const C002B = lsc('LSC-02-002b');
const C002D = lsc('LSC-02-002d');
const C002E = lsc('LSC-02-002e');

/** One row of the risk-referral table (ch.02 para 2), as reconstructed in the catalogue. */
export interface RiskTypeEntry {
  readonly riskType: RiskType;
  readonly id: string;
  readonly name: string;
  readonly criteria: string;
  readonly reason: string;
}

/**
 * The risk-referral table of ch.02 para 2 (LSC-02-002a; the source table is flattened, this is
 * the catalogue's reconstruction), one frozen row per Risk Type.
 *
 * @example
 * RISK_TYPE_TABLE.find((r) => r.riskType === 'C')?.name; // 'Recently Separated'
 */
export const RISK_TYPE_TABLE: readonly RiskTypeEntry[] = Object.freeze(
  [
    { riskType: 'A', id: 'LSC-02-002a', name: '(New Claims) Pre-payment Living Together As a Married Couple (LTAMC)', criteria: 'Other person declared in the household and possible LTAMC', reason: 'Requiring CP2/LT action at Gateway' },
    { riskType: 'B', id: 'LSC-02-002a', name: '(Current Claims) Post-Payment LTAMC', criteria: 'Other person declared in the household and possible LTAMC', reason: 'Requiring CP2/LT action or follow-up' },
    { riskType: 'C', id: 'LSC-02-002b', name: 'Recently Separated', criteria: "Claimant declares they recently separated at date of claim. 'Recently' – up to three months", reason: 'Review at the 2 – 3 month stage' },
    { riskType: 'D', id: 'LSC-02-002a', name: 'Previously Self-Employed', criteria: 'Claimant declares they were previously self-employed.', reason: 'Review at the 2 – 3 month stage.' },
    { riskType: 'E', id: 'LSC-02-002d', name: 'WFI Sanction Cases', criteria: 'Claimant has a sanction on their claim for 4 weeks or more for failing to attend their WFI.', reason: '' },
    { riskType: 'F', id: 'LSC-02-002e', name: 'Only for use when authorised by Fraud and Error Business', criteria: '', reason: '' },
    { riskType: 'G', id: 'LSC-02-002a', name: 'Partner Team', criteria: '', reason: '' },
    { riskType: 'H', id: 'LSC-02-002a', name: 'Other types of referrals', criteria: '', reason: '' },
  ].map((r) => Object.freeze(r as RiskTypeEntry)),
);

/** Facts about a risk referral, as the LSC team holds them when completing the FRF (ch.02 paras 1–2). */
export const referralRiskFactsSchema = z.object({
  /** New claim not yet in payment (pre-payment), or current claim in payment (post-payment). */
  claimStage: z.enum(['NewClaimPrePayment', 'CurrentClaimInPayment']),
  /** Another person is declared in the household. */
  otherPersonDeclaredInHousehold: z.boolean().optional(),
  /** The household suggests a possible LTAMC. */
  possibleLtamc: z.boolean().optional(),
  dateOfClaim: isoDateSchema,
  /** Separation date the claimant declared at the date of claim, if any. */
  declaredSeparationDate: isoDateSchema.optional(),
  /** The claimant declared at the date of claim that they were previously self-employed. */
  declaredPreviouslySelfEmployed: z.boolean().optional(),
  /** Length in days of a sanction on the claim for failing to attend the WFI, if any. */
  wfiSanctionDays: daysSchema.optional(),
  /** Fraud and Error Business has authorised use of Risk F for this referral. */
  authorisedByFraudAndErrorBusiness: z.boolean().optional(),
  /** The referral comes from the Partner Team. */
  partnerTeamReferral: z.boolean().optional(),
  /** A risk referral for another reason (Other types of referrals). */
  otherRiskReferral: z.boolean().optional(),
});
export type ReferralRiskFacts = z.input<typeof referralRiskFactsSchema>;

/** Result of {@link classifyReferralRisk}: every Risk Type that fits, and the one to record. */
export interface ReferralRiskClassification {
  /** The Risk Type to record on the FRF (first match in precedence A/B → C → D → E → F → G → H), or null. */
  readonly primary: RiskType | null;
  /** Every Risk Type whose criteria the facts meet, in precedence order. */
  readonly matches: readonly RiskType[];
}

const R_A = reason('LSC-02-002a', 'New claim, pre-payment, other person declared in the household and possible LTAMC: Risk A.', [C002A]);
const R_B = reason('LSC-02-002a', 'Current claim in payment, other person declared in the household and possible LTAMC: Risk B.', [C002A]);
const R_C = reason('LSC-02-002b', 'Separated up to three months before the date of claim (inclusive): Risk C.', [C002B, C002A]);
const R_NOT_C = reason('LSC-02-002b', 'Declared separation is more than three months before the date of claim (or after it): not Risk C.', [C002B]);
const R_D = reason('LSC-02-002a', 'Declared previously self-employed at the date of claim: Risk D.', [C002A]);
const R_E = reason('LSC-02-002d', 'Sanction of 4 weeks or more for failing to attend the WFI: Risk E.', [C002D, C002A]);
const R_NOT_E = reason('LSC-02-002d', 'WFI sanction shorter than 4 weeks: not Risk E.', [C002D]);
const R_F = reason('LSC-02-002e', 'Authorised by Fraud and Error Business: Risk F may be used.', [C002E]);
const R_G = reason('LSC-02-002a', 'Referral from the Partner Team: Risk G.', [C002A]);
const R_H = reason('LSC-02-002a', 'Risk referral for another reason: Risk H (Other types of referrals).', [C002A]);
const R_NONE = reason('LSC-02-002a', 'The facts meet the criteria of no Risk Type A–H.', [C002A]);
const R_PRECEDENCE = reason('LSC-02-001', 'Several Risk Types fit: the FRF records the first in the order A/B, C, D, E, F, G, H (docs/interpretations.md).', [C001, C002A]);

// A decision depends only on the state of each fact: A/B (none, A, B) · C (no separation
// declared, in the window, outside it) · D (no, yes) · E (no sanction, 4 weeks or more, shorter) ·
// F, G, H (no, yes): 3 × 3 × 2 × 3 × 2 × 2 × 2 = 432 outcomes. Each is built once per policy
// edition, frozen, and afterwards only picked, so the explanation costs one array read per call
// (docs/performance.md, "Rules at caseload scale").
const OUTCOMES = 432;
type OutcomeTable = (Decision<ReferralRiskClassification> | undefined)[];
const tables = new WeakMap<PolicyEdition, OutcomeTable>();
let lastPolicy: PolicyEdition | undefined;
let lastTable: OutcomeTable = [];

function tableFor(policy: PolicyEdition): OutcomeTable {
  if (policy === lastPolicy) return lastTable;
  let table = tables.get(policy);
  if (table === undefined) tables.set(policy, (table = new Array<undefined>(OUTCOMES).fill(undefined)));
  lastPolicy = policy;
  lastTable = table;
  return table;
}

/** Builds the frozen decision of one outcome (see above for the encoding of `key`). */
function buildOutcome(key: number, edition: string): Decision<ReferralRiskClassification> {
  const ab = key % 3;
  const c = Math.floor(key / 3) % 3;
  const e = Math.floor(key / 9) % 3;
  const bits = Math.floor(key / 27); // D, F, G, H: bits 0–3
  const matches: RiskType[] = [];
  const reasons: Reason[] = [];
  const add = (type: RiskType, r: Reason) => {
    matches.push(type);
    reasons.push(r);
  };
  if (ab === 1) add('A', R_A);
  else if (ab === 2) add('B', R_B);
  if (c === 1) add('C', R_C);
  else if (c === 2) reasons.push(R_NOT_C);
  if (bits & 1) add('D', R_D);
  if (e === 1) add('E', R_E);
  else if (e === 2) reasons.push(R_NOT_E);
  if (bits & 2) add('F', R_F);
  if (bits & 4) add('G', R_G);
  if (bits & 8) add('H', R_H);
  if (matches.length === 0) reasons.push(R_NONE);
  else if (matches.length > 1) reasons.push(R_PRECEDENCE);
  const value = Object.freeze({ primary: matches[0] ?? null, matches: Object.freeze(matches) });
  return Object.freeze(decide(value, Object.freeze(reasons), edition));
}

/**
 * Classifies a risk referral into Risk Type A–H (ch.02 para 2; LSC-02-002a, -002b, -002d,
 * -002e), returning every type that fits and the primary one to record on the FRF (LSC-02-001).
 * Precedence when several fit: A/B, then C, D, E, F, G, H. Risk C: separation on or after the
 * date of claim minus 3 months (inclusive). Risk E: WFI sanction of 4 weeks (28 days) or more.
 * Risk F only when authorised by Fraud and Error Business. The decision returned is frozen.
 *
 * @example
 * classifyReferralRisk({ claimStage: 'NewClaimPrePayment', dateOfClaim: '2026-03-10', declaredSeparationDate: '2025-12-10' }).value;
 * // { primary: 'C', matches: ['C'] }
 */
export function classifyReferralRisk(input: ReferralRiskFacts, options?: RuleOptions): Decision<ReferralRiskClassification> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  let key = 0;
  if (input.otherPersonDeclaredInHousehold === true && input.possibleLtamc === true) {
    key = input.claimStage === 'NewClaimPrePayment' ? 1 : 2;
  }
  if (input.declaredSeparationDate !== undefined) {
    // Dates as ordinal keys (20260310); the window start is addMonths' month-end-clamped date by
    // integer arithmetic (NaN only before 0001-01-01, and then every earlier day is in the window).
    const claim = isoDateKey(input.dateOfClaim, 'dateOfClaim');
    const separation = isoDateKey(input.declaredSeparationDate, 'declaredSeparationDate');
    const earliest = addMonthsToDateKey(claim, -p.recentSeparationMonths.value);
    key += separation <= claim && !(separation < earliest) ? 3 : 6;
  }
  if (input.wfiSanctionDays !== undefined) {
    key += input.wfiSanctionDays >= p.wfiSanctionMinimumWeeks.value * 7 ? 9 : 18;
  }
  if (input.declaredPreviouslySelfEmployed === true) key += 27;
  if (input.authorisedByFraudAndErrorBusiness === true) key += 54;
  if (input.partnerTeamReferral === true) key += 108;
  if (input.otherRiskReferral === true) key += 216;
  const table = tableFor(policy);
  return table[key] ?? (table[key] = buildOutcome(key, policy.id));
}

export const referralRiskRule = defineRule({
  name: 'classifyReferralRisk',
  domain: 'compliance',
  title: 'Referral Risk Type A–H',
  ids: ['LSC-02-001', 'LSC-02-002a', 'LSC-02-002b', 'LSC-02-002d', 'LSC-02-002e'],
  citations: [C002A, C002B, C002D, C002E],
  input: referralRiskFactsSchema,
  evaluate: classifyReferralRisk,
});

/** True for a Risk Type (for untrusted strings). @example isRiskType('A'); // true */
export function isRiskType(x: unknown): x is RiskType {
  return typeof x === 'string' && (RISK_TYPES as readonly string[]).includes(x);
}
