import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';
import { lsc } from '../common/cite-lsc.js';
import { benefitSchema, DISABILITY_BENEFITS } from './types.js';

/**
 * The Customer Centric capital referral rule codes covered by the capital exception to
 * "substantial" (ch.05 para 11, closed list).
 *
 * @example
 * CAPITAL_EXCEPTION_RULE_CODES.includes('JSIR008'); // true
 */
export const CAPITAL_EXCEPTION_RULE_CODES = Object.freeze(['ISIR008', 'JSIR008', 'ESIR008'] as const);
/** One of {@link CAPITAL_EXCEPTION_RULE_CODES}. */
export type CapitalExceptionRuleCode = (typeof CAPITAL_EXCEPTION_RULE_CODES)[number];

/**
 * What the officer must (or must not) do once new or substantial information is in play
 * (ch.04 paras 15–16, ch.05 paras 8–21), in the order they are done.
 *
 * @example
 * NEW_OR_SUBSTANTIAL_ACTIONS.includes('complete-MG11'); // true
 */
export const NEW_OR_SUBSTANTIAL_ACTIONS = Object.freeze([
  'route-to-LSI',
  'state-interview-concerns-FRF-information',
  'limit-questions-to-current-entitlement',
  'limit-questions-to-total-capital',
  'do-not-ask-about-previous-entitlement',
  'make-no-commitments-to-claimant',
  'establish-total-savings',
  'advise-claimant-matter-passed-on',
  'record-current-details-on-MF47',
  'complete-LT54',
  'complete-MG11',
  'forward-details-MF47-MG11-to-LSCTL',
  'LSCTL-decides-criteria-met',
  'refer-to-DM-current-entitlement',
  'claim-MVA-if-applicable',
  'submit-new-FRF',
  'new-FRF-to-FES-DCT',
  'new-FRF-to-FES-LSCTL',
] as const);
/** One of {@link NEW_OR_SUBSTANTIAL_ACTIONS}. */
export type NewOrSubstantialAction = (typeof NEW_OR_SUBSTANTIAL_ACTIONS)[number];

/** Where the case goes: stays an ordinary compliance case, follows the new/substantial procedure, or goes to LSI. */
export type NewOrSubstantialRoute = 'continue-compliance' | 'new-or-substantial-procedure' | 'refer-to-LSI';
/** Position of a capital total against the ISIR008/JSIR008/ESIR008 band (ch.05 para 12). */
export type CapitalBand = 'not-above-lower' | 'within-band' | 'at-upper' | 'above-upper';
/** What the officer may ask about from now on. */
export type InterviewQuestionScope = 'full-review' | 'current-entitlement-only' | 'total-capital-only';

const capitalAccountSchema = z.object({
  /** Identifies the account (e.g. bank + last digits); the same account is counted once. */
  account: z.string().min(1),
  /** Where the value comes from: the original referral or the claimant at interview. */
  source: z.enum(['referral', 'interview']),
  valuePence: nonNegativePenceSchema,
});

/** Input of {@link assessNewOrSubstantialInformation}. */
export const newOrSubstantialInputSchema = z.object({
  /** When the information came: before the LSC interview (ch.05 para 10) or during it. */
  receivedAt: z.enum(['before-interview', 'at-interview']),
  /** The offence type of the FRF the compliance case is about (e.g. 'LTAMC'). */
  referralOffenceType: z.string().min(1),
  /** The offence type the information points to (the same string when it is about the referral's matter). */
  informationOffenceType: z.string().min(1),
  /** Sufficient grounds to raise a new FRF … */
  groundsForNewReferral: z.boolean(),
  /** … that would have the potential to achieve a fraud penalty. */
  fraudPenaltyPotential: z.boolean(),
  /** The Customer Centric (GMS) rule code of the referral, if any. */
  customerCentricRuleCode: z.string().optional(),
  /** Capital accounts on the referral and any found at interview (capital exception, ch.05 para 24). */
  capitalAccounts: z.array(capitalAccountSchema).optional(),
  /** Benefits whose award the information casts doubt on (DLA/PIP/AA → new FRF to FES DCT, ch.04 para 15). */
  castsDoubtOn: z.array(benefitSchema).optional(),
});
export type NewOrSubstantialInput = z.input<typeof newOrSubstantialInputSchema>;
/** One capital account of {@link NewOrSubstantialInput.capitalAccounts}. */
export type CapitalAccount = z.input<typeof capitalAccountSchema>;

