import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * FRAIMS Offence Types named in ch.07 para 6 (LSC-07-006), spelled as the guidance spells them.
 *
 * @example
 * FRAIMS_OFFENCE_TYPES.includes('MIDAS Referral'); // true
 */
export const FRAIMS_OFFENCE_TYPES = Object.freeze([
  'Home Office Establishment',
  'Working in receipt of benefits',
  'Partner working',
  'Undeclared cap/sav/inc/living',
  'MIDAS Referral',
] as const);
/** One of {@link FRAIMS_OFFENCE_TYPES}. */
export type FraimsOffenceType = (typeof FRAIMS_OFFENCE_TYPES)[number];

/**
 * The nature of a General Matching Service (GMS) rule, as the rows of the ch.07 para 6 table.
 *
 * @example
 * GMS_RULE_NATURES[0]; // 'custody'
 */
export const GMS_RULE_NATURES = Object.freeze([
  'custody',
  'claimant-working',
  'partner-working',
  'undeclared-capital-or-savings',
  'occupational-pension-or-veterans-benefit',
  'other',
] as const);
/** One of {@link GMS_RULE_NATURES}. */
export type GmsRuleNature = (typeof GMS_RULE_NATURES)[number];

/** One row of the GMS rule → Offence Type table. */
export interface GmsOffenceTypeRow {
  readonly id: 'LSC-07-006';
  readonly nature: GmsRuleNature;
  /** The "Details from GMS Rule" column, verbatim. */
  readonly details: string;
  readonly offenceType: FraimsOffenceType;
}

const C006 = lsc('LSC-07-006');
const row = (nature: GmsRuleNature, details: string, offenceType: FraimsOffenceType): GmsOffenceTypeRow =>
  Object.freeze({ id: 'LSC-07-006', nature, details, offenceType });

/**
 * The ch.07 para 6 table: details of the GMS rule → FRAIMS Offence Type (LSC-07-006).
 *
 * @example
 * GMS_OFFENCE_TYPE_TABLE.find((r) => r.nature === 'partner-working')?.offenceType; // 'Partner working'
 */
export const GMS_OFFENCE_TYPE_TABLE: readonly GmsOffenceTypeRow[] = Object.freeze([
  row('custody', 'Claimant, partner or dependant in custody or serving a custodial sentence', 'Home Office Establishment'),
  row('claimant-working', 'Claimant working, current or past period', 'Working in receipt of benefits'),
  row('partner-working', 'Partner working, current or past period', 'Partner working'),
  row('undeclared-capital-or-savings', 'Undeclared or under declared capital or savings', 'Undeclared cap/sav/inc/living'),
  row('occupational-pension-or-veterans-benefit', 'Occupational pension or benefit paid by Veterans Agency not being taken into account', 'Undeclared cap/sav/inc/living'),
  row('other', 'All other rules', 'MIDAS Referral'),
]);

/** Input of {@link offenceTypeForGmsRule}. */
export const gmsOffenceTypeInputSchema = z.object({ nature: z.enum(GMS_RULE_NATURES) });
export type GmsOffenceTypeInput = z.input<typeof gmsOffenceTypeInputSchema>;

const REASONS: ReadonlyMap<GmsRuleNature, Reason> = new Map(
  GMS_OFFENCE_TYPE_TABLE.map((r) => [r.nature, reason('LSC-07-006', `GMS rule "${r.details}": Offence Type '${r.offenceType}'.`, [C006])]),
);

/**
 * The FRAIMS Offence Type a GMS ('MIDAS Referral') case must be given before its outcome is
 * recorded (ch.07 paras 5–6, LSC-07-005, LSC-07-006).
 *
 * @example
 * offenceTypeForGmsRule({ nature: 'claimant-working' }).value; // 'Working in receipt of benefits'
 */
export function offenceTypeForGmsRule(input: GmsOffenceTypeInput, options?: RuleOptions): Decision<FraimsOffenceType> {
  const r = GMS_OFFENCE_TYPE_TABLE.find((x) => x.nature === input.nature)!;
  return decide(r.offenceType, [REASONS.get(r.nature)!], policyOf(options).id);
}

export const gmsOffenceTypeRule = defineRule({
  name: 'offenceTypeForGmsRule', domain: 'compliance', title: 'GMS rule → FRAIMS Offence Type',
  ids: ['LSC-07-005', 'LSC-07-006'], citations: [C006], input: gmsOffenceTypeInputSchema, evaluate: offenceTypeForGmsRule,
});
