import { isIP } from '../net/is-ip.ts';
import { inCidr } from '../net/ip-address.ts';

/**
 * Proxy bypass lists in the two dialects users bring: the environment's `NO_PROXY`
 * (`localhost,.corp.example,10.0.0.0/8`) and Windows' bypass list (`*.corp.example;<local>`).
 * Entries are separated by commas, semicolons or spaces; an entry may carry a port.
 */

/** Whether a host (and port) is in a bypass list, so it is reached directly. */
export function bypassesProxy(list: string, host: string, port: number): boolean {
  const name = host.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '');
  return list
    .split(/[,;\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '')
    .some((entry) => matches(entry, name, port));
}

function matches(entry: string, host: string, port: number): boolean {
  if (entry === '*') return true;
  if (entry === '<local>') return !host.includes('.') && isIP(host) === 0;
  const portMatch = /^(.*?):(\d+)$/.exec(entry);
  const [pattern, entryPort] = portMatch && !entry.includes('::') ? [portMatch[1] ?? '', Number(portMatch[2])] : [entry, undefined];
  if (entryPort !== undefined && entryPort !== port) return false;
  if (pattern.includes('/')) return isIP(host) !== 0 && inCidr(host, pattern);
  if (pattern.includes('*')) {
    const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    return new RegExp(`^${source}$`).test(host);
  }
  const domain = pattern.replace(/^\./, '');
  return host === domain || host.endsWith(`.${domain}`);
}
