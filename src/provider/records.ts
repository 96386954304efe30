import { z } from 'zod';
import type { IsoDate } from '../calendar/types.js';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import { reason, type Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { isoDateSchema, countSchema, INPUT_BOUNDS } from '../core/schemas.js';
import { prv } from './cite-prv.js';

const C062 = prv('PRV-062');
const C063 = prv('PRV-063');
const C064 = prv('PRV-064');
const C065 = prv('PRV-065');
const C066 = prv('PRV-066');
const C067 = prv('PRV-067');
const C069 = prv('PRV-069');
const C070 = prv('PRV-070');
const C071 = prv('PRV-071');
const C072 = prv('PRV-072');
const C076A = prv('PRV-076a');
const C076B = prv('PRV-076b');
const C077 = prv('PRV-077');
const C088 = prv('PRV-088');
const C089 = prv('PRV-089');
const C090 = prv('PRV-090');
const C091 = prv('PRV-091');
const C096 = prv('PRV-096');
const C097 = prv('PRV-097');
const C098 = prv('PRV-098');
const C099 = prv('PRV-099');
const C101 = prv('PRV-101');

// ---------------------------------------------------------------------------------------------
// How a participant's records are handled: SCR, MAPPA, both, or neither.

/** Input of {@link participantRecordHandling}. */
export const participantRecordHandlingInputSchema = z.object({
  /** Special Customer Records status, as decided by HMRC Special Section D, Newcastle (para 62). */
  scrStatus: z.boolean(),
  /** The participant is managed under MAPPA. */
  mappa: z.boolean(),
});
/** Input of {@link participantRecordHandling}. */
export type ParticipantRecordHandlingInput = z.input<typeof participantRecordHandlingInputSchema>;

/** Value of {@link participantRecordHandling}. */
export interface ParticipantRecordHandling {
  /** How the referral arrives. */
  readonly referralRoute: 'clerically by Jobcentre Plus on form SL2' | 'PRaP';
  /** Details may be held on an electronic system. */
  readonly electronicRecordPermitted: boolean;
  /** What an electronic record may hold, and how it is marked. */
  readonly electronicRecordRules: readonly string[];
  /** Records are kept clerically while on provision. */
  readonly clericalRecordsOnly: boolean;
  /** Information is shared only between the provider's nominated officer and the JCP/BC equivalent. */
  readonly shareOnlyBetweenNominatedOfficers: boolean;
  /** The information is sensitive personal information (extra protection). */
  readonly sensitivePersonalInformation: boolean;
  /** Where a job outcome claim is submitted. */
  readonly jobOutcomeClaimRoute: 'relevant form(s) in Annex 2 of the Work and Health Programme guidance' | 'as programme guidance';
}

const R_SCR_WHO = reason('PRV-062', 'SCR status is decided by HMRC Special Section D (Newcastle) where unrestricted access poses a demonstrable risk to safety.', [C062]);
const R_SCR_NO_ELECTRONIC = reason('PRV-063', 'SCR participants must not have their details held on any electronic system.', [C063]);
const R_SCR_SL2 = reason('PRV-064', 'SCR referrals are made clerically by Jobcentre Plus on form SL2.', [C064]);
const R_SCR_CLERICAL = reason('PRV-065', 'SCR records are maintained clerically while the participant is on provision.', [C065]);
const R_SCR_NOMINATED = reason('PRV-070', 'A management-level nominated officer at each office is responsible for sensitive records.', [C070]);
const R_SCR_SHARE = reason('PRV-072', 'SCR information is shared only between the nominated officer and the Jobcentre Plus/BC equivalent.', [C072]);
const R_SCR_CLAIM = reason('PRV-076b', 'A job outcome claim for an SCR participant is made on the relevant form(s) in Annex 2 of the Work and Health Programme guidance.', [C076B]);
const R_MAPPA_PRAP = reason('PRV-088', 'MAPPA referrals arrive via PRaP as usual, with or without contact details.', [C088]);
const R_MAPPA_CONTENT = reason('PRV-089', 'An electronic MAPPA record may hold only information from PRaP and the daily running of the record.', [C089]);
const R_MAPPA_MARK = reason('PRV-090', 'The electronic record is marked as a MAPPA record, with further information from the nominated officer.', [C090]);
const R_MAPPA_SENSITIVE = reason('PRV-101', 'MAPPA customers are sensitive personal information and are held securely.', [C101]);
const R_MAPPA_SCR = reason('PRV-099', 'A MAPPA participant with SCR status is referred on form SL2 and treated as SCR throughout.', [C099, C098]);
const SCR_REASONS: readonly Reason[] = Object.freeze([R_SCR_WHO, R_SCR_NO_ELECTRONIC, R_SCR_SL2, R_SCR_CLERICAL, R_SCR_NOMINATED, R_SCR_SHARE, R_SCR_CLAIM]);
const SCR_MAPPA_REASONS: readonly Reason[] = Object.freeze([R_MAPPA_SCR, ...SCR_REASONS, R_MAPPA_SENSITIVE]);
const R_NEITHER = reason('PRV-088', 'Neither SCR nor MAPPA: records follow the programme guidance.', [C088]);

const MAPPA_ELECTRONIC_RULES = Object.freeze([
  'only information received from PRaP and the daily running of the record (activities, job submissions)',
  'marked as a MAPPA record, further information from the nominated officer',
]);
const NONE: readonly string[] = Object.freeze([]);

/**
 * How a participant's records are handled (paras 62–65, 70, 72, 76, 88–90, 98–101): SCR
 * participants (status decided by HMRC SSD) have no electronic record, are referred clerically on
 * SL2, kept clerically and shared only between nominated officers; MAPPA participants arrive via
 * PRaP and may have a restricted, marked electronic record; MAPPA with SCR is SCR throughout.
 *
 * @example
 * participantRecordHandling({ scrStatus: true, mappa: false }).value.electronicRecordPermitted; // false
 */
export function participantRecordHandling(input: ParticipantRecordHandlingInput, options?: RuleOptions): Decision<ParticipantRecordHandling> {
  const policy = policyOf(options);
  if (input.scrStatus) {
    const reasons = input.mappa ? SCR_MAPPA_REASONS : SCR_REASONS;
    return decide(
      {
        referralRoute: 'clerically by Jobcentre Plus on form SL2',
        electronicRecordPermitted: false,
        electronicRecordRules: NONE,
        clericalRecordsOnly: true,
        shareOnlyBetweenNominatedOfficers: true,
        sensitivePersonalInformation: input.mappa,
        jobOutcomeClaimRoute: 'relevant form(s) in Annex 2 of the Work and Health Programme guidance',
      },
      reasons,
      policy.id,
    );
  }
  if (input.mappa) {
    return decide(
      {
        referralRoute: 'PRaP',
        electronicRecordPermitted: true,
        electronicRecordRules: MAPPA_ELECTRONIC_RULES,
        clericalRecordsOnly: false,
        shareOnlyBetweenNominatedOfficers: true,
        sensitivePersonalInformation: true,
        jobOutcomeClaimRoute: 'as programme guidance',
      },
      [R_MAPPA_PRAP, R_MAPPA_CONTENT, R_MAPPA_MARK, R_MAPPA_SENSITIVE],
      policy.id,
    );
  }
  return decide(
    {
      referralRoute: 'PRaP',
      electronicRecordPermitted: true,
      electronicRecordRules: NONE,
      clericalRecordsOnly: false,
      shareOnlyBetweenNominatedOfficers: false,
      sensitivePersonalInformation: false,
      jobOutcomeClaimRoute: 'as programme guidance',
    },
    [R_NEITHER],
    policy.id,
  );
}

export const participantRecordHandlingRule = defineRule({
  name: 'participantRecordHandling', domain: 'provider', title: 'Record handling for SCR and MAPPA participants',
  ids: ['PRV-062', 'PRV-063', 'PRV-064', 'PRV-065', 'PRV-070', 'PRV-072', 'PRV-076b', 'PRV-088', 'PRV-089', 'PRV-090', 'PRV-098', 'PRV-099', 'PRV-101'],
  citations: [C062, C063, C064, C065, C070, C072, C076B, C088, C089, C090, C098, C099, C101],
  input: participantRecordHandlingInputSchema,
  evaluate: participantRecordHandling,
});

// ---------------------------------------------------------------------------------------------
// MAPPA electronic record contents.

/** Where a field of an electronic MAPPA record comes from (para 89). */
export const MAPPA_RECORD_PROVENANCES = Object.freeze(['received from PRaP', 'daily running of the record', 'other'] as const);
/** Provenance of a field of an electronic MAPPA record. */
export type MappaRecordProvenance = (typeof MAPPA_RECORD_PROVENANCES)[number];

/** Input of {@link decideMappaElectronicRecord}. */
export const mappaElectronicRecordInputSchema = z.object({
  scrStatus: z.boolean().default(false),
  fieldProvenances: z.array(z.enum(MAPPA_RECORD_PROVENANCES)).readonly(),
  markedAsMappa: z.boolean(),
  referToNominatedOfficerNote: z.boolean(),
});
/** Input of {@link decideMappaElectronicRecord}. */
export type MappaElectronicRecordInput = z.input<typeof mappaElectronicRecordInputSchema>;

const R_REC_SCR = reason('PRV-099', 'MAPPA with SCR status: no electronic record may be held.', [C099, C063]);
const R_REC_CONTENT = reason('PRV-089', 'The record holds information that came neither from PRaP nor from its daily running.', [C089]);
const R_REC_MARK = reason('PRV-090', 'The record must be marked as MAPPA and say further information is available from the nominated officer.', [C090]);
const R_REC_OK = reason('PRV-089', 'Only PRaP and daily-running information, marked as a MAPPA record.', [C089, C090]);

/**
 * Is an electronic MAPPA record valid (paras 89–90, 99)? Only information from PRaP and the
 * daily running of the record; marked as MAPPA with a pointer to the nominated officer; none at
 * all when the participant also has SCR status.
 *
 * @example
 * decideMappaElectronicRecord({ fieldProvenances: ['received from PRaP'], markedAsMappa: true, referToNominatedOfficerNote: true }).value; // true
 */
export function decideMappaElectronicRecord(input: MappaElectronicRecordInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.scrStatus === true) return decide(false, [R_REC_SCR], policy.id);
  const failed: Reason[] = [];
  if (input.fieldProvenances.includes('other')) failed.push(R_REC_CONTENT);
  if (!input.markedAsMappa || !input.referToNominatedOfficerNote) failed.push(R_REC_MARK);
  return failed.length > 0 ? decide(false, failed, policy.id) : decide(true, [R_REC_OK], policy.id);
}

