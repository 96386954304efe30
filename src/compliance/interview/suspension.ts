import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { addCalendarDays } from '../../calendar/add-calendar-days.js';
import { addMonths } from '../../calendar/add-months.js';
import type { IsoDate } from '../../calendar/types.js';
import type { Benefit } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';
import { benefitSchema, isEsaBenefit, isJsaBenefit, LSCO_SUSPENDABLE_BENEFITS } from './types.js';

/** How one benefit is suspended (ch.06 paras 39–44). */
export type SuspensionRoute =
  | 'LSCO-suspends'
  | 'CCSUS2-to-DM'
  | 'details-to-DM-complex-needs'
  | 'electronic-submission-Pension-Centre-DM-Dundee';

/** Letters and notifications of a suspension (ch.06 paras 41–43). */
export type SuspensionLetter = 'CCSUS1' | 'CCSUS1W' | 'CCISSUS' | 'CCSUS2';

/** Input of {@link decideSuspensionAction}. */
export const suspensionActionInputSchema = z.object({
  /** Why suspension is considered (ch.06 para 38). */
  trigger: z.enum(['failed-to-attend', 'information-not-provided']),
  /** Benefits in payment that the case concerns. */
  benefits: z.array(benefitSchema).min(1),
  /** The claimant has complex needs and/or needs additional support (ch.06 para 39). */
  complexNeeds: z.boolean().default(false),
  /** Housing Benefit is in payment (ch.06 para 42). */
  housingBenefitInPayment: z.boolean().default(false),
  /** A GMS RTE Proof Of Concept case (ch.06 para 44). */
  gmsRteProofOfConcept: z.boolean().default(false),
  /** Welsh-language correspondence (the W variant of the CCSUS1). */
  welsh: z.boolean().default(false),
});
export type SuspensionActionInput = z.input<typeof suspensionActionInputSchema>;

/** One benefit's suspension route. */
export interface BenefitSuspension {
  readonly benefit: Benefit;
  readonly route: SuspensionRoute;
  /** The claimant is told by the LSCO (only when the LSCO suspends). */
  readonly notifyClaimant: boolean;
}

/** Value of {@link decideSuspensionAction}. */
export interface SuspensionAction {
  readonly perBenefit: readonly BenefitSuspension[];
  /** Letters/forms to issue, without repeats. */
  readonly letters: readonly SuspensionLetter[];
  /** The LSCO itself suspends at least one benefit. */
  readonly lscoSuspends: boolean;
}

const C = {
  '06-038': lsc('LSC-06-038'), '06-039': lsc('LSC-06-039'), '06-040': lsc('LSC-06-040'), '06-041': lsc('LSC-06-041'),
  '06-042': lsc('LSC-06-042'), '06-043': lsc('LSC-06-043'), '06-044': lsc('LSC-06-044'), '06-045': lsc('LSC-06-045'),
  '06-046': lsc('LSC-06-046'), '06-047': lsc('LSC-06-047'), '06-049': lsc('LSC-06-049'),
} as const;
const R_CONSIDER = reason('LSC-06-038', 'Failure to attend or information not provided: the LSCO must consider suspending the claim.', [C['06-038']]);
const R_COMPLEX = reason('LSC-06-039', 'Complex needs and/or additional support: the LSCO must not suspend; send the details to the appropriate benefit Decision Maker.', [C['06-039']]);
const R_POC = reason('LSC-06-044', 'GMS RTE Proof Of Concept case: electronic submission to the Pension Centre DM at Dundee.', [C['06-044']]);
const R_JCP = reason('LSC-06-041', 'JSA/ESA/IS: the LSCO suspends and sends the claimant the CCSUS1 (CCSUS1W in Welsh).', [C['06-041']]);
const R_LA = reason('LSC-06-042', 'Income Support suspended while Housing Benefit is in payment: notify the Local Authority on the CCISSUS.', [C['06-042']]);
const R_OTHER = reason('LSC-06-043', 'Any other benefit: do not suspend or notify the claimant; complete the CCSUS2 for the appropriate Decision Maker.', [C['06-043']]);

/**
 * Who suspends which benefit, and with which letters, when the claimant fails to attend or
 * does not provide information (ch.06 paras 38–44): never the LSCO for a complex-needs
 * claimant (details to the DM); GMS RTE Proof Of Concept cases by electronic submission to the
 * Pension Centre DM at Dundee; JSA/ESA/IS by the LSCO with the CCSUS1/CCSUS1W (and the CCISSUS
 * to the Local Authority when IS is suspended and HB is in payment); every other benefit on a
 * CCSUS2 to the DM, without notifying the claimant.
 *
 * @example
 * decideSuspensionAction({ trigger: 'information-not-provided', benefits: ['IS'], housingBenefitInPayment: true }).value.letters;
 * // ['CCSUS1', 'CCISSUS']
 */
