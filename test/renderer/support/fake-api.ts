import { EVENT_NAMES, eventMethodName, INVOKE_NAMES, type EventContract, type EventName, type InvokeName, type IpcResult, type NetcheckApi } from '../../../shared/ipc/contract.ts';

type Listener = (payload: unknown) => void;

/**
 * A `window.api` for component tests: records every call, answers with what the test queued, and
 * lets the test emit main-process events. No global stubs: the test installs it on `window.api`,
 * the same seam the preload and the browser bridge use.
 */
export function createFakeApi(answers: Partial<Record<InvokeName, (args: unknown) => IpcResult<unknown>>> = {}) {
  const calls: { name: InvokeName; args: unknown }[] = [];
  const listeners = new Map<EventName, Set<Listener>>();
  const invoke = (name: InvokeName) => async (args: unknown) => {
    calls.push({ name, args });
    const answer = answers[name];
    return answer ? answer(args) : { ok: false, error: { code: 'unsupported', message: `no fake answer for ${name}` } };
  };
  const subscribe = (name: EventName) => (listener: Listener) => {
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name)!.add(listener);
    return () => listeners.get(name)!.delete(listener);
  };
  // One function per call and one subscriber per event, as the preload exposes them.
  const api = Object.fromEntries([...INVOKE_NAMES.map((name) => [name, invoke(name)]), ...EVENT_NAMES.map((name) => [eventMethodName(name), subscribe(name)])]) as unknown as NetcheckApi;
  return {
    api,
    calls,
    emit<K extends EventName>(name: K, payload: EventContract[K]) {
      for (const listener of listeners.get(name) ?? []) listener(payload);
    },
  };
}