export const mappaElectronicRecordRule = defineRule({
  name: 'decideMappaElectronicRecord', domain: 'provider', title: 'MAPPA electronic record contents and marking',
  ids: ['PRV-089', 'PRV-090', 'PRV-099'], citations: [C089, C090, C099], input: mappaElectronicRecordInputSchema, evaluate: decideMappaElectronicRecord,
});

// ---------------------------------------------------------------------------------------------
// SCR access.

/** Input of {@link decideScrAccess}. */
export const scrAccessInputSchema = z.object({
  /** A legitimate business need for the access is established. */
  legitimateBusinessNeed: z.boolean(),
  /** The access is for one business event (not standing access). */
  singleEvent: z.boolean(),
  /** Length of the access period, in minutes from when it is granted. */
  durationMinutes: countSchema(INPUT_BOUNDS.minutes).min(1),
  /** Management has authorised a longer period. */
  managementAuthorised: z.boolean().default(false),
});
/** Input of {@link decideScrAccess}. */
export type ScrAccessInput = z.input<typeof scrAccessInputSchema>;

/** Value of {@link decideScrAccess}. */
export interface ScrAccessValue {
  readonly permitted: boolean;
  readonly managementAuthorisationRequired: boolean;
  /** Fields of the (ideal) control-sheet entry for the access. */
  readonly controlSheetFields: readonly string[];
}

