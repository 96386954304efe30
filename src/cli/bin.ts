// Entry point of the `dwp-rules` executable (bin/dwp-rules.mjs loads the built copy of this file).
import { runCli } from './main.js';

process.exitCode = runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
});
