import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';
import type { Citation } from '../../core/citation.js';
import { lsc } from '../common/cite-lsc.js';
import { interviewMethodSchema } from './types.js';

/**
 * The exact admissions that small overpayments (£65.00 and under) need on the MF47 to be
 * recovered (ch.05 para 3): misrepresentation, failure to disclose.
 *
 * @example
 * SMALL_OVERPAYMENT_ADMISSIONS.misrepresentation; // 'I admit I knowingly gave false information'
 */
export const SMALL_OVERPAYMENT_ADMISSIONS = Object.freeze({
  misrepresentation: 'I admit I knowingly gave false information',
  failureToDisclose: 'I admit I knowingly failed to declare a change of circumstance',
} as const);

/**
 * Example wording of the claimant's understanding (ch.05 para 6); an example, not mandatory.
 *
 * @example
 * MF47_UNDERSTANDING_EXAMPLE.startsWith('I know and understand'); // true
 */
export const MF47_UNDERSTANDING_EXAMPLE =
  'I know and understand that I must notify all changes in circumstances, and that failure to do so may lead to action being taken against me.';

/**
 * The contents of an MF47 statement (ch.05 para 2), plus the records other paragraphs put on it.
 *
 * @example
 * MF47_CONTENT_ITEMS.includes('identification-details'); // true
 */
export const MF47_CONTENT_ITEMS = Object.freeze([
  'current-circumstances-and-known-future-changes',
  'facts-of-non-compliance',
  'acceptance-of-cause',
  'reasons-incorrect-information-on-claim',
  'reasons-change-not-reported',
  'agreement-to-repay',
  'understanding-of-future-responsibilities',
  'understanding-of-consequences',
  'identification-details',
] as const);
/** One of {@link MF47_CONTENT_ITEMS}. */
export type Mf47ContentItem = (typeof MF47_CONTENT_ITEMS)[number];

/** One entry of {@link MF47_CONTENT_TABLE}. */
export interface Mf47ContentEntry {
  readonly item: Mf47ContentItem;
  readonly text: string;
  /** Required in every statement (otherwise only where relevant). */
  readonly always: boolean;
  readonly cites: readonly Citation[];
}

const C = {
  '05-001a': lsc('LSC-05-001a'), '05-001b': lsc('LSC-05-001b'), '05-002a': lsc('LSC-05-002a'), '05-002b': lsc('LSC-05-002b'),
  '05-002c': lsc('LSC-05-002c'), '05-003': lsc('LSC-05-003'), '05-004': lsc('LSC-05-004'), '05-005': lsc('LSC-05-005'),
  '05-006': lsc('LSC-05-006'), '04-016f': lsc('LSC-04-016f'), '04-077': lsc('LSC-04-077'), '04-032': lsc('LSC-04-032'),
} as const;
const entry = (item: Mf47ContentItem, text: string, always: boolean, cites: readonly Citation[] = [C['05-002a']]): Mf47ContentEntry =>
  Object.freeze({ item, text, always, cites });

/**
 * What an MF47 statement includes (ch.05 para 2): items needed in every statement, and items
 * needed where relevant (non-compliance found, an overpayment to repay).
 *
 * @example
 * MF47_CONTENT_TABLE.filter((e) => e.always).map((e) => e.item);
 */
export const MF47_CONTENT_TABLE: readonly Mf47ContentEntry[] = Object.freeze([
  entry('current-circumstances-and-known-future-changes', 'The claimant\'s current circumstances and any known future changes', true),
  entry('facts-of-non-compliance', 'A full description of the facts of any non-compliance established', false),
  entry('acceptance-of-cause', 'The claimant\'s acceptance of the cause of the problem', false),
  entry('reasons-incorrect-information-on-claim', 'The reasons for providing incorrect information on the initial claim', false),
  entry('reasons-change-not-reported', 'The reasons for failing to report a change of circumstances', false),
  entry('agreement-to-repay', 'An agreement to repay any recoverable overpayment, regardless of the amount (never for a wholly official-error overpayment)', false, [C['05-002a'], C['05-002b']]),
  entry('understanding-of-future-responsibilities', 'The claimant\'s understanding of their future responsibilities', true),
  entry('understanding-of-consequences', 'The claimant\'s understanding of the potential consequences of this and any future non-compliance (example wording: para 6)', true, [C['05-002a'], C['05-006']]),
  entry('identification-details', 'Identification seen, or for a telephone interview the identification questions asked and the answers', true, [C['05-002a'], C['05-002c']]),
]);