/** The control-sheet fields para 71 names (ideal practice). */
export const SCR_CONTROL_SHEET_FIELDS = Object.freeze(['date', 'name of staff member', 'reason for record access'] as const);

const R_ACC_NEED = reason('PRV-071', 'SCR access is only granted where a legitimate business need is established.', [C071]);
const R_ACC_EVENT = reason('PRV-066', 'SCR access is restricted to a set period and granted event by event.', [C066]);
const R_ACC_LONG = reason('PRV-067', 'Access longer than four hours needs management authorisation.', [C067]);
const R_ACC_AUTH = reason('PRV-067', 'Access longer than four hours, with management authorisation.', [C067]);
const R_ACC_OK = reason('PRV-067', 'Access for one event, no longer than four hours.', [C067, C066]);
const R_ACC_SHEET = reason('PRV-071', 'Ideally each access is logged on a control sheet: date, staff member, reason.', [C071]);

/**
 * May access to a Special Customer Record be granted (paras 66, 67, 71)? Only for a legitimate
 * business need, event by event, for a set period of at most four hours; longer only with
 * management authorisation (exactly 240 minutes needs none; 241 does).
 *
 * @example
 * decideScrAccess({ legitimateBusinessNeed: true, singleEvent: true, durationMinutes: 241 }).value.permitted; // false
 */
