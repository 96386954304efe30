import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';
import { RISK_TYPES } from './vocabulary.js';

const C = {
  s0220: lsc('LSC-02-020'),
  s0221: lsc('LSC-02-021'),
  s0229: lsc('LSC-02-029'),
  s0265: lsc('LSC-02-065'),
  s003: lsc('LSC-03-003'),
  s021: lsc('LSC-03-021'),
  s022: lsc('LSC-03-022'),
  s024: lsc('LSC-03-024'),
  s033a: lsc('LSC-03-033a'),
  s039: lsc('LSC-03-039'),
};

/** Input of {@link decideComplianceStillAppropriate}. */
export const complianceStillAppropriateInputSchema = z.object({
  inReceiptOfBenefit: z.boolean(),
  /** The ch.07 abandonment criteria are met. */
  abandonmentCriteriaMet: z.boolean().optional(),
  /** The alleged change was already reported to and dealt with by the Benefit Centre. */
  changeAlreadyReportedAndDealtWith: z.boolean().optional(),
  /** The LSCO's judgement that LSC activity is still appropriate (e.g. contact would reinforce responsibilities). */
  lscStillAppropriate: z.boolean().optional(),
  /** Child-not-in-household allegation: whether a DWP benefit is paid because of the child. */
  childNotInHousehold: z.enum(['BenefitPaidForChild', 'NoBenefitForChild']).optional(),
  /** The referral's risk type: Risk A is a new claim not yet in payment (ch.03 para 39). */
  riskType: z.enum(RISK_TYPES).optional(),
  /** Risk A: the claimant wishes to pursue entitlement. Default true. */
  claimantWishesToPursueEntitlement: z.boolean().optional(),
});
export type ComplianceStillAppropriateInput = z.input<typeof complianceStillAppropriateInputSchema>;

/** Result of {@link decideComplianceStillAppropriate}. */
export interface ComplianceStillAppropriate {
  readonly next: 'Continue' | 'IssueCcel1' | 'CloseNoLongerAppropriate' | 'CloseClearedBeforeReceivingCase' | 'ChildDependencyExceptionRouting';
  /** Closing steps (no longer appropriate): outcome, note for a re-claim, documents filed or sent as NAP to Heywood DMC. */
  readonly closureSteps: readonly string[];
  /** Extra task: ascertain whether the claimant is required to sign on. */
  readonly checkSignOnRequirement: boolean;
}

const CLOSURE_STEPS = Object.freeze([
  'Record the outcome on FRAIMS using one of the available categories',
  'Note the benefit payment system for action if the claimant re-claims',
  'File the documents locally as supporting documents, or send them as Non Associated Post (NAP) to the benefit parent file at Heywood DMC',
]);

const R = {
  cleared: reason('LSC-03-003', "The change was already reported and dealt with by the BC: close with Outcome Result 'Cleared before receiving case' (docs/interpretations.md).", [C.s003]),
  childRouting: reason('LSC-02-020', 'A DWP benefit is paid for a child said to have left the household: FRAIMS Child Dependency Exception Routing.', [C.s0220]),
  childSignOn: reason('LSC-02-021', 'No DWP benefit is paid for the child: the case is not closed on that ground; ascertain whether the claimant is required to sign on.', [C.s0221]),
  consider: reason('LSC-03-021', 'Not in receipt of benefit, or abandonment criteria met: consider whether LSC activity is still appropriate.', [C.s021]),
  riskA: reason('LSC-03-039', 'Risk A: the claim is not yet in payment, and the claimant pursuing entitlement must be interviewed face to face, not sent a CCEL1: continue LSC action.', [C.s039]),
  ccel1: reason('LSC-03-024', 'Not in receipt of benefit but LSC activity still appropriate: issue the CCEL1/CCEL1W.', [C.s024, C.s022]),
  stillInReceipt: reason('LSC-03-021', 'Abandonment criteria met but LSC activity still appropriate: continue.', [C.s021, C.s022]),
  close: reason('LSC-03-033a', 'LSC activity is no longer appropriate: record the outcome, note the benefit system, file the documents; the LSCTL closes the case.', [C.s033a, C.s0265]),
  cont: reason('LSC-03-021', 'In receipt of benefit and no abandonment criteria met: continue LSC action.', [C.s021]),
};

