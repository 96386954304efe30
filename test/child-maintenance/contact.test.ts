import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  childMaintenanceFoiResponseDeadline,
  classifyBogusCaller,
  classifySensitiveCase,
  classifyUnacceptableClientBehaviour,
  decideChildMaintenanceSpecialPayment,
  decideClientDataAccess,
  decideClientRecording,
  decideFaceToFaceVisit,
  decideParentalContactForwarding,
  decideRepresentativeDisclosure,
  respondToRecordingConcern,
  routeClientCommunicationNeeds,
  routeSuicideThreat,
} from '../../src/child-maintenance/index.js';
import { addCalendarDays, isoDate, workingDaysBetween } from '../../src/calendar/index.js';

const rules = (d: { reasons: readonly { rule: string }[] }) => d.reasons.map((r) => r.rule);

describe('call recordings', () => {
  it('CMG-02c: reassure first; if still objecting, offer writing or a non-monitored call back', () => {
    expect(respondToRecordingConcern({ stillObjectsAfterReassurance: false }).value).toEqual(['reassure the client about the confidentiality of the service']);
    const d = respondToRecordingConcern({ stillObjectsAfterReassurance: true });
    expect(d.value).toEqual(['communicate in writing', 'call back from a non-monitored telephone']);
    expect(rules(d)).toEqual(['CMG-02c', 'CMG-02c']);
  });
  it('CMG-02f: a suspected recording → ask directly; CMG-02g: the client may record without telling and keeps office/phone interviews', () => {
    const d = decideClientRecording({ suspectedRecording: true });
    expect(d.value).toEqual({ askDirectly: true, clientMayRecordWithoutTelling: true, interviewModesKept: ['office', 'phone'] });
    expect(rules(d)).toEqual(['CMG-02f', 'CMG-02g']);
    const intends = decideClientRecording({ suspectedRecording: false, clientIntendsToRecord: true });
    expect(intends.value.askDirectly).toBe(false);
    expect(rules(intends)).toEqual(['CMG-02g']);
  });
  it('CMG-05: a client may see the data held about them', () => {
    const d = decideClientDataAccess({ dataKind: 'personal data' });
    expect(d.value.rightToSeeOrCopy).toBe(true);
    expect(rules(d)).toEqual(['CMG-05']);
  });
  it('CMG-02d / CMG-02e: an untagged call is expected to be held through day 21 and not after; the right remains', () => {
    const day21 = decideClientDataAccess({ dataKind: 'call recording', callDate: '2025-03-03', tagged: false, asOf: '2025-03-24' });
    expect(day21.value).toEqual({ rightToSeeOrCopy: true, expectedHeldUntil: '2025-03-24', expectedAvailable: true });
    expect(rules(day21)).toEqual(['CMG-05', 'CMG-02d', 'CMG-02e']);
    const day22 = decideClientDataAccess({ dataKind: 'call recording', callDate: '2025-03-03', tagged: false, asOf: '2025-03-25' });
    expect(day22.value).toEqual({ rightToSeeOrCopy: true, expectedHeldUntil: '2025-03-24', expectedAvailable: false });
  });
  it('CMG-02e: a tagged recording has no stated deletion', () => {
    expect(decideClientDataAccess({ dataKind: 'call recording', callDate: '2025-03-03', tagged: true, asOf: '2026-03-25' }).value.expectedAvailable).toBeNull();
  });
});

