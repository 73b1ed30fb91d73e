import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventContract, IpcResult, OpenLogResult } from '../../../../shared/ipc/contract.ts';
import type { LogSessionInfo } from '../../../../shared/logs/log-session-types.ts';
import { SAMPLE_LOGS } from '../../../../shared/logs/sample-logs.ts';
import { createLogServices, MAX_LOG_SESSIONS } from '../../../../src-main/core/logs/log-services.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-log-services-'));
  for (const sample of SAMPLE_LOGS) await writeFile(path.join(dir, sample.name), sample.text);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function harness(chosen: string[] | null = null) {
  const updates: LogSessionInfo[] = [];
  const services = createLogServices({
    dialogs: { chooseFileToOpen: async () => null, chooseFilesToOpen: async () => chosen, chooseFileToSave: async () => null },
    emit: (name, payload) => {
      if (name === 'logUpdated') updates.push(payload as EventContract['logUpdated']);
    },
  });
  return { services, updates };
}

function opened(answer: IpcResult<OpenLogResult>): LogSessionInfo {
  if (!answer.ok || answer.value.status !== 'opened') throw new Error(`not opened: ${JSON.stringify(answer)}`);
  return answer.value.session;
}

async function ready(updates: LogSessionInfo[], sessionId: string): Promise<LogSessionInfo> {
  for (let i = 0; i < 200; i++) {
    const done = updates.find((info) => info.sessionId === sessionId && info.state !== 'reading');
    if (done) return done;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('never finished reading');
}

describe('log services', () => {
  it('opens the chosen .log with the .lo_ beside it, and reports when reading ends', async () => {
    const { services, updates } = harness([path.join(dir, 'Dmpdownloader.log')]);
    const session = opened(await services.openLogFiles(null));
    expect(session.state).toBe('reading');
    const done = await ready(updates, session.sessionId);
    expect(done.files.map((file) => path.basename(file.path))).toEqual(['Dmpdownloader.lo_', 'Dmpdownloader.log']);
    expect(done.analysis.findings).toHaveLength(4);
    const page = await services.readLogRows({ sessionId: session.sessionId, start: 0, count: 5, filtered: false });
    expect(page.ok && page.value.rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5]);
    const filtered = await services.filterLog({ sessionId: session.sessionId, filter: { severities: ['error'] } });
    expect(filtered).toEqual({ ok: true, value: { matches: 2, capped: false } });
    expect(await services.closeLogSession({ sessionId: session.sessionId })).toEqual({ ok: true, value: { closed: true } });
    expect(await services.readLogRows({ sessionId: session.sessionId, start: 0, count: 5, filtered: false })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers a cancelled dialog, a missing file and bytes from the page', async () => {
    const { services, updates } = harness(null);
    expect(await services.openLogFiles(null)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await services.openLogPaths({ paths: [path.join(dir, 'gone.log')] })).toMatchObject({ ok: false, error: { code: 'invalid-file', message: 'gone.log: no such file' } });
    const fromPage = opened(await services.openLogBytes({ files: SAMPLE_LOGS.map((sample) => ({ name: sample.name, base64: Buffer.from(sample.text).toString('base64') })).reverse() }));
    expect(fromPage.files.map((file) => file.path)).toEqual(['Dmpdownloader.lo_', 'Dmpdownloader.log']);
    expect((await ready(updates, fromPage.sessionId)).entries).toBe(75);
  });

  it(`keeps at most ${MAX_LOG_SESSIONS} sessions, closing the oldest`, async () => {
    const { services } = harness();
    const first = opened(await services.openSampleLogs(null));
    for (let i = 1; i < MAX_LOG_SESSIONS; i++) opened(await services.openSampleLogs(null));
    expect(await services.followLog({ sessionId: first.sessionId, follow: false })).toMatchObject({ ok: true });
    opened(await services.openSampleLogs(null));
    expect(await services.followLog({ sessionId: first.sessionId, follow: false })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    services.closeAll();
  });
});
