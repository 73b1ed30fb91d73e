import { STAGE_NAMES } from './download-timeline.ts';
import type { LogAnalysis } from './log-analyzer.ts';
import type { AttemptOutcome, DownloadAttempt, Finding, FindingCategory, KnowledgeSource, LogFileSummary, LogTime } from './log-types.ts';

/**
 * The JSON document of a log analysis (`netcheck logs --json`, the Logs view's export): the files,
 * the download attempts and the findings, with times as ISO 8601 text — in UTC (`…Z`) when the log
 * gave its bias, else the log's own local time without a zone — and files named by path.
 */
export interface LogDocument {
  files: { path: string; format: string; encoding: string; entries: number; bytes: number; unframed: number; badTimestamps: number; invalidBytes: number }[];
  /** Only entries written at or after this instant were analysed (`--since`). */
  since?: string;
  /** Entries analysed. */
  entries: number;
  attempts: {
    id: number;
    kind: DownloadAttempt['kind'];
    package: string;
    start: string | null;
    end: string | null;
    durationMs: number | null;
    lastStage: { state: number; name: string } | null;
    outcome: AttemptOutcome;
    retry: boolean;
    mode: 'online' | 'offline' | null;
    urls: string[];
    /** Indexes into `findings`. */
    findings: number[];
  }[];
  /** Older attempts only counted (a log holding years of cycles). */
  olderAttempts: Record<AttemptOutcome, number>;
  findings: {
    category: FindingCategory;
    severity: Finding['severity'];
    message: string;
    file: string;
    line: number;
    time: string | null;
    host: string | null;
    url: string | null;
    code: string | null;
    codeName: string | null;
    httpStatus: number | null;
    explanation: string;
    fix: string;
    source: KnowledgeSource | null;
    occurrences: number;
    first: { file: string; line: number; time: string | null } | null;
    /** The attempt it last interrupted (`attempts[].id`). */
    attempt: number | null;
  }[];
}

/** A log time as ISO 8601: UTC when the bias is known, else the log's local time without a zone. */
export function isoTime(time: LogTime | undefined): string | null {
  if (!time) return null;
  if (time.utcMs !== undefined) return new Date(time.utcMs).toISOString();
  return new Date(time.localMs).toISOString().slice(0, -1);
}

export function buildLogDocument(files: readonly LogFileSummary[], analysis: LogAnalysis, since?: string): LogDocument {
  const pathOf = (file: number) => files[file]?.path ?? `#${file}`;
  return {
    files: files.map(({ path, format, encoding, entries, bytes, unframed, badTimestamps, invalidBytes }) => ({ path, format, encoding, entries, bytes, unframed, badTimestamps, invalidBytes })),
    ...(since ? { since } : {}),
    entries: analysis.entries,
    attempts: analysis.attempts.map((attempt) => ({
      id: attempt.id,
      kind: attempt.kind,
      package: attempt.package,
      start: isoTime(attempt.start),
      end: isoTime(attempt.end),
      durationMs: attempt.durationMs ?? null,
      lastStage: attempt.lastStage ? { state: attempt.lastStage.state, name: STAGE_NAMES[attempt.lastStage.state] ?? attempt.lastStage.name } : null,
      outcome: attempt.outcome,
      retry: attempt.retry,
      mode: attempt.mode ?? null,
      urls: attempt.urls,
      findings: attempt.findings,
    })),
    olderAttempts: analysis.droppedAttempts,
    findings: analysis.findings.map((finding) => ({
      category: finding.category,
      severity: finding.severity,
      message: finding.message,
      file: pathOf(finding.file),
      line: finding.line,
      time: isoTime(finding.time),
      host: finding.host ?? null,
      url: finding.url ?? null,
      code: finding.code ?? null,
      codeName: finding.codeName ?? null,
      httpStatus: finding.httpStatus ?? null,
      explanation: finding.explanation,
      fix: finding.fix,
      source: finding.source ?? null,
      occurrences: finding.occurrences,
      first: finding.first ? { file: pathOf(finding.first.file), line: finding.first.line, time: isoTime(finding.first.time) } : null,
      attempt: finding.attempt ?? null,
    })),
  };
}
