import type { Transport } from '../catalogue/port-types.ts';
import type { LinkPort } from './link.ts';

/** A `--only` filter: a transport with a port, a port range, or the dynamic RPC range. */
export interface PortFilter {
  transport: Transport;
  port: LinkPort;
}

/**
 * Parses `PROTO/PORT` filters: `tcp/445`, `udp/69`, `tcp/10140-10155`, `tcp/dynamic`.
 *
 * Returns an error message naming the bad value, for the CLI to print with exit code 2.
 */
export function parsePortFilter(text: string): PortFilter | { error: string } {
  const match = /^(tcp|udp)\/(dynamic|\d{1,5}(?:-\d{1,5})?)$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) return { error: `"${text}": expected PROTO/PORT such as tcp/445, udp/69, tcp/10140-10155 or tcp/dynamic` };
  const transport = match[1].toLowerCase() as Transport;
  const value = match[2].toLowerCase();
  if (value === 'dynamic') return { transport, port: 'dynamic' };
  const [from, to] = value.split('-').map(Number);
  const valid = (n: number | undefined) => n !== undefined && n >= 1 && n <= 65535;
  if (!valid(from) || (to !== undefined && (!valid(to) || (to as number) < (from as number)))) {
    return { error: `"${text}": ports are 1-65535 and a range goes from low to high` };
  }
  return { transport, port: to === undefined ? (from as number) : { from: from as number, to } };
}

/** Whether a link's port falls under a filter (a range matches any port inside it). */
export function matchesPortFilter(transport: Transport, port: LinkPort, filter: PortFilter): boolean {
  if (transport !== filter.transport) return false;
  if (port === 'dynamic' || filter.port === 'dynamic') return port === filter.port;
  const [low, high] = typeof port === 'number' ? [port, port] : [port.from, port.to];
  const [fLow, fHigh] = typeof filter.port === 'number' ? [filter.port, filter.port] : [filter.port.from, filter.port.to];
  return low <= fHigh && fLow <= high;
}
