import { z } from 'zod';
import { isoDateSchema, nonNegativePenceSchema } from '../../core/schemas.js';
import { GMS_RULE_NATURES } from './offence-types.js';

/** One MVA line on the FRAIMS case (ch.07 para 13, ch.08 paras 11, 15; ch.11 para 15(h)). */
export const mvaLineSchema = z.object({
  /** The benefit as named in the guidance (e.g. 'Income Support', 'Housing Benefit'). */
  benefit: z.string(),
  /** The MVA magnitude in pence. */
  amountPence: nonNegativePenceSchema,
  direction: z.enum(['increase', 'decrease']),
  /** Who recorded the line: the LSCO, or Local Service Investigations before transfer (ch.08 para 11). */
  recordedBy: z.enum(['LSCO', 'LSI']).default('LSCO'),
  recordedOn: isoDateSchema.nullable().optional(),
});
export type MvaLine = z.input<typeof mvaLineSchema>;

/**
 * Facts an integrity analyst establishes on a sampled case (ch.11 paras 15, 28–29). Every field is
 * optional: an unknown fact raises no issue.
 */
export const integrityFactsSchema = z.object({
  /** Did the referral meet the criteria for an intervention (ch.02; integrity 1/12)? */
  referralMeetsInterventionCriteria: z.boolean().optional(),
  /** Was the LSCO directly responsible for the change claimed (integrity 2)? */
  lscoDirectlyResponsibleForChange: z.boolean().optional(),
  /** A pre-existing change reported after the interview letter (integrity 3). */
  preExistingChange: z
    .object({
      reportedTo: z.enum(['LSCO', 'other']),
      changeDate: isoDateSchema,
      /** Issue date of the CCOI1 / CCOI1(W) / CCV1 / CCV1(W). */
      letterIssueDate: isoDateSchema,
      fullReviewDone: z.boolean().default(true),
      frfAllegationDiscussed: z.boolean().default(true),
      mf47Completed: z.boolean().default(true),
    })
    .optional(),
  /** The claim was live when the case was cleared (integrity 4/13). */
  claimLive: z.boolean().optional(),
  /** A robust and challenging interview was conducted, face to face, by letter or telephone (integrity 4/13). */
  robustInterviewConducted: z.boolean().optional(),
  /** The date the change occurred and the date it was reported or identified (integrity 5). */
  changeOccurredOn: isoDateSchema.optional(),
  changeReportedOn: isoDateSchema.optional(),
  /** The causal link as applied, or as it should have been (integrity 6). */
  causalLink: z
    .object({
      applied: z.boolean(),
      /** The original allegation was LTAMC, or the case is Risk A, B or C. */
      eligibleCase: z.boolean(),
      /** The claimant declared another person in the household (integrity 6 wording). */
      anotherPersonDeclared: z.boolean().default(false),
      firstInterviewDate: isoDateSchema.optional(),
      notificationReceivedOn: isoDateSchema.optional(),
      /** The claimant signed off or withdrew because of living together. */
      reasonLivingTogether: z.boolean().default(false),
    })
    .optional(),
  /** Where the information needed to analyse the case is (integrity 7/14, quality 7). */
  analysisInformation: z.enum(['on-FRAIMS', 'OPSTRAT-or-LMS-only', 'missing']).optional(),
  /** The MVA lines the analyst computes as correct (integrity 8 and 9). */
  correctMvaLines: z.array(z.object({ benefit: z.string(), amountPence: nonNegativePenceSchema })).optional(),
  /** The over/underpayment decided by the DM or CRT (integrity 10). */
  decidedOverpaymentPence: nonNegativePenceSchema.optional(),
  decidedUnderpaymentPence: nonNegativePenceSchema.optional(),
  /** Integrity 11 / 15: any other integrity issue, explained. */
  otherIntegrityIssue: z.string().min(1).optional(),
  /** Quality 1: FRF raised under the wrong Risk category, but a genuine allegation. */
  frfWrongRiskCategoryButGenuine: z.boolean().optional(),
  /** Quality 2: incorrect LSC letters, or no record of a letter on FRAIMS. */
  letterErrorOrNoRecord: z.boolean().optional(),
  /** Quality 3: an employer contacted without the claimant's permission outside the allowed grounds. */
  employerContactedWithoutPermission: z.boolean().optional(),
  /** Quality 4: the case receipt and first-interview notification dates (15-working-day clearance), or a finding. */
  caseReceivedOn: isoDateSchema.optional(),
  firstInterviewNotifiedOn: isoDateSchema.optional(),
  interviewNotifiedLate: z.boolean().optional(),
  /** Quality 5: the Notepad note 'FES Local Service Compliance interest' is recorded. */
  notepadInterestNoteRecorded: z.boolean().optional(),
  /** Quality 6: one or more activities are missing. */
  missingActivities: z.boolean().optional(),
  /** Quality 8: the date of change recorded on FRAIMS (null when omitted) and the date the change occurred. */
  dateOfChangeRecorded: isoDateSchema.nullable().optional(),
  /** Quality 10: an error or omission in the OP/UP tab (other than the amount). */
  opUpTabError: z.boolean().optional(),
  /** Quality 12: the day every closure precondition was met. */
  closurePreconditionsMetOn: isoDateSchema.optional(),
  /** Quality 13: any other quality issue, explained. */
  otherQualityIssue: z.string().min(1).optional(),
});
export type IntegrityFacts = z.input<typeof integrityFactsSchema>;

