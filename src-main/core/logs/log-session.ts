import { randomUUID } from 'node:crypto';
import { LogAnalyzer } from '../../../shared/logs/log-analyzer.ts';
import { toLogRow, type LogRow } from '../../../shared/logs/log-row.ts';
import type { LogFilter, LogFilterResult, LogSessionInfo } from '../../../shared/logs/log-session-types.ts';
import type { LogEntry, LogFileSummary, Severity } from '../../../shared/logs/log-types.ts';
import { GrowableBytes, GrowableIndexes } from './growable-arrays.ts';
import { LogFollower } from './log-follower.ts';
import { readLogSource, sourceName, type LogSource, type ReadCheckpoint } from './read-log-files.ts';

/**
 * An open set of log files for the viewer. The files are read once, in the background, for the
 * analysis; what stays in memory is one byte per entry (its severity), a checkpoint per megabyte,
 * and the analysis. Rows are read again from the files when the viewer shows them (from the
 * nearest checkpoint, a megabyte at most), so a gigabyte log opens without holding its text.
 */

const SEVERITY_CODES: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Matches a filter keeps; past this the viewer is told the list is capped. */
export const MAX_FILTER_MATCHES = 2_000_000;
/** Rows one call returns. */
export const MAX_ROWS_PER_READ = 2000;

export interface LogSessionEvents {
  /** The session changed: progress, end of reading, new lines in a followed file. */
  onUpdate?: (info: LogSessionInfo) => void;
  /** Entries as they are read (the CLI's follow mode prints them). */
  onEntry?: (entry: LogEntry) => void;
  /** Which entries the analysis considers (`--since`); all by default. Every entry stays readable. */
  analyze?: (entry: LogEntry) => boolean;
}

export class LogSession {
  readonly id = randomUUID();
  private readonly analyzer = new LogAnalyzer();
  private readonly severities = new GrowableBytes();
  private readonly checkpoints: ReadCheckpoint[] = [];
  private readonly summaries: (LogFileSummary | undefined)[];
  private readonly controller = new AbortController();
  private state: LogSessionInfo['state'] = 'reading';
  private error: string | undefined;
  private count = 0;
  /** Entries the analyzer has seen (a followed file's last line is read again when it grows). */
  private analyzed = 0;
  private bytesRead = 0;
  private readonly bytesTotal: number;
  private filtered: { filter: LogFilter; indexes: GrowableIndexes; capped: boolean } | undefined;
  private filterRun: AbortController | undefined;
  private follower: LogFollower | undefined;
  /** Where the last file's reading can resume (for following it). */
  private resumeAt: ReadCheckpoint | undefined;
  readonly done: Promise<void>;

  constructor(
    private readonly sources: LogSource[],
    sizes: readonly number[],
    private readonly events: LogSessionEvents = {},
  ) {
    this.summaries = sources.map(() => undefined);
    this.bytesTotal = sizes.reduce((sum, size) => sum + size, 0);
    this.done = this.readAll();
  }

  info(): LogSessionInfo {
    return {
      sessionId: this.id,
      files: this.sources.map((source, index) => this.summaries[index] ?? { path: sourceName(source), encoding: '', format: 'empty', bytes: 0, entries: 0, unframed: 0, badTimestamps: 0, invalidBytes: 0 }),
      state: this.state,
      ...(this.error ? { error: this.error } : {}),
      bytesRead: this.bytesRead,
      bytesTotal: this.bytesTotal,
      entries: this.count,
      analysis: this.analyzer.result(),
      following: this.follower !== undefined,
      canFollow: this.sources.length > 0 && 'path' in (this.sources[this.sources.length - 1] as LogSource),
    };
  }

  private async readAll(): Promise<void> {
    let lastUpdate = 0;
    try {
      for (const [index, source] of this.sources.entries()) {
        const before = this.bytesRead;
        const result = await readLogSource(source, index, this.count, (entry) => this.accept(entry), {
          signal: this.controller.signal,
          onCheckpoint: (checkpoint) => {
            this.checkpoints.push(checkpoint);
            this.bytesRead = before + checkpoint.byteOffset;
            const now = Date.now();
            if (now - lastUpdate > 250) {
              lastUpdate = now;
              this.events.onUpdate?.(this.info());
            }
          },
        });
        if (this.controller.signal.aborted) return;
        this.summaries[index] = result.summary;
        this.bytesRead = before + result.summary.bytes;
        this.resumeAt = result.resumeAt;
      }
      this.state = 'ready';
    } catch (err) {
      this.state = 'failed';
      this.error = err instanceof Error ? err.message : String(err);
    }
    this.events.onUpdate?.(this.info());
  }

  /** One entry read for the first time (or again, when a followed file grew past an unfinished line). */
  private accept(entry: LogEntry): void {
    this.severities.set(entry.index, SEVERITY_CODES[entry.severity]);
    if (entry.index >= this.count) this.count = entry.index + 1;
    if (entry.index < this.analyzed) return;
    this.analyzed = entry.index + 1;
    if (this.events.analyze && !this.events.analyze(entry)) return;
    this.analyzer.add(entry);
    this.events.onEntry?.(entry);
  }

  /** Rows `start`…`start+count-1` of the whole list, or of the filtered list. */
  async rows(start: number, count: number, filtered: boolean): Promise<{ rows: LogRow[]; total: number }> {
    const list = filtered && this.filtered ? this.filtered.indexes : undefined;
    const total = list ? list.length : this.count;
    const end = Math.min(total, start + Math.min(count, MAX_ROWS_PER_READ));
    const wanted: number[] = [];
    for (let position = start; position < end; position++) wanted.push(list ? list.at(position) : position);
    return { rows: (await this.entriesAt(wanted)).map(toLogRow), total };
  }