export function decideScrAccess(input: ScrAccessInput, options?: RuleOptions): Decision<ScrAccessValue> {
  const policy = policyOf(options);
  const over = input.durationMinutes > policy.provider.scrAccessMaxHours.value * 60;
  const v = (permitted: boolean): ScrAccessValue => ({ permitted, managementAuthorisationRequired: over, controlSheetFields: SCR_CONTROL_SHEET_FIELDS });
  if (!input.legitimateBusinessNeed) return decide(v(false), [R_ACC_NEED], policy.id);
  if (!input.singleEvent) return decide(v(false), [R_ACC_EVENT], policy.id);
  if (over && input.managementAuthorised !== true) return decide(v(false), [R_ACC_LONG], policy.id);
  return decide(v(true), [over ? R_ACC_AUTH : R_ACC_OK, R_ACC_SHEET], policy.id);
}

export const scrAccessRule = defineRule({
  name: 'decideScrAccess', domain: 'provider', title: 'Special Customer Record access',
  ids: ['PRV-066', 'PRV-067', 'PRV-071'], citations: [C066, C067, C071], input: scrAccessInputSchema, evaluate: decideScrAccess,
});

// ---------------------------------------------------------------------------------------------
// Clerical storage.

/** The kinds of sensitive clerical record (SCR paras 62–76, MAPPA paras 78–99). */
export const CLERICAL_RECORD_TYPES = Object.freeze(['SCR', 'MAPPA'] as const);
/** A kind of sensitive clerical record. */
export type ClericalRecordType = (typeof CLERICAL_RECORD_TYPES)[number];

/** Furniture materials (paras 69, 91). */
export const FURNITURE_MATERIALS = Object.freeze(['wood', 'steel', 'other metal', 'other'] as const);
/** A furniture material. */
export type FurnitureMaterial = (typeof FURNITURE_MATERIALS)[number];

/** Input of {@link decideClericalStorage}. */
export const clericalStorageInputSchema = z.object({
  recordType: z.enum(CLERICAL_RECORD_TYPES),
  /** The furniture is locked (lockable, and kept locked). */
  locked: z.boolean(),
  /** The furniture is robust (SCR). */
  robust: z.boolean(),
  material: z.enum(FURNITURE_MATERIALS),
  /** Access is controlled by the nominated officer (MAPPA). */
  accessControlledByNominatedOfficer: z.boolean(),
});
/** Input of {@link decideClericalStorage}. */
export type ClericalStorageInput = z.input<typeof clericalStorageInputSchema>;

const R_ST_SCR_OK = reason('PRV-069', 'SCR clerical records are in robust lockable wooden or steel furniture.', [C069]);
const R_ST_SCR_BAD = reason('PRV-069', 'SCR clerical records must be stored in robust lockable wooden or steel furniture.', [C069]);
const R_ST_MAPPA_OK = reason('PRV-091', 'MAPPA clerical documents are in locked metal or wooden furniture, access controlled by the nominated officer.', [C091]);
const R_ST_MAPPA_BAD = reason('PRV-091', 'MAPPA clerical documents must be kept in locked metal or wooden furniture, access controlled by the nominated officer.', [C091]);