export function decideSuspensionAction(input: SuspensionActionInput, options?: RuleOptions): Decision<SuspensionAction> {
  const policy = policyOf(options);
  const reasons: Reason[] = [R_CONSIDER];
  const letters: SuspensionLetter[] = [];
  const add = (l: SuspensionLetter) => { if (!letters.includes(l)) letters.push(l); };
  const addReason = (r: Reason) => { if (!reasons.includes(r)) reasons.push(r); };
  const perBenefit: BenefitSuspension[] = [];
  for (const benefit of input.benefits) {
    if (input.complexNeeds ?? false) {
      perBenefit.push({ benefit, route: 'details-to-DM-complex-needs', notifyClaimant: false });
      addReason(R_COMPLEX);
    } else if (input.gmsRteProofOfConcept ?? false) {
      perBenefit.push({ benefit, route: 'electronic-submission-Pension-Centre-DM-Dundee', notifyClaimant: false });
      addReason(R_POC);
    } else if (LSCO_SUSPENDABLE_BENEFITS.includes(benefit)) {
      perBenefit.push({ benefit, route: 'LSCO-suspends', notifyClaimant: true });
      add(input.welsh ?? false ? 'CCSUS1W' : 'CCSUS1');
      addReason(R_JCP);
      if (benefit === 'IS' && (input.housingBenefitInPayment ?? false)) {
        add('CCISSUS');
        addReason(R_LA);
      }
    } else {
      perBenefit.push({ benefit, route: 'CCSUS2-to-DM', notifyClaimant: false });
      add('CCSUS2');
      addReason(R_OTHER);
    }
  }
  return decide({ perBenefit, letters, lscoSuspends: perBenefit.some((b) => b.route === 'LSCO-suspends') }, reasons, policy.id);
}

/** Registry entry of {@link decideSuspensionAction}. */
export const suspensionActionRule = defineRule({
  name: 'decideSuspensionAction',
  domain: 'compliance',
  title: 'Suspension: who suspends which benefit, with which letters',
  ids: ['LSC-06-038', 'LSC-06-039', 'LSC-06-041', 'LSC-06-042', 'LSC-06-043', 'LSC-06-044'],
  citations: [C['06-038'], C['06-039'], C['06-041'], C['06-042'], C['06-043'], C['06-044']],
  input: suspensionActionInputSchema,
  evaluate: decideSuspensionAction,
});

/** Input of {@link suspensionSystemEntry}. */
export const suspensionEntryInputSchema = z.object({
  benefit: benefitSchema,
  /** The last day of the period covered by the last payment made. */
  lastPaidPeriodEnd: isoDateSchema,
});
export type SuspensionEntryInput = z.input<typeof suspensionEntryInputSchema>;

/** Value of {@link suspensionSystemEntry}. */
export interface SuspensionEntry {
  /** "the first date after the last payment made"; no end date is entered. */
  readonly suspensionDate: IsoDate;
  /** JSA/ESA: AR code '9999'; IS: reason code '2'; null for benefits the LSCO does not suspend. */
  readonly reasonCode: string | null;
}

const R_ENTRY = reason('LSC-06-046', 'Suspension date: the first date after the last payment made, no end date; reason code 9999 (JSA/ESA) or 2 (IS).', [C['06-046']]);
const R_ENTRY_NONE = reason('LSC-06-043', 'The LSCO does not suspend this benefit (CCSUS2 to the DM): no system reason code.', [C['06-043'], C['06-046']]);

/**
 * The date and reason code the LSCO enters when suspending JSA/ESA or IS (ch.06 para 46): the
 * day after the period covered by the last payment, with no end date.
 *
 * @example
 * suspensionSystemEntry({ benefit: 'JSA', lastPaidPeriodEnd: '2026-03-10' }).value;
 * // { suspensionDate: '2026-03-11', reasonCode: '9999' }
 */
export function suspensionSystemEntry(input: SuspensionEntryInput, options?: RuleOptions): Decision<SuspensionEntry> {
  const policy = policyOf(options);
  const p = policy.complianceInterview;
  const suspensionDate = addCalendarDays(input.lastPaidPeriodEnd as IsoDate, 1);
  if (isJsaBenefit(input.benefit) || isEsaBenefit(input.benefit)) {
    return decide({ suspensionDate, reasonCode: p.jsaEsaSuspensionReasonCode.value }, [R_ENTRY], policy.id);
  }
  if (input.benefit === 'IS') return decide({ suspensionDate, reasonCode: p.isSuspensionReasonCode.value }, [R_ENTRY], policy.id);
  return decide({ suspensionDate, reasonCode: null }, [R_ENTRY_NONE], policy.id);
}

