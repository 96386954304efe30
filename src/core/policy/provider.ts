import { cite } from '../citation.js';
import { param, type ParameterGroup } from './parameter.js';

// Parameters of: Provider guidance, generic chapter.
// Every number this part of the guidance states lives here once, with its citation.
// Rules read them through the policy edition (`policy.provider.<name>.value`).

/**
 * The numbers stated in Provider guidance, generic chapter, each with its citation.
 *
 * @example
 * CURRENT_POLICY.provider;
 */
export const PROVIDER_PARAMETERS = Object.freeze({}) satisfies ParameterGroup;

/** The shape of the Provider guidance, generic chapter parameters. */
export type ProviderParameters = typeof PROVIDER_PARAMETERS;
