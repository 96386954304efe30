// Entry point of the `dwp-rules` executable (built to dist/cli.js, the package's bin).
import { runCli } from './main.js';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  stdin: process.stdin,
  stdout: process.stdout,
  now: Date.now,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`dwp-rules: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
