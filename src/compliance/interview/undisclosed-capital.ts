import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';

/** Input of {@link capitalMatchDisclosure}. */
export const capitalDisclosureInputSchema = z.object({
  /** The bank or building society on the match. */
  bankName: z.string().min(1),
  /** Head Office name and address of the bank. */
  headOfficeName: z.string().min(1),
  headOfficeAddress: z.string().min(1),
  /** The account number on the match (digits). */
  accountNumber: z.string().regex(/^\d+$/, 'digits only'),
  /** The Customer Centric rule of the match (ISIR008 data is intelligence only). */
  ruleCode: z.string().optional(),
  /** The claimant denies holding the account. */
  claimantDenies: z.boolean(),
});
export type CapitalDisclosureInput = z.input<typeof capitalDisclosureInputSchema>;

/** Value of {@link capitalMatchDisclosure}: what the claimant may be told. */
export interface CapitalDisclosure {
  readonly headOfficeName: string;
  readonly headOfficeAddress: string;
  /** The last four digits, or null (Halifax; or a number of four digits or fewer, which they would disclose in full). */
  readonly lastDigits: string | null;
  /** Nothing else may be disclosed: sort code, full account number, balance. */
  readonly withheld: readonly ['sort-code', 'full-account-number', 'balance', 'any-other-match-detail'];
  /** The match data may be used for intelligence only (not as evidence). */
  readonly intelligenceOnly: boolean;
  /** The claimant must prove they do not hold the account (onus on the claimant). */
  readonly onusOnClaimant: boolean;
  /** The bank must not be contacted (the claimant denies the account). */
  readonly bankMustNotBeContacted: boolean;
}

const C = {
  '04-048': lsc('LSC-04-048'), '04-049': lsc('LSC-04-049'), '04-050': lsc('LSC-04-050'), '04-051': lsc('LSC-04-051'),
  '04-052': lsc('LSC-04-052'), '04-059': lsc('LSC-04-059'),
} as const;
const R_DISCLOSE = reason('LSC-04-049', 'The claimant may be given the name and address of the bank\'s Head Office and the last four digits of the account number.', [C['04-049']]);
const R_HALIFAX = reason('LSC-04-050', 'Halifax: the last four digits must not be given (the account number may have changed).', [C['04-050']]);
const R_SHORT_NUMBER = reason('LSC-04-052', 'The account number has no more digits than the four that may be given: giving them would disclose the full account number, so none are given.', [C['04-052'], C['04-049']]);
const R_NOTHING_ELSE = reason('LSC-04-052', 'No other information about the accounts may be given: not the sort code, the full account number or the balance.', [C['04-052']]);
const R_INTEL = reason('LSC-04-051', 'Capital match data (ISIR008 and the parallel JSIR008/ESIR008) may not be reliable: intelligence purposes only.', [C['04-051']]);
const R_ONUS = reason('LSC-04-048', 'The claimant denies the accounts: the onus is on them to prove they do not hold them.', [C['04-048']]);
const R_NO_BANK = reason('LSC-04-059', 'The claimant denies having an account with the bank/building society on the referral: it must not be contacted.', [C['04-059']]);

const INTELLIGENCE_ONLY_CODES: readonly string[] = ['ISIR008', 'JSIR008', 'ESIR008'];

/**
 * What an officer may tell a claimant about a Customer Centric capital match, and what follows
 * from a denial (ch.04 paras 48–52, 59): the bank's Head Office name and address and the last
 * four digits of the account — but not the digits for Halifax — and nothing else; the onus is on
 * a denying claimant, and the bank must then not be contacted.
 *
 * @example
 * capitalMatchDisclosure({ bankName: 'Halifax', headOfficeName: 'Halifax', headOfficeAddress: 'Trinity Road, Halifax',
 *   accountNumber: '12345678', claimantDenies: true }).value.lastDigits; // null
 */
export function capitalMatchDisclosure(input: CapitalDisclosureInput, options?: RuleOptions): Decision<CapitalDisclosure> {
  const policy = policyOf(options);
  const digits = policy.complianceInterview.disclosedAccountDigits.value;
  const halifax = /\bhalifax\b/i.test(input.bankName);
  // Para 52 withholds the full account number: a number of four digits or fewer has no "last four".
  const tooShort = input.accountNumber.length <= digits;
  const reasons: Reason[] = [R_DISCLOSE];
  if (halifax) reasons.push(R_HALIFAX);
  else if (tooShort) reasons.push(R_SHORT_NUMBER);
  reasons.push(R_NOTHING_ELSE);
  const intelligenceOnly = input.ruleCode !== undefined && INTELLIGENCE_ONLY_CODES.includes(input.ruleCode.trim().toUpperCase());
  if (intelligenceOnly) reasons.push(R_INTEL);
  if (input.claimantDenies) reasons.push(R_ONUS, R_NO_BANK);
  return decide(
    {
      headOfficeName: input.headOfficeName,
      headOfficeAddress: input.headOfficeAddress,
      lastDigits: halifax || tooShort ? null : input.accountNumber.slice(-digits),
      withheld: ['sort-code', 'full-account-number', 'balance', 'any-other-match-detail'],
      intelligenceOnly,
      onusOnClaimant: input.claimantDenies,
      bankMustNotBeContacted: input.claimantDenies,
    },
    reasons,
    policy.id,
  );
}

