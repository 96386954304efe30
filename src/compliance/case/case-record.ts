import { z } from 'zod';
import { isoDateSchema } from '../../core/schemas.js';
import { benefitSchema } from '../interview/types.js';
import { employerContactPermissionInputSchema } from '../interview/employer-contact.js';
import { evidenceDeadlineInputSchema, receivedNotBeforeRequest } from '../interview/evidence-deadline.js';
import { newOrSubstantialInputSchema } from '../interview/new-or-substantial.js';
import { assessOutcomeInputSchema } from '../outcomes/assess-outcome.js';
import { causalLinkInputSchema } from '../outcomes/causal-link.js';
import { outcomeCaseRecordSchema } from '../outcomes/case-record.js';
import { appointmentWindowInputSchema } from '../referrals/appointment-notice.js';
import { referralRiskFactsSchema } from '../referrals/risk-classification.js';
import { referralRoutingInputSchema } from '../referrals/referral-routing.js';
import { RISK_TYPES } from '../referrals/vocabulary.js';
import { clearanceInputSchema } from '../outcomes/checks.js';

// A case record gathers every fact known about one compliance case. Each fact is asked once:
// facts that several rules read (the Risk Type, the pre-payment stage, the interviews) are
// derived by assessCase and handed to each rule. Every section and field is optional: an
// unknown fact makes the decisions that need it "missing", never invalid.

const risk = referralRiskFactsSchema.shape;
const routing = referralRoutingInputSchema.shape;

/** The referral: its source and receipt, the facts of the FRF and of the claim (ch.01–03). */
export const caseReferralSchema = z.object({
  source: routing.source.optional(),
  /** The day LSC received the case (day 0 of the 15-working-day clearance and of a prepayment interview). */
  receivedOn: isoDateSchema.optional(),
  /** PM HST referrals: the date of the PM FRF referral (9-week clearance target, ch.02 para 37). */
  pmFrfReferralDate: isoDateSchema.optional(),
  claimStage: risk.claimStage.optional(),
  dateOfClaim: isoDateSchema.optional(),
  otherPersonDeclaredInHousehold: risk.otherPersonDeclaredInHousehold,
  possibleLtamc: risk.possibleLtamc,
  declaredSeparationDate: risk.declaredSeparationDate,
  declaredPreviouslySelfEmployed: risk.declaredPreviouslySelfEmployed,
  wfiSanctionDays: risk.wfiSanctionDays,
  authorisedByFraudAndErrorBusiness: risk.authorisedByFraudAndErrorBusiness,
  partnerTeamReferral: risk.partnerTeamReferral,
  otherRiskReferral: risk.otherRiskReferral,
  /** The Risk Type recorded on the FRF; when absent it is classified from the facts above. */
  riskType: z.enum(RISK_TYPES).optional(),
  /** The allegation on the original FRF (the causal link needs LTAMC or Risk A–C, ch.07 para 32). */
  allegation: z.enum(['LTAMC', 'other']).optional(),
  /** The FRF's offence type (e.g. 'LTAMC'), against which new information is judged (ch.05 para 7). */
  offenceType: z.string().min(1).max(200).optional(),
  /** The day a Risk C/D review was held (checked against the 2–3 month window, ch.02 para 2). */
  riskReviewHeldOn: isoDateSchema.optional(),
  /** The routing facts of ch.01–03 other than source, receipt and benefits (see routeReferral). */
  routing: referralRoutingInputSchema.omit({ source: true, receivedDate: true, benefits: true }).optional(),
});

const appointment = appointmentWindowInputSchema.shape;

/** The notification of the first interview and its appointment (ch.03 paras 50–103, ch.10 para 3). */
export const caseAppointmentSchema = z.object({
  /** The day the claimant was notified of the first interview (letter issued or call made). */
  notifiedOn: isoDateSchema.optional(),
  /** The appointment date given. */
  appointmentDate: isoDateSchema.optional(),
  arrangement: appointment.arrangement,
  abroad: appointment.abroad,
  identityEstablished: appointment.identityEstablished,
  claimantAvailableWithDocuments: appointment.claimantAvailableWithDocuments,
  fortnightlyJobsearchReviewDates: appointment.fortnightlyJobsearchReviewDates,
  /** Working days spent with Decision Makers or Debt Management, not counted in the clearance (ch.10 para 3). */
  excludedWorkingDays: clearanceInputSchema.shape.excludedWorkingDays.optional(),
});

/** One interview held with the claimant. */
export const caseInterviewSchema = z.object({ date: isoDateSchema, faceToFace: z.boolean() });

