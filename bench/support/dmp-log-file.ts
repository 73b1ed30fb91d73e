import { createWriteStream } from 'node:fs';
import { failedPayloadDownload, successfulDownload } from '../../shared/logs/dmp-sequences.ts';
import { ccmLine, LogClock, smsLine } from '../../shared/logs/log-writer.ts';

/**
 * Writes a large Dmpdownloader.log for the benchmarks, from the documented line shapes: cycle
 * after cycle of a successful sync and download, a failed download with its retry (SMS-trace
 * frames), and a CCM record, until the file reaches `megabytes`.
 */
export async function writeDmpLog(file: string, megabytes: number): Promise<void> {
  const out = createWriteStream(file);
  const clock = new LogClock('2024-01-01T00:00:00.000', 40);
  let bytes = 0;
  for (let cycle = 1; bytes < megabytes * 1024 * 1024; cycle++) {
    const pkg = `3b7d84fa-eccc-4ea0-b8ab-${String(cycle).padStart(12, '0')}`;
    const lines = [...successfulDownload(pkg).map((message) => smsLine(message, clock)), ...failedPayloadDownload(pkg).map((message) => smsLine(message, clock, { thread: 10760 })), ccmLine('Sending status message (MessageID = 500).', clock, { component: 'SMS_HIERARCHY_MANAGER' })];
    const block = `${lines.join('\r\n')}\r\n`;
    bytes += Buffer.byteLength(block);
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
