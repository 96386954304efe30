import { defineConfig } from 'tsup';

/** One entry per public subpath of the exports map. */
const ENTRIES = {
  index: 'src/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'compliance/index': 'src/compliance/index.ts',
  'provider/index': 'src/provider/index.ts',
  'complaints/index': 'src/complaints/index.ts',
  'child-maintenance/index': 'src/child-maintenance/index.ts',
  'foi/index': 'src/foi/index.ts',
};

export default defineConfig([
  {
    // ESM: one output file per source module (as date-fns ships), so an app's bundler drops every
    // module it does not use ("sideEffects": false) and one rule costs its own modules, not its
    // whole domain (docs/performance.md, "Bundle size").
    entry: ['src/**/*.ts', '!src/cli/**', '!src/explorer/**'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    // CommonJS (Node services): one bundle per subpath, shared code in chunks.
    entry: ENTRIES,
    format: ['cjs'],
    sourcemap: true,
    clean: false,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    // Type declarations, rolled up per subpath, for both module systems (.d.ts and .d.cts).
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
  },
]);