/**
 * A Local Service Compliance case record as ch.07–11 read it: the outcome fields, the MVA and
 * over/underpayment lines (recorded independently and at different times, ch.07 para 13,
 * LSC-07-013), the benefit decisions, offences, activities and closure facts. Outcome and
 * Outcome Result are plain strings so that a wrong value is reported as a violation, not
 * rejected as input.
 *
 * @example
 * outcomeCaseRecordSchema.parse({ outcome: 'No Result', outcomeResult: 'No Change', dateOfOutcome: '2015-07-02', outcomeRecordedOn: '2015-07-02' });
 */
export const outcomeCaseRecordSchema = z.object({
  outcome: z.string().nullable().optional(),
  outcomeResult: z.string().nullable().optional(),
  dateOfOutcome: isoDateSchema.nullable().optional(),
  /** The calendar day the outcome fields were first entered ("today", ch.07 para 11). */
  outcomeRecordedOn: isoDateSchema.nullable().optional(),
  /** The Date of Outcome as first entered, when it has since been edited (ch.07 para 12). */
  originalDateOfOutcome: isoDateSchema.nullable().optional(),
  /** The day the DM response (with the MVA details) was received (ch.07 para 7). */
  dmResponseReceivedOn: isoDateSchema.nullable().optional(),
  /** The day the case was closed on FRAIMS; null/absent while open. */
  closedOn: isoDateSchema.nullable().optional(),
  /** Every benefit the case concerns, and those whose decision has been returned and recorded (ch.07 para 2, ch.09 para 1). */
  benefitsConcerned: z.array(z.string()).default([]),
  benefitDecisionsReturned: z.array(z.string()).default([]),
  /** The benefit flagged 'Primary' for MI (ch.09 para 2 step 3). */
  primaryBenefit: z.string().nullable().optional(),
  /** The case's offences; exactly one must be 'Primary' (ch.07 paras 3–4). */
  offences: z.array(z.object({ type: z.string(), primary: z.boolean() })).default([]),
  /** A GMS ('MIDAS Referral') case, with the nature of its GMS rule (ch.07 paras 5–6). */
  gmsRuleNature: z.enum(GMS_RULE_NATURES).optional(),
  mvaLines: z.array(mvaLineSchema).default([]),
  /** An overpayment / underpayment is expected (DM decision or referral to CRT). */
  overpaymentExpected: z.boolean().default(false),
  underpaymentExpected: z.boolean().default(false),
  /** The amounts recorded on FRAIMS; null/absent until recorded. */
  overpaymentRecordedPence: nonNegativePenceSchema.nullable().optional(),
  underpaymentRecordedPence: nonNegativePenceSchema.nullable().optional(),
  /** A National Insurance credits-only case (ch.07 para 21). */
  creditsOnly: z.boolean().default(false),
  /** A change of circumstances affecting benefit was declared or identified (ch.07 para 25). */
  changeOfCircumstances: z.boolean().optional(),
  /** The abandonment details, when the result is 'Abandoned' (ch.07 paras 14–16). */
  abandonment: z.object({ reason: z.string(), agreedWithTeamLeader: z.boolean(), recordedInDescription: z.boolean() }).optional(),
  /** The IFD data-match error facts, when the result is 'MIDAS Data Error' (ch.07 para 20). */
  midasDataError: z.object({ ifdDataMatchError: z.boolean(), identifiedByCooErrorReductionTeam: z.boolean() }).optional(),
  /** Every FRAIMS activity's status (ch.09 para 2 step 1). */
  activityStatuses: z.array(z.string()).default([]),
  /** A note that the case, paperwork and files have been returned (ch.09 para 2 step 1). */
  caseReturnNoted: z.boolean().default(false),
  /** The MVA and OP/UP figures were checked as correctly recorded (ch.09 para 2 step 5). */
  figuresChecked: z.boolean().default(false),
  /** What was done with the documents (ch.09 para 2 step 6). */
  documents: z.enum(['retained-locally', 'sent-as-NAP-to-Heywood-DMC']).nullable().optional(),
  /** Facts established by integrity analysis (ch.11). */
  audit: integrityFactsSchema.optional(),
});
/** A case record; see {@link outcomeCaseRecordSchema}. */
export type OutcomeCaseRecord = z.input<typeof outcomeCaseRecordSchema>;
