import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Translate } from '../../shared/i18n/translator.ts';
import { explain } from '../../shared/logs/classify.ts';
import { buildLogDocument } from '../../shared/logs/log-document.ts';
import { parseSince, SinceFilter } from '../../shared/logs/log-since.ts';
import type { LogEntry } from '../../shared/logs/log-types.ts';
import { SAMPLE_LOGS } from '../../shared/logs/sample-logs.ts';
import { writeFileAtomic } from '../../src-main/core/files/atomic-write.ts';
import { LogSession } from '../../src-main/core/logs/log-session.ts';
import { withRolloverFiles, type LogSource } from '../../src-main/core/logs/read-log-files.ts';
import { BadInput, EXIT, type CliIo } from '../cli-io.ts';
import { describeEntry, describeLogDocument, describeLookup } from '../output/log-output.ts';

export interface LogsOptions {
  json: boolean;
  follow: boolean;
  sample: boolean;
  since?: string;
  out?: string;
}

/** The files to read: those named (each `.log` with its `.lo_` when it is beside it), or the embedded sample. */
async function sourcesOf(files: readonly string[], options: LogsOptions, io: CliIo): Promise<{ sources: LogSource[]; sizes: number[] }> {
  if (options.sample) {
    if (files.length > 0) throw BadInput.of('logsBoth');
    return { sources: SAMPLE_LOGS.map((sample) => ({ name: sample.name, bytes: Buffer.from(sample.text) })), sizes: SAMPLE_LOGS.map((sample) => Buffer.byteLength(sample.text)) };
  }
  const paths = await withRolloverFiles(files.map((file) => path.resolve(io.cwd, file)));
  const sizes: number[] = [];
  for (const file of paths) {
    const info = await stat(file).catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? BadInput.of('noSuchFile', { file }) : new BadInput(`${file}: ${err.message}`);
    });
    if (!info.isFile()) throw BadInput.of('notAFile', { file });
    sizes.push(info.size);
  }
  return { sources: paths.map((file) => ({ path: file })), sizes };
}

/**
 * `netcheck logs FILE…`: reads Dmpdownloader.log (its `.lo_` too), Dmpuploader.log or any
 * ConfigMgr log, and prints the download attempts and the findings with their explanation and fix
 * (or, with `--json`, the log document). Exit code 1 when a finding is an error. `--follow` keeps
 * reading the last file as it grows, printing new lines until Ctrl-C.
 */
export async function logsCommand(files: readonly string[], options: LogsOptions, io: CliIo, t: Translate): Promise<number> {
  if (files.length === 0 && !options.sample) throw new BadInput(t('logs.usageLogs'));
  const since = options.since === undefined ? undefined : parseSince(options.since, Date.now());
  if (since && 'error' in since) throw new BadInput(since.error);
  const filter = since ? new SinceFilter(since) : undefined;
  const { sources, sizes } = await sourcesOf(files, options, io);
  let printing = false;
  const session = new LogSession(sources, sizes, {
    ...(filter ? { analyze: (entry: LogEntry) => filter.accept(entry) } : {}),
    onEntry: (entry) => {
      if (printing) io.stdout.write(`${options.json ? JSON.stringify({ entry }) : describeEntry(entry)}\n`);
    },
  });
  await session.done;
  const info = session.info();
  if (info.state === 'failed') throw info.error ? new BadInput(`logs: ${info.error}`) : BadInput.of('logsUnreadable');
  const document = buildLogDocument(info.files, info.analysis, options.since);
  const text = options.json ? `${JSON.stringify(document, null, 2)}\n` : `${describeLogDocument(document, info.analysis, t)}\n`;
  if (options.out) await writeFileAtomic(path.resolve(io.cwd, options.out), `${JSON.stringify(document, null, 2)}\n`);
  io.stdout.write(text);
  if (options.follow) {
    if (!session.follow(true)) throw BadInput.of('followNeedsFile');
    io.stderr.write(`${t('logs.following', { path: info.files[info.files.length - 1]?.path ?? '' })}\n`);
    printing = true;
    await new Promise<void>((resolve) => {
      if (!io.signal || io.signal.aborted) return resolve();
      io.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    session.close();
  }
  const failed = session.info().analysis.findings.some((finding) => finding.severity === 'error');
  return failed ? EXIT.checkFailed : EXIT.ok;
}

/** `netcheck lookup CODE|MESSAGE`: what a code or a log message means (CMTrace's Error Lookup, explained). */
export function lookupCommand(words: readonly string[], options: { json: boolean }, io: CliIo, t: Translate): number {
  const query = words.join(' ').trim();
  if (query === '') throw new BadInput(t('logs.usageLookup'));
  const result = explain(query);
  io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${describeLookup(result, t)}\n`);
  return result.codes.length > 0 || result.knowledge ? EXIT.ok : EXIT.checkFailed;
}
