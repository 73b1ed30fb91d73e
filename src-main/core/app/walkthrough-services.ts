import type { InvokeHandlers, IpcResult } from '../../../shared/ipc/contract.ts';
import type { WalkthroughRun } from '../../../shared/walkthroughs/walkthrough-run.ts';
import type { WalkthroughStore } from './walkthrough-store.ts';
import { ok, ioError } from './ipc-result.ts';

type WalkthroughHandlers = Pick<InvokeHandlers, 'listWalkthroughRuns' | 'saveWalkthroughRun' | 'deleteWalkthroughRun'>;


/**
 * Keeps walkthrough runs across restarts (in the settings folder), or in memory when the app has no
 * settings folder. A run that cannot be written is reported, and the renderer keeps it on screen.
 */
export function createWalkthroughServices(deps: { store?: WalkthroughStore }): WalkthroughHandlers {
  const memory = new Map<string, WalkthroughRun>();
  const write = async (change: () => Promise<WalkthroughRun[]>): Promise<IpcResult<WalkthroughRun[]>> => {
    try {
      return ok(await change());
    } catch (err) {
      return ioError('walkthroughs.json', err);
    }
  };
  return {
    listWalkthroughRuns: async () => ok(deps.store ? await deps.store.all() : [...memory.values()]),
    saveWalkthroughRun: async ({ run }) =>
      write(async () => {
        if (deps.store) return deps.store.save(run);
        memory.set(run.id, run);
        return [...memory.values()];
      }),
    deleteWalkthroughRun: async ({ id }) =>
      write(async () => {
        if (deps.store) return deps.store.remove(id);
        memory.delete(id);
        return [...memory.values()];
      }),
  };
}
