import type { LocalizableMessage } from '../results/result-document.ts';
import type { InspectionVerdict } from './tls-inspection.ts';

/**
 * The `details` of an internet endpoint check: one object per stage (DNS, TCP, the proxy's
 * CONNECT, TLS, HTTP), each with its own outcome, message and duration, so the report can say which
 * device on the path broke it. A stage that did not run is `skipped` with the reason.
 */

/** How one stage went. */
export type StageOutcome = 'pass' | 'warn' | 'fail' | 'skipped';

/** Fields every stage has. */
export interface StageBase {
  outcome: StageOutcome;
  message: LocalizableMessage;
  durationMs?: number;
}

/** Where a route came from. */
export type RouteSource = 'explicit' | 'pac' | 'environment' | 'system' | 'site-system' | 'default';

/** The route a check used, without credentials. */
export interface RouteDescription {
  kind: 'direct' | 'proxy';
  source: RouteSource;
  /** `http://host:port`, when through a proxy. */
  proxy?: string;
  /** Whether credentials were configured for the proxy (never what they are). */
  credentials?: boolean;
  /** How the route was chosen: `PAC returned "PROXY a:8080; DIRECT"`, `NO_PROXY matched`. */
  detail?: string;
}

export interface DnsStage extends StageBase {
  /** `this-machine` when the name was looked up here; `proxy` when the proxy resolves it. */
  resolvedBy: 'this-machine' | 'proxy';
  name: string;
  via?: string;
  a: string[];
  aaaa: string[];
  /** The CNAME chain from the name to the final name, when the DNS server gave one. */
  cnames: string[];
  sinkhole?: 'unspecified' | 'loopback';
  /** For Intune's core set: which answers fall inside the published ranges. */
  ranges?: { inside: string[]; outside: string[] };
}

export interface TcpStage extends StageBase {
  /** What the connection went to: the endpoint itself or the proxy. */
  to: 'endpoint' | 'proxy';
  remote?: { address: string; port: number };
  local?: { address: string; port: number };
}

export interface ProxyStage extends StageBase {
  request: string;
  /** The proxy's answer to CONNECT (or to the proxied request, for plain HTTP). */
  status?: number;
  /** Authentication schemes the proxy offered with a 407 (or tinyproxy's 401). */
  schemes?: string[];
  proxyError?: { source: string; detail: string };
}

/** A certificate as the evidence shows it. */
export interface ChainCertificate {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
  fingerprint1: string;
  subjectAltName?: string;
  keyType?: string;
}

export interface TlsStage extends StageBase {
  protocol?: string;
  cipher?: string;
  serverName: string;
  /** The chain, leaf first, as the server presented it (completed with the local root Node found). */
  chain: ChainCertificate[];
  trusted: boolean;
  trustError?: string;
  hostnameMatch: boolean;
  expired: boolean;
  inspection: InspectionVerdict;
}

export interface HttpStage extends StageBase {
  request: string;
  /** The HTTP status code of the answer. */
  status?: number;
  reason?: string;
  /** Selected headers of the answer: server, via, location, content-type, x-squid-error. */
  headers?: Record<string, string>;
  proxyError?: { source: string; detail: string };
}

export interface NtpStage extends StageBase {
  stratum?: number;
  referenceId?: string;
  /** The server's clock minus this machine's, in milliseconds. */
  offsetMs?: number;
}

/** The whole `details` object of an endpoint check. */
export interface EndpointDetails {
  url: string;
  route: RouteDescription;
  standsInFor?: string[];
  dns: DnsStage;
  tcp?: TcpStage;
  proxy?: ProxyStage;
  tls?: TlsStage;
  http?: HttpStage;
  ntp?: NtpStage;
}

/** The stages of an endpoint check's details, in the order they ran. */
export const STAGE_ORDER = ['dns', 'tcp', 'proxy', 'tls', 'http', 'ntp'] as const;
export type StageName = (typeof STAGE_ORDER)[number];