/**
 * Is clerical storage acceptable (paras 69, 91)? SCR: robust, lockable, wood or steel. MAPPA:
 * locked, metal (any) or wood, with access controlled by the nominated officer.
 *
 * @example
 * decideClericalStorage({ recordType: 'SCR', locked: true, robust: true, material: 'steel', accessControlledByNominatedOfficer: true }).value; // true
 */
export function decideClericalStorage(input: ClericalStorageInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  if (input.recordType === 'SCR') {
    const ok = input.locked && input.robust && (input.material === 'wood' || input.material === 'steel');
    return decide(ok, [ok ? R_ST_SCR_OK : R_ST_SCR_BAD], policy.id);
  }
  const ok = input.locked && input.material !== 'other' && input.accessControlledByNominatedOfficer;
  return decide(ok, [ok ? R_ST_MAPPA_OK : R_ST_MAPPA_BAD], policy.id);
}

export const clericalStorageRule = defineRule({
  name: 'decideClericalStorage', domain: 'provider', title: 'Clerical storage of SCR and MAPPA documents',
  ids: ['PRV-069', 'PRV-091'], citations: [C069, C091], input: clericalStorageInputSchema, evaluate: decideClericalStorage,
});

// ---------------------------------------------------------------------------------------------
// Disposal of clerical documents and ESF retention.

/** Input of {@link clericalDocumentDisposal}. */
export const clericalDocumentDisposalInputSchema = z.object({
  recordType: z.enum(CLERICAL_RECORD_TYPES),
  /** The day the participant's provision with the provider ended. */
  provisionEnded: isoDateSchema,
  /** A job or sustainment claim for the participant has been validated (its evidence is ESF audit material). */
  validatedJobOrSustainmentClaim: z.boolean().default(false),
  /** MAPPA only: the participant also has Special Customer Records status (para 99: no PRaP record). */
  scrStatus: z.boolean().default(false),
});
/** Input of {@link clericalDocumentDisposal}. */
export type ClericalDocumentDisposalInput = z.input<typeof clericalDocumentDisposalInputSchema>;

/** Value of {@link clericalDocumentDisposal}. */
export interface ClericalDocumentDisposal {
  /** Destroy the SL2 / MAPPA J and other clerical documents on this day (immediately). */
  readonly destroyOn: IsoDate;
  readonly method: 'shredding';
  /** For SCR with validated claims: the ESF retention date that conflicts with immediate destruction. */
  readonly esfRetainUntil: IsoDate | null;
  /** True when the two rules conflict (SCR with validated job/sustainment claims). */
  readonly conflict: boolean;
}

const R_DISP_SCR = reason('PRV-076a', 'The SL2 and other SCR clerical documents are destroyed (shredded) immediately the participant ends provision.', [C076A]);
const R_DISP_MAPPA = reason('PRV-096', 'The MAPPA J and other clerical documents are destroyed (shredded) immediately the participant ends provision.', [C096]);
const R_DISP_MAPPA_ESF = reason('PRV-097', 'MAPPA clerical documents need not be kept for ESF audit: the PRaP record is the audit trail.', [C097]);
const R_DISP_MAPPA_SCR_CONFLICT = reason(
  'PRV-097',
  'Conflict: a MAPPA participant with SCR status has no PRaP record to be the audit trail, and validated job/sustainment claim evidence is kept for ESF audit until 31 December 2027.',
  [C097, C099, C077],
);
const R_DISP_CONFLICT = reason(
  'PRV-077',
  'Conflict: validated job/sustainment claim evidence is kept for ESF audit until 31 December 2027, and an SCR case has no PRaP record to replace it.',
  [C077, C076A],
);

/**
 * When and how clerical documents of an SCR or MAPPA participant are destroyed (paras 76, 77,
 * 96, 97, 99): immediately (on the day provision ends), by shredding. MAPPA documents are not kept
 * for ESF audit (PRaP is the audit trail); for an SCR participant — or a MAPPA participant with
 * SCR status, who has no PRaP record — with validated job or sustainment claims the ESF retention
 * date conflicts, and the decision says so.
 *
 * @example
 * clericalDocumentDisposal({ recordType: 'MAPPA', provisionEnded: '2026-03-31' }).value.destroyOn; // '2026-03-31'
 */
