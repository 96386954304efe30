import { describe, expect, it } from 'vitest';
import { complaintResponseTarget } from '../../src/complaints/index.js';
import { CURRENT_POLICY, param, type PolicyEdition } from '../../src/core/index.js';
import { foiEraInterviewNotice, foiEraDocumentsDeadline } from '../../src/foi/index.js';

// The numbers are data: an edition with other numbers changes the answers, and the decision names it.
const other: PolicyEdition = Object.freeze({
  ...CURRENT_POLICY,
  id: 'test-edition',
  foi: Object.freeze({
    ...CURRENT_POLICY.foi,
    minimumInterviewNoticeWorkingDays: param(5, 'working-days', CURRENT_POLICY.foi.minimumInterviewNoticeWorkingDays.cites),
  }),
  complaints: Object.freeze({
    ...CURRENT_POLICY.complaints,
    responseTargetWorkingDays: param(10, 'working-days', CURRENT_POLICY.complaints.responseTargetWorkingDays.cites),
  }),
});

describe('policy editions drive the FOI and complaint numbers', () => {
  it('FOI-05a: the notice period is read from policy.foi', () => {
    expect(foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-06' }).edition).toBe('current');
    const d = foiEraInterviewNotice({ notifiedOn: '2025-03-03', interviewOn: '2025-03-06' }, { policy: other });
    expect(d.value).toEqual({ earliestInterviewDate: '2025-03-10', valid: false });
    expect(d.edition).toBe('test-edition');
  });
  it('FOI-13: untouched parameters keep their values', () => {
    expect(foiEraDocumentsDeadline({ interviewOn: '2025-03-03' }, { policy: other }).value).toBe('2025-03-17');
  });
  it('CRM-01b: the response target is read from policy.complaints', () => {
    expect(complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-03-03' }, { policy: other }).value.targetDate).toBe('2025-03-17');
  });
});
