import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // One entry per public subpath of the exports map.
    entry: {
      index: 'src/index.ts',
      'calendar/index': 'src/calendar/index.ts',
      'compliance/index': 'src/compliance/index.ts',
      'provider/index': 'src/provider/index.ts',
      'complaints/index': 'src/complaints/index.ts',
      'child-maintenance/index': 'src/child-maintenance/index.ts',
      'foi/index': 'src/foi/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    splitting: true,
    treeshake: true,
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
