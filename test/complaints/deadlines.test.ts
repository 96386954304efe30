import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complaintResponseTarget,
  decideComplaintFirstContactCall,
  decideResolutionPlanNeeded,
  remedialFeedbackDeadline,
} from '../../src/complaints/index.js';
import { crm } from '../../src/complaints/cite-crm.js';
import { minutesOfTimestamp, timestampOfMinutes } from '../../src/complaints/local-timestamp.js';

const rules = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('crm() citation helper', () => {
  it('derives the section reference from the id (CRM-02b)', () => {
    expect(crm('CRM-02b')).toEqual({ id: 'CRM-02b', ref: 'Complaint Resolution Manager guide §2 (CRT: Investigates Issues)' });
    expect(crm('CRM-11c').ref).toBe('Complaint Resolution Manager guide §11 (Official Correspondence)');
  });
  it('rejects malformed ids and unknown sections', () => {
    expect(() => crm('CRM-2b')).toThrow(TypeError);
    expect(() => crm('CRM-12a')).toThrow(TypeError);
  });
});

describe('CRM-01a: CRT initial contact call within 48 hours of receipt', () => {
  const received = '2025-05-02T10:00'; // a Friday: clock hours run through the weekend
  it('is due 48 clock hours later, weekends included', () => {
    const d = decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: received });
    expect(d.value.dueBy).toBe('2025-05-04T10:00');
    expect(d.value.onTime).toBeNull();
    expect(rules(d)).toEqual(['CRM-01a']);
  });
  it('a call in the 48th hour (47:59 elapsed) and at 48:00 exactly is on time', () => {
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: received, calledAt: '2025-05-04T09:59' }).value.onTime).toBe(true);
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: received, calledAt: '2025-05-04T10:00' }).value.onTime).toBe(true);
  });
  it('a call in the 49th hour (48:01 elapsed) is late', () => {
    const d = decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: received, calledAt: '2025-05-04T10:01' });
    expect(d.value.onTime).toBe(false);
    expect(d.reasons.map((r) => r.says).join(' ')).toMatch(/more than 48 hours/);
  });
  it('crosses a year end', () => {
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-12-31T23:30' }).value.dueBy).toBe('2026-01-02T23:30');
  });
  it('CRM-05a: the CCRT initial call has no time limit and asks what the customer remains dissatisfied with', () => {
    const d = decideComplaintFirstContactCall({ stage: 'CCRT', receivedAt: received, calledAt: '2025-05-09T10:00' });
    expect(d.value).toEqual({ dueBy: null, onTime: null, purposes: ['the issues the customer remains dissatisfied with', 'the resolution they are seeking'] });
    expect(rules(d)).toEqual(['CRM-05a']);
  });
  it('elapsed hours across a change of the clocks: 47 wall-clock hours over the March change, 49 over October', () => {
    // 2025: BST began Sun 30 March 01:00 GMT and ended Sun 26 October 01:00 GMT
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-03-29T10:00' }).value.dueBy).toBe('2025-03-31T11:00');
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-10-25T10:00' }).value.dueBy).toBe('2025-10-27T09:00');
    // the boundary minute: 48:00 elapsed is on time, 48:01 late, on the wall clock of the other side of the change
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-03-29T10:00', calledAt: '2025-03-31T11:00' }).value.onTime).toBe(true);
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-03-29T10:00', calledAt: '2025-03-31T11:01' }).value.onTime).toBe(false);
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-10-25T10:00', calledAt: '2025-10-27T09:00' }).value.onTime).toBe(true);
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-10-25T10:00', calledAt: '2025-10-27T09:01' }).value.onTime).toBe(false);
    // received and due on the same side of a change: 48 wall-clock hours
    expect(decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: '2025-03-30T03:00' }).value.dueBy).toBe('2025-04-01T03:00');
  });
  it('property: the due time is 48 elapsed hours after receipt, 47 to 49 on the wall clock', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 * 365 * 24 * 100 }), (m) => {
      const ts = timestampOfMinutes(m);
      const due = decideComplaintFirstContactCall({ stage: 'CRT', receivedAt: ts }).value.dueBy!;
      expect([47 * 60, 48 * 60, 49 * 60]).toContain(minutesOfTimestamp(due) - m);
    }));
  });
});

