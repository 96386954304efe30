import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { isoDateSchema } from '../../core/schemas.js';
import { BENEFITS, type Benefit } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';
import { decideDuplicateReferral } from './duplicate-referral.js';
import { decideLocalAuthorityOffer, LOCAL_AUTHORITY_OFFER_CATEGORIES } from './local-authority.js';
import { iucBarsCompliance, iucStateSchema } from './lsi-downgrade.js';
import { REFERRAL_SOURCES } from './vocabulary.js';

const C = {
  s0108: lsc('LSC-01-008'),
  s0205: lsc('LSC-02-005'),
  s0206: lsc('LSC-02-006'),
  s0207: lsc('LSC-02-007'),
  s0216: lsc('LSC-02-016'),
  s0222: lsc('LSC-02-022'),
  s0224: lsc('LSC-02-024'),
  s0227: lsc('LSC-02-027'),
  s0228: lsc('LSC-02-028'),
  s0234: lsc('LSC-02-034'),
  s0235: lsc('LSC-02-035'),
  s0240: lsc('LSC-02-040'),
  s0250: lsc('LSC-02-050a'),
  s0253: lsc('LSC-02-053'),
  s0254: lsc('LSC-02-054'),
  s0255: lsc('LSC-02-055'),
  s0256: lsc('LSC-02-056'),
  s0258: lsc('LSC-02-058'),
  s0318: lsc('LSC-03-018'),
  s0319: lsc('LSC-03-019'),
};

/**
 * Where a referral goes (ch.01 para 8; ch.02; ch.03 paras 18–19). Exactly one per referral.
 *
 * @example
 * REFERRAL_DESTINATIONS.includes('OfferToLocalAuthority'); // true
 */
export const REFERRAL_DESTINATIONS = Object.freeze([
  'AcceptForLocalServiceCompliance',
  'ReturnToSender',
  'ReturnToSPVA',
  'ReturnToPDCS',
  'RouteToLocalServiceInvestigations',
  'RouteToRADSPOC',
  'RouteToAbroadFraudInbox',
  'ForwardToLiveCaseOwner',
  'OfferToLocalAuthority',
  'CloseAsDuplicate',
] as const);
/** One of {@link REFERRAL_DESTINATIONS}. */
export type ReferralDestination = (typeof REFERRAL_DESTINATIONS)[number];

/** Facts about a referral reaching Local Service Compliance. */
export const referralRoutingInputSchema = z.object({
  source: z.enum(REFERRAL_SOURCES),
  receivedDate: isoDateSchema,
  /** DWP benefits (and TfWA) in payment. */
  benefits: z.array(z.enum(BENEFITS)),
  /** An SPVA payment is also in payment (SPVA referrals). */
  spvaBenefitInPayment: z.boolean().optional(),
  /** FRAIMS found a live Incident/Case for the same suspect. */
  liveIncidentOrCaseForSuspect: z.boolean().optional(),
  memberOfStaffImplicated: z.boolean().optional(),
  /** RAD SPOC's categorisation, once made. */
  staffCaseCategory: z.enum(['sensitive', 'non-sensitive']).optional(),
  iuc: iucStateSchema.optional(),
  /** HST: the FRF contains sufficient information to pursue a fraud penalty. */
  sufficientInformationForFraudPenalty: z.boolean().optional(),
  /** The FRF offence is 'Abroad Fraud'. */
  abroadFraudOffence: z.boolean().optional(),
  /** The Abroad Fraud Inbox has handed the case to LSC as unlikely to result in a penalty. */
  handedOffByAbroadFraudInbox: z.boolean().optional(),
  /** An earlier case on the same matter for the claimant, and whether the LSCTL declines the new one. */
  duplicate: z
    .object({ earlierCaseReceivedDate: isoDateSchema, sameMatter: z.boolean(), lsctlDeclines: z.boolean() })
    .optional(),
  localAuthorityCategory: z.enum(LOCAL_AUTHORITY_OFFER_CATEGORIES).optional(),
  severeDisabilityPremiumInPayment: z.boolean().optional(),
  localAgreementNotToOfferToLocalAuthority: z.boolean().optional(),
  /** The LA has already been offered the case and declined it or did not respond by the B/F. */
  localAuthorityDidNotTakeCase: z.boolean().optional(),
  /** The referral concerns a past period and the current award is already suspended. */
  pastPeriodWithAwardSuspended: z.boolean().optional(),
  /** The referral alleges work while claiming Maternity Allowance. */
  workingWhileOnMaternityAllowance: z.boolean().optional(),
});
export type ReferralRoutingInput = z.input<typeof referralRoutingInputSchema>;

