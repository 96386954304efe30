import { z } from 'zod';
import { addMonths } from '../calendar/add-months.js';
import type { IsoDate } from '../calendar/types.js';
import type { Citation } from '../core/citation.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema } from '../core/schemas.js';
import { prv } from './cite-prv.js';

const C118 = prv('PRV-118');
const C119A = prv('PRV-119a');
const C119B = prv('PRV-119b');
const C120 = prv('PRV-120');
const C121 = prv('PRV-121');
const C122 = prv('PRV-122');

/** One fraud-prevention principle (para 119), text as printed. */
export interface FraudPreventionPrinciple {
  readonly number: 1 | 2 | 3 | 4;
  readonly text: string;
  readonly cites: Citation;
}

/** The four minimum fraud-prevention principles every supplier and sub-contractor adheres to (para 119). */
export const FRAUD_PREVENTION_PRINCIPLES: readonly FraudPreventionPrinciple[] = Object.freeze([
  Object.freeze({ number: 1, cites: C119A, text: 'Have an established system that enables its Staff to report inappropriate behaviour by colleagues in respect of any claims for payment in relation to any Call-Off Contract.' }),
  Object.freeze({ number: 2, cites: C119A, text: 'Ensure that the Prime Contractor’s (or any Sub-contractor’s) performance management systems do not encourage individual staff to make false claims for payment in relation to any Call-Off Contract.' }),
  Object.freeze({ number: 3, cites: C119A, text: 'Ensure a segregation of duties within the Prime Contractor’s (or any Sub-contractor’s) operations between those staff directly involved in delivering the Services and those making claims for payment in relation to any Call-Off Contract.' }),
  Object.freeze({ number: 4, cites: C119B, text: 'Establish an audit system to provide periodic checks, at a minimum six (6) monthly intervals, to ensure effective and accurate recording and reporting of performance of the Services.' }),
] as const);

/** Input of {@link decideFraudPreventionCompliance}. */
export const fraudPreventionInputSchema = z.object({
  /** Numbers (1–4) of the principles the supplier or sub-contractor adheres to. */
  principlesMet: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).readonly(),
  /** Date of the last audit check (principle 4), if any. */
  lastAuditCheck: isoDateSchema.nullable().default(null),
  /** The day compliance is assessed. */
  asOf: isoDateSchema,
});
/** Input of {@link decideFraudPreventionCompliance}. */
export type FraudPreventionInput = z.input<typeof fraudPreventionInputSchema>;

/** Value of {@link decideFraudPreventionCompliance}. */
export interface FraudPreventionValue {
  readonly compliant: boolean;
  readonly missingPrinciples: readonly number[];
  /** The latest day the next audit check is due (null without a last check). */
  readonly nextAuditDue: IsoDate | null;
  readonly auditOverdue: boolean;
}

const R_PRINCIPLES_OK = reason('PRV-119a', 'The supplier adheres to all four minimum fraud-prevention principles.', [C119A]);
const R_PRINCIPLES_MISSING = reason('PRV-119a', 'All four fraud-prevention principles are required as a minimum.', [C119A]);
const R_AUDIT_OK = reason('PRV-119b', 'The last audit check is no more than six months old.', [C119B]);
const R_AUDIT_OVERDUE = reason('PRV-119b', 'Audit checks are needed at least every six months: the next one is overdue.', [C119B]);
const R_AUDIT_NONE = reason('PRV-119b', 'No audit check is recorded: periodic checks at least every six months are required.', [C119B]);

/**
 * The latest date of the next fraud-prevention audit check (para 119 principle 4): six calendar
 * months after the last one (end-of-month clamped); a check on that day is on time.
 *
 * @example
 * fraudAuditDueDate('2025-08-31'); // '2026-02-28'
 */
export function fraudAuditDueDate(lastAuditCheck: IsoDate, options?: RuleOptions): IsoDate {
  return addMonths(lastAuditCheck, policyOf(options).provider.fraudAuditIntervalMonths.value);
}

/**
 * Does a supplier or sub-contractor meet the fraud-prevention minimum (para 119)? All four
 * principles, and an audit check no more than six calendar months before `asOf`.
 *
 * @example
 * decideFraudPreventionCompliance({ principlesMet: [1, 2, 3, 4], lastAuditCheck: '2025-01-31', asOf: '2025-07-31' }).value.compliant; // true
 */
export function decideFraudPreventionCompliance(input: FraudPreventionInput, options?: RuleOptions): Decision<FraudPreventionValue> {
  const policy = policyOf(options);
  const missing = [1, 2, 3, 4].filter((n) => !input.principlesMet.includes(n as 1));
  const reasons: Reason[] = [missing.length === 0 ? R_PRINCIPLES_OK : R_PRINCIPLES_MISSING];
  const last = (input.lastAuditCheck ?? null) as IsoDate | null;
  let due: IsoDate | null = null;
  let overdue = true;
  if (last === null) reasons.push(R_AUDIT_NONE);
  else {
    due = fraudAuditDueDate(last, options);
    overdue = (input.asOf as IsoDate) > due;
    reasons.push(overdue ? R_AUDIT_OVERDUE : R_AUDIT_OK);
  }
  return decide({ compliant: missing.length === 0 && !overdue, missingPrinciples: missing, nextAuditDue: due, auditOverdue: overdue }, reasons, policy.id);
}

