import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: the FOI request summarising an earlier edition of the compliance rules.
// Every number that document states lives here once, with its citation.
// Rules read them through the policy edition (`policy.foi.<name>.value`).

/**
 * The numbers stated in the FOI request summary, each with its citation.
 *
 * @example
 * CURRENT_POLICY.foi;
 */
export const FOI_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the FOI summary parameters. */
export type FoiParameters = typeof FOI_PARAMETERS;
