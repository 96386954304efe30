import { z } from 'zod';

/**
 * One regression scenario (the JSON format of ARCHITECTURE.md): call an export of the package
 * with `args` and check the result.
 *
 * @example
 * { "name": "Christmas 2026", "call": "addWorkingDays", "args": ["2026-12-24", 1],
 *   "expect": { "value": "2026-12-29" } }
 */
export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    call: z.string().min(1),
    args: z.array(z.unknown()).default([]),
    expect: z
      .object({
        value: z.unknown().optional(),
        throws: z.string().min(1).optional(),
      })
      .strict()
      .refine((e) => ('value' in e) !== ('throws' in e && e.throws !== undefined), {
        message: 'expect needs exactly one of "value" or "throws"',
      }),
    expectRules: z.array(z.string().min(1)).optional(),
    policy: z.string().min(1).optional(),
  })
  .strict();

/** A parsed scenario. */
export type Scenario = z.output<typeof scenarioSchema>;

/**
 * A scenario file: one scenario or an array of them.
 *
 * @example
 * scenarioFileSchema.parse([{ name: 'a', call: 'isoDate', args: ['2026-01-01'], expect: { value: '2026-01-01' } }]);
 */
export const scenarioFileSchema = z.preprocess(
  (content) => (Array.isArray(content) ? content : [content]),
  z.array(scenarioSchema).min(1, { message: 'a scenario file needs at least one scenario' }),
);
