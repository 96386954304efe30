#!/usr/bin/env node
// The dwp-rules command: runs the built CLI (npm run build, or the prepare step of npm ci, makes dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('dwp-rules: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
await import(cli);
