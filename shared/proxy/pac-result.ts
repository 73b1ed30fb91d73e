/**
 * What `FindProxyForURL` returns, in the PAC format Chromium's `resolveProxy` also uses:
 * `PROXY host:port; DIRECT`, `HTTPS host:port`, `SOCKS5 host:port`… in order of preference.
 */
export type PacDirective = { kind: 'direct' } | { kind: 'proxy'; host: string; port: number } | { kind: 'unsupported'; text: string };

/** Parses a PAC answer into directives; an empty answer means DIRECT (as browsers treat it). */
export function parsePacResult(text: string): PacDirective[] {
  const parts = text.split(';').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) return [{ kind: 'direct' }];
  return parts.map((part): PacDirective => {
    const [keyword = '', address = ''] = part.split(/\s+/, 2);
    if (keyword.toUpperCase() === 'DIRECT') return { kind: 'direct' };
    const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(address);
    if ((keyword.toUpperCase() === 'PROXY' || keyword.toUpperCase() === 'HTTP') && match?.[1]) return { kind: 'proxy', host: match[1], port: Number(match[2]) };
    return { kind: 'unsupported', text: part };
  });
}
