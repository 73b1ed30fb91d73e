import { detach } from './log-entry.ts';
import { entryTime, type AttemptOutcome, type AttemptStage, type DownloadAttempt, type LogEntry, type LogTime } from './log-types.ts';

/**
 * Rebuilds DMPDownloader's download attempts from its log: each sync cycle's manifest download
 * (package `00000000-…`, state messages 0–4) and each update package's download (state messages 6,
 * 8, 9, 10, 25, 11, 12, 13), with the last stage reached, the URLs, retries and the outcome. The
 * stages and their marker lines are those of KB 4490424 ("Understand and troubleshoot updates and
 * servicing"), which lists the state messages in this order.
 */

/** The manifest's pseudo package. */
export const MANIFEST_PACKAGE = '00000000-0000-0000-0000-000000000000';

/** The state messages of a sync cycle and of a package download, in the order they are reached. */
export const MANIFEST_STAGES = [0, 1, 2, 3, 4] as const;
export const PACKAGE_STAGES = [6, 8, 9, 10, 25, 11, 12, 13] as const;

/** English names of the state messages (the app translates `logs.stage.<n>`). */
export const STAGE_NAMES: Readonly<Record<number, string>> = {
  0: 'sync started (START_PROCESS)',
  1: 'manifest URL resolved (START_VERIFY_MANIFEST)',
  2: 'manifest downloaded (START_VERIFY_MANIFESTFILE_TRUSTED)',
  3: 'manifest signature verified (VERIFIED_MANIFEST)',
  4: 'manifest handed to the hierarchy manager (MANIFEST_DOWNLOADED)',
  6: 'new update found (FOUND_NEW_PACKAGE)',
  8: 'package download started',
  9: 'payload not local: download in progress',
  10: 'payload downloaded (PAYLOAD_DOWNLOADED)',
  25: 'payload verified and extracted',
  11: 'redistributables downloaded',
  12: 'completion reported',
  13: 'download complete',
};

const GUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';
const STATE_MESSAGE = new RegExp(`^Generating state message: (\\d+) for package ${GUID}`);
const PACKAGE_START = new RegExp(`(?:EasySetupDownloadSinglePackage downloading|EasySetupMaintenance - Redownload package:|Download content for payload) ${GUID}`, 'i');
const PACKAGE_DONE = new RegExp(`EasySetupDownloadSinglePackage finishes downloading ${GUID}`, 'i');
const PACKAGE_STATE = new RegExp(`Guid="${GUID}" State="(\\d+)"`, 'i');
const URL_LINE = /(?:Redirected to URL|Easysetup fwlink to download the manifest:|The flighting request url is)\s*(https?:\/\/\S+?)~*$/i;
const SYNC_START = /^Hasn't synced recently/i;
const MANIFEST_MOVED = /Manifest\.cab was successfully moved to the connector outbox/i;
const RETRY = /Retry in the next polling cycle/i;
const OFFLINE = /\boffline mode\b|ServiceConnectionTool/i;
const FROM_INTERNET = /Download it from internet|Redirected to URL|Download large file with BITs/i;
/** A failure with no attempt open speaks of a package download when it names one of its steps. */
const PACKAGE_WORDS = /EasySetupDownloadSinglePackage|content for payload|single package|redist/i;
/** Lines that add detail to the failure logged just before them (KB 4490424, KB 4561945). */
const FOLLOW_UP = /^(?:Failed to call \w+\. error =|The remote certificate is invalid)/i;
/** Lines of a sync cycle's manifest step: they open a cycle when the log starts in the middle of one. */
const MANIFEST_ACTIVITY = /^(?:Download manifest\.cab|Get manifest\.cab|Checking for preview version|Download Easy setup payloads)/i;

/**
 * Every marker above as one expression: a line matching none only extends the attempt in progress,
 * at the cost of one test.
 */
const MARKER = new RegExp(
  [STATE_MESSAGE, PACKAGE_START, PACKAGE_DONE, PACKAGE_STATE, URL_LINE, SYNC_START, MANIFEST_MOVED, RETRY, OFFLINE, FROM_INTERNET, MANIFEST_ACTIVITY].map((pattern) => `(?:${pattern.source})`).join('|'),
  'i',
);

/** How many lines a URL logged outside an attempt stays the place a following failure went to. */
const RECENT_URL_LINES = 5;

/** Attempts kept in detail; older ones are only counted (a log of a year of failures stays small in memory). */
export const MAX_ATTEMPTS_KEPT = 5000;

/** CM_UpdatePackages states of KB 4490424 / the SDK: download succeeded, download failed. */
const DOWNLOAD_SUCCESS = 262146;
const DOWNLOAD_FAILED = 327679;

/** Milliseconds between two log times (UTC when both have it, else local wall clock). */
export function elapsedMs(from: LogTime | undefined, to: LogTime | undefined): number | undefined {
  if (!from || !to) return undefined;
  if (from.utcMs !== undefined && to.utcMs !== undefined) return to.utcMs - from.utcMs;
  return to.localMs - from.localMs;
}

