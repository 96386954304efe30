import { describe, expect, it } from 'vitest';
import {
  MAPPA_EVENTS,
  MAPPA_RESTRICTION_TYPES,
  decideMappaInformationSharing,
  decideMappaStartWork,
  mappaNotificationStep,
  mappaResponsibleAuthority,
} from '../../src/provider/mappa.js';
import { rulesOf } from './helpers.js';

describe('mappaResponsibleAuthority (PRV-078, PRV-079, PRV-080)', () => {
  it('PRV-079: England and Wales — Police, Prison Service, Probation Service', () => {
    for (const nation of ['England', 'Wales'] as const) {
      const d = mappaResponsibleAuthority({ nation });
      expect(d.value).toEqual(['Police', 'Prison Service', 'Probation Service']);
      expect(rulesOf(d)).toEqual(['PRV-078', 'PRV-079']);
    }
  });
  it('PRV-080: Scotland — four members', () => {
    const d = mappaResponsibleAuthority({ nation: 'Scotland' });
    expect(d.value).toHaveLength(4);
    expect(d.value[0]).toBe('Local Authority (social work services in practice)');
    expect(d.value[1]).toBe("Chief Constable for the local authority's area"); // para 80 as printed
    expect(d.value[3]).toBe('Scottish Ministers (the Scottish Prison Service in practice)');
    expect(rulesOf(d)).toEqual(['PRV-078', 'PRV-080']);
  });
});

describe('mappaNotificationStep (PRV-082, PRV-084, PRV-085, PRV-086, PRV-087, PRV-093, PRV-098)', () => {
  it.each([
    ['risk assessment completed', 'PRV-082', 'form MAPPA J / referral form'],
    ['serious risk of harm to staff', 'PRV-085', null],
    ['MAPPA J received by Jobcentre Plus', 'PRV-086', null],
    ['restrictions to pass to the provider', 'PRV-087', 'secure post (for MAPPA J / referral forms)'],
    ['change of circumstances or restrictions', 'PRV-093', 'updated MAPPA J'],
    ['SCR status granted', 'PRV-098', null],
  ] as const)('%s → %s', (event, id, channel) => {
    const d = mappaNotificationStep({ event });
    expect(d.value.id).toBe(id);
    expect(d.value.channel).toBe(channel);
    expect(rulesOf(d)).toEqual([id, 'PRV-084']);
  });
  it('covers every event', () => {
    expect(MAPPA_EVENTS).toHaveLength(6);
  });
});

describe('decideMappaStartWork (PRV-095, PRV-084, PRV-083)', () => {
  it('PRV-095: only with RA permission', () => {
    expect(decideMappaStartWork({ raPermissionGiven: true, withinRestrictions: true }).value).toBe(true);
    expect(rulesOf(decideMappaStartWork({ raPermissionGiven: false, withinRestrictions: true }))).toEqual(['PRV-095']);
  });
  it('PRV-084: restrictions must be strictly adhered to (PRV-083 types)', () => {
    expect(rulesOf(decideMappaStartWork({ raPermissionGiven: true, withinRestrictions: false }))).toEqual(['PRV-084']);
    expect(MAPPA_RESTRICTION_TYPES).toContain('Restrictions of Liberty Order (ROLO)');
  });
});

describe('decideMappaInformationSharing (PRV-100–PRV-104)', () => {
  it('PRV-103: necessary, proportionate and relevant, between nominated officers → may share', () => {
    const d = decideMappaInformationSharing({ necessary: true, proportionateAndRelevant: true, betweenNominatedOfficers: true });
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-100', 'PRV-103']);
  });
  it('PRV-102: not necessary → no', () => {
    expect(rulesOf(decideMappaInformationSharing({ necessary: false, proportionateAndRelevant: true, betweenNominatedOfficers: true }))).toEqual(['PRV-100', 'PRV-102']);
  });
  it('PRV-103/PRV-104: disproportionate → no, even when imperative', () => {
    expect(decideMappaInformationSharing({ necessary: true, proportionateAndRelevant: false, betweenNominatedOfficers: false, imperative: true }).value).toBe(false);
  });
  it('PRV-104: wider sharing only when imperative', () => {
    expect(decideMappaInformationSharing({ necessary: true, proportionateAndRelevant: true, betweenNominatedOfficers: false }).value).toBe(false);
    const d = decideMappaInformationSharing({ necessary: true, proportionateAndRelevant: true, betweenNominatedOfficers: false, imperative: true });
    expect(d.value).toBe(true);
    expect(rulesOf(d)).toEqual(['PRV-100', 'PRV-104']);
  });
  it('PRV-101: MAPPA information is sensitive personal information', () => {
    const d = decideMappaInformationSharing({ necessary: true, proportionateAndRelevant: true, betweenNominatedOfficers: true });
    expect(d.reasons[0]!.cites.map((c) => c.id)).toEqual(['PRV-100', 'PRV-101']);
  });
});
