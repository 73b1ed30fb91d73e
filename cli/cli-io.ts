import { englishTranslator } from '../shared/i18n/english.ts';
import type { Translate } from '../shared/i18n/translator.ts';
import type { LocalizableMessage } from '../shared/results/result-document.ts';

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

/**
 * A usage or input error: printed with exit code 2, in the user's language. `BadInput.of` makes one
 * from a key of the `cli.error` table (its English is the error's message); `new BadInput(text)`
 * carries a text already worded elsewhere (a file system error, a problem a shared parser reported).
 */
export class BadInput extends Error {
  constructor(
    message: string,
    readonly text?: LocalizableMessage,
  ) {
    super(message);
  }

  static of(key: string, params: Record<string, string | number> = {}): BadInput {
    const text = { key: `cli.error.${key}`, params };
    return new BadInput(englishTranslator()(text.key, params), text);
  }

  /** The message in the reader's language. */
  wordedWith(t: Translate): string {
    return this.text ? t(this.text.key, this.text.params) : this.message;
  }
}
