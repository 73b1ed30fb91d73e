import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { EventContract, EventName, InvokeHandlers, IpcResult, OpenLogResult } from '../../../shared/ipc/contract.ts';
import { SAMPLE_LOGS } from '../../../shared/logs/sample-logs.ts';
import type { Dialogs } from '../app/dialogs.ts';
import { LogSession } from './log-session.ts';
import { withRolloverFiles, type LogSource } from './read-log-files.ts';
import { ok } from '../app/ipc-result.ts';

/** Sessions kept open at once; opening another closes the oldest. */
export const MAX_LOG_SESSIONS = 4;

type LogHandlers = Pick<InvokeHandlers, 'openLogFiles' | 'openLogPaths' | 'openLogBytes' | 'openSampleLogs' | 'readLogRows' | 'filterLog' | 'followLog' | 'closeLogSession'>;


function notFound(sessionId: string): IpcResult<never> {
  return { ok: false, error: { code: 'not-found', message: `no open log session ${sessionId}` } };
}

/**
 * The Logs view's calls: opening files (from the dialog, a drop, bytes from the page or the
 * embedded sample) into a session that reads them in the background and reports through
 * `logUpdated`, then rows, filters and follow mode on that session.
 */
export function createLogServices(deps: { dialogs: Dialogs; emit: <K extends EventName>(name: K, payload: EventContract[K]) => void }): LogHandlers & { closeAll(): void } {
  const sessions = new Map<string, LogSession>();

  function start(sources: LogSource[], sizes: number[]): IpcResult<OpenLogResult> {
    while (sessions.size >= MAX_LOG_SESSIONS) {
      const [oldest] = sessions.keys();
      if (oldest === undefined) break;
      sessions.get(oldest)?.close();
      sessions.delete(oldest);
    }
    const session = new LogSession(sources, sizes, { onUpdate: (info) => deps.emit('logUpdated', info) });
    sessions.set(session.id, session);
    return ok({ status: 'opened', session: session.info() });
  }

  /** Paths the user chose or dropped: each `.log` with its `.lo_`, every one an existing file. */
  async function openPaths(paths: readonly string[]): Promise<IpcResult<OpenLogResult>> {
    const files = await withRolloverFiles(paths);
    const sizes: number[] = [];
    for (const file of files) {
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return { ok: false, error: { code: 'invalid-file', message: `${path.basename(file)}: no such file` } };
      sizes.push(info.size);
    }
    return start(
      files.map((file) => ({ path: file })),
      sizes,
    );
  }

  const withSession = <T>(sessionId: string, run: (session: LogSession) => Promise<IpcResult<T>>): Promise<IpcResult<T>> => {
    const session = sessions.get(sessionId);
    return session ? run(session) : Promise.resolve(notFound(sessionId));
  };

  return {
    openLogFiles: async () => {
      const files = await deps.dialogs.chooseFilesToOpen('log');
      if (!files || files.length === 0) return ok({ status: 'cancelled' });
      return openPaths(files);
    },
    openLogPaths: async ({ paths }) => openPaths(paths.map((file) => path.resolve(file))),
    openLogBytes: async ({ files }) => {
      const sources = files.map((file) => ({ name: path.basename(file.name), bytes: Buffer.from(file.base64, 'base64') }));
      // The browser gives no folder to find a `.lo_` in: order the ones dropped together.
      sources.sort((a, b) => (a.name.replace(/\.lo[g_]$/i, '') === b.name.replace(/\.lo[g_]$/i, '') ? (/\.lo_$/i.test(a.name) ? -1 : 1) : 0));
      return start(
        sources,
        sources.map((source) => source.bytes.length),
      );
    },
    openSampleLogs: async () =>
      start(
        SAMPLE_LOGS.map((sample) => ({ name: sample.name, bytes: Buffer.from(sample.text) })),
        SAMPLE_LOGS.map((sample) => Buffer.byteLength(sample.text)),
      ),
    readLogRows: ({ sessionId, start: first, count, filtered }) => withSession(sessionId, async (session) => ok(await session.rows(first, count, filtered))),
    filterLog: ({ sessionId, filter }) => withSession(sessionId, async (session) => ok(await session.filter(filter))),
    followLog: ({ sessionId, follow }) => withSession(sessionId, async (session) => ok({ following: session.follow(follow) })),
    closeLogSession: async ({ sessionId }) => {
      const session = sessions.get(sessionId);
      session?.close();
      sessions.delete(sessionId);
      return ok({ closed: session !== undefined });
    },
    closeAll: () => {
      for (const session of sessions.values()) session.close();
      sessions.clear();
    },
  };
}
