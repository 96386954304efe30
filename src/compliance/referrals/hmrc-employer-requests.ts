import { z } from 'zod';
import { decide, type Decision } from '../../core/decision.js';
import { policyOf, type RuleOptions } from '../../core/options.js';
import { reason, type Reason } from '../../core/reason.js';
import { defineRule } from '../../core/registry.js';
import { lsc } from '../common/cite-lsc.js';
import { nonNegativePenceSchema } from '../../core/schemas.js';

const C009 = lsc('LSC-03-009');
const C010 = lsc('LSC-03-010');
const C011 = lsc('LSC-03-011');
const C012 = lsc('LSC-03-012');
const C013 = lsc('LSC-03-013');
const C016 = lsc('LSC-03-016');

/** The HMRC employer-information forms (ch.03 para 9). */
export const HMRC_EMPLOYER_FORMS = Object.freeze(['MF67', 'MF67A'] as const);
/** One of {@link HMRC_EMPLOYER_FORMS}. */
export type HmrcEmployerForm = (typeof HMRC_EMPLOYER_FORMS)[number];

/** Where each form goes and how HMRC replies (ch.03 paras 12–13). */
export const HMRC_FORM_ROUTING: Readonly<Record<HmrcEmployerForm, { readonly id: string; readonly recipient: string; readonly reply: string }>> = Object.freeze({
  MF67: Object.freeze({ id: 'LSC-03-013', recipient: 'HMRC CKU team (by e-mail)', reply: 'Screen shots attached to the original e-mail' }),
  MF67A: Object.freeze({ id: 'LSC-03-012', recipient: 'HMRC MRS team (by e-mail)', reply: 'Clerical, by courier' }),
});

/** One employer/tax-year request, from NPS. */
export const hmrcEmployerRequestSchema = z.object({
  /** Start year of the tax year: 2004 for 2004/05. */
  taxYearStart: z.number().int().min(1948).max(9998),
  employerCheckbrickName: z.string().optional(),
  employerReference: z.string().optional(),
  /** Total primary Cont/value from NPS, in pence. */
  totalPrimaryContributionsPence: nonNegativePenceSchema.optional(),
  /** A microfilm number shown on NPS (never entered on the form). */
  microfilmNumber: z.string().optional(),
});

/** Input of {@link planHmrcEmployerRequests}: the requests for one claimant. */
export const hmrcEmployerRequestsInputSchema = z.object({ requests: z.array(hmrcEmployerRequestSchema).min(1) });
export type HmrcEmployerRequestsInput = z.input<typeof hmrcEmployerRequestsInputSchema>;

/** One form to send. */
export interface HmrcEmployerFormPlan {
  readonly form: HmrcEmployerForm;
  readonly recipient: string;
  readonly reply: string;
  /** Up to five requests; the microfilm number is removed. */
  readonly requests: readonly Omit<z.output<typeof hmrcEmployerRequestSchema>, 'microfilmNumber'>[];
}

const R_FORM = reason('LSC-03-009', 'MF67 for tax years from 2004/05; MF67A for tax years before 2004/05.', [C009]);
const R_SPLIT = reason('LSC-03-010', 'A separate form for each claimant, up to five requests on one form; claimant details in full on the first page only.', [C010]);
const R_MICROFILM = reason('LSC-03-011', 'A 2004/05-or-later year with a microfilm number on NPS still goes on an MF67 to HMRC CKU; the microfilm number is not entered.', [C011]);
const R_MRS = reason('LSC-03-012', 'MF67A is e-mailed to the HMRC MRS team; the reply is clerical, by courier.', [C012]);
const R_CKU = reason('LSC-03-013', 'MF67 is e-mailed to the HMRC CKU team; the reply is screen shots attached to the original e-mail.', [C013]);
const R_RECORD = reason('LSC-03-016', 'Record each issued MF67/MF67A on FRAIMS as an outbound Communication Activity with an appropriate Due Date.', [C016]);

/**
 * Which HMRC form a tax year needs: MF67 from 2004/05, MF67A before (ch.03 para 9).
 *
 * @example
 * hmrcEmployerFormFor(2003); // 'MF67A'
 */
export function hmrcEmployerFormFor(taxYearStart: number, options?: RuleOptions): HmrcEmployerForm {
  return taxYearStart >= policyOf(options).complianceReferrals.mf67FirstTaxYearStart.value ? 'MF67' : 'MF67A';
}

/**
 * Plans the HMRC employer-information forms for one claimant (ch.03 paras 9–13, 16): MF67/MF67A
 * by tax year, at most five requests per form, never a microfilm number, each form's recipient
 * and reply channel; each issued form is recorded as an outbound Communication Activity.
 *
 * @example
 * planHmrcEmployerRequests({ requests: [{ taxYearStart: 2010 }, { taxYearStart: 2001 }] }).value.map((f) => f.form); // ['MF67', 'MF67A']
 */
export function planHmrcEmployerRequests(input: HmrcEmployerRequestsInput, options?: RuleOptions): Decision<readonly HmrcEmployerFormPlan[]> {
  const policy = policyOf(options);
  const max = policy.complianceReferrals.hmrcRequestsPerFormMaximum.value;
  const forms: HmrcEmployerFormPlan[] = [];
  const reasons: Reason[] = [R_FORM, R_SPLIT];
  let microfilm = false;
  for (const form of HMRC_EMPLOYER_FORMS) {
    const mine = input.requests.filter((r) => hmrcEmployerFormFor(r.taxYearStart, options) === form);
    if (mine.length === 0) continue;
    reasons.push(form === 'MF67' ? R_CKU : R_MRS);
    for (let i = 0; i < mine.length; i += max) {
      const requests = mine.slice(i, i + max).map(({ microfilmNumber, ...rest }) => {
        if (microfilmNumber !== undefined && form === 'MF67') microfilm = true;
        return rest;
      });
      forms.push({ form, recipient: HMRC_FORM_ROUTING[form].recipient, reply: HMRC_FORM_ROUTING[form].reply, requests });
    }
  }
  if (microfilm) reasons.push(R_MICROFILM);
  reasons.push(R_RECORD);
  return decide(forms, reasons, policy.id);
}

export const hmrcEmployerRequestsRule = defineRule({
  name: 'planHmrcEmployerRequests', domain: 'compliance', title: 'HMRC employer information: MF67/MF67A',
  ids: ['LSC-03-009', 'LSC-03-010', 'LSC-03-011', 'LSC-03-012', 'LSC-03-013', 'LSC-03-016'],
  citations: [C009, C010, C011, C012, C013, C016], input: hmrcEmployerRequestsInputSchema, evaluate: planHmrcEmployerRequests,
});