describe('CMG-07a–e: facilitating parental contact', () => {
  const ok = {
    requester: 'non-resident parent' as const, specificRequest: true, previouslyForwarded: false, authorisationFormCompleted: true,
    contactDetailsOnApprovedForm: true, formContainsOnlyRequesterDetails: true, toldContactIsOtherParentsDecision: true,
  };
  it('all conditions met → forward the requester\'s details only', () => {
    const d = decideParentalContactForwarding(ok);
    expect(d.value).toEqual({ mayForward: true, unmet: [], forward: 'requester contact details only' });
  });
  it('CMG-07b: never for a child\'s request', () => {
    const d = decideParentalContactForwarding({ ...ok, requester: 'child' });
    expect(d.value).toEqual({ mayForward: false, unmet: ['CMG-07b'], forward: null });
  });
  it('CMG-07a: only on a specific request (never marketed)', () => {
    expect(decideParentalContactForwarding({ ...ok, requester: 'parent with care', specificRequest: false }).value.unmet).toEqual(['CMG-07a']);
  });
  it('CMG-07c: not re-sent unless the relevant information changed', () => {
    expect(decideParentalContactForwarding({ ...ok, previouslyForwarded: true }).value.unmet).toEqual(['CMG-07c']);
    const changed = decideParentalContactForwarding({ ...ok, previouslyForwarded: true, relevantInformationChanged: true });
    expect(changed.value.mayForward).toBe(true);
    expect(rules(changed)).toContain('CMG-07c');
  });
  it('CMG-07d: the authorisation form and the approved contact form are both needed', () => {
    expect(decideParentalContactForwarding({ ...ok, authorisationFormCompleted: false }).value.unmet).toEqual(['CMG-07d']);
    expect(decideParentalContactForwarding({ ...ok, contactDetailsOnApprovedForm: false }).value.unmet).toEqual(['CMG-07d']);
  });
  it('CMG-07e: only the requester\'s details, no other communications, and the requester told it is the other parent\'s choice', () => {
    expect(decideParentalContactForwarding({ ...ok, formContainsOnlyRequesterDetails: false }).value.unmet).toEqual(['CMG-07e']);
    expect(decideParentalContactForwarding({ ...ok, otherCommunicationsEnclosed: true }).value.unmet).toEqual(['CMG-07e']);
    const d = decideParentalContactForwarding({ ...ok, toldContactIsOtherParentsDecision: false, formContainsOnlyRequesterDetails: false });
    expect(d.value.unmet).toEqual(['CMG-07e']);
    expect(rules(d)).toEqual(['CMG-07e', 'CMG-07e']);
  });
  it('property: forwarding is allowed iff every condition holds', () => {
    fc.assert(fc.property(fc.record({
      requester: fc.constantFrom('parent with care' as const, 'non-resident parent' as const, 'child' as const),
      specificRequest: fc.boolean(), previouslyForwarded: fc.boolean(), relevantInformationChanged: fc.boolean(), authorisationFormCompleted: fc.boolean(),
      contactDetailsOnApprovedForm: fc.boolean(), formContainsOnlyRequesterDetails: fc.boolean(), otherCommunicationsEnclosed: fc.boolean(), toldContactIsOtherParentsDecision: fc.boolean(),
    }), (i) => {
      const expected = i.requester !== 'child' && i.specificRequest && (!i.previouslyForwarded || i.relevantInformationChanged) && i.authorisationFormCompleted &&
        i.contactDetailsOnApprovedForm && i.formContainsOnlyRequesterDetails && !i.otherCommunicationsEnclosed && i.toldContactIsOtherParentsDecision;
      const d = decideParentalContactForwarding(i).value;
      expect(d.mayForward).toBe(expected);
      expect(d.unmet.length === 0).toBe(expected);
    }));
  });
});

describe('CMG-09: FOI requests answered within twenty working days', () => {
  it('CMG-09: received Fri 19 Dec 2025 → due Wed 21 Jan 2026 (Christmas and New Year skipped); day 21 is late', () => {
    expect(childMaintenanceFoiResponseDeadline({ receivedOn: '2025-12-19', respondedOn: '2026-01-21' }).value).toEqual({ dueBy: '2026-01-21', met: true, referPromptly: true });
    const late = childMaintenanceFoiResponseDeadline({ receivedOn: '2025-12-19', respondedOn: '2026-01-22' });
    expect(late.value.met).toBe(false);
    expect(rules(late)).toEqual(['CMG-09', 'CMG-09']);
  });
  it('CMG-09: in Scotland 2 January is a holiday too', () => {
    expect(childMaintenanceFoiResponseDeadline({ receivedOn: '2025-12-19' }, { calendar: { jurisdiction: 'scotland' } }).value.dueBy).toBe('2026-01-22');
  });
  it('property (CMG-09): the due date is exactly 20 working days after receipt', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3650 }), (n) => {
      const received = addCalendarDays(isoDate('2020-01-01'), n);
      expect(workingDaysBetween(received, childMaintenanceFoiResponseDeadline({ receivedOn: received }).value.dueBy)).toBe(20);
    }), { numRuns: 200 });
  });
});

