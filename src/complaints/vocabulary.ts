// Enumerations of the Complaint Resolution Manager guide, spelled as in the guidance.
import { z } from 'zod';
import { isoDateSchema } from '../core/schemas.js';

/**
 * The two complaint tiers: the first-tier Complaint Resolution Team (CRT, "Case Manager
 * activities") and the review tier, the Complaint and Correspondence Review Team (CCRT).
 *
 * @example
 * COMPLAINT_STAGES.includes('CCRT'); // true
 */
export const COMPLAINT_STAGES = Object.freeze(['CRT', 'CCRT'] as const);
/** One of {@link COMPLAINT_STAGES}. */
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];
/** zod schema for a {@link ComplaintStage}. */
export const complaintStageSchema = z.enum(COMPLAINT_STAGES);

/**
 * Complaint outcome categories (CRM-02e, CRM-06e): three at the CRT, four at the CCRT.
 * The definition table's "Partially Upheld" is spelled "Part Upheld" as in the running text.
 *
 * @example
 * COMPLAINT_OUTCOMES; // ['Upheld', 'Part Upheld', 'Not Upheld', 'Justified']
 */
export const COMPLAINT_OUTCOMES = Object.freeze(['Upheld', 'Part Upheld', 'Not Upheld', 'Justified'] as const);
/** One of {@link COMPLAINT_OUTCOMES}. */
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
/** zod schema for a {@link ComplaintOutcome}. */
export const complaintOutcomeSchema = z.enum(COMPLAINT_OUTCOMES);

/**
 * Ways a complaint case manager contacts a customer (CRM-01, CRM-05): the initial phone call,
 * a letter (staff complaints), written messages and SMS text messages (UPCC / vexatious).
 *
 * @example
 * COMPLAINT_CONTACT_CHANNELS.includes('SMS'); // true
 */
export const COMPLAINT_CONTACT_CHANNELS = Object.freeze(['phone', 'letter', 'written', 'SMS'] as const);
/** One of {@link COMPLAINT_CONTACT_CHANNELS}. */
export type ComplaintContactChannel = (typeof COMPLAINT_CONTACT_CHANNELS)[number];

/**
 * Official correspondence types (CRM-11c), spelled as printed ("MP DG" is written "MP to DG" in para 5).
 *
 * @example
 * OFFICIAL_CORRESPONDENCE_TYPES; // ['POS', 'MP to DG', 'Treat Official']
 */
export const OFFICIAL_CORRESPONDENCE_TYPES = Object.freeze(['POS', 'MP to DG', 'Treat Official'] as const);
/** One of {@link OFFICIAL_CORRESPONDENCE_TYPES}. */
export type OfficialCorrespondenceType = (typeof OFFICIAL_CORRESPONDENCE_TYPES)[number];

/** zod schema for a UK wall-clock timestamp `YYYY-MM-DDTHH:MM` (GMT or BST as the clocks showed; no zone written). */
export const localTimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a local timestamp YYYY-MM-DDTHH:MM' })
  .refine((s) => isoDateSchema.safeParse(s.slice(0, 10)).success, { message: 'expected a real calendar date' });