/** A package GUID as the key of its attempts: lower case, and a string of its own (not a slice of the log's text). */
function packageId(guid: string | undefined): string {
  return detach((guid ?? '').toLowerCase());
}

/** Copies an entry's time into an existing `LogTime`. */
function setLogTime(time: LogTime, entry: LogEntry): void {
  time.localMs = entry.localMs;
  if (Number.isNaN(entry.biasMinutes)) delete time.biasMinutes;
  else time.biasMinutes = entry.biasMinutes;
  if (Number.isNaN(entry.utcMs)) delete time.utcMs;
  else time.utcMs = entry.utcMs;
  if (entry.ambiguousDate) time.ambiguousDate = true;
  else delete time.ambiguousDate;
}

/** Builds attempts entry by entry; `fail` is told of each finding by the analyzer. */
export class DownloadTimeline {
  private attempts: DownloadAttempt[] = [];
  private nextId = 0;
  /** Attempts no longer kept in detail, by outcome. */
  readonly dropped: Record<AttemptOutcome, number> = { success: 0, failed: 0, incomplete: 0 };
  private manifest: DownloadAttempt | undefined;
  private readonly packages = new Map<string, DownloadAttempt>();
  private active: DownloadAttempt | undefined;
  private lastFailed: DownloadAttempt | undefined;

  /** The URL the attempt in progress last went to (to name the host of a failure). */
  get lastUrl(): string | undefined {
    return this.active?.urls[this.active.urls.length - 1] ?? this.recentUrl?.url;
  }

  /**
   * The last URL logged outside any attempt, for a few lines: DMPDownloader logs where it goes
   * ("Redirected to URL …") and then, when that fails, the failure.
   */
  private recentUrl: { url: string; entry: number } | undefined;

  add(entry: LogEntry): void {
    const message = entry.message;
    if (this.recentUrl && entry.index - this.recentUrl.entry > RECENT_URL_LINES) this.recentUrl = undefined;
    if (!MARKER.test(message)) {
      if (this.active) this.touch(this.active, entry);
      return;
    }
    if (SYNC_START.test(message)) {
      this.closeManifest();
      this.manifest = this.open('manifest', MANIFEST_PACKAGE, entry);
      return;
    }
    const state = STATE_MESSAGE.exec(message);
    if (state) {
      this.reachStage(Number(state[1]), packageId(state[2]), entry);
      return;
    }
    const started = PACKAGE_START.exec(message);
    if (started) {
      this.packageAttempt(packageId(started[1]), entry, /Redownload package/i.test(message));
      return;
    }
    const done = PACKAGE_DONE.exec(message);
    if (done) {
      this.finish(this.packageAttempt(packageId(done[1]), entry), 'success', entry);
      return;
    }
    const reported = PACKAGE_STATE.exec(message);
    if (reported) {
      const attempt = this.packageAttempt(packageId(reported[1]), entry);
      const value = Number(reported[2]);
      if (value === DOWNLOAD_SUCCESS) this.finish(attempt, 'success', entry);
      else if (value === DOWNLOAD_FAILED) this.finish(attempt, 'failed', entry);
      return;
    }
    if (MANIFEST_MOVED.test(message)) {
      const attempt = this.manifest ?? (this.manifest = this.open('manifest', MANIFEST_PACKAGE, entry));
      this.finish(attempt, 'success', entry);
      return;
    }
    if (RETRY.test(message)) {
      const failed = this.lastFailed;
      if (failed) failed.retry = true;
      return;
    }
    if (MANIFEST_ACTIVITY.test(message) && !(this.manifest && this.manifest.outcome === 'incomplete')) {
      this.manifest = this.open('manifest', MANIFEST_PACKAGE, entry);
    }
    const url = URL_LINE.exec(message)?.[1];
    const target = this.active;
    if (url && !target) this.recentUrl = { url: detach(url), entry: entry.index };
    if (target) {
      if (url && !target.urls.includes(url)) target.urls.push(detach(url));
      if (OFFLINE.test(message)) target.mode = 'offline';
      else if (FROM_INTERNET.test(message) && target.mode === undefined) target.mode = 'online';
      this.touch(target, entry);
    }
  }

  /**
   * A failure found at this entry: it ends the attempt in progress (or, with none, a new one of the
   * kind the message speaks of, with an unknown package) as failed. Returns the attempt's id.
   */
  fail(entry: LogEntry, findingIndex: number): number {
    let attempt = this.active && this.active.outcome === 'incomplete' ? this.active : undefined;
    // A follow-up line of the failure just reported ("Failed to call X. error = …") stays with it.
    if (!attempt && FOLLOW_UP.test(entry.message) && this.lastFailed && entry.index - this.lastFailed.lastEntry <= 3 && this.attempts[this.attempts.length - 1] === this.lastFailed) attempt = this.lastFailed;
    if (!attempt) {
      const kind = PACKAGE_WORDS.test(entry.message) ? 'package' : 'manifest';
      attempt = this.open(kind, kind === 'manifest' ? MANIFEST_PACKAGE : 'unknown', entry);
      if (kind === 'manifest') this.manifest = attempt;
      if (this.recentUrl) attempt.urls.push(this.recentUrl.url);
    }
    if (!attempt.findings.includes(findingIndex)) attempt.findings.push(findingIndex);
    this.finish(attempt, 'failed', entry);
    return attempt.id;
  }

