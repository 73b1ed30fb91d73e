import { stat } from 'node:fs/promises';
import type { ReadCheckpoint } from './read-log-files.ts';

/**
 * Following a live log: the last file is polled (a watcher misses changes on network shares, and
 * ConfigMgr logs are often read over `\\server\SMS_XXX\Logs`). When it grows, the new lines are
 * read from where reading stopped. When ConfigMgr rolls it over (renames it to `.lo_` and starts a
 * new `.log`), the rest of the renamed file is read, then the new one; a file that shrank in place
 * (cleared) is read again from its start as a new file of the set.
 */
export interface FollowTarget {
  /** The followed file and where its reading can resume. */
  current(): { source: { path: string }; resumeAt: ReadCheckpoint | undefined };
  /** Reads the followed file from a checkpoint. */
  readFrom(checkpoint: ReadCheckpoint): Promise<void>;
  /** The followed file was replaced: finish `rolledPath` (when the old file is there) and read `newPath`. */
  rolledOver(rolledPath: string | undefined, newPath: string): Promise<void>;
}

/** The `.lo_` a `.log` is renamed to at rollover. */
export function rolledOverPath(file: string): string {
  return file.replace(/\.log$/i, file.endsWith('.LOG') ? '.LO_' : '.lo_');
}

async function fileId(file: string): Promise<{ ino: bigint; size: bigint } | undefined> {
  try {
    const info = await stat(file, { bigint: true });
    return { ino: info.ino, size: info.size };
  } catch {
    return undefined;
  }
}

export class LogFollower {
  private readonly timer: ReturnType<typeof setInterval>;
  private busy = false;
  private ino: bigint | undefined;

  constructor(private readonly target: FollowTarget & { intervalMs: number }) {
    void fileId(target.current().source.path).then((id) => (this.ino ??= id?.ino));
    this.timer = setInterval(() => void this.tick(), target.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One look at the file; exported behaviour is tested through the session. */
  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const { source, resumeAt } = this.target.current();
      const now = await fileId(source.path);
      // Between the rename and the new file's creation, there is no file: look again later.
      if (!now || !resumeAt) return;
      if (this.ino !== undefined && now.ino !== this.ino && now.ino !== 0n) {
        const rolled = rolledOverPath(source.path);
        const old = await fileId(rolled);
        await this.target.rolledOver(old && old.ino === this.ino ? rolled : undefined, source.path);
        this.ino = now.ino;
      } else if (now.size < BigInt(resumeAt.byteOffset)) {
        await this.target.rolledOver(undefined, source.path);
      } else if (now.size > BigInt(resumeAt.byteOffset)) {
        await this.target.readFrom(resumeAt);
      }
    } finally {
      this.busy = false;
    }
  }
}
