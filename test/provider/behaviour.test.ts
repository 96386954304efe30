import { describe, expect, it } from 'vitest';
import {
  decideControlMeasures,
  decideExclusionRequest,
  INCIDENT_REFERRAL_STEPS,
  nextIncidentReferralStep,
  routeUnacceptableBehaviour,
  STALKING_DEFINITION,
  UNACCEPTABLE_BEHAVIOUR_EXAMPLES,
} from '../../src/provider/behaviour.js';
import { rulesOf } from './helpers.js';

describe('routeUnacceptableBehaviour (PRV-023b, PRV-024, PRV-026a, PRV-026b, PRV-027)', () => {
  it('PRV-023b: minor, no pattern → handled internally first, nothing sent', () => {
    const d = routeUnacceptableBehaviour({ severity: 'minor' });
    expect(d.value).toEqual({ route: 'handle internally in the first instance', forms: [], channel: null });
    expect(rulesOf(d)).toEqual(['PRV-023b']);
  });
  it('PRV-024/PRV-026a/PRV-027: serious → notify JCP; Clerical Incident Report + one IF3 per witness', () => {
    const d = routeUnacceptableBehaviour({ severity: 'serious', witnesses: 2 });
    expect(d.value.route).toBe('notify Jobcentre Plus');
    expect(d.value.forms).toEqual(['Clerical Incident Report form (managers section completed by a manager)', 'form IF3 (witness 1)', 'form IF3 (witness 2)']);
    expect(d.value.channel).toBe('immediately, preferably by secure email');
    expect(rulesOf(d)).toEqual(['PRV-024', 'PRV-026a', 'PRV-027']);
  });
  it('PRV-027: no witnesses → no IF3', () => {
    expect(routeUnacceptableBehaviour({ severity: 'serious' }).value.forms).toHaveLength(1);
    expect(routeUnacceptableBehaviour({ severity: 'serious', witnesses: 20 }).value.forms).toHaveLength(21);
  });
  it('PRV-024: a pattern of minor behaviour (continued refusal to co-operate) → notify', () => {
    expect(routeUnacceptableBehaviour({ severity: 'minor', pattern: true }).value.route).toBe('notify Jobcentre Plus');
  });
  it('PRV-026b: a listed example of unacceptable behaviour is an incident to notify', () => {
    const d = routeUnacceptableBehaviour({ severity: 'minor', examples: ['sexual innuendo'] });
    expect(d.value.route).toBe('notify Jobcentre Plus');
    expect(rulesOf(d)).toEqual(['PRV-026b', 'PRV-026a', 'PRV-027']);
    expect(UNACCEPTABLE_BEHAVIOUR_EXAMPLES).toHaveLength(11);
  });
});

describe('decideControlMeasures (PRV-032, PRV-033a, PRV-033b, PRV-034)', () => {
  it('PRV-033a/PRV-034: a threat of violence → control measures, with the suggested controls', () => {
    const d = decideControlMeasures({ behaviours: ['threat of violence'] });
    expect(d.value.warranted).toBe(true);
    expect(d.value.suggestedControls).toHaveLength(3);
    expect(rulesOf(d)).toEqual(['PRV-033a', 'PRV-034']);
  });
  it('PRV-033a: assault on a family member counts only with a work connection', () => {
    expect(decideControlMeasures({ behaviours: ["actual physical assault on a member of staff's family"] }).value.warranted).toBe(false);
    expect(decideControlMeasures({ behaviours: ["actual physical assault on a member of staff's family"], familyAssaultConnectedToWork: true }).value.warranted).toBe(true);
  });
  it('PRV-033b: stalking only as defined (wilful, malicious and repeated)', () => {
    const d = decideControlMeasures({ behaviours: ['stalking staff or another participant'] });
    expect(d.value.warranted).toBe(false);
    expect(rulesOf(d)).toContain('PRV-033b');
    expect(decideControlMeasures({ behaviours: ['stalking staff or another participant'], stalkingWilfulMaliciousRepeated: true }).value.warranted).toBe(true);
    expect(STALKING_DEFINITION).toBe('the wilful, malicious and repeated following and harassing of another person');
  });
  it('PRV-033a: severe mental illness needs a professional statement of danger', () => {
    expect(decideControlMeasures({ behaviours: ['severe mental illness'] }).value.warranted).toBe(false);
    expect(decideControlMeasures({ behaviours: ['severe mental illness'], professionalStatesDanger: true }).value.warranted).toBe(true);
  });
  it('PRV-032: an incident marker with JCP control measures', () => {
    const d = decideControlMeasures({ incidentMarkerWithControlMeasures: true });
    expect(d.value.warranted).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-032', 'PRV-034']);
  });
  it('nothing shown → none', () => {
    expect(decideControlMeasures({}).value).toEqual({ warranted: false, suggestedControls: [] });
  });
});

