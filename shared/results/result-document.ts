import type { Transport } from '../catalogue/port-types.ts';
import type { EndpointExpectation } from '../endpoints/endpoint-expectation.ts';
import type { RequiredRootStatus } from '../endpoints/known-roots.ts';
import type { LogDocument } from '../logs/log-document.ts';
import type { WalkthroughRun } from '../walkthroughs/walkthrough-run.ts';
import type { Hierarchy } from '../hierarchy/model.ts';
import type { PlannedLink } from '../plan/link.ts';
import type { Status, Verdict } from './status.ts';

/** An IP endpoint as seen on a socket. */
export interface SocketEndpoint {
  address: string;
  port: number;
}

/** How the destination name became addresses. `via` is `system`, `address-override`, `literal` or `dns HOST:PORT`. */
export interface Resolution {
  name: string;
  via: string;
  addresses: string[];
  durationMs: number;
  error?: { code: string; message: string };
}

/** One message on the wire: what was sent or received, when (ms after the check started), in hex. */
export interface WireExchange {
  direction: 'sent' | 'received';
  atMs: number;
  bytes: number;
  /** Lower-case hex, truncated after 256 bytes with the full size noted. */
  hex: string;
  note?: string;
  /** The other side, for UDP replies that may come from another port. */
  peer?: SocketEndpoint;
}

/**
 * What a probe did and saw, kept with every result so another engineer can check the verdict:
 * what was sent, to where, from where, how long it took, and what came back.
 */
export interface Evidence {
  startedAt: string;
  durationMs: number;
  timeoutMs: number;
  resolution?: Resolution;
  local?: SocketEndpoint;
  remote?: SocketEndpoint;
  sent?: string;
  received?: string;
  error?: { code: string; message: string };
  attempts?: number;
  exchanges?: WireExchange[];
}

/** A message key and its parameters, so a summary can be shown again in another language. */
export interface LocalizableMessage {
  key: string;
  params: Record<string, string | number>;
}

/** The result of one check. */
export interface CheckResult {
  id: string;
  probe: string;
  /** Where the check went; for an internet endpoint, the URL and what the catalogue expects of it. */
  target: { host: string; address?: string; port: number | null; portLabel: string; transport: Transport; url?: string; endpoint?: EndpointExpectation };
  verdict: Verdict;
  status: Status;
  durationMs: number;
  summary: string;
  message: LocalizableMessage;
  details: Record<string, unknown>;
  evidence: Evidence;
  /** Ids of the planned links this check answers for. */
  links: string[];
  /** Where it was measured, when results of several machines were put together (the document's vantage otherwise). */
  measuredFrom?: string;
}

/** The machine the checks ran on. `claimedSystem` is the `--from` system it stands for, if any. */
export interface Vantage {
  hostname: string;
  addresses: string[];
  platform: string;
  claimedSystem?: string;
}

/** The settings a run used. */
export interface RunSettings {
  timeoutMs: number;
  concurrency: number;
  perHostConcurrency: number;
  from?: string;
  only?: string[];
  dnsServer?: string;
  /** Internet endpoint checks: what was selected, each check's budget, and how routes were chosen. */
  endpoints?: {
    timeoutMs: number;
    roles?: string[];
    features?: string[];
    /** Only these hosts were tested (a log finding's "Test now"). */
    hosts?: string[];
    cloud: string;
    /** `direct`, `proxy http://host:port (as user)`, `PAC file …`: never a password. */
    route: string;
  };
}

/**
 * The document a run produces: printed by `netcheck run --json`, saved by the app, re-opened later.
 *
 * `tool`, `version`, `startedAt`, `vantage` and `results` are the stable core every producer writes;
 * the hierarchy and links let a report or the topology be rebuilt from this file alone. A single
 * `netcheck probe` has no hierarchy and no links.
 */
export interface ResultDocument {
  tool: 'configmgr-netcheck';
  formatVersion: 1;
  version: string;
  startedAt: string;
  finishedAt: string;
  cancelled: boolean;
  vantage: Vantage;
  /** Every machine the results were measured on, when documents of several machines were put together. */
  vantages?: Vantage[];
  settings: RunSettings;
  hierarchy?: Hierarchy;
  links: PlannedLink[];
  results: CheckResult[];
  /**
   * Whether the roots the ConfigMgr documents name as required are trusted on the machine that ran
   * the checks (written when internet endpoints were checked).
   */
  trustStore?: RequiredRootStatus[];
  /** The walkthroughs followed during the call, with their transcripts (added when the report is saved). */
  walkthroughs?: WalkthroughRun[];
  /** What the open Dmpdownloader/Dmpuploader log said (added when the report is saved). */
  logs?: LogDocument;
  /** Identifiers were replaced by tokens (`redactDocument`). */
  redacted?: boolean;
}