// ---------------------------------------------------------------------------------------------
// Small overpayment admissions (ch.05 para 3)

/** Input of {@link smallOverpaymentAdmission}. */
export const smallOverpaymentInputSchema = z.object({
  /** The overpayment to be recovered, in pence. */
  overpaymentPence: nonNegativePenceSchema,
  /** The overpayment arose from misrepresentation (the claimant knowingly gave false information). */
  misrepresentation: z.boolean(),
  /** The overpayment arose from a failure to disclose a change. */
  failureToDisclose: z.boolean(),
  /** The MF47 text, to check the exact words are there (optional). */
  statementText: z.string().optional(),
});
export type SmallOverpaymentInput = z.input<typeof smallOverpaymentInputSchema>;

/** Value of {@link smallOverpaymentAdmission}. */
export interface SmallOverpaymentAdmission {
  /** £65.00 and under: the exact admission words are needed for recovery. */
  readonly small: boolean;
  /** The exact wordings the MF47 must contain (empty when not small). */
  readonly requiredWordings: readonly string[];
  /** When `statementText` was given: the required wordings that are missing from it. */
  readonly missingWordings: readonly string[];
}

const R_SMALL = reason('LSC-05-003', 'An overpayment of £65.00 and under is only recovered if the MF47 contains the exact admission: "I admit I knowingly gave false information" and/or "I admit I knowingly failed to declare a change of circumstance".', [C['05-003'], C['04-016f']]);
const R_NOT_SMALL = reason('LSC-05-003', 'Over £65.00: the exact small-overpayment admission words are not a condition of recovery.', [C['05-003']]);