/** Result of {@link routeReferral}: the one destination, and the benefits LSC deals with. */
export interface ReferralRouting {
  readonly destination: ReferralDestination;
  /** Benefits within LSC's scope (DLA/AA/PIP and SPVA payments excluded). */
  readonly lscScope: readonly Benefit[];
}

const R = {
  iop: reason('LSC-02-055', 'Instrument Of Payment referrals are not dealt with by LSC: return to the sender.', [C.s0255]),
  spva: reason('LSC-02-053', 'LSC does not undertake activity for SPVA referrals: return to the originating SPVA office.', [C.s0253]),
  spvaAndDwp: reason('LSC-02-054', 'SPVA and DWP benefits: send a copy FRF to the SPVA Department, record it on FRAIMS, and continue LSC action on the DWP element.', [C.s0254]),
  live: reason('LSC-02-058', 'A live Incident/Case exists for the suspect: the new incident is forwarded to the owner of that Incident/Case.', [C.s0258, C.s0108]),
  radSpoc: reason('LSC-03-018', 'A member of staff is implicated: route to the RAD SPOC to categorise the case as sensitive or not.', [C.s0318]),
  sensitive: reason('LSC-03-019', 'Sensitive (staff) case: route to LSI; it is not downgraded to LSC.', [C.s0319, C.s0108]),
  nonSensitive: reason('LSC-03-018', 'RAD SPOC categorised the staff case as non-sensitive: it returns to LSC to continue.', [C.s0318]),
  iucBar: reason('LSC-02-005', 'The claimant attended for an IUC, or an IUC was commenced or undertaken: the case is never referred for Compliance action; LSI progress it.', [C.s0205, C.s0108]),
  hstPenalty: reason('LSC-02-035', 'HST referral with sufficient information to pursue a fraud penalty: routed to LSI.', [C.s0235, C.s0108]),
  abroad: reason('LSC-02-022', "FRF offence 'Abroad Fraud': routed to the Abroad Fraud Inbox in Edinburgh.", [C.s0222, C.s0108]),
  abroadHandedOff: reason('LSC-02-022', 'The Abroad Fraud Inbox handed the case to LSC as unlikely to result in a penalty.', [C.s0222]),
  pdcs: reason('LSC-02-006', 'Only DLA/AA in payment: returned to the Pension, Disability and Carers Service, not dealt with by LSC.', [C.s0206]),
  scope: reason('LSC-02-007', 'DLA/AA (and PIP) in payment with another benefit: LSC deals only with the other benefits.', [C.s0207]),
  duplicate: reason('LSC-02-064', 'Same matter within 3 months and the LSCTL declines it: close as "duplicate referral".', [lsc('LSC-02-064')]),
  accept: reason('LSC-01-008', 'Accepted for Local Service Compliance.', [C.s0108]),
  credits: reason('LSC-02-050a', 'Credits only cases must be accepted for LSC activity if appropriate.', [C.s0250]),
  tfwa: reason('LSC-02-024', 'Training for Work Allowance cases are accepted by LSC although TfWA is not a benefit.', [C.s0224]),
  ma: reason('LSC-02-016', 'Working while claiming Maternity Allowance: LSC business; the DM decides under MA rules.', [C.s0216]),
  pension: reason('LSC-02-027', 'Pension Service referrals (incl. PM HST) get normal LSC action.', [C.s0227]),
  hst: reason('LSC-02-034', 'Appropriate HST referrals go to the LSC inbox and are treated like any other LSC case (with priority and the PM SPOC association).', [C.s0234, C.s0240]),
  customerCentric: reason('LSC-02-028', 'Customer Centric (formerly GMS) referral from DMS data matching: treat as intelligence only.', [C.s0228]),
  pastPeriod: reason('LSC-02-056', 'Past-period incorrectness with the current award already suspended: normal LSC action.', [C.s0256]),
};

const OUT_OF_SCOPE: readonly Benefit[] = ['DLA', 'AA', 'PIP'];
const PDCS_ONLY: readonly Benefit[] = ['DLA', 'AA'];

/**
 * Accepts or routes a referral: exactly one destination (ch.01 para 8; ch.02 paras 5–7, 16,
 * 22, 24, 27–28, 34–35, 40, 43–44, 50, 53–56, 58, 64; ch.03 paras 18–19). Precedence (first
 * that applies): IOP → return to sender; SPVA only → SPVA; live Incident/Case → its owner; staff
 * implicated → RAD SPOC / LSI if sensitive; IUC attended/commenced/undertaken → LSI; HST with
 * penalty information → LSI; Abroad Fraud not yet handed off → Abroad Fraud Inbox; DLA/AA only →
 * PDCS; duplicate declined by the LSCTL → close; LA category (no local agreement, not yet
 * refused by the LA) → offer to the LA; otherwise accept.
 *
 * @example
 * routeReferral({ source: 'IOP', receivedDate: '2026-03-02', benefits: ['JSA'] }).value.destination; // 'ReturnToSender'
 */
