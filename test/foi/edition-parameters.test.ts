import { describe, expect, it } from 'vitest';
import { complaintResponseTarget } from '../../src/complaints/index.js';
import { CURRENT_POLICY, param, type PolicyEdition } from '../../src/core/index.js';
import { FOI_ERA_POLICY } from '../../src/core/policy/editions.js';
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

describe('the foi-era edition overrides only what the FOI summary states', () => {
  it('every compliance parameter whose value differs from the current edition cites FOI ids only', () => {
    const groups = ['complianceReferrals', 'complianceInterview', 'complianceOutcomes'] as const;
    const overridden: string[] = [];
    for (const g of groups) {
      const cur = CURRENT_POLICY[g] as unknown as Record<string, { value: unknown; cites: readonly { id: string }[] }>;
      const foi = FOI_ERA_POLICY[g] as unknown as Record<string, { value: unknown; cites: readonly { id: string }[] }>;
      expect(Object.keys(foi).sort()).toEqual(Object.keys(cur).sort());
      for (const k of Object.keys(cur)) {
        if (JSON.stringify(foi[k]!.value) === JSON.stringify(cur[k]!.value)) {
          expect(foi[k], `${g}.${k} is unchanged, so it is the current parameter`).toBe(cur[k]);
          continue;
        }
        overridden.push(`${g}.${k}`);
        expect(foi[k]!.cites.length).toBeGreaterThan(0);
        expect(foi[k]!.cites.every((c) => c.id.startsWith('FOI-')), `${g}.${k} cites ${foi[k]!.cites.map((c) => c.id).join(', ')}`).toBe(true);
      }
    }
    expect(overridden.sort()).toEqual([
      'complianceInterview.documentaryEvidenceWorkingDaysFromInterview',
      'complianceInterview.employerContactRegime',
      'complianceInterview.failureToAttendReOffer',
      'complianceInterview.ltamcMaximumInterviews',
      'complianceInterview.ltamcSecondInterviewCalendarDays',
      'complianceOutcomes.abandonmentRegime',
      'complianceOutcomes.accompaniedInterviewsPerYear',
      'complianceReferrals.minimumNoticeWaivable',
      'complianceReferrals.minimumNoticeWorkingDays',
      'complianceReferrals.shortNoticeArrangementsExempt',
      'complianceReferrals.unNotifiedVisitNeedsGatewayAndJustification',
    ]);
    // the other groups are the current edition's
    for (const g of ['provider', 'complaints', 'childMaintenance', 'foi'] as const) expect(FOI_ERA_POLICY[g]).toBe(CURRENT_POLICY[g]);
  });
});
