import { describe, expect, it } from 'vitest';
import { evidenceDeadline } from '../../../src/compliance/interview/evidence-deadline.js';
import { FOI_ERA_POLICY } from '../../../src/core/policy/editions.js';

const FOI = { policy: FOI_ERA_POLICY };
const ids = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('policy edition foi-era: documents after the interview (FOI-13 vs LSC-04-055 / LSC-06-026)', () => {
  it('interview Thu 17 Apr 2025: FOI-13 due Tue 6 May (10 working days, Easter and Early May skipped) vs 2015 Thu 1 May', () => {
    const foi = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2025-04-17', asOf: '2025-04-17' }, FOI);
    expect(foi.value).toMatchObject({ startDate: '2025-04-17', dueDate: '2025-05-06', status: 'awaiting' });
    expect(ids(foi)).toEqual(['FOI-13', 'FOI-13']);
    expect(foi.edition).toBe('foi-era');
    const cur = evidenceDeadline({ kind: 'documentary-evidence', requestDate: '2025-04-17', asOf: '2025-04-17' });
    expect(cur.value.dueDate).toBe('2025-05-01');
    expect(ids(cur)).toEqual(['LSC-06-026', 'LSC-06-026']);
  });
  it('FOI-13 counts from the interview, not from an earlier verbal request or a later letter', () => {
    const input = { kind: 'documentary-evidence' as const, interviewDate: '2025-03-03', requestDate: '2025-03-05', verbalRequestDate: '2025-03-01', asOf: '2025-03-04' };
    expect(evidenceDeadline(input, FOI).value).toMatchObject({ startDate: '2025-03-03', dueDate: '2025-03-17' });
    // 2015: the earlier of the letter and the verbal request (LSC-06-026), 14 calendar days.
    expect(evidenceDeadline(input).value).toMatchObject({ startDate: '2025-03-01', dueDate: '2025-03-15' });
  });
  it('FOI-13 boundary: received on the due date is in time, the day after is late; overdue → consider suspension', () => {
    const base = { kind: 'documentary-evidence' as const, requestDate: '2025-04-17', asOf: '2025-05-20' };
    expect(evidenceDeadline({ ...base, receivedDate: '2025-05-06' }, FOI).value.status).toBe('received-in-time');
    const late = evidenceDeadline({ ...base, receivedDate: '2025-05-07' }, FOI);
    expect(late.value.status).toBe('received-late');
    expect(ids(late)).toEqual(['FOI-13', 'FOI-13']);
    const overdue = evidenceDeadline({ ...base, asOf: '2025-05-07' }, FOI);
    expect(overdue.value).toMatchObject({ status: 'overdue', nextAction: 'consider-suspension' });
    expect(evidenceDeadline({ ...base, asOf: '2025-05-06' }, FOI).value.status).toBe('awaiting');
  });
  it('other request kinds are unchanged under the FOI edition (LSC-04-053 capital: 14 calendar days)', () => {
    const input = { kind: 'undisclosed-capital' as const, requestDate: '2025-04-17', asOf: '2025-04-17' };
    expect(evidenceDeadline(input, FOI).value.dueDate).toBe(evidenceDeadline(input).value.dueDate);
    expect(ids(evidenceDeadline(input, FOI))).toEqual(['LSC-04-053', 'LSC-06-026']);
  });
});
