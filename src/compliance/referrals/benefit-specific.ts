import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema, daysSchema } from '../../core/schemas.js';
import type { Benefit } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';

const C012 = lsc('LSC-02-012');
const C013 = lsc('LSC-02-013');
const C014 = lsc('LSC-02-014');
const C015 = lsc('LSC-02-015');
const C017 = lsc('LSC-02-017');
const C018 = lsc('LSC-02-018');
const C025 = lsc('LSC-02-025');
const C026 = lsc('LSC-02-026');

// ---------------------------------------------------------------- Bereavement Benefit (paras 12–15)

/**
 * The benefits "Bereavement Benefit" includes (ch.02 para 12; Widows Pension is also known as
 * Widows Benefit). Treated as closed.
 *
 * @example
 * BEREAVEMENT_BENEFITS.includes('WidowsPension'); // true
 */
export const BEREAVEMENT_BENEFITS: readonly Benefit[] = Object.freeze([
  'BereavementAllowance',
  'WidowedParentsAllowance',
  'WidowedMothersAllowance',
  'WidowsPension',
  'BereavementPayment',
]);

/**
 * Is the benefit a Bereavement Benefit (ch.02 para 12, LSC-02-012)?
 *
 * @example
 * isBereavementBenefit('BereavementPayment'); // true
 */
export function isBereavementBenefit(benefit: Benefit): boolean {
  return BEREAVEMENT_BENEFITS.includes(benefit);
}

/** Input of {@link bereavementReferralHandling}. */
export const bereavementReferralInputSchema = z.object({
  /** Arrived as a Risk A/B referral (LTAMC, re-marriage or civil partnership declared; change suspected earlier), or from LSI. */
  arrivedAs: z.enum(['RiskAorB', 'LSIDowngrade']),
});
export type BereavementReferralInput = z.input<typeof bereavementReferralInputSchema>;

/** Result of {@link bereavementReferralHandling}. */
export interface BereavementReferralHandling {
  /** The Bereavement Benefit claim is expected to be suspended already. */
  readonly claimExpectedSuspended: boolean;
  /** What LSC has to establish. */
  readonly task: 'EstablishDateOfChange' | 'NormalComplianceAction';
}

const R_RISK = reason('LSC-02-014', 'Risk A/B Bereavement referral (change declared, other information suggests it happened earlier): the claim is already suspended; establish the date the change occurred.', [C014, C013, C012]);
const R_LSI = reason('LSC-02-015', 'Bereavement referral from LSI: the claim will not have been suspended; take normal LSC action.', [C015, C012]);

/**
 * How a Bereavement Benefit referral is handled (ch.02 paras 12–15).
 *
 * @example
 * bereavementReferralHandling({ arrivedAs: 'LSIDowngrade' }).value; // { claimExpectedSuspended: false, task: 'NormalComplianceAction' }
 */
export function bereavementReferralHandling(input: BereavementReferralInput, options?: RuleOptions): Decision<BereavementReferralHandling> {
  const policy = policyOf(options);
  return input.arrivedAs === 'RiskAorB'
    ? decide({ claimExpectedSuspended: true, task: 'EstablishDateOfChange' }, [R_RISK], policy.id)
    : decide({ claimExpectedSuspended: false, task: 'NormalComplianceAction' }, [R_LSI], policy.id);
}
export const bereavementReferralRule = defineRule({
  name: 'bereavementReferralHandling', domain: 'compliance', title: 'Bereavement Benefit referrals',
  ids: ['LSC-02-012', 'LSC-02-013', 'LSC-02-014', 'LSC-02-015'], citations: [C012, C013, C014, C015], input: bereavementReferralInputSchema, evaluate: bereavementReferralHandling,
});

// ---------------------------------------------------------------- Maternity Allowance KIT days (paras 17–18)

/** Input of {@link maternityAllowanceWorkEffect}. */
export const maternityAllowanceWorkInputSchema = z.object({
  /** Days on which the claimant worked (employed or self-employed) during the Maternity Allowance Period. */
  daysWorkedInMap: daysSchema,
});
export type MaternityAllowanceWorkInput = z.input<typeof maternityAllowanceWorkInputSchema>;

/** Result of {@link maternityAllowanceWorkEffect}. */
export interface MaternityAllowanceWorkEffect {
  /** Days that are Keeping In Touch days (no adjustment). */
  readonly keepingInTouchDays: number;
  /** Days worked beyond the KIT allowance: MA is disqualified for these. */
  readonly disqualifiedDays: number;
  /** The MA claim stays open and the MAP is not brought to an end, whatever the work. */
  readonly claimClosed: false;
}

const R_KIT = reason('LSC-02-017', 'Up to 10 days of work in the MAP are Keeping In Touch days: MA is not adjusted.', [C017]);
const R_DISQ = reason('LSC-02-018', 'Work beyond the 10 KIT days disqualifies the claimant from receiving MA for those days; the claim is not closed and the MAP not ended.', [C018, C017]);

/**
 * The effect of work during the Maternity Allowance Period (ch.02 paras 17–18): up to 10 KIT
 * days without adjustment; days beyond are disqualified; the claim stays open.
 *
 * @example
 * maternityAllowanceWorkEffect({ daysWorkedInMap: 11 }).value; // { keepingInTouchDays: 10, disqualifiedDays: 1, claimClosed: false }
 */
