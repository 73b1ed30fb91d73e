import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, EVENT_NAMES, INVOKE_CHANNELS, INVOKE_NAMES, eventMethodName } from '../../../shared/ipc/contract.ts';
import { createAppServices } from '../../../src-main/core/app/app-services.ts';
import { createProbeRegistry } from '../../../src-main/core/probes/registry.ts';
import { registerIpcHandlers, type IpcMainLike } from '../../../src-main/ipc/ipc-router.ts';

const exposed: Record<string, unknown> = {};
const invoked: { channel: string; args: unknown }[] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (channel: string, args: unknown) => {
      invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
    on: vi.fn(),
    removeListener: vi.fn(),
  },
  webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
}));

function services() {
  return createAppServices({
    shell: 'electron',
    dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => null, chooseFileToSave: async () => null },
    emit: () => undefined,
    probes: createProbeRegistry(),
    systemLanguage: 'en',
  });
}

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (channel) => handlers.delete(channel) };
  return { ipcMain, handlers };
}

describe('IPC contract', () => {
  it('registers exactly one handler per contract call, and the preload exposes exactly those calls and events', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unregister = registerIpcHandlers(ipcMain, services(), () => true);
    expect([...handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());

    await import('../../../src-main/preload.ts');
    const api = exposed.api as Record<string, unknown>;
    // Besides the API, only the dropped-file path helper (it calls no channel).
    expect(Object.keys(exposed)).toEqual(['api', 'droppedFiles']);
    const dropped = exposed.droppedFiles as { pathOf(file: { name: string }): string };
    expect(Object.keys(dropped)).toEqual(['pathOf']);
    expect(dropped.pathOf({ name: 'Dmpdownloader.log' })).toBe('/dropped/Dmpdownloader.log');
    expect(Object.isFrozen(dropped)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...INVOKE_NAMES, ...EVENT_NAMES.map(eventMethodName)].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);

    const implemented = Object.keys(services()).filter((key) => !['activeRuns', 'closeAll', 'currentTranslator'].includes(key));
    expect(implemented.sort()).toEqual([...INVOKE_NAMES].sort());

    unregister();
    expect(handlers.size).toBe(0);
  });

  it('maps each preload function to its own channel, never a caller-chosen one', async () => {
    await import('../../../src-main/preload.ts');
    const api = exposed.api as Record<string, (args: unknown) => Promise<unknown>>;
    invoked.length = 0;
    await api.cancelRun!({ runId: 'x' });
    await api.getAppInfo!(undefined);
    expect(invoked).toEqual([
      { channel: INVOKE_CHANNELS.cancelRun, args: { runId: 'x' } },
      { channel: INVOKE_CHANNELS.getAppInfo, args: null },
    ]);
    expect(new Set(Object.values(EVENT_CHANNELS)).size).toBe(EVENT_NAMES.length);
  });

  it('rejects a call from an untrusted sender before any handler or validation runs', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const svc = services();
    const spy = vi.spyOn(svc, 'getAppInfo');
    registerIpcHandlers(ipcMain, svc, () => false);
    const answer = await handlers.get(INVOKE_CHANNELS.getAppInfo)!({} as IpcMainInvokeEvent, null);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid-sender', message: 'app:get-info: sender rejected' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('rejects invalid payloads with a message, and turns handler exceptions into errors as data', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const svc = services();
    svc.cancelRun = () => Promise.reject(new Error('disk on fire'));
    registerIpcHandlers(ipcMain, svc, () => true);
    const call = (channel: string, args: unknown) => handlers.get(channel)!({} as IpcMainInvokeEvent, args);
    expect(await call(INVOKE_CHANNELS.startRun, { hierarchy: { formatVersion: 1 }, options: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: expect.stringContaining('startRun: hierarchy: name: required') },
    });
    expect(await call(INVOKE_CHANNELS.startRun, { hierarchy: {}, options: { timeoutMs: 1 } })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call(INVOKE_CHANNELS.getAppInfo, { sneaky: true })).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: 'getAppInfo: this call takes no arguments' } });
    expect(await call(INVOKE_CHANNELS.cancelRun, { runId: 'r' })).toEqual({ ok: false, error: { code: 'internal', message: 'cancelRun: disk on fire' } });
  });
});
