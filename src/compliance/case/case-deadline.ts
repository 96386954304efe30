import type { IsoDate } from '../../calendar/types.js';
import type { Citation } from '../../core/citation.js';
import type { CaseDeadline, CaseDeadlineStatus } from './types.js';

/**
 * Where a deadline stands on `asOf`: `met` / `missed` once the thing was done (on or before the
 * due day is in time), else `pending` before the due day, `due-today` on it, `overdue` after it.
 *
 * @example
 * deadlineStatus('2026-03-23', undefined, '2026-03-24'); // 'overdue'
 * deadlineStatus('2026-03-23', '2026-03-23', '2026-04-01'); // 'met'
 */
export function deadlineStatus(due: IsoDate, doneOn: string | null | undefined, asOf: IsoDate): CaseDeadlineStatus {
  if (doneOn !== undefined && doneOn !== null) return doneOn <= due ? 'met' : 'missed';
  return asOf < due ? 'pending' : asOf === due ? 'due-today' : 'overdue';
}

/**
 * A {@link CaseDeadline} with its status as of `asOf`.
 *
 * @example
 * caseDeadline('first-interview-notification', '2026-03-23', undefined, '2026-03-10', [lsc('LSC-10-003')]).status; // 'pending'
 */
export function caseDeadline(name: string, due: IsoDate, doneOn: string | null | undefined, asOf: IsoDate, cites: readonly Citation[]): CaseDeadline {
  return { name, due, status: deadlineStatus(due, doneOn, asOf), cites };
}
