import type { IpcResult } from '../../../shared/ipc/contract.ts';

/** A call's answer when it worked. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A file that could not be read or written, named by its file name only (no folder leaks into the message). */
export function ioError(file: string, err: unknown): IpcResult<never> {
  return { ok: false, error: { code: 'io-error', message: `${file}: ${err instanceof Error ? err.message : String(err)}` } };
}
