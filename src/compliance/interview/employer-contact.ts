import { z } from 'zod';
import { reason, type Reason } from '../../core/reason.js';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { defineRule } from '../../core/registry.js';
import { foiFact } from '../../foi/cite-foi.js';
import { lsc } from '../common/cite-lsc.js';

/**
 * GMS earnings rules whose named employer may be contacted without the claimant's consent
 * (ch.06 para 29, closed list).
 *
 * @example
 * GMS_EARNINGS_RULES_EMPLOYER_CONTACT.includes('JSPX005'); // true
 */
export const GMS_EARNINGS_RULES_EMPLOYER_CONTACT = Object.freeze([
  'ISPX010', 'ISPX012', 'JSPX005', 'JSPX006', 'JSPX008', 'JSPX009', 'JSPX010', 'JSPX011', 'JSPX012',
] as const);

/**
 * The grounds on which the LSCO may contact an employer without consent, once the claimant has
 * been interviewed or the CCEL1 issued (ch.06 para 29). The GMS ground is derived from the
 * referral's rule code (`gmsEarningsReferral`), not listed here.
 *
 * @example
 * EMPLOYER_CONTACT_GROUNDS[0]; // 'earnings-admitted-employer-named'
 */
export const EMPLOYER_CONTACT_GROUNDS = Object.freeze([
  'earnings-admitted-employer-named',
  'claimant-denies-working-for-named-employer',
  'claimant-refuses-to-provide-information',
  'claimant-unable-to-provide-information',
  'claimant-fails-to-respond-to-CCEL1',
] as const);
/** One of {@link EMPLOYER_CONTACT_GROUNDS}. */
export type EmployerContactGround = (typeof EMPLOYER_CONTACT_GROUNDS)[number];

/** The answer of {@link decideEmployerContact}. */
export type EmployerContactPermission =
  | 'forbidden'
  | 'refer-back-to-LSI-for-EQ1'
  | 'permitted-with-consent'
  | 'permitted-without-consent'
  | 'consent-required';

/** Input of {@link decideEmployerContact}. */
export const employerContactPermissionInputSchema = z.object({
  /** The claimant has been interviewed. */
  claimantInterviewed: z.boolean(),
  /** The CCEL1 (earnings enquiry letter to the claimant) has been issued. */
  ccel1Issued: z.boolean(),
  /** The case appears suitable for referral to Local Service Investigations. */
  appearsSuitableForLSI: z.boolean(),
  /** Grounds of ch.06 para 29 that hold. */
  grounds: z.array(z.enum(EMPLOYER_CONTACT_GROUNDS)).default([]),
  /** A GMS earnings referral naming the employer: its rule and where LSC received it from. */
  gmsEarningsReferral: z.object({ ruleCode: z.string().min(1), receivedFrom: z.enum(['direct', 'LSI']) }).optional(),
  /** The employer has already been contacted (ch.06 para 30). */
  employerAlreadyContacted: z.boolean().default(false),
  /** Consent on the MF47 (ch.04 para 56): signed, declares work, written authority to contact the employer. */
  consent: z.object({ mf47Signed: z.boolean(), mf47DeclaresWork: z.boolean(), writtenAuthority: z.boolean() }).optional(),
  /**
   * The claimant refused permission to contact the employer. A bar under an edition whose
   * `employerContactRegime` is `'permission-at-interview-only'` (FOI-07c); in 2015 a refusal is
   * not a bar (ch.04 para 56 → para 29 grounds decide).
   */
  claimantRefusedPermission: z.boolean().optional(),
  /** Permission to contact the employer was given at the interview, in any form (FOI-07b). */
  permissionGivenAtInterview: z.boolean().optional(),
});
export type EmployerContactPermissionInput = z.input<typeof employerContactPermissionInputSchema>;

/** Value of the employer-contact decision. */
export interface EmployerContactDecision {
  readonly permission: EmployerContactPermission;
  /** True for `permitted-with-consent` and `permitted-without-consent`. */
  readonly mayContact: boolean;
}

const C028 = lsc('LSC-06-028');
const C029 = lsc('LSC-06-029');
const C030 = lsc('LSC-06-030');
const C056 = lsc('LSC-04-056');
const C03_023 = lsc('LSC-03-023');
const C03_083 = lsc('LSC-03-083');

const R_LSI: Reason = reason('LSC-06-028', 'Must not contact the employer: the case appears suitable for referral to Local Service Investigations.', [C028]);
const R_BEFORE: Reason = reason('LSC-06-028', 'Must not contact the employer before interviewing the claimant or issuing the CCEL1.', [C028, C03_083, C03_023]);
const R_EQ1: Reason = reason('LSC-06-030', 'GMS earnings case from Local Service Investigations under a rule not listed in para 29, employer not contacted: refer it back to LSI so that an EQ1 can be obtained.', [C030]);
const R_CONSENT: Reason = reason('LSC-04-056', 'The claimant has signed an MF47 declaring work and given written authority to contact the employer.', [C056]);
const R_GROUND: Reason = reason('LSC-06-029', 'After the interview or CCEL1, a ground of para 29 holds (earnings admitted and employer named, denial, refusal, inability, no CCEL1 response): the employer may be contacted without consent.', [C029]);
const R_GMS: Reason = reason('LSC-06-029', 'The employer is named in a GMS earnings referral under a listed rule (ISPX010/012, JSPX005/006/008/009/010/011/012): it may be contacted without consent.', [C029]);
const R_NEED: Reason = reason('LSC-06-029', 'No ground for contact without consent: the claimant\'s written consent on a signed MF47 is needed.', [C029, C056]);

