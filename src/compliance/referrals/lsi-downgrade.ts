import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';
import { BENEFITS, type Benefit } from '../common/benefits.js';
import { lsc } from '../common/cite-lsc.js';

const C003 = lsc('LSC-02-003');
const C004 = lsc('LSC-02-004');
const C005 = lsc('LSC-02-005');
const C006 = lsc('LSC-02-006');
const C007 = lsc('LSC-02-007');
const C024 = lsc('LSC-02-024');
const C036 = lsc('LSC-02-036');
const C319 = lsc('LSC-03-019');

/** The grounds on which LSI may refer a case to LSC (ch.02 para 4), any one suffices. */
export const LSI_DOWNGRADE_GROUNDS = Object.freeze(['OverpaymentUnder2000', 'InsufficientEvidence', 'HealthOfSuspectOrPartner'] as const);
/** One of {@link LSI_DOWNGRADE_GROUNDS}. */
export type LsiDowngradeGround = (typeof LSI_DOWNGRADE_GROUNDS)[number];

/** The state of an Interview Under Caution on the LSI case. */
export const iucStateSchema = z.object({
  /** The claimant was notified of (invited to) an IUC. */
  notified: z.boolean().optional(),
  /** The claimant was invited and failed to attend. */
  failedToAttend: z.boolean().optional(),
  /** The claimant attended for an IUC (even if it never started). */
  attended: z.boolean().optional(),
  commenced: z.boolean().optional(),
  undertaken: z.boolean().optional(),
});
export type IucState = z.input<typeof iucStateSchema>;

/** True when the claimant attended for, or an officer commenced or undertook, an IUC (LSC-02-005). */
export function iucBarsCompliance(iuc: IucState | undefined): boolean {
  return iuc !== undefined && (iuc.attended === true || iuc.commenced === true || iuc.undertaken === true);
}

/** Input of {@link decideLsiDowngrade}. */
export const lsiDowngradeInputSchema = z.object({
  /** Benefits in payment. */
  benefits: z.array(z.enum(BENEFITS)),
  /** It has been decided that prosecution will not be appropriate. */
  prosecutionNotAppropriate: z.boolean(),
  iuc: iucStateSchema.optional(),
  /** Performance Measurement – High Suspicion Tracking case. */
  hstCase: z.boolean().optional(),
  /** HST: a fraud penalty is the likely outcome. */
  fraudPenaltyLikely: z.boolean().optional(),
  estimatedOverpaymentPence: nonNegativePenceSchema.optional(),
  insufficientEvidenceForProsecution: z.boolean().optional(),
  /** The investigator is of the opinion that health makes prosecution or a penalty undesirable. */
  investigatorHealthOpinion: z.boolean().optional(),
  /** The Investigations Team Leader is of the same opinion. */
  teamLeaderHealthOpinion: z.boolean().optional(),
  /** RAD SPOC categorised the case as sensitive (member of staff implicated). */
  sensitiveStaffCase: z.boolean().optional(),
});
export type LsiDowngradeInput = z.input<typeof lsiDowngradeInputSchema>;

/** Result of {@link decideLsiDowngrade}. */
export interface LsiDowngradeDecision {
  /** May LSI refer the case to LSC? */
  readonly permitted: boolean;
  /** Where the case goes. */
  readonly destination: 'LocalServiceCompliance' | 'LocalServiceInvestigations' | 'PDCS';
  /** The para 4 grounds met (alternatives). */
  readonly grounds: readonly LsiDowngradeGround[];
  /** True when permitted but no para 4 ground is recorded (a warning, not a bar). */
  readonly noGroundRecorded: boolean;
  /** Benefits LSC deals with: all in payment except DLA, AA and PIP. */
  readonly lscScope: readonly Benefit[];
}

const R_IUC_BAR = reason('LSC-02-005', 'The claimant attended for an IUC, or an IUC was commenced or undertaken: never refer for Compliance action; LSI progress the case to completion.', [C005]);
const R_SENSITIVE = reason('LSC-03-019', 'Sensitive (staff) cases go to LSI and are not downgraded to Local Service Compliance.', [C319]);
const R_PDCS = reason('LSC-02-006', 'Only DLA/AA in payment: not downgraded to LSC but returned directly to the Pension, Disability and Carers Service.', [C006]);
const R_HST_NOTIFIED = reason('LSC-02-036', 'HST case: the IUC has been notified, so it is too late to route the case to LSC.', [C036]);
const R_HST_PENALTY = reason('LSC-02-036', 'HST case: a fraud penalty is still the likely outcome, so it stays with LSI.', [C036]);
const R_HST_OK = reason('LSC-02-036', 'HST case: before notification of the IUC it became clear a fraud penalty is not the likely outcome: LSI route it to LSC.', [C036]);
const R_PROSECUTION = reason('LSC-02-003', 'Prosecution has not been decided to be inappropriate: the case stays with LSI.', [C003]);
const R_DOWNGRADE = reason('LSC-02-003', 'Prosecution is not appropriate and no IUC has been attended or undertaken (or the claimant failed to attend it): LSI may refer to LSC.', [C003]);
const R_G_OVERPAYMENT = reason('LSC-02-004', 'Ground: the overpayment is estimated to be under £2000.00 (other factors may still make prosecution appropriate).', [C004]);
const R_G_EVIDENCE = reason('LSC-02-004', 'Ground: insufficient evidence to support a prosecution.', [C004]);
const R_G_HEALTH = reason('LSC-02-004', 'Ground: the investigator and the Investigations Team Leader both consider the health of the suspect or partner makes prosecution or a penalty undesirable.', [C004]);
const R_NO_GROUND = reason('LSC-02-004', 'Warning: none of the para 4 grounds (overpayment under £2000.00, insufficient evidence, health) is recorded.', [C004]);
const R_SCOPE = reason('LSC-02-007', 'DLA/AA in payment with another benefit: LSC deals only with the non-DLA/AA element.', [C007]);
const R_TFWA = reason('LSC-02-024', 'Training for Work Allowance is not a benefit, but downgraded TfWA cases are accepted by LSC.', [C024]);

