import { createReadStream } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { LogParser } from '../../../shared/logs/log-parser.ts';
import type { LogEntry, LogFileSummary, LogFormat } from '../../../shared/logs/log-types.ts';
import { detectEncoding, LineSplitter, type LogEncoding } from './log-decoding.ts';

/**
 * Reading a set of log files as one stream of entries: files in chronological order (a rolled-over
 * `.lo_` before its `.log`), each decoded and parsed as it streams, never held whole in memory.
 */

/** A log to read: a file, or bytes the user handed over (the browser mode's file picker). */
export type LogSource = { path: string } | { name: string; bytes: Uint8Array };

/** The name a source is shown by. */
export function sourceName(source: LogSource): string {
  return 'path' in source ? source.path : source.name;
}

/** Bytes read per chunk. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The files to read for what the user gave: each `.log` preceded by its rolled-over `.lo_` when
 * that exists beside it (and was not given), `.lo_` files always before their `.log`, otherwise
 * in the order given.
 */
export async function withRolloverFiles(paths: readonly string[]): Promise<string[]> {
  const wanted: string[] = [];
  for (const file of paths) {
    const resolved = path.resolve(file);
    if (/\.log$/i.test(resolved)) {
      const rolled = resolved.replace(/\.log$/i, resolved.endsWith('.LOG') ? '.LO_' : '.lo_');
      const exists = await access(rolled).then(
        () => true,
        () => false,
      );
      if (exists && !wanted.includes(rolled)) wanted.push(rolled);
    }
    if (!wanted.includes(resolved)) wanted.push(resolved);
  }
  const base = (file: string) => file.replace(/\.lo[g_]$/i, '').toLowerCase();
  return wanted.sort((a, b) => {
    if (base(a) !== base(b)) return wanted.indexOf(a) - wanted.indexOf(b);
    return /\.lo_$/i.test(a) ? -1 : /\.lo_$/i.test(b) ? 1 : 0;
  });
}

/** Where a file's reading can resume: a line boundary with no record open. */
export interface ReadCheckpoint {
  file: number;
  byteOffset: number;
  lineNumber: number;
  entryIndex: number;
  encoding: LogEncoding;
}

/** How to read. */
export interface ReadOptions {
  signal?: AbortSignal;
  /** Called at line boundaries where reading could resume (the viewer pages from these). */
  onCheckpoint?: (checkpoint: ReadCheckpoint) => void;
  /** Where to start, instead of the beginning (the encoding is then the checkpoint's). */
  resume?: ReadCheckpoint;
  /** Stop reading (cleanly) once this returns true: the viewer needs only a page. */
  stopWhen?: () => boolean;
}

async function* chunksOf(source: LogSource, from: number, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  if ('bytes' in source) {
    for (let at = from; at < source.bytes.length; at += CHUNK_BYTES) {
      if (signal?.aborted) return;
      yield source.bytes.subarray(at, Math.min(source.bytes.length, at + CHUNK_BYTES));
    }
    return;
  }
  const stream = createReadStream(source.path, { start: from, highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      if (signal?.aborted) return;
      yield chunk as Buffer;
    }
  } finally {
    stream.destroy();
  }
}

/** The first bytes of a source, for detecting its encoding. */
async function headOf(source: LogSource): Promise<Uint8Array> {
  if ('bytes' in source) return source.bytes.subarray(0, 4096);
  const handle = await open(source.path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, 4096, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The most common format of a file's entries (`mixed` when none has three quarters). */
function dominantFormat(byFormat: Record<LogFormat, number>, entries: number): LogFileSummary['format'] {
  if (entries === 0) return 'empty';
  const framed = (['sms', 'ccm', 'clipboard'] as const).map((format) => [format, byFormat[format]] as const).sort((a, b) => b[1] - a[1]);
  const [top, count] = framed[0] ?? ['sms', 0];
  if (count >= (entries - byFormat.unframed) * 0.75 && count > 0) return top;
  return count === 0 ? 'unframed' : 'mixed';
}

/** What reading a source found. */
export interface ReadResult {
  summary: LogFileSummary;
  /** The index the next file's entries start at. */
  nextIndex: number;
  encoding: LogEncoding;
  /**
   * The last line boundary with no record open: where reading more of a growing file resumes
   * (entries after it, an unfinished last line or record, are read again then).
   */
  resumeAt: ReadCheckpoint;
}

/**
 * Reads one source (`fileIndex` in the set) from the start, or from a checkpoint, calling `onEntry`
 * for every entry.
 */
export async function readLogSource(source: LogSource, fileIndex: number, firstIndex: number, onEntry: (entry: LogEntry) => void, options: ReadOptions = {}): Promise<ReadResult> {
  const detected = options.resume ? { encoding: options.resume.encoding, skip: 0 } : detectEncoding(await headOf(source));
  const startByte = options.resume ? options.resume.byteOffset : detected.skip;
  const parser = new LogParser({ file: fileIndex, index: options.resume ? options.resume.entryIndex : firstIndex, line: options.resume?.lineNumber ?? 0 }, onEntry);
  let lastCheckpoint = -Infinity;
  const encoding = detected.encoding;
  let resumeAt: ReadCheckpoint = { file: fileIndex, byteOffset: startByte, lineNumber: options.resume?.lineNumber ?? 0, entryIndex: parser.index, encoding };
  const splitter = new LineSplitter(
    encoding,
    (text, dropped, codes) => parser.pushText(text, dropped, codes),
    (byteOffset) => {
      if (parser.hasOpenRecord) return;
      const absolute = startByte + byteOffset;
      resumeAt = { file: fileIndex, byteOffset: absolute, lineNumber: parser.lineNumber, entryIndex: parser.index, encoding };
      if (!options.onCheckpoint || absolute - lastCheckpoint < CHUNK_BYTES) return;
      lastCheckpoint = absolute;
      options.onCheckpoint(resumeAt);
    },
  );
  if (!options.resume) options.onCheckpoint?.(resumeAt);
  lastCheckpoint = startByte;
  let stopped = false;
  for await (const chunk of chunksOf(source, startByte, options.signal)) {
    splitter.push(chunk);
    if (options.stopWhen?.()) {
      stopped = true;
      break;
    }
  }
  // A read stopped early leaves its last bytes unread: they are not an unfinished line.
  if (!stopped && !options.signal?.aborted) {
    splitter.end();
    parser.finish(splitter.stats.unterminated);
  }
  const bytes = 'bytes' in source ? source.bytes.length : (await stat(source.path)).size;
  return {
    summary: {
      path: sourceName(source),
      encoding,
      format: dominantFormat(parser.stats.byFormat, parser.stats.entries),
      bytes,
      entries: parser.stats.entries,
      unframed: parser.stats.byFormat.unframed,
      badTimestamps: parser.stats.badTimestamps,
      invalidBytes: splitter.stats.invalidBytes,
    },
    nextIndex: parser.index,
    encoding,
    resumeAt,
  };
}

/** Reads every source in order as one stream. */
export async function readLogSources(sources: readonly LogSource[], onEntry: (entry: LogEntry) => void, options: Omit<ReadOptions, 'resume'> = {}): Promise<LogFileSummary[]> {
  const summaries: LogFileSummary[] = [];
  let next = 0;
  for (const [index, source] of sources.entries()) {
    const { summary, nextIndex } = await readLogSource(source, index, next, onEntry, options);
    summaries.push(summary);
    next = nextIndex;
  }
  return summaries;
}