// The FOI-era regime (employerContactRegime 'permission-at-interview-only', FOI-07b–d).
const F07B = foiFact('FOI-07b');
const R_FOI_REFUSED: Reason = reason('FOI-07c', 'The claimant refused permission: the employer must not be contacted.', [foiFact('FOI-07c')]);
const R_FOI_DENIED: Reason = reason('FOI-07d', 'The claimant denies working for the employer: the employer must not be contacted.', [foiFact('FOI-07d')]);
const R_FOI_BEFORE: Reason = reason('FOI-07b', 'Permission to contact the employer must be obtained at the interview: not before the claimant is interviewed.', [F07B]);
const R_FOI_PERMITTED: Reason = reason('FOI-07b', 'Permission to contact the employer was given at the interview.', [F07B]);
const R_FOI_NEED: Reason = reason('FOI-07b', 'No permission given at the interview: the employer may not be contacted (no ground allows contact without consent).', [F07B]);

function isListedGmsRule(code: string): boolean {
  return (GMS_EARNINGS_RULES_EMPLOYER_CONTACT as readonly string[]).includes(code.trim().toUpperCase());
}

/**
 * May the LSCO contact the claimant's employer? Never where the case looks suitable for LSI,
 * nor before interviewing the claimant or issuing the CCEL1 (ch.06 para 28, ch.03 paras 23 and
 * 83); a GMS earnings case from LSI under an unlisted rule goes back to LSI for an EQ1 (para
 * 30); with written consent on a signed MF47 declaring work (ch.04 para 56); without consent on
 * a para 29 ground or a listed GMS earnings rule; otherwise consent is required. Under an edition
 * whose `employerContactRegime` is `'permission-at-interview-only'` (FOI-era, FOI-07b–d): barred
 * after a refusal of permission or a denial of working for the employer, and otherwise allowed
 * only with permission given at the interview (no ground for contact without consent).
 *
 * @example
 * decideEmployerContact({ claimantInterviewed: true, ccel1Issued: false, appearsSuitableForLSI: false,
 *   grounds: ['earnings-admitted-employer-named'] }).value.permission; // 'permitted-without-consent'
 */
export function decideEmployerContact(input: EmployerContactPermissionInput, options?: RuleOptions): Decision<EmployerContactDecision> {
  const policy = policyOf(options);
  const out = (permission: EmployerContactPermission, reasons: readonly Reason[]) =>
    decide({ permission, mayContact: permission === 'permitted-with-consent' || permission === 'permitted-without-consent' }, reasons, policy.id);

  if (input.appearsSuitableForLSI) return out('forbidden', [R_LSI]);
  if (policy.complianceInterview.employerContactRegime.value === 'permission-at-interview-only') {
    if (input.claimantRefusedPermission === true) return out('forbidden', [R_FOI_REFUSED]);
    if ((input.grounds ?? []).includes('claimant-denies-working-for-named-employer')) return out('forbidden', [R_FOI_DENIED]);
    if (!input.claimantInterviewed) return out('forbidden', [R_FOI_BEFORE]);
    const k = input.consent;
    const given = input.permissionGivenAtInterview === true || (k !== undefined && k.mf47Signed && k.writtenAuthority);
    return given ? out('permitted-with-consent', [R_FOI_PERMITTED]) : out('consent-required', [R_FOI_NEED]);
  }
  const gms = input.gmsEarningsReferral;
  const gmsListed = gms !== undefined && isListedGmsRule(gms.ruleCode);
  if (gms !== undefined && gms.receivedFrom === 'LSI' && !gmsListed && !(input.employerAlreadyContacted ?? false)) {
    return out('refer-back-to-LSI-for-EQ1', [R_EQ1]);
  }
  if (!input.claimantInterviewed && !input.ccel1Issued) return out('forbidden', [R_BEFORE]);
  const c = input.consent;
  if (c !== undefined && c.mf47Signed && c.mf47DeclaresWork && c.writtenAuthority) return out('permitted-with-consent', [R_CONSENT]);
  if ((input.grounds ?? []).length > 0) return out('permitted-without-consent', [R_GROUND]);
  if (gmsListed) return out('permitted-without-consent', [R_GMS]);
  return out('consent-required', [R_NEED]);
}

/** Registry entry of {@link decideEmployerContact}. */
export const employerContactPermissionRule = defineRule({
  name: 'decideEmployerContact',
  domain: 'compliance',
  title: 'Employer-contact permission',
  ids: ['LSC-06-028', 'LSC-06-029', 'LSC-06-030', 'LSC-04-056'],
  citations: [C028, C029, C030, C056],
  input: employerContactPermissionInputSchema,
  evaluate: decideEmployerContact,
});
