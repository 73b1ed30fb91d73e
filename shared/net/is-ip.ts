/**
 * `net.isIP` for the pure layer (no Node imports): 4 for an IPv4 address, 6 for IPv6, 0 otherwise.
 * IPv6 zone indexes (`fe80::1%eth0`) are accepted.
 */
export function isIP(text: string): 0 | 4 | 6 {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text)) return 4;
  const address = text.replace(/%[\w.-]+$/, '');
  if (!/^[0-9a-fA-F:.]+$/.test(address) || !address.includes(':')) return 0;
  const v4Tail = /:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4Tail?.[1] && isIP(v4Tail[1]) !== 4) return 0;
  const hex = v4Tail ? `${address.slice(0, -v4Tail[1]!.length)}0:0` : address;
  const doubles = hex.split('::').length - 1;
  if (doubles > 1) return 0;
  const groups = hex.split(':').filter((group, i, all) => !(group === '' && (i === 0 || i === all.length - 1 || doubles > 0)));
  if (groups.some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return 0;
  return (doubles === 1 ? groups.length < 8 : groups.length === 8) ? 6 : 0;
}
