import type { Translate } from '../i18n/translator.ts';
import type { Citation, Party, ServiceId, Transport } from '../catalogue/port-types.ts';

/** A destination port: one port, a range (UDP multicast), or the dynamic RPC range. */
export type LinkPort = number | { from: number; to: number } | 'dynamic';

/**
 * One required connection between two members of the hierarchy, derived from the catalogue.
 *
 * A link is the unit an engineer reasons about ("p01ss01 → p01dp01, SMB TCP 445, because the site
 * server pushes content to its DPs; seed 003 BKMK_PortsSite-DP"). Several links can share one probe
 * (three systems reaching the same SQL port are one check from a given machine), so results refer
 * back to links by id.
 */
export interface PlannedLink {
  id: string;
  source: string;
  sourceRole: Party;
  destination: string;
  /** `internet`: an endpoint of the internet endpoint catalogue (`destination` is its host as tested). */
  destinationKind: 'system' | 'cmg' | 'internet';
  destinationRole: Party;
  /** The destination's `address` override, tested instead of resolving its name. */
  address?: string;
  requirement: string;
  service: ServiceId;
  label: string;
  transport: Transport;
  port: LinkPort;
  direction: '-->' | '<-->';
  configurable: boolean;
  /** The field of the hierarchy file the port came from, when it is not the document's default. */
  configuredBy?: string;
  notes: number[];
  citation: Citation;
  phase?: 'install';
  /** Links of which one working is enough (the CMG channel and its HTTPS fallbacks). */
  alternativeGroup?: string;
  /** `endpoints` for links of the internet endpoint catalogue; absent for the ports catalogue. */
  catalogue?: 'endpoints';
}

/** Formats a link port for people: `445`, `63000-64000`, `dynamic`. */
export function formatPort(port: LinkPort): string {
  if (port === 'dynamic') return 'dynamic';
  if (typeof port === 'number') return String(port);
  return `${port.from}-${port.to}`;
}

/** A port (or a result's port label) for a reader: `dynamic` in their language, numbers as they are. */
export function portText(t: Translate, port: LinkPort | string): string {
  const text = typeof port === 'string' ? port : formatPort(port);
  return text === 'dynamic' ? t('format.dynamicPort') : text;
}

/** A stable key for a port, used in ids. */
export function portKey(port: LinkPort): string {
  return formatPort(port);
}
