import type { CliIo } from '../cli-io.ts';

/**
 * A one-line progress bar on standard error, redrawn in place; only on a terminal, so redirected
 * output and CI logs stay clean. `finish` clears the line.
 */
export function createProgressBar(io: CliIo, label: (done: number, total: number) => string) {
  const enabled = io.stderr.isTTY === true;
  let lastDraw = 0;
  return {
    update(done: number, total: number): void {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - lastDraw < 80) return;
      lastDraw = now;
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${label(done, total)}\x1b[K`);
    },
    finish(): void {
      if (enabled) io.stderr.write('\r\x1b[K');
    },
  };
}
