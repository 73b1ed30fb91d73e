/** Where the CLI writes, injected so commands run in-process in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  cwd: string;
  /** The environment (`HTTPS_PROXY`, `NO_PROXY`, `NETCHECK_PROXY_PASSWORD`); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Aborted on Ctrl-C: a run in progress is cancelled and still reports what it has. */
  signal?: AbortSignal;
  /** This machine's name and addresses (tests give one; the CLI reads the system's). */
  vantage?: { hostname: string; addresses: string[] };
}

/** The CLI's exit codes. */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, interrupted: 130 } as const;

/** A usage or input error: printed with exit code 2. */
export class BadInput extends Error {}
