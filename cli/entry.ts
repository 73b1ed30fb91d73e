import { main } from './netcheck.ts';

/**
 * Process entry of the CLI bundle (`out/cli/netcheck.mjs`): wires the real streams, turns Ctrl-C
 * into a cancellation (a second Ctrl-C exits at once), and exits with `main`'s code.
 */
const controller = new AbortController();
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, signal: controller.signal }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`netcheck: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  },
);