export function clericalDocumentDisposal(input: ClericalDocumentDisposalInput, options?: RuleOptions): Decision<ClericalDocumentDisposal> {
  const policy = policyOf(options);
  const ended = input.provisionEnded as IsoDate;
  if (input.recordType === 'MAPPA' && input.scrStatus === true) {
    // Para 99: treated as SCR throughout, so there is no PRaP record and para 97's exemption fails.
    if (input.validatedJobOrSustainmentClaim === true) {
      const until = policy.provider.esfRetentionUntil.value as IsoDate;
      return decide({ destroyOn: ended, method: 'shredding', esfRetainUntil: until, conflict: true }, [R_DISP_MAPPA, R_DISP_SCR, R_DISP_MAPPA_SCR_CONFLICT], policy.id);
    }
    return decide({ destroyOn: ended, method: 'shredding', esfRetainUntil: null, conflict: false }, [R_DISP_MAPPA, R_DISP_SCR], policy.id);
  }
  if (input.recordType === 'MAPPA') {
    return decide({ destroyOn: ended, method: 'shredding', esfRetainUntil: null, conflict: false }, [R_DISP_MAPPA, R_DISP_MAPPA_ESF], policy.id);
  }
  if (input.validatedJobOrSustainmentClaim === true) {
    const until = policy.provider.esfRetentionUntil.value as IsoDate;
    return decide({ destroyOn: ended, method: 'shredding', esfRetainUntil: until, conflict: true }, [R_DISP_SCR, R_DISP_CONFLICT], policy.id);
  }
  return decide({ destroyOn: ended, method: 'shredding', esfRetainUntil: null, conflict: false }, [R_DISP_SCR], policy.id);
}

export const clericalDocumentDisposalRule = defineRule({
  name: 'clericalDocumentDisposal', domain: 'provider', title: 'Destruction of SCR and MAPPA clerical documents',
  ids: ['PRV-076a', 'PRV-077', 'PRV-096', 'PRV-097', 'PRV-099'], citations: [C076A, C077, C096, C097, C099],
  input: clericalDocumentDisposalInputSchema, evaluate: clericalDocumentDisposal,
});

/** Input of {@link decideEsfEvidenceDestroyable}. */
export const esfEvidenceInputSchema = z.object({
  /** The day the destruction would happen. */
  asOf: isoDateSchema,
});
/** Input of {@link decideEsfEvidenceDestroyable}. */
export type EsfEvidenceInput = z.input<typeof esfEvidenceInputSchema>;

const R_ESF_KEEP = reason('PRV-077', 'Validated job and sustainment claim evidence is retained for ESF audit until 31 December 2027.', [C077]);
const R_ESF_FREE = reason('PRV-077', 'The ESF audit retention period (to 31 December 2027) is over.', [C077]);

/**
 * May validated job and sustainment claim evidence be destroyed (para 77)? Not until after
 * 31 December 2027 (kept through that day; destruction allowed from 1 January 2028).
 *
 * @example
 * decideEsfEvidenceDestroyable({ asOf: '2027-12-31' }).value; // false
 * decideEsfEvidenceDestroyable({ asOf: '2028-01-01' }).value; // true
 */
export function decideEsfEvidenceDestroyable(input: EsfEvidenceInput, options?: RuleOptions): Decision<boolean> {
  const policy = policyOf(options);
  const ok = (input.asOf as IsoDate) > policy.provider.esfRetentionUntil.value;
  return decide(ok, [ok ? R_ESF_FREE : R_ESF_KEEP], policy.id);
}

export const esfEvidenceRule = defineRule({
  name: 'decideEsfEvidenceDestroyable', domain: 'provider', title: 'ESF audit retention of job and sustainment claim evidence',
  ids: ['PRV-077'], citations: [C077], input: esfEvidenceInputSchema, evaluate: decideEsfEvidenceDestroyable,
});
