import { z } from 'zod';
import { decide, type Decision } from '../core/decision.js';
import { policyOf, type RuleOptions } from '../core/options.js';
import type { Reason } from '../core/reason.js';
import { defineRule } from '../core/registry.js';
import { crm } from './cite-crm.js';
import { stageReasons } from './stage-reasons.js';
import { complaintStageSchema, type ComplaintContactChannel } from './vocabulary.js';

/**
 * Why a case manager contacts the customer.
 *
 * @example
 * COMPLAINT_CONTACT_PURPOSES.includes('outcome'); // true
 */
export const COMPLAINT_CONTACT_PURPOSES = Object.freeze(['initial contact', 'acknowledgement', 'update', 'outcome'] as const);
/** One of {@link COMPLAINT_CONTACT_PURPOSES}. */
export type ComplaintContactPurpose = (typeof COMPLAINT_CONTACT_PURPOSES)[number];

/** Input of {@link complaintContactChannels}. */
export const complaintContactChannelsInputSchema = z.object({
  stage: complaintStageSchema,
  purpose: z.enum(COMPLAINT_CONTACT_PURPOSES),
  /** The complaint is about a member of staff. */
  staffComplaint: z.boolean().optional(),
  /** The customer is vulnerable. */
  vulnerable: z.boolean().optional(),
  /** The right contact method for this vulnerable customer has been looked into. */
  contactMethodAssessed: z.boolean().optional(),
  /** The customer is flagged Unreasonable Persistent Customer Contact (UPCC) or is another known vexatious customer. */
  upccOrVexatious: z.boolean().optional(),
});
export type ComplaintContactChannelsInput = z.input<typeof complaintContactChannelsInputSchema>;

/** How the case manager may contact the customer. */
export interface ComplaintContactPlan {
  /** The channels to use; empty when contact must wait for an assessment. */
  readonly channels: readonly ComplaintContactChannel[];
  /** Contact must wait until the right method for a vulnerable customer has been looked into. */
  readonly assessContactMethodFirst: boolean;
  /** Offering the case manager's direct contact details. */
  readonly directContactDetails: 'case manager discretion' | 'not recommended';
  /** For a staff complaint's acknowledgement: the only things it may say (and no opinion). */
  readonly acknowledgementContent: readonly string[] | null;
}

/**
 * What a staff complaint's acknowledgement says, and only that (CRM-01c, CRM-05c): no opinion
 * about the complaint is given.
 *
 * @example
 * STAFF_COMPLAINT_ACKNOWLEDGEMENT.length; // 2
 */
export const STAFF_COMPLAINT_ACKNOWLEDGEMENT = Object.freeze([
  'acknowledge the complaint',
  'say that an investigation will take place',
] as const);

const R_VULNERABLE_WAIT = stageReasons('CRM-01d', 'CRM-05d', 'for a vulnerable customer it is critical to look into the right contact method before making contact.');
const R_VULNERABLE_DONE = stageReasons('CRM-01d', 'CRM-05d', 'the contact method for this vulnerable customer has been looked into.');
const R_RESTRICTED = stageReasons(
  'CRM-01e', 'CRM-05e',
  'for UPCC and other known vexatious customers, contact is restricted to written messages only.',
  'for UPCC and other known vexatious customers, contact is restricted to written or SMS text messages only.',
);
const R_STAFF_LETTER = stageReasons('CRM-01c', 'CRM-05c', 'a complaint about staff is acknowledged by letter rather than phone, saying only that it is acknowledged and will be investigated; no opinion is given.');
const R_PHONE = stageReasons('CRM-01f', 'CRM-05f', 'contact is by phone (ideally a direct phone-based relationship); offering direct contact details is at the case manager\'s discretion.');
const R_OUTCOME_CALL = stageReasons('CRM-03a', 'CRM-07a', 'the outcome is given to the customer by phone.');
const R_OUTCOME_WRITTEN = stageReasons('CRM-03a', 'CRM-07a', 'the outcome for a UPCC or vexatious customer is given in writing, as every other contact with them.');

const PHONE: readonly ComplaintContactChannel[] = Object.freeze(['phone']);
const LETTER: readonly ComplaintContactChannel[] = Object.freeze(['letter']);
const NONE: readonly ComplaintContactChannel[] = Object.freeze([]);

/**
 * Which channels may the case manager use to contact the customer? Vulnerable customers: look into
 * the method first (CRM-01d, CRM-05d); UPCC / vexatious: written only at the CRT (CRM-01e), written or
 * SMS at the CCRT (CRM-05e), the outcome included; staff complaints: acknowledge by letter, no opinion
 * (CRM-01c, CRM-05c); otherwise phone, with direct contact details at discretion (CRM-01f, CRM-05f).
 *
 * @example
 * complaintContactChannels({ stage: 'CCRT', purpose: 'update', upccOrVexatious: true }).value.channels; // ['written', 'SMS']
 */
export function complaintContactChannels(input: ComplaintContactChannelsInput, options?: RuleOptions): Decision<ComplaintContactPlan> {
  const policy = policyOf(options);
  const s = input.stage;
  const reasons: Reason[] = [];
  if (input.vulnerable === true) {
    if (input.contactMethodAssessed !== true) {
      return decide({ channels: NONE, assessContactMethodFirst: true, directContactDetails: 'case manager discretion', acknowledgementContent: null }, [R_VULNERABLE_WAIT[s]], policy.id);
    }
    reasons.push(R_VULNERABLE_DONE[s]);
  }
  const ack = input.staffComplaint === true && input.purpose === 'acknowledgement' ? STAFF_COMPLAINT_ACKNOWLEDGEMENT : null;
  if (input.upccOrVexatious === true) {
    const channels = s === 'CRT' ? policy.complaints.restrictedContactChannelsCrt.value : policy.complaints.restrictedContactChannelsCcrt.value;
    reasons.push(R_RESTRICTED[s]);
    if (ack !== null) reasons.push(R_STAFF_LETTER[s]);
    if (input.purpose === 'outcome') reasons.push(R_OUTCOME_WRITTEN[s]);
    return decide({ channels, assessContactMethodFirst: false, directContactDetails: 'not recommended', acknowledgementContent: ack }, reasons, policy.id);
  }
  if (ack !== null) {
    reasons.push(R_STAFF_LETTER[s]);
    return decide({ channels: LETTER, assessContactMethodFirst: false, directContactDetails: 'case manager discretion', acknowledgementContent: ack }, reasons, policy.id);
  }
  reasons.push(input.purpose === 'outcome' ? R_OUTCOME_CALL[s] : R_PHONE[s]);
  return decide({ channels: PHONE, assessContactMethodFirst: false, directContactDetails: 'case manager discretion', acknowledgementContent: null }, reasons, policy.id);
}

export const complaintContactChannelsRule = defineRule({
  name: 'complaintContactChannels', domain: 'complaints', title: 'Complaint contact channels by customer type',
  ids: ['CRM-01c', 'CRM-01d', 'CRM-01e', 'CRM-01f', 'CRM-05c', 'CRM-05d', 'CRM-05e', 'CRM-05f'],
  citations: [crm('CRM-01c'), crm('CRM-01d'), crm('CRM-01e'), crm('CRM-01f'), crm('CRM-05c'), crm('CRM-05d'), crm('CRM-05e'), crm('CRM-05f')],
  input: complaintContactChannelsInputSchema, evaluate: complaintContactChannels,
});