/** Registry entry of {@link suspensionSystemEntry}. */
export const suspensionEntryRule = defineRule({
  name: 'suspensionSystemEntry',
  domain: 'compliance',
  title: 'Suspension date and reason code',
  ids: ['LSC-06-046'],
  citations: [C['06-046']],
  input: suspensionEntryInputSchema,
  evaluate: suspensionSystemEntry,
});

/** Input of {@link suspensionFollowUp}. */
export const suspensionFollowUpInputSchema = z.object({
  /** Date the suspension letters were issued (day 0 of the 1-month B/F). */
  lettersIssuedDate: isoDateSchema,
  asOf: isoDateSchema,
  /** The claimant has been in contact to resolve the issue. */
  claimantContacted: z.boolean(),
  /** Following that contact, benefit is to be reinstated. */
  reinstate: z.boolean().default(false),
  /** The contact is a hardship query (ch.06 para 40). */
  hardshipQuery: z.boolean().default(false),
});
export type SuspensionFollowUpInput = z.input<typeof suspensionFollowUpInputSchema>;

/** What to do after the suspension letters (ch.06 paras 40, 45–49). */
export type SuspensionFollowUpAction =
  | 'await-response'
  | 'record-no-response-and-refer-to-DM'
  | 'email-DM-to-lift-suspension-and-pay-arrears'
  | 'direct-hardship-query-to-DM'
  | 'continue-case';

/** Value of {@link suspensionFollowUp}. */
export interface SuspensionFollowUp {
  /** B/F: one calendar month after the letters (end-of-month clamped). */
  readonly bfDate: IsoDate;
  readonly action: SuspensionFollowUpAction;
}

const R_BF = reason('LSC-06-045', 'Suspension letters issued: record them on an activity with a B/F of 1 month for the claimant\'s response.', [C['06-045']]);
const R_NO_RESPONSE = reason('LSC-06-047', 'No contact by the B/F date: record "no response" on the activity and refer the case to the DM.', [C['06-047']]);
const R_REINSTATE = reason('LSC-06-049', 'Benefit to be reinstated: e-mail the appropriate DM to lift the suspension and pay any arrears.', [C['06-049']]);
const R_HARDSHIP = reason('LSC-06-040', 'Hardship queries go to the appropriate Decision Maker.', [C['06-040']]);
const R_CONTINUE = reason('LSC-06-045', 'The claimant has been in contact: continue the case.', [C['06-045']]);

/**
 * After suspension letters: B/F one month (ch.06 para 45); on the B/F date the claimant is
 * still in time; from the day after, with no contact, record it and refer to the DM (paras
 * 47–48); a reinstatement goes to the DM by e-mail (para 49); hardship queries go to the DM
 * (para 40).
 *
 * @example
 * suspensionFollowUp({ lettersIssuedDate: '2026-01-31', asOf: '2026-03-01', claimantContacted: false }).value;
 * // { bfDate: '2026-02-28', action: 'record-no-response-and-refer-to-DM' }
 */
export function suspensionFollowUp(input: SuspensionFollowUpInput, options?: RuleOptions): Decision<SuspensionFollowUp> {
  const policy = policyOf(options);
  const bfDate = addMonths(input.lettersIssuedDate as IsoDate, policy.complianceInterview.suspensionResponseMonths.value);
  if (input.hardshipQuery ?? false) return decide({ bfDate, action: 'direct-hardship-query-to-DM' }, [R_BF, R_HARDSHIP], policy.id);
  if (input.claimantContacted) {
    if (input.reinstate ?? false) return decide({ bfDate, action: 'email-DM-to-lift-suspension-and-pay-arrears' }, [R_BF, R_REINSTATE], policy.id);
    return decide({ bfDate, action: 'continue-case' }, [R_BF, R_CONTINUE], policy.id);
  }
  if (input.asOf > bfDate) return decide({ bfDate, action: 'record-no-response-and-refer-to-DM' }, [R_BF, R_NO_RESPONSE], policy.id);
  return decide({ bfDate, action: 'await-response' }, [R_BF], policy.id);
}

/** Registry entry of {@link suspensionFollowUp}. */
export const suspensionFollowUpRule = defineRule({
  name: 'suspensionFollowUp',
  domain: 'compliance',
  title: 'After suspension: 1-month B/F, no response, reinstatement, hardship',
  ids: ['LSC-06-040', 'LSC-06-045', 'LSC-06-047', 'LSC-06-049'],
  citations: [C['06-040'], C['06-045'], C['06-047'], C['06-049']],
  input: suspensionFollowUpInputSchema,
  evaluate: suspensionFollowUp,
});
