import type { Jurisdiction } from './types.js';

/**
 * A one-off change made by royal proclamation: an extra bank holiday (`add`), or a regular
 * holiday moved to another date (`move`, which removes the regular date `from`).
 */
export interface Proclamation {
  readonly date: string;
  readonly title: string;
  readonly jurisdictions: readonly Jurisdiction[];
  /** For a moved regular holiday: the regular date it replaces. */
  readonly from?: string;
}

const ALL: readonly Jurisdiction[] = Object.freeze(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * The proclaimed one-off and moved bank holidays since 1995 (no rule can produce them).
 * Source: GOV.UK bank holidays data (shared/data/gov-uk-bank-holidays.json) for 2011 onwards;
 * the Banking and Financial Dealings Act 1971 proclamations for 1995, 1999 and 2002.
 *
 * @example
 * PROCLAMATIONS.find((p) => p.date === '2023-05-08')?.title; // 'Bank holiday for the coronation of King Charles III'
 */
export const PROCLAMATIONS: readonly Proclamation[] = Object.freeze([
  { date: '1995-05-08', from: '1995-05-01', title: 'Early May bank holiday (VE day)', jurisdictions: ALL },
  { date: '1999-12-31', title: 'Millennium bank holiday', jurisdictions: ALL },
  { date: '2002-06-03', title: 'Queen’s Golden Jubilee', jurisdictions: ALL },
  { date: '2002-06-04', from: '2002-05-27', title: 'Spring bank holiday', jurisdictions: ALL },
  { date: '2011-04-29', title: 'Royal wedding', jurisdictions: ALL },
  { date: '2012-06-04', from: '2012-05-28', title: 'Spring bank holiday', jurisdictions: ALL },
  { date: '2012-06-05', title: 'Queen’s Diamond Jubilee', jurisdictions: ALL },
  { date: '2020-05-08', from: '2020-05-04', title: 'Early May bank holiday (VE day)', jurisdictions: ALL },
  { date: '2022-06-02', from: '2022-05-30', title: 'Spring bank holiday', jurisdictions: ALL },
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday', jurisdictions: ALL },
  { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II', jurisdictions: ALL },
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III', jurisdictions: ALL },
  { date: '2026-06-15', title: 'World Cup bank holiday', jurisdictions: Object.freeze(['scotland'] as const) },
]);