const PDCS_ONLY: readonly Benefit[] = ['DLA', 'AA'];
const OUT_OF_SCOPE: readonly Benefit[] = ['DLA', 'AA', 'PIP'];

/**
 * May Local Service Investigations refer (downgrade) a case to LSC, and on which grounds?
 * (ch.02 paras 3–7, 24, 36; ch.03 para 19). Bars first: IUC attended/commenced/undertaken
 * (para 5), sensitive staff case (ch.03 para 19), DLA/AA only → PDCS (para 6); HST cases only
 * before IUC notification and when a penalty is not likely (para 36); otherwise when
 * prosecution is not appropriate (para 3). Grounds of para 4 are alternatives; none → warning.
 *
 * @example
 * decideLsiDowngrade({ benefits: ['JSA'], prosecutionNotAppropriate: true, estimatedOverpaymentPence: 199999 }).value.grounds;
 * // ['OverpaymentUnder2000']
 */
export function decideLsiDowngrade(input: LsiDowngradeInput, options?: RuleOptions): Decision<LsiDowngradeDecision> {
  const policy = policyOf(options);
  const p = policy.complianceReferrals;
  const lscScope = input.benefits.filter((b) => !OUT_OF_SCOPE.includes(b));
  const refuse = (destination: LsiDowngradeDecision['destination'], why: Reason) =>
    decide<LsiDowngradeDecision>({ permitted: false, destination, grounds: [], noGroundRecorded: false, lscScope }, [why], policy.id);
  if (iucBarsCompliance(input.iuc)) return refuse('LocalServiceInvestigations', R_IUC_BAR);
  if (input.sensitiveStaffCase === true) return refuse('LocalServiceInvestigations', R_SENSITIVE);
  if (input.benefits.length > 0 && input.benefits.every((b) => PDCS_ONLY.includes(b))) return refuse('PDCS', R_PDCS);
  const reasons: Reason[] = [];
  if (input.hstCase === true) {
    if (input.iuc?.notified === true) return refuse('LocalServiceInvestigations', R_HST_NOTIFIED);
    if (input.fraudPenaltyLikely !== false) return refuse('LocalServiceInvestigations', R_HST_PENALTY);
    reasons.push(R_HST_OK);
  } else {
    if (!input.prosecutionNotAppropriate) return refuse('LocalServiceInvestigations', R_PROSECUTION);
    reasons.push(R_DOWNGRADE);
  }
  const grounds: LsiDowngradeGround[] = [];
  if (input.estimatedOverpaymentPence !== undefined && input.estimatedOverpaymentPence < p.lsiDowngradeOverpaymentUnderPence.value) {
    grounds.push('OverpaymentUnder2000');
    reasons.push(R_G_OVERPAYMENT);
  }
  if (input.insufficientEvidenceForProsecution === true) {
    grounds.push('InsufficientEvidence');
    reasons.push(R_G_EVIDENCE);
  }
  if (input.investigatorHealthOpinion === true && input.teamLeaderHealthOpinion === true) {
    grounds.push('HealthOfSuspectOrPartner');
    reasons.push(R_G_HEALTH);
  }
  if (grounds.length === 0) reasons.push(R_NO_GROUND);
  if (lscScope.length < input.benefits.length) reasons.push(R_SCOPE);
  if (input.benefits.includes('TfWA')) reasons.push(R_TFWA);
  return decide<LsiDowngradeDecision>(
    { permitted: true, destination: 'LocalServiceCompliance', grounds, noGroundRecorded: grounds.length === 0, lscScope },
    reasons,
    policy.id,
  );
}

export const lsiDowngradeRule = defineRule({
  name: 'decideLsiDowngrade',
  domain: 'compliance',
  title: 'LSI downgrade to Local Service Compliance',
  ids: ['LSC-02-003', 'LSC-02-004', 'LSC-02-005', 'LSC-02-006', 'LSC-02-007', 'LSC-02-024', 'LSC-02-036', 'LSC-03-019'],
  citations: [C003, C004, C005, C006, C007, C024, C036, C319],
  input: lsiDowngradeInputSchema,
  evaluate: decideLsiDowngrade,
});
