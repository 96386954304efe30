import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';
import type { LscOutcomeResult } from './outcome-values.js';

/** Input of {@link classifyAdministrativeOutcomeResult}: what the referral and the IT checks show. */
export const administrativeOutcomeInputSchema = z.object({
  /** The case arrived with an incorrect name, National Insurance Number or date of birth (para 18). */
  incorrectClaimantDetails: z.boolean().default(false),
  /** An Information Directorate (IFD) data match went wrong (para 20). */
  ifdDataMatchError: z.boolean().default(false),
  /** … and the COO Error Reduction Team identified the specific problem (para 20). */
  identifiedByCooErrorReductionTeam: z.boolean().default(false),
  /** The referral duplicates one already held (para 9; the guidance does not define it). */
  duplicateReferral: z.boolean().default(false),
  /** At receipt of the referral, the IT check shows the claimant had reported the change or the BC already knew of it (para 17). */
  changeAlreadyKnownToBenefitCentre: z.boolean().default(false),
  /** … the BC has closed the claim (para 17). */
  claimClosedByBenefitCentre: z.boolean().default(false),
  /** … and the BC is dealing with any overpayment (para 17). */
  benefitCentreDealingWithOverpayment: z.boolean().default(false),
  /** The allegation is of an illegal activity involving another authority or government department, e.g. HMRC (para 19). */
  illegalActivityForOtherAuthority: z.boolean().default(false),
});
export type AdministrativeOutcomeInput = z.input<typeof administrativeOutcomeInputSchema>;

const C017 = lsc('LSC-07-017');
const C018 = lsc('LSC-07-018');
const C019 = lsc('LSC-07-019');
const C020 = lsc('LSC-07-020');
const C009 = lsc('LSC-07-009');
const R_USER_ERROR = reason('LSC-07-018', "Cases arriving with an incorrect name, NINo or date of birth are closed as 'User error'.", [C018]);
const R_MIDAS = reason('LSC-07-020', "An IFD data match went wrong and the COO Error Reduction Team identified the problem: 'MIDAS Data Error'.", [C020]);
const R_MIDAS_UNCONFIRMED = reason('LSC-07-020', "'MIDAS Data Error' may only be used when the COO Error Reduction Team has identified the IFD data-match problem.", [C020]);
const R_DUPLICATE = reason('LSC-07-009', "A duplicate referral is closed as 'Duplicate referral' (a para 9 value the guidance does not define further).", [C009]);
const R_CLEARED = reason('LSC-07-017', "The change was already known to the Benefit Centre, which closed the claim and is dealing with any overpayment: 'Cleared before receiving case'.", [C017]);
const R_NOT_CLEARED = reason('LSC-07-017', "'Cleared before receiving case' needs all three: the change already known to the BC, the claim closed by the BC, and the BC dealing with any overpayment.", [C017]);
const R_HANDOFF = reason('LSC-07-019', "The allegation concerns an illegal activity for another authority or government department: 'External handoff'.", [C019]);
const R_NONE = reason('LSC-07-009', 'None of the administrative Outcome Results applies; the outcome follows the result of the compliance activity.', [C009]);

/**
 * The administrative ('No Result') Outcome Result a case takes before any compliance activity:
 * 'User error' (para 18), 'MIDAS Data Error' (para 20, only when confirmed by the COO Error
 * Reduction Team), 'Duplicate referral' (para 9), 'Cleared before receiving case' (para 17, all
 * three conditions) or 'External handoff' (para 19); `null` when none applies.
 *
 * @example
 * classifyAdministrativeOutcomeResult({ incorrectClaimantDetails: true }).value; // 'User error'
 */
export function classifyAdministrativeOutcomeResult(input: AdministrativeOutcomeInput, options?: RuleOptions): Decision<LscOutcomeResult | null> {
  const edition = policyOf(options).id;
  if (input.incorrectClaimantDetails) return decide('User error', [R_USER_ERROR], edition);
  const notes: Reason[] = [];
  if (input.ifdDataMatchError) {
    if (input.identifiedByCooErrorReductionTeam) return decide('MIDAS Data Error', [R_MIDAS], edition);
    notes.push(R_MIDAS_UNCONFIRMED);
  }
  if (input.duplicateReferral) return decide('Duplicate referral', [...notes, R_DUPLICATE], edition);
  const cleared = [input.changeAlreadyKnownToBenefitCentre, input.claimClosedByBenefitCentre, input.benefitCentreDealingWithOverpayment];
  if (cleared.every(Boolean)) return decide('Cleared before receiving case', [...notes, R_CLEARED], edition);
  if (cleared.some(Boolean)) notes.push(R_NOT_CLEARED);
  if (input.illegalActivityForOtherAuthority) return decide('External handoff', [...notes, R_HANDOFF], edition);
  return decide(null, [...notes, R_NONE], edition);
}

export const administrativeOutcomeRule = defineRule({
  name: 'classifyAdministrativeOutcomeResult', domain: 'compliance', title: "Administrative Outcome Results ('User error', 'MIDAS Data Error', 'Cleared before receiving case', 'External handoff')",
  ids: ['LSC-07-017', 'LSC-07-018', 'LSC-07-019', 'LSC-07-020'], citations: [C017, C018, C019, C020], input: administrativeOutcomeInputSchema, evaluate: classifyAdministrativeOutcomeResult,
});