describe('decideExclusionRequest (PRV-025, PRV-028a, PRV-028b, PRV-029, PRV-030, PRV-031a, PRV-031b)', () => {
  const ok = {
    extremeCircumstances: true,
    triedToManageWithinBusiness: true,
    consistentlyUnacceptable: true,
    otherMethodsIneffectual: true,
    genuineRiskToStaff: true,
    evidenceSupplied: true,
  } as const;
  it('PRV-029: all conditions → may request; PRV-028b scope; PRV-030 route; PRV-031b temporary removal', () => {
    const d = decideExclusionRequest(ok);
    expect(d.value).toEqual({
      mayRequest: true,
      route: ['Performance Manager (or the JCP contact)', 'Jobcentre Plus (decides)'],
      scope: "the provider's site(s) only",
      temporaryRemovalPermitted: true,
    });
    expect(rulesOf(d)).toEqual(['PRV-029', 'PRV-028b', 'PRV-030', 'PRV-031b']);
  });
  it('PRV-031a: never on threats, foul language or refusal to engage alone (last resort only)', () => {
    const d = decideExclusionRequest({ ...ok, onlyNonExcludableBehaviours: true });
    expect(d.value.mayRequest).toBe(false);
    expect(rulesOf(d).slice(0, 2)).toEqual(['PRV-025', 'PRV-031a']);
  });
  it('PRV-028a: not extreme, or not tried to manage within the business → no', () => {
    expect(rulesOf(decideExclusionRequest({ ...ok, extremeCircumstances: false }))).toContain('PRV-028a');
    expect(decideExclusionRequest({ ...ok, triedToManageWithinBusiness: false }).value.mayRequest).toBe(false);
  });
  it.each(['consistentlyUnacceptable', 'otherMethodsIneffectual', 'genuineRiskToStaff', 'evidenceSupplied'] as const)('PRV-029: without %s → no', (k) => {
    const d = decideExclusionRequest({ ...ok, [k]: false });
    expect(d.value.mayRequest).toBe(false);
    expect(rulesOf(d)).toContain('PRV-029');
  });
});

describe('nextIncidentReferralStep (PRV-036m)', () => {
  it('PRV-036m: the happy path to "no further action"', () => {
    expect(nextIncidentReferralStep({ step: 'incident of unacceptable behaviour occurs' }).value).toBe('provider notifies JCP contact via the incident report form');
    expect(nextIncidentReferralStep({ step: 'provider notifies JCP contact via the incident report form' }).value).toBe('provider attempts to manage the participant');
    expect(nextIncidentReferralStep({ step: 'provider attempts to manage the participant' }).value).toBe('has the incident been resolved?');
    expect(nextIncidentReferralStep({ step: 'has the incident been resolved?', answer: true }).value).toBe('no further action is required');
  });
  it('PRV-036m: unresolved and consistently ignored → control measures → exclusion request', () => {
    expect(nextIncidentReferralStep({ step: 'has the incident been resolved?', answer: false }).value).toBe('has the participant consistently ignored all attempts to resolve the issue?');
    expect(nextIncidentReferralStep({ step: 'has the participant consistently ignored all attempts to resolve the issue?', answer: true }).value).toBe('JCP notified to consider control measures');
    expect(nextIncidentReferralStep({ step: 'JCP notified to consider control measures' }).value).toBe('have control measures resolved the issue?');
    expect(nextIncidentReferralStep({ step: 'have control measures resolved the issue?', answer: true }).value).toBe('no further action is required');
    const d = nextIncidentReferralStep({ step: 'have control measures resolved the issue?', answer: false });
    expect(d.value).toBe('provider may request exclusion via the JCP contact');
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['PRV-036m', 'PRV-029']);
  });
  it('PRV-036m: the lost NO branch loops back to managing the participant', () => {
    expect(nextIncidentReferralStep({ step: 'has the participant consistently ignored all attempts to resolve the issue?', answer: false }).value).toBe('provider attempts to manage the participant');
  });
  it('PRV-036m: end steps stay put; answering YES throughout ends in "no further action" within four moves', () => {
    expect(nextIncidentReferralStep({ step: 'no further action is required' }).value).toBe('no further action is required');
    expect(nextIncidentReferralStep({ step: 'provider may request exclusion via the JCP contact' }).value).toBe('provider may request exclusion via the JCP contact');
    let step: (typeof INCIDENT_REFERRAL_STEPS)[number] = 'incident of unacceptable behaviour occurs';
    for (let i = 0; i < 4; i++) step = nextIncidentReferralStep({ step, answer: true }).value;
    expect(step).toBe('no further action is required');
  });
});