  /** Ends the log: attempts still open stay `incomplete`. */
  result(): DownloadAttempt[] {
    for (const attempt of this.attempts) attempt.durationMs = elapsedMs(attempt.start, attempt.end);
    return this.attempts;
  }

  private open(kind: DownloadAttempt['kind'], pkg: string, entry: LogEntry): DownloadAttempt {
    const attempt: DownloadAttempt = {
      id: this.nextId++,
      kind,
      package: pkg,
      start: entryTime(entry),
      end: entryTime(entry),
      firstEntry: entry.index,
      lastEntry: entry.index,
      stages: [],
      outcome: 'incomplete',
      retry: false,
      urls: [],
      findings: [],
    };
    this.attempts.push(attempt);
    if (this.attempts.length >= 2 * MAX_ATTEMPTS_KEPT) this.dropOldest();
    if (kind === 'package') this.packages.set(pkg, attempt);
    this.active = attempt;
    return attempt;
  }

  /**
   * The attempt a package's line belongs to: its latest one, unless that one failed or the line
   * starts a new download (`starts`) after the latest one ended.
   */
  private packageAttempt(pkg: string, entry: LogEntry, starts = false): DownloadAttempt {
    if (pkg === MANIFEST_PACKAGE) return this.manifest ?? (this.manifest = this.open('manifest', pkg, entry));
    const existing = this.packages.get(pkg);
    const reuse = existing && existing.outcome !== 'failed' && !(starts && existing.outcome !== 'incomplete');
    const attempt = reuse && existing ? existing : this.open('package', pkg, entry);
    if (attempt.outcome === 'incomplete') this.active = attempt;
    this.touch(attempt, entry);
    return attempt;
  }

  private reachStage(state: number, pkg: string, entry: LogEntry): void {
    const attempt = pkg === MANIFEST_PACKAGE ? this.manifestFor(state, entry) : this.packageAttempt(pkg, entry, state === 6);
    const time = entryTime(entry);
    const stage: AttemptStage = { state, name: STAGE_NAMES[state] ?? `state message ${state}`, entry: entry.index, ...(time ? { time } : {}) };
    attempt.stages.push(stage);
    const order = attempt.kind === 'manifest' ? (MANIFEST_STAGES as readonly number[]) : (PACKAGE_STAGES as readonly number[]);
    if (!attempt.lastStage || order.indexOf(state) >= order.indexOf(attempt.lastStage.state)) attempt.lastStage = stage;
    if (attempt.outcome === 'incomplete') this.active = attempt;
    this.touch(attempt, entry);
    if (attempt.kind === 'package' && state === 13) this.finish(attempt, 'success', entry);
  }

  /**
   * The sync cycle a manifest state message belongs to: the current one (its state 4 follows the
   * "moved to the connector outbox" line that made it a success), unless the message is a state 0
   * and the current cycle already had one, or the current cycle failed.
   */
  private manifestFor(state: number, entry: LogEntry): DownloadAttempt {
    const current = this.manifest;
    if (current && current.outcome !== 'failed' && !(state === 0 && current.stages.some((s) => s.state === 0))) return current;
    this.closeManifest();
    this.manifest = this.open('manifest', MANIFEST_PACKAGE, entry);
    return this.manifest;
  }

  /** Lets go of the oldest attempts, counting them (in bulk, so each attempt is moved once). */
  private dropOldest(): void {
    const old = this.attempts.slice(0, this.attempts.length - MAX_ATTEMPTS_KEPT);
    this.attempts = this.attempts.slice(old.length);
    for (const attempt of old) {
      this.dropped[attempt.outcome] += 1;
      if (this.packages.get(attempt.package) === attempt) this.packages.delete(attempt.package);
    }
  }

  private closeManifest(): void {
    this.manifest = undefined;
  }

  private touch(attempt: DownloadAttempt, entry: LogEntry): void {
    attempt.lastEntry = entry.index;
    if (Number.isNaN(entry.localMs)) return;
    if (!attempt.start) attempt.start = entryTime(entry);
    // The end moves with every line: its object is updated in place rather than made anew.
    if (!attempt.end || attempt.end === attempt.start) attempt.end = entryTime(entry);
    else setLogTime(attempt.end, entry);
  }

  private finish(attempt: DownloadAttempt, outcome: 'success' | 'failed', entry: LogEntry): void {
    this.touch(attempt, entry);
    if (attempt.outcome === 'incomplete' || outcome === 'failed') attempt.outcome = outcome;
    if (outcome === 'failed') this.lastFailed = attempt;
    if (this.active === attempt) this.active = undefined;
  }
}
