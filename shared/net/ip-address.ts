import { isIP } from './is-ip.ts';

/**
 * IP address arithmetic without Node: CIDR membership and the classes of address that matter when
 * a public name resolves somewhere it should not (a sinkhole, a hosts-file entry).
 */

/** What kind of address a DNS answer is. */
export type AddressClass = 'unspecified' | 'loopback' | 'private' | 'link-local' | 'public';

/** Parses an IPv4 or IPv6 address to its bits, or undefined when it is not one. */
function toBits(address: string): { family: 4 | 6; value: bigint } | undefined {
  const family = isIP(address);
  if (family === 4) {
    const value = address.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
    return { family: 4, value };
  }
  if (family !== 6) return undefined;
  let text = address.toLowerCase().replace(/%.*$/, '');
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hextets.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const bits = toBits(v4[1]);
    if (!bits) return undefined;
    text = text.slice(0, -v4[1].length) + `${(bits.value >> 16n).toString(16)}:${(bits.value & 0xffffn).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headParts.length - tailParts.length;
  const parts = tail === undefined ? headParts : [...headParts, ...new Array<string>(missing).fill('0'), ...tailParts];
  if (parts.length !== 8) return undefined;
  return { family: 6, value: parts.reduce((acc, part) => (acc << 16n) | BigInt(parseInt(part, 16)), 0n) };
}

/** Whether `address` lies inside `cidr` (`13.67.13.176/28`, `2603:1000::/24`); false across families. */
export function inCidr(address: string, cidr: string): boolean {
  const [network = '', prefixText] = cidr.split('/');
  const a = toBits(address);
  const n = toBits(network);
  if (!a || !n || a.family !== n.family) return false;
  const width = a.family === 4 ? 32n : 128n;
  const prefix = BigInt(prefixText === undefined ? Number(width) : Number(prefixText));
  if (prefix < 0n || prefix > width) return false;
  const shift = width - prefix;
  return a.value >> shift === n.value >> shift;
}

/** Classifies an address for DNS answers; anything unparsable counts as public (no claim made). */
export function classifyAddress(address: string): AddressClass {
  const bits = toBits(address);
  if (!bits) return 'public';
  if (bits.value === 0n) return 'unspecified';
  if (bits.family === 4) {
    if (inCidr(address, '127.0.0.0/8')) return 'loopback';
    if (inCidr(address, '0.0.0.0/8')) return 'unspecified';
    if (['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].some((range) => inCidr(address, range))) return 'private';
    if (inCidr(address, '169.254.0.0/16')) return 'link-local';
    return 'public';
  }
  if (bits.value === 1n) return 'loopback';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return classifyAddress(mapped[1]);
  if (inCidr(address, 'fc00::/7')) return 'private';
  if (inCidr(address, 'fe80::/10')) return 'link-local';
  return 'public';
}