function normaliseText(s: string): string {
  return s.replace(/[\u00a0\s]+/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * Does a small overpayment need the exact admission words on the MF47, and are they there?
 * "£65.00 and under" is inclusive: £65.00 (6500 pence) needs them, £65.01 does not (ch.05
 * para 3). The wording matches the cause: misrepresentation, failure to disclose, or both.
 *
 * @example
 * smallOverpaymentAdmission({ overpaymentPence: 6500, misrepresentation: false, failureToDisclose: true }).value.requiredWordings;
 * // ['I admit I knowingly failed to declare a change of circumstance']
 */
export function smallOverpaymentAdmission(input: SmallOverpaymentInput, options?: RuleOptions): Decision<SmallOverpaymentAdmission> {
  const policy = policyOf(options);
  const small = input.overpaymentPence <= policy.complianceInterview.smallOverpaymentLimitPence.value;
  if (!small) return decide({ small, requiredWordings: [], missingWordings: [] }, [R_NOT_SMALL], policy.id);
  const requiredWordings: string[] = [];
  if (input.misrepresentation) requiredWordings.push(SMALL_OVERPAYMENT_ADMISSIONS.misrepresentation);
  if (input.failureToDisclose) requiredWordings.push(SMALL_OVERPAYMENT_ADMISSIONS.failureToDisclose);
  const text = input.statementText === undefined ? undefined : normaliseText(input.statementText);
  const missingWordings = text === undefined ? [] : requiredWordings.filter((w) => !text.includes(normaliseText(w)));
  return decide({ small, requiredWordings, missingWordings }, [R_SMALL], policy.id);
}

/** Registry entry of {@link smallOverpaymentAdmission}. */
export const smallOverpaymentRule = defineRule({
  name: 'smallOverpaymentAdmission',
  domain: 'compliance',
  title: 'Small overpayment (£65.00 and under): exact MF47 admission',
  ids: ['LSC-05-003', 'LSC-04-016f'],
  citations: [C['05-003']],
  input: smallOverpaymentInputSchema,
  evaluate: smallOverpaymentAdmission,
});

// ---------------------------------------------------------------------------------------------
// Agreement to repay (ch.05 para 2)

/** Input of {@link decideRepaymentAgreement}. */
export const repaymentAgreementInputSchema = z.object({
  /** Whether an overpayment has been identified. */
  overpaymentIdentified: z.boolean(),
  /** How much of it is official error. */
  officialError: z.enum(['none', 'partly', 'wholly']),
});
export type RepaymentAgreementInput = z.input<typeof repaymentAgreementInputSchema>;

/** Value of {@link decideRepaymentAgreement}. */
export type RepaymentAgreement = 'obtain-agreement' | 'obtain-agreement-for-recoverable-part' | 'do-not-obtain' | 'not-applicable';

const R_OBTAIN = reason('LSC-05-002b', 'Obtain an agreement to repay any recoverable overpayment, regardless of the amount.', [C['05-002b']]);
const R_PART = reason('LSC-05-002b', 'Partly official error: the agreement covers the recoverable part only.', [C['05-002b']]);
const R_NEVER = reason('LSC-05-002b', 'Do not obtain an agreement to repay an overpayment that is wholly an official error.', [C['05-002b']]);
const R_NA = reason('LSC-05-002b', 'No overpayment: no repayment agreement.', [C['05-002b']]);

/**
 * Should the MF47 carry an agreement to repay? Yes for any recoverable overpayment, whatever
 * the amount; never for an overpayment that is wholly official error (ch.05 para 2).
 *
 * @example
 * decideRepaymentAgreement({ overpaymentIdentified: true, officialError: 'wholly' }).value; // 'do-not-obtain'
 */
export function decideRepaymentAgreement(input: RepaymentAgreementInput, options?: RuleOptions): Decision<RepaymentAgreement> {
  const policy = policyOf(options);
  if (!input.overpaymentIdentified) return decide('not-applicable', [R_NA], policy.id);
  if (input.officialError === 'wholly') return decide('do-not-obtain', [R_NEVER], policy.id);
  if (input.officialError === 'partly') return decide('obtain-agreement-for-recoverable-part', [R_OBTAIN, R_PART], policy.id);
  return decide('obtain-agreement', [R_OBTAIN], policy.id);
}

/** Registry entry of {@link decideRepaymentAgreement}. */
export const repaymentAgreementRule = defineRule({
  name: 'decideRepaymentAgreement',
  domain: 'compliance',
  title: 'MF47 agreement to repay',
  ids: ['LSC-05-002b'],
  citations: [C['05-002b']],
  input: repaymentAgreementInputSchema,
  evaluate: decideRepaymentAgreement,
});

// ---------------------------------------------------------------------------------------------
// Checking a completed MF47 (ch.05 paras 1–5; ch.04 paras 32, 77)

/** Input of {@link checkMf47Statement}. */
export const mf47CheckInputSchema = z.object({
  method: interviewMethodSchema,
  /** Written during the interview (for telephone interviews: during the call, then posted to sign). */
  completedDuringInterview: z.boolean(),
  /** Who wrote it: the claimant, or the LSCO in the claimant's own words after offering (ch.05 para 1). */
  writtenBy: z.enum(['claimant', 'LSCO']),
  /** The claimant was asked whether they wanted to write it themselves. */
  offeredClaimantToWrite: z.boolean(),
  /** Content items present. */
  includes: z.array(z.enum(MF47_CONTENT_ITEMS)),
  /** Non-compliance was established (makes the facts/acceptance/reasons items relevant). */
  nonComplianceEstablished: z.boolean().default(false),
  /** A recoverable overpayment exists (makes the repayment agreement relevant). */
  recoverableOverpayment: z.boolean().default(false),
  /** The claimant signed and dated immediately after the last word. */
  claimantSigned: z.boolean(),
  /** The LSCO witnessed (signed and dated). */
  lscoSigned: z.boolean(),
  /** Unused parts scored through. */
  unusedPartsScoredThrough: z.boolean(),
  /** Refusal to sign: LSCTL countersignature (at the interview or on return to the office). */
  lsctlCountersigned: z.boolean().default(false),
  /** Refusal to sign: the claimant's reasons recorded on the FRAIMS interview activity. */
  refusalReasonsRecorded: z.boolean().default(false),
  /** A review form (A2/ESA2/JSA2) was completed: the reason must be on the MF47 and FRAIMS (ch.04 para 32). */
  reviewFormCompleted: z.boolean().default(false),
  reviewFormReasonRecorded: z.boolean().default(false),
});
export type Mf47CheckInput = z.input<typeof mf47CheckInputSchema>;

/** Value of {@link checkMf47Statement}. */
export interface Mf47Check {
  /** No errors. Missing "where relevant" items are errors only when the facts make them relevant. */
  readonly valid: boolean;
  /** Problems, each naming the catalogue id broken. */
  readonly problems: readonly { readonly id: string; readonly problem: string }[];
  /** Signature status. */
  readonly signature: 'signed-by-claimant' | 'unsigned-by-claimant' | 'incomplete';
}

// One frozen problem per content item, built once (no string formatting per call).
const MISSING_ITEM: Readonly<Record<Mf47ContentItem, { readonly id: string; readonly problem: string }>> = Object.freeze(
  Object.fromEntries(MF47_CONTENT_TABLE.map((e) => [e.item, Object.freeze({
    id: e.item === 'identification-details' ? 'LSC-05-002c' : e.item === 'agreement-to-repay' ? 'LSC-05-002b' : 'LSC-05-002a',
    problem: `missing: ${e.text}`,
  })])) as Record<Mf47ContentItem, { readonly id: string; readonly problem: string }>,
);

const R_OK = reason('LSC-05-002a', 'The MF47 has the required content and signatures.', [C['05-001a'], C['05-002a'], C['05-004']]);
const R_PROBLEMS = reason('LSC-05-002a', 'The MF47 is incomplete: see the problems listed.', [C['05-002a']]);
const R_REFUSED = reason('LSC-05-005', 'The claimant refused to sign: the LSCO signs and dates in their presence, scores through unused parts, the LSCTL countersigns, and the reasons go on the FRAIMS activity.', [C['05-005']]);

/**
 * Checks a completed MF47 statement: written during the interview, by the claimant or in their
 * own words after the offer (ch.05 para 1); the contents of para 2 (current circumstances,
 * responsibilities, consequences and identification always; the non-compliance items and the
 * repayment agreement where relevant; identification questions and answers for telephone
 * interviews); signed and dated by the claimant directly after the last word, witnessed by the
 * LSCO, unused parts scored through (para 4) — or, on refusal, the LSCO's signature, the
 * LSCTL's countersignature and the reasons recorded (para 5); the reason for completing a review
 * form (ch.04 para 32).
 *
 * @example
 * checkMf47Statement({ method: 'OfficeInterview', completedDuringInterview: true, writtenBy: 'claimant', offeredClaimantToWrite: true,
 *   includes: ['current-circumstances-and-known-future-changes', 'understanding-of-future-responsibilities',
 *     'understanding-of-consequences', 'identification-details'],
 *   claimantSigned: true, lscoSigned: true, unusedPartsScoredThrough: true }).value.valid; // true
 */
export function checkMf47Statement(input: Mf47CheckInput, options?: RuleOptions): Decision<Mf47Check> {
  const policy = policyOf(options);
  const problems: { readonly id: string; readonly problem: string }[] = [];
  if (!input.completedDuringInterview) problems.push({ id: 'LSC-05-001a', problem: 'the MF47 must be completed during the interview' });
  // A statement the claimant wrote shows the offer was taken up; only an LSCO-written one needs it recorded.
  if (!input.offeredClaimantToWrite && input.writtenBy === 'LSCO') problems.push({ id: 'LSC-05-001b', problem: 'the claimant must be asked whether they want to write the statement' });
  const relevant = (e: Mf47ContentEntry): boolean => {
    if (e.always) return true;
    if (e.item === 'agreement-to-repay') return input.recoverableOverpayment ?? false;
    return input.nonComplianceEstablished ?? false;
  };
  for (const e of MF47_CONTENT_TABLE) {
    if (relevant(e) && !input.includes.includes(e.item)) problems.push(MISSING_ITEM[e.item]);
  }
  let signature: Mf47Check['signature'];
  const reasons: Reason[] = [];
  if (input.claimantSigned) {
    signature = input.lscoSigned && input.unusedPartsScoredThrough ? 'signed-by-claimant' : 'incomplete';
    if (!input.lscoSigned) problems.push({ id: 'LSC-05-004', problem: 'the LSCO must witness the statement (sign and date)' });
    if (!input.unusedPartsScoredThrough) problems.push({ id: 'LSC-05-004', problem: 'unused parts must be scored through' });
  } else if (input.method === 'Telephone') {
    // Telephone: the MF47 is posted to be signed and returned within 14 calendar days (ch.04 para 78).
    signature = 'incomplete';
  } else {
    signature = input.lscoSigned && input.unusedPartsScoredThrough && (input.lsctlCountersigned ?? false) && (input.refusalReasonsRecorded ?? false) ? 'unsigned-by-claimant' : 'incomplete';
    reasons.push(R_REFUSED);
    if (!input.lscoSigned) problems.push({ id: 'LSC-05-005', problem: 'on refusal the LSCO signs and dates in the claimant\'s presence' });
    if (!input.unusedPartsScoredThrough) problems.push({ id: 'LSC-05-005', problem: 'unused parts must be scored through' });
    if (!(input.lsctlCountersigned ?? false)) problems.push({ id: 'LSC-05-005', problem: 'the LSCTL must countersign' });
    if (!(input.refusalReasonsRecorded ?? false)) problems.push({ id: 'LSC-05-005', problem: 'the claimant\'s reasons for not signing go on the FRAIMS interview activity' });
  }
  if ((input.reviewFormCompleted ?? false) && !(input.reviewFormReasonRecorded ?? false)) {
    problems.push({ id: 'LSC-04-032', problem: 'the reason for completing the review form must be recorded on FRAIMS and the MF47' });
  }
  const valid = problems.length === 0;
  return decide({ valid, problems, signature }, [valid ? R_OK : R_PROBLEMS, ...reasons], policy.id);
}

/** Registry entry of {@link checkMf47Statement}. */
export const mf47CheckRule = defineRule({
  name: 'checkMf47Statement',
  domain: 'compliance',
  title: 'MF47 statement: contents, signing, refusal to sign',
  ids: ['LSC-05-001a', 'LSC-05-001b', 'LSC-05-002a', 'LSC-05-002c', 'LSC-05-004', 'LSC-05-005', 'LSC-05-006', 'LSC-04-032'],
  citations: [C['05-001a'], C['05-002a'], C['05-004'], C['05-005']],
  input: mf47CheckInputSchema,
  evaluate: checkMf47Statement,
});

// ---------------------------------------------------------------------------------------------
// Copy of the MF47 (ch.04 para 77)

/** Input of {@link mf47CopyDelivery}. */
export const mf47CopyInputSchema = z.object({ method: interviewMethodSchema, claimantRequestsCopy: z.boolean() });
export type Mf47CopyInput = z.input<typeof mf47CopyInputSchema>;

const R_COPY_HAND = reason('LSC-04-077', 'The claimant asked for a copy of the MF47: hand it over at the office interview.', [C['04-077']]);
const R_COPY_POST = reason('LSC-04-077', 'The claimant asked for a copy of the MF47 after a home visit (or by telephone): send it by post.', [C['04-077']]);
const R_COPY_NONE = reason('LSC-04-077', 'No copy of the MF47 requested.', [C['04-077']]);

/**
 * How a requested copy of the MF47 reaches the claimant (ch.04 para 77): handed over at an
 * office interview, posted after a home visit.
 *
 * @example
 * mf47CopyDelivery({ method: 'Visit', claimantRequestsCopy: true }).value; // 'post'
 */
export function mf47CopyDelivery(input: Mf47CopyInput, options?: RuleOptions): Decision<'hand-over' | 'post' | 'none'> {
  const policy = policyOf(options);
  if (!input.claimantRequestsCopy) return decide('none', [R_COPY_NONE], policy.id);
  if (input.method === 'OfficeInterview') return decide('hand-over', [R_COPY_HAND], policy.id);
  return decide('post', [R_COPY_POST], policy.id);
}

/** Registry entry of {@link mf47CopyDelivery}. */
export const mf47CopyRule = defineRule({
  name: 'mf47CopyDelivery',
  domain: 'compliance',
  title: 'MF47 copy on request',
  ids: ['LSC-04-077'],
  citations: [C['04-077']],
  input: mf47CopyInputSchema,
  evaluate: mf47CopyDelivery,
});
