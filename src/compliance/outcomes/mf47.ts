import { z } from 'zod';
import type { Citation } from '../../core/citation.js';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * The kinds of change for which the Appendix examples list the MF47 statement's contents.
 *
 * @example
 * MF47_STATEMENT_KINDS[0]; // 'pre-existing-work-change'
 */
export const MF47_STATEMENT_KINDS = Object.freeze(['pre-existing-work-change', 'dependant-left-household', 'undeclared-self-employment', 'ltamc-denial'] as const);
export type Mf47StatementKind = (typeof MF47_STATEMENT_KINDS)[number];

/** The contents of one kind of MF47 statement (ch.07 Appendix examples; illustrative, not a mandatory template). */
export interface Mf47Contents {
  readonly id: string;
  readonly kind: Mf47StatementKind;
  readonly items: readonly string[];
  readonly cites: readonly Citation[];
}
const entry = (id: string, kind: Mf47StatementKind, items: string[]): Mf47Contents => Object.freeze({ id, kind, items: Object.freeze(items), cites: Object.freeze([lsc(id)]) });

/**
 * The MF47 contents the Appendix examples list (ch.07 Appendix paras 1, 6, 15, 35).
 *
 * @example
 * MF47_CONTENTS.find((c) => c.kind === 'ltamc-denial')?.items.length; // 3
 */
export const MF47_CONTENTS: readonly Mf47Contents[] = Object.freeze([
  entry('LSC-07-101a', 'pre-existing-work-change', [
    'date work started', 'name of the employer', 'pay date', 'amounts earned', 'periods of employment',
    'agreement to provide confirmation from the employer and wage slips', 'explanation of why the work was not declared timeously',
    'agreement to repay the overpayment', 'understanding of future responsibilities', 'understanding of the potential consequences of any future non-compliance',
  ]),
  entry('LSC-07-106a', 'dependant-left-household', [
    'name of the dependent child', 'date they left the household', 'explanation of why the change was not declared', 'agreement to repay the overpayment',
    'understanding of future responsibilities', 'understanding of the potential consequences of any future non-compliance',
  ]),
  entry('LSC-07-115a', 'undeclared-self-employment', [
    'date fit and able to take up employment', 'date self-employment started', 'amounts earned', 'periods of employment',
    'agreement to provide proof of any payments received', 'explanation of why the work was not declared timeously', 'agreement to repay the overpayment',
    'understanding of future responsibilities', 'understanding of the potential consequences of any future non-compliance',
  ]),
  entry('LSC-07-135a', 'ltamc-denial', [
    'denial that the partner lives in the household', 'understanding of future responsibilities', 'understanding of the potential consequences of any future non-compliance',
  ]),
]);

/** Input of {@link mf47Handling}. */
export const mf47HandlingInputSchema = z.object({
  kind: z.enum(MF47_STATEMENT_KINDS),
  /** How the information was obtained. */
  obtainedBy: z.enum(['face-to-face', 'telephone']),
  /** The benefits the change affects (guidance names, e.g. 'Income Support', 'Disability Living Allowance'). */
  benefits: z.array(z.string()).default([]),
});
export type Mf47HandlingInput = z.input<typeof mf47HandlingInputSchema>;

/** What to put in an MF47 and what to do with it. */
export interface Mf47Handling {
  readonly contents: readonly string[];
  /** The MF47 is sent to the claimant to agree and sign (information taken by telephone). */
  readonly sendToClaimantToSign: boolean;
  /** Where copies go: each benefit's section, and FES DCT for a disability or carer's benefit. */
  readonly copiesTo: readonly string[];
}

const CONTENT_REASONS: ReadonlyMap<Mf47StatementKind, Reason> = new Map(MF47_CONTENTS.map((c) => [c.kind, reason(c.id, 'The MF47 contents the guidance lists for this kind of change.', c.cites)]));
const DCT_BENEFITS: ReadonlySet<string> = new Set(['Disability Living Allowance', 'Attendance Allowance', 'Personal Independence Payment', 'Carer’s Allowance']);
const R_PHONE = reason('LSC-07-102', 'Information taken by telephone: send the MF47 with the details to the claimant to agree and sign.', [lsc('LSC-07-102')]);
const R_COPIES = reason('LSC-07-116', 'Forward a copy of the MF47 to each benefit section concerned, and to FES DCT for a disability or carer’s benefit.', [lsc('LSC-07-116')]);

/**
 * The MF47 statement for a change: its contents as the Appendix examples list them, whether it
 * is sent to the claimant to sign (telephone, Appendix para 2) and where copies go (Appendix para 16).
 *
 * @example
 * mf47Handling({ kind: 'undeclared-self-employment', obtainedBy: 'face-to-face', benefits: ['Income Support', 'Disability Living Allowance'] }).value.copiesTo;
 * // ['Income Support section', 'FES DCT']
 */
export function mf47Handling(input: Mf47HandlingInput, options?: RuleOptions): Decision<Mf47Handling> {
  const c = MF47_CONTENTS.find((x) => x.kind === input.kind)!;
  const reasons: Reason[] = [CONTENT_REASONS.get(c.kind)!];
  const phone = input.obtainedBy === 'telephone';
  if (phone) reasons.push(R_PHONE);
  const copiesTo: string[] = [];
  for (const b of input.benefits ?? []) {
    const to = DCT_BENEFITS.has(b) ? 'FES DCT' : `${b} section`;
    if (!copiesTo.includes(to)) copiesTo.push(to);
  }
  if (copiesTo.length > 0) reasons.push(R_COPIES);
  return decide({ contents: c.items, sendToClaimantToSign: phone, copiesTo }, reasons, policyOf(options).id);
}

export const mf47Rule = defineRule({
  name: 'mf47Handling', domain: 'compliance', title: 'MF47 statement contents and handling (Appendix examples)',
  ids: ['LSC-07-101a', 'LSC-07-102', 'LSC-07-106a', 'LSC-07-115a', 'LSC-07-116', 'LSC-07-135a'], citations: [lsc('LSC-07-102')], input: mf47HandlingInputSchema, evaluate: mf47Handling,
});
