/**
 * `ConfigMgr Netcheck.exe --cli plan --demo`: the packaged app runs the command line instead of
 * opening a window, so the same binary serves a Server Core site server (where `netcheck.cmd`
 * beside the executable calls it). This is the one way the packaged app runs code without a window,
 * and it runs in the main process: the `RunAsNode` fuse stays off.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const index = argv.indexOf('--cli');
  return index < 0 ? null : argv.slice(index + 1);
}

/** Runs the CLI on the process's own streams; resolves to its exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  const { main } = await import('../cli/netcheck.ts');
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    return await main(args, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, signal: controller.signal });
  } catch (err) {
    process.stderr.write(`netcheck: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 3;
  }
}