describe('CRM-01b / CRM-05b: response target 15 working days from DWP receipt (20 for POS at the CCRT)', () => {
  // Fri 2 May 2025; Mon 5 May and Mon 26 May are bank holidays (England and Wales).
  it('CRM-01b: day 15 is Tue 27 May; a response that day is on time, on day 16 (Wed 28 May) late', () => {
    const d15 = complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-05-02', respondedOn: '2025-05-27' });
    expect(d15.value).toEqual({ targetDate: '2025-05-27', workingDays: 15, met: true });
    expect(rules(d15)).toEqual(['CRM-01b']);
    const d16 = complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-05-02', respondedOn: '2025-05-28' });
    expect(d16.value.met).toBe(false);
  });
  it('CRM-01b: the CRT text gives no POS period, so a POS case at the CRT keeps 15 working days', () => {
    expect(complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-12-19', posCase: true }).value.targetDate).toBe('2026-01-14');
  });
  it('CRM-05b: CCRT non-POS 15 working days over Christmas, POS 20', () => {
    expect(complaintResponseTarget({ stage: 'CCRT', receivedByDwp: '2025-12-19' }).value.targetDate).toBe('2026-01-14');
    const pos = complaintResponseTarget({ stage: 'CCRT', receivedByDwp: '2025-12-19', posCase: true, respondedOn: '2026-01-21' });
    expect(pos.value).toEqual({ targetDate: '2026-01-21', workingDays: 20, met: true });
    expect(rules(pos)).toEqual(['CRM-05b']);
    expect(complaintResponseTarget({ stage: 'CCRT', receivedByDwp: '2025-12-19', posCase: true, respondedOn: '2026-01-22' }).value.met).toBe(false);
  });
  it('uses the jurisdiction from the options: Scotland has no Easter Monday', () => {
    // Thu 17 Apr 2025: E&W skips Good Friday, Easter Monday and 5 May; Scotland has no Easter Monday.
    expect(complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-04-17' }).value.targetDate).toBe('2025-05-13');
    expect(complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-04-17' }, { calendar: { jurisdiction: 'scotland' } }).value.targetDate).toBe('2025-05-12');
  });
  it('CRM-02d / CRM-06d: an agreed Resolution Plan meets the target for a staff complaint only', () => {
    const staff = complaintResponseTarget({ stage: 'CCRT', receivedByDwp: '2025-05-02', staffComplaint: true, resolutionPlanAgreed: true, respondedOn: '2025-07-01' });
    expect(staff.value.met).toBe(true);
    expect(rules(staff)).toEqual(['CRM-05b', 'CRM-06d']);
    expect(rules(complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-05-02', staffComplaint: true, resolutionPlanAgreed: true })))
      .toEqual(['CRM-01b', 'CRM-02d']);
    expect(complaintResponseTarget({ stage: 'CRT', receivedByDwp: '2025-05-02', resolutionPlanAgreed: true, respondedOn: '2025-07-01' }).value.met).toBe(false);
  });
});

describe('CRM-02d / CRM-06d: when a Resolution Plan is needed', () => {
  it('CRM-02d: staff complaint expected after day 15 → plan; expected on day 15 → none', () => {
    expect(decideResolutionPlanNeeded({ stage: 'CRT', receivedByDwp: '2025-05-02', staffComplaint: true, expectedResponseOn: '2025-05-28' }).value).toBe(true);
    expect(decideResolutionPlanNeeded({ stage: 'CRT', receivedByDwp: '2025-05-02', staffComplaint: true, expectedResponseOn: '2025-05-27' }).value).toBe(false);
  });
  it('CRM-02d: not for a complaint that is not about staff', () => {
    const d = decideResolutionPlanNeeded({ stage: 'CRT', receivedByDwp: '2025-05-02', staffComplaint: false, expectedResponseOn: '2025-09-01' });
    expect(d.value).toBe(false);
    expect(rules(d)).toEqual(['CRM-02d']);
  });
  it('CRM-06d: a POS staff complaint at the CCRT uses the applicable 20-working-day target', () => {
    const input = { stage: 'CCRT' as const, receivedByDwp: '2025-12-19', staffComplaint: true, posCase: true };
    expect(decideResolutionPlanNeeded({ ...input, expectedResponseOn: '2026-01-21' }).value).toBe(false);
    const d = decideResolutionPlanNeeded({ ...input, expectedResponseOn: '2026-01-22' });
    expect(d.value).toBe(true);
    expect(rules(d)).toEqual(['CRM-06d']);
  });
});

describe('CRM-04b / CRM-09a: remedial-action feedback deadlines', () => {
  it('CRM-04b: simple remedy one week, complex two weeks (calendar weeks)', () => {
    expect(remedialFeedbackDeadline({ stage: 'CRT', feedbackGivenOn: '2025-03-03', complexity: 'simple' }).value).toBe('2025-03-10');
    expect(remedialFeedbackDeadline({ stage: 'CRT', feedbackGivenOn: '2025-03-03', complexity: 'complex' }).value).toBe('2025-03-17');
  });
  it('CRM-09a: the CCRT feedback to a CRT has the same defaults; an agreed date overrides', () => {
    const d = remedialFeedbackDeadline({ stage: 'CCRT', feedbackGivenOn: '2025-12-24', complexity: 'simple' });
    expect(d.value).toBe('2025-12-31');
    expect(rules(d)).toEqual(['CRM-09a']);
    expect(remedialFeedbackDeadline({ stage: 'CCRT', feedbackGivenOn: '2025-03-03', complexity: 'complex', agreedDeadline: '2025-04-01' }).value).toBe('2025-04-01');
  });
});