/**
 * Is LSC activity still appropriate after the initial checks (ch.02 paras 20–21, 65; ch.03
 * paras 3, 21–22, 24, 33)? Already reported → 'Cleared before receiving case'; not in receipt
 * or abandonment criteria met → CCEL1 / continue if still appropriate, else close with the
 * three closing steps; child-not-in-household cases per paras 20–21. A Risk A claim (not yet in
 * payment) whose claimant pursues entitlement continues to a face-to-face interview, never the
 * CCEL1 (ch.03 para 39).
 *
 * @example
 * decideComplianceStillAppropriate({ inReceiptOfBenefit: false, lscStillAppropriate: true }).value.next; // 'IssueCcel1'
 */
export function decideComplianceStillAppropriate(input: ComplianceStillAppropriateInput, options?: RuleOptions): Decision<ComplianceStillAppropriate> {
  const policy = policyOf(options);
  const out = (next: ComplianceStillAppropriate['next'], reasons: Reason[], closureSteps: readonly string[] = [], checkSignOnRequirement = false) =>
    decide<ComplianceStillAppropriate>({ next, closureSteps, checkSignOnRequirement }, reasons, policy.id);
  if (input.changeAlreadyReportedAndDealtWith === true) return out('CloseClearedBeforeReceivingCase', [R.cleared]);
  if (input.childNotInHousehold === 'BenefitPaidForChild') return out('ChildDependencyExceptionRouting', [R.childRouting]);
  const signOn = input.childNotInHousehold === 'NoBenefitForChild';
  const extra = signOn ? [R.childSignOn] : [];
  if (!input.inReceiptOfBenefit || input.abandonmentCriteriaMet === true) {
    if (input.lscStillAppropriate === false) return out('CloseNoLongerAppropriate', [R.consider, R.close], CLOSURE_STEPS);
    if (!input.inReceiptOfBenefit) {
      if (input.riskType === 'A' && input.claimantWishesToPursueEntitlement !== false) return out('Continue', [R.consider, R.riskA, ...extra], [], signOn);
      return out('IssueCcel1', [R.consider, R.ccel1, ...extra], [], signOn);
    }
    return out('Continue', [R.consider, R.stillInReceipt, ...extra], [], signOn);
  }
  return out('Continue', [R.cont, ...extra], [], signOn);
}
export const complianceStillAppropriateRule = defineRule({
  name: 'decideComplianceStillAppropriate', domain: 'compliance', title: 'Is LSC activity still appropriate',
  ids: ['LSC-02-020', 'LSC-02-021', 'LSC-02-065', 'LSC-03-003', 'LSC-03-021', 'LSC-03-022', 'LSC-03-024', 'LSC-03-033a', 'LSC-03-039'],
  citations: Object.values(C).filter((c) => c.id !== 'LSC-02-029'), input: complianceStillAppropriateInputSchema, evaluate: decideComplianceStillAppropriate,
});

/** Input of {@link mayApproachCustomerCentricClaimant}. */
export const customerCentricApproachInputSchema = z.object({
  /** All Departmental systems checked: the matched person is the claimant. */
  matchedPersonIsClaimant: z.boolean(),
  /** The personal details of the match are verified. */
  personalDetailsVerified: z.boolean(),
  /** Departmental systems give a reasonable indication that incorrectness exists. */
  incorrectnessIndicated: z.boolean(),
});
export type CustomerCentricApproachInput = z.input<typeof customerCentricApproachInputSchema>;

const R_CC_OK = reason('LSC-02-029', 'The matched person is the claimant, the details are verified and incorrectness is indicated: the claimant may be approached (the referral remains intelligence only).', [C.s0229]);
const R_CC_NO = reason('LSC-02-029', 'Customer Centric referrals are intelligence only: before any approach, confirm the matched person is the claimant, verify the details and ascertain incorrectness.', [C.s0229]);

/**
 * May the claimant be approached on a Customer Centric referral (ch.02 para 29)?
 *
 * @example
 * mayApproachCustomerCentricClaimant({ matchedPersonIsClaimant: true, personalDetailsVerified: true, incorrectnessIndicated: false }).value; // false
 */
export function mayApproachCustomerCentricClaimant(input: CustomerCentricApproachInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const ok = input.matchedPersonIsClaimant && input.personalDetailsVerified && input.incorrectnessIndicated;
  return decide(ok, [ok ? R_CC_OK : R_CC_NO], policy.id);
}
export const customerCentricApproachRule = defineRule({
  name: 'mayApproachCustomerCentricClaimant', domain: 'compliance', title: 'Customer Centric: approach the claimant',
  ids: ['LSC-02-029'], citations: [C.s0229], input: customerCentricApproachInputSchema, evaluate: mayApproachCustomerCentricClaimant,
});
