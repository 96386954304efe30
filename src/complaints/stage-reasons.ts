import { reason, type Reason } from '../core/reason.js';
import { crm } from './cite-crm.js';
import type { ComplaintStage } from './vocabulary.js';

/** A pair of frozen reasons, one per complaint tier, for a rule printed once for each tier. */
export type StageReasons = Readonly<Record<ComplaintStage, Reason>>;

/**
 * Builds the CRT and CCRT reasons of a rule the guide states for both tiers (e.g. CRM-01c and CRM-05c).
 * Internal helper; not part of the public API.
 *
 * @example
 * const R = stageReasons('CRM-01c', 'CRM-05c', 'Acknowledge a staff complaint by letter.');
 * R.CCRT.rule; // 'CRM-05c'
 */
export function stageReasons(crtId: string, ccrtId: string, says: string, ccrtSays: string = says): StageReasons {
  return Object.freeze({
    CRT: reason(crtId, `CRT: ${says}`, [crm(crtId)]),
    CCRT: reason(ccrtId, `CCRT: ${ccrtSays}`, [crm(ccrtId)]),
  });
}