describe('definitions and routing', () => {
  it('CMG-01: a bogus caller seeks client information under false pretences', () => {
    expect(classifyBogusCaller({ seeksClientInformation: true, underFalsePretences: true }).value).toBe(true);
    expect(classifyBogusCaller({ seeksClientInformation: true, underFalsePretences: false }).value).toBe(false);
    expect(rules(classifyBogusCaller({ seeksClientInformation: false, underFalsePretences: true }))).toEqual(['CMG-01']);
  });
  it('CMG-06: face-to-face visits only in the limited circumstances; unknown → refer for decision', () => {
    expect(decideFaceToFaceVisit({ withinLimitedCircumstances: true }).value).toBe('may arrange');
    expect(decideFaceToFaceVisit({ withinLimitedCircumstances: false }).value).toBe('not arranged');
    expect(decideFaceToFaceVisit({}).value).toBe('refer for decision');
  });
  it('CMG-10: clients unable to speak English or with hearing difficulties → interpreting and translation', () => {
    expect(routeClientCommunicationNeeds({ unableToSpeakEnglish: true }).value).toBe('interpreting and translation procedures');
    expect(routeClientCommunicationNeeds({ hearingDifficulties: true }).value).toBe('interpreting and translation procedures');
    expect(routeClientCommunicationNeeds({}).value).toBe('usual methods');
  });
  it('CMG-11: a staff member knowing a client makes a sensitive case', () => {
    expect(classifySensitiveCase({ staffMemberKnowsClient: true }).value).toBe(true);
    expect(classifySensitiveCase({ staffMemberKnowsClient: false, accessOtherwiseRestricted: true }).value).toBe(true);
    expect(classifySensitiveCase({ staffMemberKnowsClient: false }).value).toBe(false);
  });
  it('CMG-12: disclosure to a representative needs the client\'s authorisation and disclosable information', () => {
    expect(decideRepresentativeDisclosure({ clientAuthorisationHeld: true, informationDisclosable: true }).value).toBe(true);
    expect(decideRepresentativeDisclosure({ clientAuthorisationHeld: false, informationDisclosable: true }).value).toBe(false);
    expect(decideRepresentativeDisclosure({ clientAuthorisationHeld: true, informationDisclosable: false }).value).toBe(false);
  });
  it('CMG-13: a CMG Special Payment needs maladministration', () => {
    expect(decideChildMaintenanceSpecialPayment({ maladministration: true }).value).toBe(true);
    expect(decideChildMaintenanceSpecialPayment({ maladministration: false }).value).toBe(false);
  });
  it('CMG-14: suicide threats go to the HEO of the owning team; no owning team is flagged', () => {
    expect(routeSuicideThreat({ owningTeam: 'Team 4' }).value).toEqual({ referTo: 'nominated officer: the HEO of the team that owns the case', team: 'Team 4' });
    const d = routeSuicideThreat({});
    expect(d.value.team).toBeNull();
    expect(d.reasons).toHaveLength(2);
  });
  it('CMG-15: threatened, harassed or abused in writing, in person or verbally → unacceptable behaviour', () => {
    expect(classifyUnacceptableClientBehaviour({ acts: ['threatened'], channel: 'verbally' }).value).toBe(true);
    expect(classifyUnacceptableClientBehaviour({ acts: [], channel: 'in person', otherUnacceptableBehaviour: true }).value).toBe(true);
    expect(classifyUnacceptableClientBehaviour({ acts: [], channel: 'in writing' }).value).toBe(false);
  });
});