/** The answer of {@link assessNewOrSubstantialInformation}. */
export interface NewOrSubstantialAssessment {
  /** A different offence type from the FRF's (ch.05 para 7). */
  readonly isNew: boolean;
  /** Grounds for a new FRF with fraud-penalty potential (ch.05 para 7), after the capital exception. */
  readonly isSubstantial: boolean;
  readonly newOrSubstantial: boolean;
  /** The referral is an ISIR008/JSIR008/ESIR008 Customer Centric capital referral. */
  readonly capitalExceptionReferral: boolean;
  /** Total capital across the referral and interview accounts, each account once (ch.05 para 24); null when none given. */
  readonly totalCapitalPence: number | null;
  /**
   * Where the total sits against the referral band "between £6,000 and £16,000" (ch.05 para 12,
   * strict at both ends): `null` when no accounts were given.
   */
  readonly capitalBand: CapitalBand | null;
  readonly route: NewOrSubstantialRoute;
  readonly questionScope: InterviewQuestionScope;
  readonly mayAskAboutPreviousEntitlement: boolean;
  /** Whether LSI may later transfer the case back to compliance; null when it is not going to LSI. */
  readonly mayReturnToCompliance: boolean | null;
  readonly actions: readonly NewOrSubstantialAction[];
}

const C = {
  '04-015': lsc('LSC-04-015'),
  '04-016c': lsc('LSC-04-016c'),
  '04-016e': lsc('LSC-04-016e'),
  '05-007': lsc('LSC-05-007'),
  '05-008': lsc('LSC-05-008'),
  '05-009': lsc('LSC-05-009'),
  '05-010': lsc('LSC-05-010'),
  '05-011': lsc('LSC-05-011'),
  '05-012': lsc('LSC-05-012'),
  '05-013': lsc('LSC-05-013'),
  '05-014': lsc('LSC-05-014'),
  '05-015': lsc('LSC-05-015'),
  '05-016': lsc('LSC-05-016'),
  '05-017': lsc('LSC-05-017'),
  '05-018': lsc('LSC-05-018'),
  '05-019': lsc('LSC-05-019'),
  '05-020': lsc('LSC-05-020'),
  '05-021': lsc('LSC-05-021'),
  '05-024': lsc('LSC-05-024'),
} as const;

const R = {
  neither: reason('LSC-05-007', 'Neither new (same offence type as the FRF) nor substantial (no grounds for a new FRF with fraud-penalty potential): continue the compliance interview.', [C['05-007']]),
  isNew: reason('LSC-05-007', 'New information: an offence type different from the FRF given for the compliance case.', [C['05-007']]),
  isSubstantial: reason('LSC-05-007', 'Substantial information: sufficient grounds to raise a new FRF with the potential to achieve a fraud penalty.', [C['05-007']]),
  limit: reason('LSC-05-008', 'Limit the questions to what the Decision Maker needs to assess current benefit entitlement.', [C['05-008'], C['04-016e']]),
  noPast: reason('LSC-05-009', 'Do not ask about previous entitlement (when it started, how long, how often): the claimant has not been cautioned.', [C['05-009'], C['04-016c']]),
  beforeInterview: reason('LSC-05-010', 'New or substantial information before the interview: the case is routed to Local Service Investigations, which may transfer it back if fraud penalty action is not appropriate.', [C['05-010']]),
  workflow: reason('LSC-05-021', 'Follow the six steps: current details on the MF47, tell the claimant, LT54 and post-interview action, forward to the LSCTL, LSCTL decides, new FRF and matching-incident action.', [C['05-021']]),
  dct: reason('LSC-04-015', 'The information casts doubt on DLA/PIP/AA: a new FRF goes to FES DCT.', [C['04-015']]),
  capitalReferral: reason('LSC-05-011', 'A Customer Centric capital referral (ISIR008/JSIR008/ESIR008): the capital exception to "substantial" applies; state at the start that the interview concerns the FRF information.', [C['05-011'], C['05-012'], C['05-013']]),
  capitalWithinBand: reason('LSC-05-014', 'Total capital does not exceed £16,000: capital information about the referral is not substantial; the compliance case continues.', [C['05-014'], C['05-024']]),
  capitalOver: reason('LSC-05-014', 'Total capital may exceed £16,000: refer the case to Local Service Investigations.', [C['05-014'], C['05-024']]),
  capitalSteps: reason('LSC-05-015', 'Make no commitments, limit questions to the total value of the capital, record it on the MF47, tell the claimant it is passed on, complete an MG11, refer to the DM (claim any MVA) and send an FRF to the FES LSCTL.', [C['05-015'], C['05-016'], C['05-017'], C['05-018'], C['05-019']]),
  noReturn: reason('LSC-05-020', 'A capital-exception case passed to Local Service Investigations can never come back to compliance.', [C['05-020']]),
} as const;

