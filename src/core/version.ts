/**
 * The version of this library, written into audit records so that a logged decision can be
 * traced to the code that made it. Kept equal to `package.json` by a test.
 *
 * @example
 * LIBRARY_VERSION; // '0.1.0'
 */
export const LIBRARY_VERSION = '0.1.0';

/** The package name, for audit records. */
export const LIBRARY_NAME = 'dwp-rules';