export const fraudPreventionRule = defineRule({
  name: 'decideFraudPreventionCompliance', domain: 'provider', title: 'Fraud-prevention principles and six-monthly audit',
  ids: ['PRV-119a', 'PRV-119b'], citations: [C119A, C119B], input: fraudPreventionInputSchema, evaluate: decideFraudPreventionCompliance,
});

/** Who is suspected (paras 118, 120, 122). */
export const FRAUD_SUSPECTS = Object.freeze(['participant', 'provider/internal'] as const);
/** Who is suspected of fraud. */
export type FraudSuspect = (typeof FRAUD_SUSPECTS)[number];

/** Input of {@link routeSuspectedFraud}. */
export const suspectedFraudInputSchema = z.object({
  suspect: z.enum(FRAUD_SUSPECTS),
  /** Only an allegation has been received (no suspicion of the supplier's own yet). */
  allegationOnly: z.boolean().default(false),
});
/** Input of {@link routeSuspectedFraud}. */
export type SuspectedFraudInput = z.input<typeof suspectedFraudInputSchema>;

/** Value of {@link routeSuspectedFraud}. */
export interface SuspectedFraudRoute {
  readonly reportTo: string;
  readonly channel: string;
  readonly timing: 'immediately' | 'not stated';
}

const R_PARTICIPANT = reason('PRV-118', 'Suspected participant fraud: follow the National Fraud Hotline procedure.', [C118]);
const R_INTERNAL = reason('PRV-120', 'Suspected serious irregularity or provider/internal fraud: notify DWP immediately via the WPD Security inbox.', [C120]);
const R_ALLEGATION = reason('PRV-122', 'All allegations of provider/internal fraud are reported to DWP.', [C122]);

/**
 * Where suspected fraud is reported (paras 118, 120, 122): a participant → the National Fraud
 * Hotline; provider or internal fraud → DWP immediately via the WPD Security inbox; every
 * allegation of provider/internal fraud is reported to DWP.
 *
 * @example
 * routeSuspectedFraud({ suspect: 'participant' }).value.channel; // 'https://www.gov.uk/report-benefit-fraud'
 */
export function routeSuspectedFraud(input: SuspectedFraudInput, options?: RuleOptions): Decision<SuspectedFraudRoute> {
  const policy = policyOf(options);
  if (input.suspect === 'participant') {
    return decide({ reportTo: 'National Fraud Hotline', channel: 'https://www.gov.uk/report-benefit-fraud', timing: 'not stated' }, [R_PARTICIPANT], policy.id);
  }
  if (input.allegationOnly === true) return decide({ reportTo: 'DWP', channel: 'DWP WPD Security inbox', timing: 'not stated' }, [R_ALLEGATION], policy.id);
  return decide({ reportTo: 'DWP', channel: 'DWP WPD Security inbox', timing: 'immediately' }, [R_INTERNAL, R_ALLEGATION], policy.id);
}

export const suspectedFraudRule = defineRule({
  name: 'routeSuspectedFraud', domain: 'provider', title: 'Reporting suspected fraud',
  ids: ['PRV-118', 'PRV-120', 'PRV-122'], citations: [C118, C120, C122], input: suspectedFraudInputSchema, evaluate: routeSuspectedFraud,
});

/** DWP's remedies when a supplier, its staff or sub-contractors commit fraud on any Crown contract (para 121; "or"). */
export const SUPPLIER_FRAUD_REMEDIES = Object.freeze([
  Object.freeze({ id: 'PRV-121', cites: C121, remedy: 'Terminate the contract and recover the loss from the termination, including the cost of other arrangements and additional expenditure for the remainder of the Contract Period' }),
  Object.freeze({ id: 'PRV-121', cites: C121, remedy: 'Recover in full from the Supplier any other loss sustained by DWP' }),
]);

/** Input of {@link supplierFraudRemedies}. */
export const supplierFraudRemediesInputSchema = z.object({
  /** The supplier, its staff or its sub-contractors committed fraud in relation to any contract with the Crown. */
  fraudOnAnyCrownContract: z.boolean(),
});
/** Input of {@link supplierFraudRemedies}. */
export type SupplierFraudRemediesInput = z.input<typeof supplierFraudRemediesInputSchema>;

const R_REMEDIES = reason('PRV-121', 'Fraud on any Crown contract: DWP may terminate and recover the loss, or recover any other loss in full.', [C121]);
const R_NO_REMEDIES = reason('PRV-121', 'The para 121 remedies follow only fraud in relation to a contract with the Crown.', [C121]);

/**
 * What DWP may do when a supplier, its staff or sub-contractors commit fraud in relation to any
 * contract with the Crown (para 121).
 *
 * @example
 * supplierFraudRemedies({ fraudOnAnyCrownContract: true }).value.length; // 2
 */
export function supplierFraudRemedies(input: SupplierFraudRemediesInput, options?: RuleOptions): Decision<readonly string[]> {
  const policy = policyOf(options);
  if (!input.fraudOnAnyCrownContract) return decide([], [R_NO_REMEDIES], policy.id);
  return decide(SUPPLIER_FRAUD_REMEDIES.map((r) => r.remedy), [R_REMEDIES], policy.id);
}

export const supplierFraudRemediesRule = defineRule({
  name: 'supplierFraudRemedies', domain: 'provider', title: "DWP's remedies for supplier fraud",
  ids: ['PRV-121'], citations: [C121], input: supplierFraudRemediesInputSchema, evaluate: supplierFraudRemedies,
});
