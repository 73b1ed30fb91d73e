import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, EVENT_NAMES, INVOKE_CHANNELS, INVOKE_NAMES, eventMethodName } from '../shared/ipc/channels.ts';

/**
 * Exposes `window.api`: exactly one function per call of the IPC contract and one subscriber per
 * event. No generic `invoke(channel)`, no `ipcRenderer`, no `process`, and listeners never receive
 * the raw `IpcRendererEvent` (it would hand the page a sender object).
 */
function buildApi(): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const name of INVOKE_NAMES) {
    const channel = INVOKE_CHANNELS[name];
    api[name] = (args: unknown) => ipcRenderer.invoke(channel, args ?? null);
  }
  for (const name of EVENT_NAMES) {
    const channel = EVENT_CHANNELS[name];
    api[eventMethodName(name)] = (listener: (payload: unknown) => void) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    };
  }
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld('api', buildApi());

/**
 * `window.droppedFiles.pathOf(file)`: the path of a file dropped on the window (Electron removed
 * `File.path`; only the preload can ask). Main still checks each path before reading it.
 */
contextBridge.exposeInMainWorld('droppedFiles', Object.freeze({ pathOf: (file: File) => webUtils.getPathForFile(file) }));