const ACTIONS_AT_INTERVIEW: readonly NewOrSubstantialAction[] = Object.freeze([
  'limit-questions-to-current-entitlement',
  'do-not-ask-about-previous-entitlement',
  'record-current-details-on-MF47',
  'advise-claimant-matter-passed-on',
  'complete-LT54',
  'forward-details-MF47-MG11-to-LSCTL',
  'LSCTL-decides-criteria-met',
  'submit-new-FRF',
]);
const ACTIONS_CAPITAL_OVER: readonly NewOrSubstantialAction[] = Object.freeze([
  'state-interview-concerns-FRF-information',
  'limit-questions-to-total-capital',
  'do-not-ask-about-previous-entitlement',
  'make-no-commitments-to-claimant',
  'establish-total-savings',
  'advise-claimant-matter-passed-on',
  'record-current-details-on-MF47',
  'complete-LT54',
  'complete-MG11',
  'refer-to-DM-current-entitlement',
  'claim-MVA-if-applicable',
  'new-FRF-to-FES-LSCTL',
  'forward-details-MF47-MG11-to-LSCTL',
  'LSCTL-decides-criteria-met',
  'route-to-LSI',
]);

/**
 * Total capital for the capital exception (ch.05 para 24): every account on the original
 * referral or found at the interview, each account counted once; where the claimant gives a
 * value at interview for an account on the referral, the interview value replaces it.
 *
 * @example
 * totalCapitalForException([
 *   { account: 'Lloyds TSB', source: 'referral', valuePence: 800000 },
 *   { account: 'Lloyds TSB', source: 'interview', valuePence: 1800000 },
 * ]); // 1800000
 */
export function totalCapitalForException(accounts: readonly CapitalAccount[]): number {
  const best = new Map<string, CapitalAccount>();
  for (const a of accounts) {
    const seen = best.get(a.account);
    if (seen === undefined || (seen.source === 'referral' && a.source === 'interview')) best.set(a.account, a);
    else if (seen.source === a.source && a.valuePence > seen.valuePence) best.set(a.account, a);
  }
  let total = 0;
  for (const a of best.values()) total += a.valuePence;
  return total;
}

/**
 * Where a capital total sits against the band of ISIR008/JSIR008/ESIR008 referrals: capital
 * that "exceeds the lower tariff income level but falls short of the higher level", i.e.
 * £6,000 < capital < £16,000 (ch.05 para 12); only a total above £16,000 goes to LSI (para 14).
 *
 * @example
 * capitalExceptionBand(1600000); // 'at-upper' (not referred: £16,000.00 does not exceed £16,000)
 */
export function capitalExceptionBand(totalPence: number, options?: RuleOptions): CapitalBand {
  const p = policyOf(options).complianceInterview;
  if (totalPence <= p.capitalExceptionLowerPence.value) return 'not-above-lower';
  if (totalPence < p.capitalExceptionUpperPence.value) return 'within-band';
  if (totalPence === p.capitalExceptionUpperPence.value) return 'at-upper';
  return 'above-upper';
}

function isCapitalExceptionCode(code: string | undefined): boolean {
  return code !== undefined && (CAPITAL_EXCEPTION_RULE_CODES as readonly string[]).includes(code.trim().toUpperCase());
}

