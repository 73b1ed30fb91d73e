import { INVOKE_NAMES, INVOKE_VALIDATORS, type InvokeHandlers, type InvokeName, type IpcResult } from '../../../shared/ipc/contract.ts';

/** Whether a string names a call of the contract. */
export function isInvokeName(name: string): name is InvokeName {
  return (INVOKE_NAMES as string[]).includes(name);
}

/**
 * The gate every call goes through, whatever the transport (Electron IPC or the browser bridge):
 * validate the payload against the contract, run the handler, and turn any exception into an error
 * result. The transport checks who sent the call before calling this.
 */
export async function dispatchCall(handlers: InvokeHandlers, name: InvokeName, args: unknown): Promise<IpcResult<unknown>> {
  const problem = INVOKE_VALIDATORS[name](args);
  if (problem) return { ok: false, error: { code: 'invalid-payload', message: `${name}: ${problem}` } };
  try {
    const handler = handlers[name] as (args: unknown) => Promise<IpcResult<unknown>>;
    return await handler(args ?? null);
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: `${name}: ${err instanceof Error ? err.message : String(err)}` } };
  }
}