export function maternityAllowanceWorkEffect(input: MaternityAllowanceWorkInput, options?: RuleOptions): Decision<MaternityAllowanceWorkEffect> {
  const policy = policyOf(options);
  const kit = policy.complianceReferrals.maternityAllowanceKeepingInTouchDays.value;
  const keepingInTouchDays = Math.min(input.daysWorkedInMap, kit);
  const disqualifiedDays = input.daysWorkedInMap - keepingInTouchDays;
  return decide({ keepingInTouchDays, disqualifiedDays, claimClosed: false }, disqualifiedDays > 0 ? [R_KIT, R_DISQ] : [R_KIT], policy.id);
}
export const maternityAllowanceWorkRule = defineRule({
  name: 'maternityAllowanceWorkEffect', domain: 'compliance', title: 'Maternity Allowance: KIT days and disqualification',
  ids: ['LSC-02-017', 'LSC-02-018'], citations: [C017, C018], input: maternityAllowanceWorkInputSchema, evaluate: maternityAllowanceWorkEffect,
});

// ---------------------------------------------------------------- Training for Work Allowance (paras 25–26)

/** Input of {@link trainingForWorkAllowance}. */
export const trainingForWorkInputSchema = z.object({
  /** The JSA(IB) rate payable the day before training began, in pence (per payment period). */
  jsaIbRateDayBeforeTrainingPence: nonNegativePenceSchema,
  /** The training premium, in pence (per the same period). */
  trainingPremiumPence: nonNegativePenceSchema,
});
export type TrainingForWorkInput = z.input<typeof trainingForWorkInputSchema>;

/** Result of {@link trainingForWorkAllowance}. */
export interface TrainingForWorkAmounts {
  /** TfWA = JSA(IB) rate − 10p + training premium (never below the premium). */
  readonly allowancePence: number;
  /** JSA(IB) still paid to keep passported benefits: 10p. */
  readonly jsaIbStillPaidPence: number;
}

const R_TFWA = reason('LSC-02-025', 'TfWA is the JSA(IB) rate payable the day before training began, less 10p, plus the training premium.', [C025]);
const R_10P = reason('LSC-02-026', '10p of JSA(IB) continues to be paid so that passported benefits can be claimed.', [C026]);

/**
 * The Training for Work Allowance and the 10p of JSA(IB) kept in payment (ch.02 paras 25–26).
 * Money in integer pence.
 *
 * @example
 * trainingForWorkAllowance({ jsaIbRateDayBeforeTrainingPence: 7310, trainingPremiumPence: 1000 }).value; // { allowancePence: 8300, jsaIbStillPaidPence: 10 }
 */
export function trainingForWorkAllowance(input: TrainingForWorkInput, options?: RuleOptions): Decision<TrainingForWorkAmounts> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  const base = Math.max(0, input.jsaIbRateDayBeforeTrainingPence - p.trainingForWorkDeductionPence.value);
  return decide({ allowancePence: base + input.trainingPremiumPence, jsaIbStillPaidPence: p.trainingForWorkPassportingJsaPence.value }, [R_TFWA, R_10P], policy.id);
}
export const trainingForWorkRule = defineRule({
  name: 'trainingForWorkAllowance', domain: 'compliance', title: 'Training for Work Allowance amount',
  ids: ['LSC-02-025', 'LSC-02-026'], citations: [C025, C026], input: trainingForWorkInputSchema, evaluate: trainingForWorkAllowance,
});

// ---------------------------------------------------------------- Credits only (para 50)

const C050B = lsc('LSC-02-050b');

/** Input of {@link creditsOnlyOutcome}. */
export const creditsOnlyOutcomeInputSchema = z.object({
  /** The interview led to disallowance of the credit. */
  creditDisallowed: z.boolean(),
});
export type CreditsOnlyOutcomeInput = z.input<typeof creditsOnlyOutcomeInputSchema>;

/** Result of {@link creditsOnlyOutcome}. */
export interface CreditsOnlyOutcome {
  readonly mvaClaimable: false;
  readonly overpaymentClaimable: false;
  /** A positive outcome must be recorded on FRAIMS. */
  readonly recordPositiveOutcome: boolean;
}

const R_CREDIT_DISALLOWED = reason('LSC-02-050b', 'Credits only case and the credit is disallowed: no MVA or overpayment can be claimed, but a positive outcome must be recorded on FRAIMS.', [C050B]);
const R_CREDIT_KEPT = reason('LSC-02-050b', 'Credits only case: an MVA or overpayment cannot be claimed.', [C050B]);

/**
 * The outcome of a credits-only case (ch.02 para 50, LSC-02-050b).
 *
 * @example
 * creditsOnlyOutcome({ creditDisallowed: true }).value; // { mvaClaimable: false, overpaymentClaimable: false, recordPositiveOutcome: true }
 */
export function creditsOnlyOutcome(input: CreditsOnlyOutcomeInput, options?: RuleOptions): Decision<CreditsOnlyOutcome> {
  const policy = policyOf(options);
  return decide(
    { mvaClaimable: false, overpaymentClaimable: false, recordPositiveOutcome: input.creditDisallowed },
    [input.creditDisallowed ? R_CREDIT_DISALLOWED : R_CREDIT_KEPT],
    policy.id,
  );
}
export const creditsOnlyOutcomeRule = defineRule({
  name: 'creditsOnlyOutcome', domain: 'compliance', title: 'Credits only cases: outcome',
  ids: ['LSC-02-050b'], citations: [C050B], input: creditsOnlyOutcomeInputSchema, evaluate: creditsOnlyOutcome,
});