  /** The entries at these indexes (ascending), read from the nearest checkpoint before each. */
  private async entriesAt(indexes: readonly number[]): Promise<LogEntry[]> {
    const found: LogEntry[] = [];
    let next = 0;
    while (next < indexes.length) {
      const checkpoint = this.checkpointBefore(indexes[next] as number);
      if (!checkpoint) break;
      const source = this.sources[checkpoint.file] as LogSource;
      const before = next;
      await readLogSource(
        source,
        checkpoint.file,
        checkpoint.entryIndex,
        (entry) => {
          while (next < indexes.length && (indexes[next] as number) < entry.index) next++;
          if (indexes[next] === entry.index) {
            found.push(entry);
            next++;
          }
        },
        { resume: checkpoint, stopWhen: () => next >= indexes.length || (this.checkpointBefore(indexes[next] as number)?.byteOffset ?? 0) > checkpoint.byteOffset + (1 << 21) || this.checkpointBefore(indexes[next] as number)?.file !== checkpoint.file },
      );
      // An index the file no longer holds (it was truncated since): skip it rather than loop.
      if (next === before) next++;
    }
    return found;
  }

  private checkpointBefore(index: number): ReadCheckpoint | undefined {
    let low = 0;
    let high = this.checkpoints.length - 1;
    let best: ReadCheckpoint | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const checkpoint = this.checkpoints[middle] as ReadCheckpoint;
      if (checkpoint.entryIndex <= index) {
        best = checkpoint;
        low = middle + 1;
      } else high = middle - 1;
    }
    return best;
  }

  /**
   * Applies a filter: severities alone are answered from memory; words need a pass over the
   * files (a new filter cancels the one still running).
   */
  async filter(filter: LogFilter): Promise<LogFilterResult> {
    await this.done;
    this.filterRun?.abort();
    const run = new AbortController();
    this.filterRun = run;
    const wanted = new Set((filter.severities ?? ['info', 'warning', 'error']).map((severity) => SEVERITY_CODES[severity]));
    const text = filter.text?.trim().toLowerCase() ?? '';
    const indexes = new GrowableIndexes();
    let capped = false;
    const keep = (index: number) => {
      if (indexes.length >= MAX_FILTER_MATCHES) capped = true;
      else indexes.push(index);
    };
    if (text === '') {
      for (let index = 0; index < this.count; index++) if (wanted.has(this.severities.at(index))) keep(index);
    } else {
      for (const [file, source] of this.sources.entries()) {
        const first = this.checkpoints.find((checkpoint) => checkpoint.file === file);
        if (!first) continue;
        await readLogSource(
          source,
          file,
          first.entryIndex,
          (entry) => {
            if (!wanted.has(SEVERITY_CODES[entry.severity]) || entry.index >= this.count) return;
            if (entry.message.toLowerCase().includes(text) || (entry.component ?? '').toLowerCase().includes(text)) keep(entry.index);
          },
          { resume: first, signal: run.signal, stopWhen: () => capped },
        );
        if (run.signal.aborted) return { matches: 0, capped: false };
      }
    }
    this.filtered = { filter, indexes, capped };
    return { matches: indexes.length, capped };
  }

  /** Watches the last file for new lines (and its rollover to `.lo_`). */
  follow(on: boolean, intervalMs = 1000): boolean {
    if (!on) {
      this.follower?.stop();
      this.follower = undefined;
      return false;
    }
    if (this.follower || !this.info().canFollow) return this.follower !== undefined;
    this.follower = new LogFollower({
      intervalMs,
      current: () => ({ source: this.sources[this.sources.length - 1] as { path: string }, resumeAt: this.resumeAt }),
      readFrom: (checkpoint) => this.readMore(checkpoint),
      rolledOver: async (rolledPath, newPath) => {
        const last = this.sources.length - 1;
        if (rolledPath && this.resumeAt) {
          // The lines written before the rename are in the `.lo_` now.
          this.sources[last] = { path: rolledPath };
          await this.readMore(this.resumeAt);
        }
        this.sources.push({ path: newPath });
        this.summaries.push(undefined);
        const file = this.sources.length - 1;
        const fileStart = this.count;
        const result = await readLogSource({ path: newPath }, file, fileStart, (entry) => this.accept(entry), { onCheckpoint: (point) => this.checkpoints.push(point) });
        this.summaries[file] = result.summary;
        this.resumeAt = result.resumeAt;
        this.events.onUpdate?.(this.info());
      },
    });
    return true;
  }

  /** Reads a file of the set on from a checkpoint (a followed file that grew). */
  private async readMore(checkpoint: ReadCheckpoint): Promise<void> {
    const file = checkpoint.file;
    const result = await readLogSource(this.sources[file] as LogSource, file, checkpoint.entryIndex, (entry) => this.accept(entry), { resume: checkpoint, onCheckpoint: (point) => this.checkpoints.push(point) });
    this.resumeAt = result.resumeAt;
    const fileStart = this.checkpoints.find((point) => point.file === file)?.entryIndex ?? 0;
    const previous = this.summaries[file];
    this.summaries[file] = {
      ...result.summary,
      entries: result.nextIndex - fileStart,
      unframed: (previous?.unframed ?? 0) + result.summary.unframed,
      badTimestamps: (previous?.badTimestamps ?? 0) + result.summary.badTimestamps,
      invalidBytes: (previous?.invalidBytes ?? 0) + result.summary.invalidBytes,
    };
    this.events.onUpdate?.(this.info());
  }

  close(): void {
    this.controller.abort();
    this.filterRun?.abort();
    this.follow(false);
  }
}
