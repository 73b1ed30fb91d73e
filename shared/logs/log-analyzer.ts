import { classifyEntry, type Classified } from './classify.ts';
import { DownloadTimeline } from './download-timeline.ts';
import { entryTime, type AttemptOutcome, type DownloadAttempt, type Finding, type LogEntry, type LogTime, type Severity } from './log-types.ts';

/** What an analysis found in a stream of entries. */
export interface LogAnalysis {
  /** The latest attempts, oldest first (older ones are only counted in `droppedAttempts`). */
  attempts: DownloadAttempt[];
  droppedAttempts: Record<AttemptOutcome, number>;
  findings: Finding[];
  entries: number;
  bySeverity: Record<Severity, number>;
  /** Components seen, with their entry counts (`SMS_DMP_DOWNLOADER`, `SMS_DMP_UPLOADER`…). */
  components: Record<string, number>;
  first?: LogTime;
  last?: LogTime;
}

/** Distinct findings kept; past this, new kinds of failure are counted in one finding per category. */
export const MAX_DISTINCT_FINDINGS = 2000;

/**
 * What makes two lines the same failure: their explanation, host and code; for failures nothing
 * explains, their text with numbers, GUIDs and codes masked.
 */
function signatureOf(finding: Classified): string {
  const base = `${finding.category}|${finding.knowledge ?? ''}|${finding.host ?? ''}|${finding.code ?? ''}|${finding.httpStatus ?? ''}`;
  if (finding.knowledge || finding.code) return base;
  const masked = finding.message
    .slice(0, 300)
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '#')
    .replace(/0x[0-9a-f]+/gi, '#')
    .replace(/\d+/g, '#');
  return `${base}|${masked}`;
}

/**
 * Reads entries as they stream by (no entry is kept): rebuilds the download attempts and explains
 * every failure. Dmpuploader.log and other components get the same classification; only the
 * downloader's markers build attempts. Memory is bounded: repeats of a failure are counted, old
 * attempts are counted once there are many.
 */
export class LogAnalyzer {
  private readonly timeline = new DownloadTimeline();
  private readonly findings: Finding[] = [];
  private readonly bySignature = new Map<string, number>();
  private readonly bySeverity: Record<Severity, number> = { info: 0, warning: 0, error: 0 };
  private readonly components = new Map<string, number>();
  private entries = 0;
  private first: LogTime | undefined;
  /** The last timed entry's time, as numbers (the entry object itself is not kept alive). */
  private readonly lastTime = { localMs: Number.NaN, biasMinutes: Number.NaN, utcMs: Number.NaN };

  add(entry: LogEntry): void {
    this.entries += 1;
    this.bySeverity[entry.severity] += 1;
    const component = entry.component;
    if (component !== undefined) this.components.set(component, (this.components.get(component) ?? 0) + 1);
    if (!Number.isNaN(entry.localMs)) {
      this.first ??= entryTime(entry);
      this.lastTime.localMs = entry.localMs;
      this.lastTime.biasMinutes = entry.biasMinutes;
      this.lastTime.utcMs = entry.utcMs;
    }
    this.timeline.add(entry);
    const lastUrl = this.timeline.lastUrl;
    const classified = classifyEntry(entry, lastUrl ? { lastUrl } : {});
    if (!classified) return;
    const index = this.record(classified, entry);
    const finding = this.findings[index] as Finding;
    // Only failures end an attempt; an informational finding (offline mode) does not.
    if (finding.severity !== 'info' && finding.category !== 'offline-mode') finding.attempt = this.timeline.fail(entry, index);
  }

  /** Adds a finding, or counts it as another occurrence of one already found; returns its index. */
  private record(classified: Classified, entry: LogEntry): number {
    let signature = signatureOf(classified);
    if (!this.bySignature.has(signature) && this.bySignature.size >= MAX_DISTINCT_FINDINGS) signature = `${classified.category}|more`;
    const time = Number.isNaN(entry.localMs) ? undefined : entryTime(entry);
    const known = this.bySignature.get(signature);
    if (known === undefined) {
      this.bySignature.set(signature, this.findings.length);
      this.findings.push({ ...classified, occurrences: 1, ...(time ? { time } : {}) });
      return this.findings.length - 1;
    }
    const finding = this.findings[known] as Finding;
    finding.first ??= { file: finding.file, line: finding.line, entry: finding.entry, ...(finding.time ? { time: finding.time } : {}) };
    finding.occurrences += 1;
    finding.message = classified.message;
    finding.file = classified.file;
    finding.line = classified.line;
    finding.entry = classified.entry;
    if (time) finding.time = time;
    else delete finding.time;
    if (classified.url) finding.url = classified.url;
    return known;
  }

  result(): LogAnalysis {
    return {
      attempts: this.timeline.result(),
      droppedAttempts: { ...this.timeline.dropped },
      findings: this.findings,
      entries: this.entries,
      bySeverity: { ...this.bySeverity },
      components: Object.fromEntries(this.components),
      ...(this.first ? { first: this.first } : {}),
      ...(this.first ? { last: entryTime(this.lastTime) } : {}),
    };
  }
}
