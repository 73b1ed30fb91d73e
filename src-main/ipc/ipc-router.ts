import type { IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, INVOKE_NAMES, type InvokeHandlers, type IpcResult } from '../../shared/ipc/contract.ts';
import { dispatchCall } from '../core/app/dispatch-call.ts';

/** The part of Electron's `ipcMain` the router uses (injected so the router is testable in Node). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * Registers one handler per contract call. Each first checks the sender (our own renderer's main
 * frame), then goes through `dispatchCall` (payload validation, handler, errors as data). Returns a
 * function that unregisters everything.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const name of INVOKE_NAMES) {
    const channel = INVOKE_CHANNELS[name];
    ipcMain.handle(channel, async (event, args): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'invalid-sender', message: `${channel}: sender rejected` } };
      return dispatchCall(handlers, name, args);
    });
  }
  return () => {
    for (const name of INVOKE_NAMES) ipcMain.removeHandler(INVOKE_CHANNELS[name]);
  };
}
