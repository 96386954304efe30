// Entry point of the `dwp-rules` executable (built to dist/cli.js, the package's bin).
import { runCli } from './main.js';

process.exitCode = runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
});
