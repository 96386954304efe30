// Enumerations of compliance ch.01–03, spelled as in the guidance, each with its runtime list.

/**
 * The Risk Type identifiers of the risk-referral table (ch.02 para 2, LSC-02-002a): A (New
 * Claims) Pre-payment LTAMC · B (Current Claims) Post-Payment LTAMC · C Recently Separated ·
 * D Previously Self-Employed · E WFI Sanction Cases · F only when authorised by Fraud and Error
 * Business · G Partner Team · H Other types of referrals. Closed set.
 *
 * @example
 * RISK_TYPES.includes('C'); // true
 */
export const RISK_TYPES = Object.freeze(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const);

/** One of {@link RISK_TYPES}. */
export type RiskType = (typeof RISK_TYPES)[number];

/**
 * The four methods of intervention the LSCTL chooses between (ch.03 para 36, LSC-03-036). Closed set.
 *
 * @example
 * INTERVENTION_METHODS; // ['OfficeInterview', 'Visit', 'Post', 'Telephone']
 */
export const INTERVENTION_METHODS = Object.freeze(['OfficeInterview', 'Visit', 'Post', 'Telephone'] as const);

/** One of {@link INTERVENTION_METHODS}. */
export type InterventionMethod = (typeof INTERVENTION_METHODS)[number];

/**
 * The language of a letter or SMS: Welsh letters carry the suffix W (CCEL1W, CCOI1W, CCV1W).
 *
 * @example
 * CORRESPONDENCE_LANGUAGES; // ['English', 'Welsh']
 */
export const CORRESPONDENCE_LANGUAGES = Object.freeze(['English', 'Welsh'] as const);

/** One of {@link CORRESPONDENCE_LANGUAGES}. */
export type CorrespondenceLanguage = (typeof CORRESPONDENCE_LANGUAGES)[number];

/**
 * How a referral reaches (or is sent to) Local Service Compliance (ch.02, ch.03 paras 4, 24).
 * `SPVA` and `IOP` (Instrument Of Payment) are sources LSC does not deal with.
 *
 * @example
 * REFERRAL_SOURCES.includes('CustomerCentric'); // true
 */
export const REFERRAL_SOURCES = Object.freeze([
  'RiskReferral',
  'LSIDowngrade',
  'CustomerCentric',
  'PMHST',
  'AbroadFraudInbox',
  'BIC',
  'MIDAS',
  'PensionService',
  'FRAIMSDirect',
  'SPVA',
  'IOP',
] as const);

/** One of {@link REFERRAL_SOURCES}. */
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