/** Registry entry of {@link capitalMatchDisclosure}. */
export const capitalDisclosureRule = defineRule({
  name: 'capitalMatchDisclosure',
  domain: 'compliance',
  title: 'Undisclosed capital: what may be disclosed to the claimant',
  ids: ['LSC-04-048', 'LSC-04-049', 'LSC-04-050', 'LSC-04-051', 'LSC-04-052', 'LSC-04-059'],
  citations: [C['04-049'], C['04-050'], C['04-052']],
  input: capitalDisclosureInputSchema,
  evaluate: capitalMatchDisclosure,
});

// ---------------------------------------------------------------------------------------------
// Third-party information (ch.04 paras 59, 61–62; ch.06 para 27)

/** Input of {@link decideThirdPartyInformationRequest}. */
export const thirdPartyRequestInputSchema = z.object({
  /** Who holds the information. */
  provider: z.enum(['bank-or-building-society', 'other']),
  /** An undisclosed-capital/savings referral where the claimant denies the account with this bank. */
  claimantDeniesAccount: z.boolean().default(false),
  /** The claimant's consent to the request is on the MF47 (ch.04 para 61). */
  consentOnMf47: z.boolean().default(false),
  /** Complex needs / additional support, and direct contact is the only way to progress (ch.06 para 27). */
  complexNeedsOnlyWay: z.boolean().default(false),
  /** Bank statements/charges: the claimant has been asked and cannot obtain them, and the cost is justified (ch.04 para 62). */
  claimantAskedAndCostJustified: z.boolean().default(false),
});
export type ThirdPartyRequestInput = z.input<typeof thirdPartyRequestInputSchema>;

/** Value of {@link decideThirdPartyInformationRequest}. */
export type ThirdPartyRequest =
  | 'must-not-contact'
  | 'claimant-to-provide'
  | 'may-pay-for-bank-statements-last-resort'
  | 'may-request-with-consent'
  | 'consent-on-MF47-required'
  | 'may-consider-direct-approach';

const R_061B = reason('LSC-04-061b', 'Further information other than bank accounts: obtain the claimant\'s consent on the MF47 first.', [lsc('LSC-04-061b')]);
const R_061B_OK = reason('LSC-04-061b', 'The claimant\'s consent is on the MF47: the information may be requested.', [lsc('LSC-04-061b')]);
const R_062 = reason('LSC-04-062', 'Bank statements are the claimant\'s responsibility: ask the claimant first and weigh the cost against the likely overpayment; paying is the last resort.', [lsc('LSC-04-062')]);
const R_062_PAY = reason('LSC-04-062', 'The claimant has been asked and the cost is justified: as a last resort the team may agree to pay for the statements (pass to the Finance team).', [lsc('LSC-04-062')]);
const R_027 = reason('LSC-06-027', 'Complex needs and direct contact is the only way to progress: consider approaching the information provider directly.', [lsc('LSC-06-027')]);

/**
 * May the officer ask a third party for information? Never the bank a claimant denies holding
 * an account with (ch.04 para 59); bank statements are the claimant's to provide, and paying for
 * them is a last resort (para 62); other information needs consent on the MF47 (para 61),
 * except that for complex-needs claimants a direct approach may be considered (ch.06 para 27).
 *
 * @example
 * decideThirdPartyInformationRequest({ provider: 'other', consentOnMf47: false }).value; // 'consent-on-MF47-required'
 */
export function decideThirdPartyInformationRequest(input: ThirdPartyRequestInput, options?: RuleOptions): Decision<ThirdPartyRequest> {
  const policy = policyOf(options);
  if (input.provider === 'bank-or-building-society') {
    if (input.claimantDeniesAccount ?? false) return decide('must-not-contact', [R_NO_BANK], policy.id);
    if (input.claimantAskedAndCostJustified ?? false) return decide('may-pay-for-bank-statements-last-resort', [R_062, R_062_PAY], policy.id);
    if (input.complexNeedsOnlyWay ?? false) return decide('may-consider-direct-approach', [R_027], policy.id);
    return decide('claimant-to-provide', [R_062], policy.id);
  }
  if (input.consentOnMf47 ?? false) return decide('may-request-with-consent', [R_061B_OK], policy.id);
  if (input.complexNeedsOnlyWay ?? false) return decide('may-consider-direct-approach', [R_027], policy.id);
  return decide('consent-on-MF47-required', [R_061B], policy.id);
}

/** Registry entry of {@link decideThirdPartyInformationRequest}. */
export const thirdPartyRequestRule = defineRule({
  name: 'decideThirdPartyInformationRequest',
  domain: 'compliance',
  title: 'Third-party information: banks, consent on the MF47, complex needs',
  ids: ['LSC-04-059', 'LSC-04-061b', 'LSC-04-062', 'LSC-06-027'],
  citations: [C['04-059'], lsc('LSC-04-061b'), lsc('LSC-04-062'), lsc('LSC-06-027')],
  input: thirdPartyRequestInputSchema,
  evaluate: decideThirdPartyInformationRequest,
});
