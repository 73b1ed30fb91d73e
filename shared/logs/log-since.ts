import type { LogEntry } from './log-types.ts';

/**
 * `--since TIME`: only entries written at or after a moment. The moment is an ISO date or time
 * (`2024-12-17`, `2024-12-17T09:10`, with `Z` or an offset for an instant) or a span back from now
 * (`90m`, `2h`, `1d`). A time without a zone is read as the log's own wall clock, the way the
 * engineer reads the log; an instant is compared with the entries' UTC time when the log gives it.
 */
export type Since = { kind: 'instant'; utcMs: number } | { kind: 'wall-clock'; localMs: number };

const SPAN = /^(\d+)\s*([mhd])$/i;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseSince(text: string, nowMs: number): Since | { error: string } {
  const trimmed = text.trim();
  const span = SPAN.exec(trimmed);
  if (span) {
    const unit = (span[2] ?? 'm').toLowerCase();
    const minutes = Number(span[1]) * (unit === 'd' ? 1440 : unit === 'h' ? 60 : 1);
    return { kind: 'instant', utcMs: nowMs - minutes * 60_000 };
  }
  const match = DATE_TIME.exec(trimmed);
  if (!match) return { error: `--since "${text}": expected a date or time (2024-12-17, 2024-12-17T09:10, …Z) or a span (90m, 2h, 1d)` };
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
  const wallMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0')));
  if (Number.isNaN(wallMs) || new Date(wallMs).getUTCDate() !== Number(day)) return { error: `--since "${text}": that date does not exist` };
  if (!zone) return { kind: 'wall-clock', localMs: wallMs };
  if (zone.toUpperCase() === 'Z') return { kind: 'instant', utcMs: wallMs };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return { kind: 'instant', utcMs: wallMs - offsetMinutes * 60_000 };
}

/**
 * Decides entry by entry; an entry with no time follows the decision for the timed entry before it
 * (a continuation belongs with its record).
 */
export class SinceFilter {
  private keepUntimed = false;

  constructor(private readonly since: Since) {}

  accept(entry: LogEntry): boolean {
    if (Number.isNaN(entry.localMs)) return this.keepUntimed;
    const keep = this.since.kind === 'wall-clock' ? entry.localMs >= this.since.localMs : (Number.isNaN(entry.utcMs) ? entry.localMs : entry.utcMs) >= this.since.utcMs;
    this.keepUntimed = keep;
    return keep;
  }
}
