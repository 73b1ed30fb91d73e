import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NetnsLab } from '../netns-lab.ts';

/**
 * Starts tftpd-hpa inside a namespace on `address:69` (the port is fixed, hence the namespace), serving
 * an empty directory: every read request gets "File not found", from a new port, as real TFTP does.
 */
export async function startTftpd(lab: NetnsLab, address = lab.address): Promise<{ stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-tftp-'));
  await chmod(dir, 0o755);
  const child = lab.spawn('/usr/sbin/in.tftpd', ['--foreground', '--listen', '--address', `${address}:69`, '--secure', '--user', 'nobody', dir]);
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (child.exitCode !== null) throw new Error(`in.tftpd exited with ${child.exitCode}`);
  return {
    stop: async () => {
      try {
        if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
