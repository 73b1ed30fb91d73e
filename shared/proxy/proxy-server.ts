import { failure, success, type Outcome } from '../util/result.ts';

/**
 * A web proxy as the user or a configuration names it. Credentials live only in the main process:
 * everything shown or saved goes through `describeProxy`, which never includes the password.
 */
export interface ProxyServer {
  host: string;
  port: number;
  username?: string;
  password?: string;
}

/**
 * Parses `http://[user[:password]@]host[:port]` or a bare `host:port` (how Windows and ConfigMgr
 * write proxies). The port defaults to 80, as ConfigMgr's proxy settings do. HTTPS and SOCKS proxies
 * are refused with a clear message: the checks speak HTTP CONNECT to a plain-HTTP proxy.
 */
export function parseProxyServer(text: string): Outcome<ProxyServer, string> {
  const trimmed = text.trim();
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(?:([^:@/]*)(?::([^@/]*))?@)?(\[[0-9a-f:.]+\]|[^:@/[\]]+)(?::(\d{1,5}))?\/?$/i.exec(trimmed);
  if (!match) return failure([`"${redactInText(trimmed)}" is not a proxy address such as http://proxy.corp.example:8080`]);
  const [, scheme = 'http', user, password, hostText = '', portText] = match;
  if (scheme.toLowerCase() !== 'http') return failure([`${scheme.toUpperCase()} proxies are not supported: give an HTTP proxy such as http://proxy.corp.example:8080`]);
  const port = portText === undefined ? 80 : Number(portText);
  if (port < 1 || port > 65535) return failure([`proxy port ${portText} is not 1-65535`]);
  const host = hostText.replace(/^\[|\]$/g, '');
  const decode = (value: string | undefined) => (value ? decodeURIComponent(value) : undefined);
  const username = decode(user);
  const secret = decode(password);
  return success({ host, port, ...(username ? { username } : {}), ...(secret ? { password: secret } : {}) });
}

/** `http://host:port`, and `(as user)` when credentials are set: safe to show and save. */
export function describeProxy(proxy: ProxyServer): string {
  const host = proxy.host.includes(':') ? `[${proxy.host}]` : proxy.host;
  return `http://${host}:${proxy.port}${proxy.username ? ` (as ${proxy.username})` : ''}`;
}

/** Replaces a password in a URL-like text (`user:secret@host`) before it goes into a message. */
export function redactInText(text: string): string {
  return text.replace(/(\/\/[^:/@\s]+):[^@/\s]*@/g, '$1:***@');
}