/** An un-notified visit under consideration: the facts not derived from the referral (ch.03 paras 66–67). */
export const caseUnNotifiedVisitSchema = z.object({
  identifiedAtGateway: z.boolean().optional(),
  financialAssessorToldClaimant: z.boolean().optional(),
  justificationDocumentedBeforeVisit: z.boolean().optional(),
});

const employer = employerContactPermissionInputSchema.shape;
/** Contact with the claimant's employer under consideration (ch.04 para 56, ch.06 paras 28–30). */
export const caseEmployerContactSchema = z.object({
  ccel1Issued: employer.ccel1Issued.optional(),
  appearsSuitableForLSI: employer.appearsSuitableForLSI.optional(),
  grounds: employer.grounds,
  gmsEarningsReferral: employer.gmsEarningsReferral,
  employerAlreadyContacted: employer.employerAlreadyContacted,
  consent: employer.consent,
  claimantRefusedPermission: employer.claimantRefusedPermission,
  permissionGivenAtInterview: employer.permissionGivenAtInterview,
});

const info = newOrSubstantialInputSchema.shape;
/** Information that came to light before or at the interview (ch.05); the referral's offence type is `referral.offenceType`. */
export const caseNewInformationSchema = z.object({
  receivedAt: info.receivedAt.optional(),
  informationOffenceType: info.informationOffenceType.optional(),
  groundsForNewReferral: info.groundsForNewReferral.optional(),
  fraudPenaltyPotential: info.fraudPenaltyPotential.optional(),
  customerCentricRuleCode: info.customerCentricRuleCode,
  capitalAccounts: info.capitalAccounts,
  castsDoubtOn: info.castsDoubtOn,
});

/** A request for evidence or information made to the claimant (ch.04 paras 53–58, 78–80; ch.06 paras 26, 31, 39). */
const { asOf: _asOf, ...evidenceRequestShape } = evidenceDeadlineInputSchema.shape;
export const caseEvidenceRequestSchema = z
  .object(evidenceRequestShape)
  .refine(receivedNotBeforeRequest, { message: 'receivedDate is before the request', path: ['receivedDate'] });

/** The claimant's statements (ch.04, ch.07 para 33). */
export const caseStatementsSchema = z.object({
  /** A written statement (MF47) denying living together was obtained. */
  writtenDenialOfLivingTogether: z.boolean().optional(),
});

/**
 * Everything known about one Local Service Compliance case: the referral, the benefits in
 * payment, the first-interview notification and appointment, the interviews, statements,
 * evidence requests, the questions under consideration (un-notified visit, employer contact,
 * new information), the claimant's notification after the interview, what the LSC activity found
 * (`findings`) and the FRAIMS record (`record`: outcome fields, MVA and OP/UP lines, closure facts,
 * integrity analysis). Every section and field is optional; `assessCase` reports the facts a
 * decision still needs. Dates are `YYYY-MM-DD`, money integer pence.
 *
 * @example
 * caseRecordSchema.parse({ caseId: 'C1', referral: { source: 'RiskReferral', receivedOn: '2026-03-02' }, benefits: ['JSA'] });
 */
export const caseRecordSchema = z.object({
  caseId: z.string().max(200).optional(),
  referral: caseReferralSchema.optional(),
  /** DWP benefits (and TfWA) in payment. */
  benefits: z.array(benefitSchema).max(64).optional(),
  appointment: caseAppointmentSchema.optional(),
  /** Every interview held, in any order (the first is the original interview). */
  interviews: z.array(caseInterviewSchema).max(100).optional(),
  statements: caseStatementsSchema.optional(),
  evidenceRequests: z.array(caseEvidenceRequestSchema).max(100).optional(),
  unNotifiedVisit: caseUnNotifiedVisitSchema.optional(),
  employerContact: caseEmployerContactSchema.optional(),
  newInformation: caseNewInformationSchema.optional(),
  /** The claimant's notification to the Department after the interview, if any (causal link, ch.07 paras 29–37). */
  notification: causalLinkInputSchema.shape.notification.unwrap().unwrap().nullable().optional(),
  /** What the LSC activity found (the outcome facts of ch.07–08). */
  findings: assessOutcomeInputSchema.omit({ causalLink: true }).optional(),
  /** The FRAIMS case record: outcome fields, MVA and OP/UP lines, closure facts, integrity analysis (ch.07–11). */
  record: outcomeCaseRecordSchema.optional(),
});
/** A case record as given (see {@link caseRecordSchema}). */
export type CaseRecord = z.input<typeof caseRecordSchema>;