function sameOffence(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Is information received new or substantial, and what must the officer now do? *New* = an
 * offence type different from the FRF's; *substantial* = grounds for a new FRF with
 * fraud-penalty potential (ch.05 para 7). For ISIR008/JSIR008/ESIR008 capital referrals the
 * capital exception applies: capital about the referral is substantial only when the total of
 * all accounts may exceed £16,000, and then the case goes to LSI for good (ch.05 paras 11–20,
 * 24). New or substantial information limits questions to current entitlement and starts the
 * six-step procedure (paras 8–9, 21); before the interview it routes the case to LSI (para 10).
 *
 * @example
 * // The Angela example (ch.05 para 22): LTAMC referral, three years' undeclared full-time work.
 * assessNewOrSubstantialInformation({
 *   receivedAt: 'at-interview', referralOffenceType: 'LTAMC', informationOffenceType: 'Working in receipt of benefits',
 *   groundsForNewReferral: true, fraudPenaltyPotential: true,
 * }).value.questionScope; // 'current-entitlement-only'
 */
export function assessNewOrSubstantialInformation(
  input: NewOrSubstantialInput,
  options?: RuleOptions,
): Decision<NewOrSubstantialAssessment> {
  const policy = policyOf(options);
  const reasons: Reason[] = [];

  const isNew = !sameOffence(input.referralOffenceType, input.informationOffenceType);
  const capitalExceptionReferral = isCapitalExceptionCode(input.customerCentricRuleCode);
  const totalCapitalPence = input.capitalAccounts && input.capitalAccounts.length > 0 ? totalCapitalForException(input.capitalAccounts) : null;
  const capitalBand = totalCapitalPence === null ? null : capitalExceptionBand(totalCapitalPence, options);

  // The capital exception: information about the referral's capital is judged on the total only.
  let capitalOver = false;
  let isSubstantial = input.groundsForNewReferral && input.fraudPenaltyPotential;
  if (capitalExceptionReferral) {
    reasons.push(R.capitalReferral);
    capitalOver = capitalBand === 'above-upper';
    if (!isNew) isSubstantial = capitalOver;
    reasons.push(capitalOver ? R.capitalOver : R.capitalWithinBand);
  }
  const newOrSubstantial = isNew || isSubstantial;
  const dct = newOrSubstantial && (input.castsDoubtOn ?? []).some((b) => DISABILITY_BENEFITS.includes(b));

  if (!newOrSubstantial) {
    if (!capitalExceptionReferral) reasons.push(R.neither);
    return decide(
      {
        isNew, isSubstantial, newOrSubstantial, capitalExceptionReferral, totalCapitalPence, capitalBand,
        route: 'continue-compliance', questionScope: 'full-review', mayAskAboutPreviousEntitlement: true,
        mayReturnToCompliance: null, actions: capitalExceptionReferral ? ['state-interview-concerns-FRF-information'] : [],
      },
      reasons,
      policy.id,
    );
  }
  if (isNew) reasons.push(R.isNew);
  if (input.groundsForNewReferral && input.fraudPenaltyPotential) reasons.push(R.isSubstantial);

  let value: NewOrSubstantialAssessment;
  if (capitalOver) {
    reasons.push(R.capitalSteps, R.noPast, R.workflow, R.noReturn);
    value = {
      isNew, isSubstantial, newOrSubstantial, capitalExceptionReferral, totalCapitalPence, capitalBand,
      route: 'refer-to-LSI', questionScope: 'total-capital-only', mayAskAboutPreviousEntitlement: false,
      mayReturnToCompliance: false, actions: dct ? [...ACTIONS_CAPITAL_OVER, 'new-FRF-to-FES-DCT'] : ACTIONS_CAPITAL_OVER,
    };
  } else if (input.receivedAt === 'before-interview') {
    reasons.push(R.beforeInterview);
    value = {
      isNew, isSubstantial, newOrSubstantial, capitalExceptionReferral, totalCapitalPence, capitalBand,
      route: 'refer-to-LSI', questionScope: 'current-entitlement-only', mayAskAboutPreviousEntitlement: false,
      mayReturnToCompliance: true, actions: dct ? ['route-to-LSI', 'new-FRF-to-FES-DCT'] : ['route-to-LSI'],
    };
  } else {
    reasons.push(R.limit, R.noPast, R.workflow);
    value = {
      isNew, isSubstantial, newOrSubstantial, capitalExceptionReferral, totalCapitalPence, capitalBand,
      route: 'new-or-substantial-procedure', questionScope: 'current-entitlement-only', mayAskAboutPreviousEntitlement: false,
      mayReturnToCompliance: null, actions: dct ? [...ACTIONS_AT_INTERVIEW, 'new-FRF-to-FES-DCT'] : ACTIONS_AT_INTERVIEW,
    };
  }
  if (dct) reasons.push(R.dct);
  return decide(value, reasons, policy.id);
}

/** Registry entry of {@link assessNewOrSubstantialInformation}. */
export const newOrSubstantialRule = defineRule({
  name: 'assessNewOrSubstantialInformation',
  domain: 'compliance',
  title: 'New or substantial information (incl. the capital exception)',
  ids: ['LSC-05-007', 'LSC-05-008', 'LSC-05-009', 'LSC-05-010', 'LSC-05-011', 'LSC-05-012', 'LSC-05-013', 'LSC-05-014',
    'LSC-05-015', 'LSC-05-016', 'LSC-05-017', 'LSC-05-018', 'LSC-05-019', 'LSC-05-020', 'LSC-05-021', 'LSC-05-022',
    'LSC-05-023', 'LSC-05-024', 'LSC-04-015', 'LSC-04-016c', 'LSC-04-016e'],
  citations: [C['05-007'], C['05-008'], C['05-011'], C['05-014'], C['05-021']],
  input: newOrSubstantialInputSchema,
  evaluate: assessNewOrSubstantialInformation,
});
