import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NetnsLab } from '../netns-lab.ts';
import { waitForPort } from './samba.ts';

/**
 * Starts FreeTDS's tdspool inside a namespace (it binds every address) on `port`: a real server-side
 * TDS PRELOGIN, whose answer is fixed (version 10.0.1600, encryption not supported). Its backend is
 * never contacted before a LOGIN7, so none is needed.
 */
export async function startTdspool(lab: NetnsLab, port = 1433): Promise<{ port: number; stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-tdspool-'));
  await writeFile(path.join(dir, 'freetds.conf'), '[backend]\n  host = 127.0.0.1\n  port = 1\n  tds version = 7.4\n');
  await writeFile(path.join(dir, 'pool.conf'), `[global]\n[netcheck]\n  user = sa\n  password = unused\n  server = backend\n  port = ${port}\n  max pool conn = 1\n`);
  const child = lab.spawn('tdspool', ['-l', path.join(dir, 'log'), '-c', path.join(dir, 'pool.conf'), 'netcheck'], { env: { ...process.env, FREETDSCONF: path.join(dir, 'freetds.conf') } });
  await waitForPort(lab.address, port, child);
  return {
    port,
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
