import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Child Maintenance Group client-contact guidance.
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.childMaintenance.<name>.value`).

const CMG_02E = cite('CMG-02e', 'Child Maintenance client contact §2 (call recording (no heading printed))');
const CMG_08B = cite('CMG-08b', 'Child Maintenance client contact §8 (False Information Warnings)');
const CMG_09 = cite('CMG-09', 'Child Maintenance client contact §9 (Freedom of Information)');

/**
 * The numbers stated in the Child Maintenance client-contact guidance, each with its citation.
 *
 * @example
 * CURRENT_POLICY.childMaintenance.foiResponseWorkingDays.value; // 20
 */
export const CHILD_MAINTENANCE_PARAMETERS = Object.freeze({
  /** Untagged call recordings are usually deleted after three weeks (CMG-02e). */
  untaggedRecordingRetentionWeeks: param(3, 'weeks', [CMG_02E], 'Expected availability through day 21; "usually", so never a ground to refuse a request.'),
  /** FOI requests must be responded to within twenty working days (CMG-09). */
  foiResponseWorkingDays: param(20, 'working-days', [CMG_09], 'Counted from receipt by the CMG.'),
  /** The false-information warning tells the client the fine is up to £1000 (CMG-08b). */
  falseInformationMaximumFinePence: param(100000, 'pence', [CMG_08B], 'Stated to the client; the library computes no fines.'),
}) satisfies ParameterGroup;

/** The shape of the Child Maintenance client-contact parameters. */
export type ChildMaintenanceParameters = typeof CHILD_MAINTENANCE_PARAMETERS;