export function routeReferral(input: ReferralRoutingInput, options?: RuleOptions): Decision<ReferralRouting> {
  const policy = policyOf(options);
  const lscScope = input.benefits.filter((b) => !OUT_OF_SCOPE.includes(b));
  const to = (destination: ReferralDestination, reasons: readonly Reason[]) => decide<ReferralRouting>({ destination, lscScope }, reasons, policy.id);
  if (input.source === 'IOP') return to('ReturnToSender', [R.iop]);
  const dwp = input.benefits.length > 0;
  if ((input.source === 'SPVA' || input.spvaBenefitInPayment === true) && !dwp) return to('ReturnToSPVA', [R.spva]);
  if (input.liveIncidentOrCaseForSuspect === true) return to('ForwardToLiveCaseOwner', [R.live]);
  const reasons: Reason[] = [];
  if (input.memberOfStaffImplicated === true) {
    if (input.staffCaseCategory === undefined) return to('RouteToRADSPOC', [R.radSpoc]);
    if (input.staffCaseCategory === 'sensitive') return to('RouteToLocalServiceInvestigations', [R.sensitive]);
    reasons.push(R.nonSensitive);
  }
  if (iucBarsCompliance(input.iuc)) return to('RouteToLocalServiceInvestigations', [R.iucBar]);
  if (input.source === 'PMHST' && input.sufficientInformationForFraudPenalty === true) return to('RouteToLocalServiceInvestigations', [R.hstPenalty]);
  if (input.abroadFraudOffence === true) {
    if (input.handedOffByAbroadFraudInbox !== true && input.source !== 'AbroadFraudInbox') return to('RouteToAbroadFraudInbox', [R.abroad]);
    reasons.push(R.abroadHandedOff);
  }
  if (dwp && input.benefits.every((b) => PDCS_ONLY.includes(b))) return to('ReturnToPDCS', [R.pdcs]);
  if (input.duplicate !== undefined && input.duplicate.lsctlDeclines) {
    const d = decideDuplicateReferral({ earlierCaseReceivedDate: input.duplicate.earlierCaseReceivedDate, newCaseReceivedDate: input.receivedDate, sameMatter: input.duplicate.sameMatter }, options);
    if (d.value.lsctlMayDecline) return to('CloseAsDuplicate', [R.duplicate]);
    reasons.push(...d.reasons);
  }
  if (input.localAuthorityDidNotTakeCase !== true) {
    const la = decideLocalAuthorityOffer(
      { category: input.localAuthorityCategory, benefits: input.benefits, severeDisabilityPremiumInPayment: input.severeDisabilityPremiumInPayment, localAgreementNotToOffer: input.localAgreementNotToOfferToLocalAuthority },
      options,
    );
    if (la.value) return to('OfferToLocalAuthority', [...reasons, ...la.reasons]);
    if (input.localAuthorityCategory !== undefined) reasons.push(...la.reasons);
  }
  reasons.push(R.accept);
  if (input.spvaBenefitInPayment === true || input.source === 'SPVA') reasons.push(R.spvaAndDwp);
  if (lscScope.length < input.benefits.length) reasons.push(R.scope);
  if (input.benefits.length > 0 && input.benefits.every((b) => b === 'Credits')) reasons.push(R.credits);
  if (input.benefits.includes('TfWA')) reasons.push(R.tfwa);
  if (input.workingWhileOnMaternityAllowance === true) reasons.push(R.ma);
  if (input.source === 'PensionService' || input.benefits.includes('PC')) reasons.push(R.pension);
  if (input.source === 'PMHST') reasons.push(R.hst);
  if (input.source === 'CustomerCentric') reasons.push(R.customerCentric);
  if (input.pastPeriodWithAwardSuspended === true) reasons.push(R.pastPeriod);
  return to('AcceptForLocalServiceCompliance', reasons);
}

export const referralRoutingRule = defineRule({
  name: 'routeReferral',
  domain: 'compliance',
  title: 'Acceptance and routing of a referral',
  ids: [
    'LSC-01-008', 'LSC-02-005', 'LSC-02-006', 'LSC-02-007', 'LSC-02-016', 'LSC-02-022', 'LSC-02-024', 'LSC-02-027', 'LSC-02-028',
    'LSC-02-034', 'LSC-02-035', 'LSC-02-040', 'LSC-02-043', 'LSC-02-044', 'LSC-02-050a', 'LSC-02-053', 'LSC-02-054', 'LSC-02-055',
    'LSC-02-056', 'LSC-02-058', 'LSC-02-064', 'LSC-03-018', 'LSC-03-019',
  ],
  citations: Object.values(C),
  input: referralRoutingInputSchema,
  evaluate: routeReferral,
});
