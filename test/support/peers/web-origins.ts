import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NetnsLab } from '../netns-lab.ts';
import { waitForLine } from '../netns-lab.ts';

/** One stand-in endpoint: plain HTTP without `tls`, HTTPS with it. */
export interface OriginListener {
  address: string;
  port: number;
  tls?: { cert: string; key: string };
  answer?: 'ok' | 'status-503' | 'hang' | 'close' | 'garbage';
}

/**
 * Starts `web-origins.mjs` serving the listeners, inside a lab namespace or on this machine, and
 * waits until all accept. Returns the stopper.
 */
export async function startWebOrigins(listeners: OriginListener[], lab?: NetnsLab): Promise<{ stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-origins-'));
  const config = path.join(dir, 'origins.json');
  await writeFile(config, JSON.stringify(listeners));
  const script = path.join(import.meta.dirname, '..', 'web-origins.mjs');
  const child: ChildProcess = lab ? lab.spawn(process.execPath, [script, config]) : spawn(process.execPath, [script, config], { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForLine(child, 'ready');
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
