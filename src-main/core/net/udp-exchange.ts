import dgram from 'node:dgram';
import { isIP } from 'node:net';
import type { SocketEndpoint } from '../../../shared/results/result-document.ts';
import type { ExchangeLog } from './exchange-log.ts';
import { errorInfo } from './resolver.ts';

/** How a UDP request ended. */
export type UdpOutcome =
  | { kind: 'reply'; data: Uint8Array; from: SocketEndpoint; local: SocketEndpoint; attempts: number }
  | { kind: 'port-unreachable'; local?: SocketEndpoint; attempts: number }
  | { kind: 'silence'; local?: SocketEndpoint; attempts: number }
  | { kind: 'error'; code: string; message: string; attempts: number };

/** What to send, where, and which datagrams count as the answer. */
export interface UdpRequest {
  address: string;
  port: number;
  payload: Uint8Array;
  note: string;
  signal: AbortSignal;
  log: ExchangeLog;
  /**
   * A connected socket only receives from `address:port` but learns of an ICMP port-unreachable
   * (Linux); an unconnected one receives from any port (a TFTP reply comes from a new port).
   */
  connected: boolean;
  /** Accepts a datagram as the answer; others are logged and ignored. Default: any datagram. */
  accept?: (data: Uint8Array, from: SocketEndpoint) => boolean;
  /** Local port to send from (a DHCP client listens on 68); 0 or absent for an ephemeral port. */
  localPort?: number;
  broadcast?: boolean;
  /** Milliseconds after the first send at which to send again (UDP may lose a datagram). */
  resendAfter?: readonly number[];
  /** Called with each accepted reply before the socket closes (to abort a TFTP transfer, say). */
  onReply?: (socket: dgram.Socket, from: SocketEndpoint) => void;
}

/**
 * Sends a datagram and waits for an answer, an ICMP port-unreachable (only a connected socket on
 * Linux sees one; Windows never reports it), or silence when the signal aborts. Resends at the given
 * times. Never throws.
 */
export function udpRequest(request: UdpRequest): Promise<UdpOutcome> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket({ type: isIP(request.address) === 6 ? 'udp6' : 'udp4', reuseAddr: false });
    const timers: ReturnType<typeof setTimeout>[] = [];
    let attempts = 0;
    let settled = false;
    const local = (): SocketEndpoint | undefined => {
      try {
        const info = socket.address();
        return { address: info.address, port: info.port };
      } catch {
        return undefined;
      }
    };
    const finish = (outcome: UdpOutcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
      try {
        socket.close();
      } catch {
        // already closed
      }
      resolve(outcome);
    };
    const onAbort = () => {
      const endpoint = local();
      finish({ kind: 'silence', attempts, ...(endpoint ? { local: endpoint } : {}) });
    };
    const send = () => {
      if (settled) return;
      attempts += 1;
      request.log.sent(request.payload, attempts === 1 ? request.note : `${request.note} (resent)`);
      const done = (err: Error | null) => {
        if (err) finish(classifySocketError(err, attempts, local()));
      };
      if (request.connected) socket.send(request.payload, done);
      else socket.send(request.payload, request.port, request.address, done);
    };

    socket.on('message', (message, rinfo) => {
      const data = new Uint8Array(message);
      const from = { address: rinfo.address, port: rinfo.port };
      const accepted = request.accept ? request.accept(data, from) : true;
      request.log.received(data, accepted ? 'reply' : 'ignored: not the expected reply', from);
      if (!accepted) return;
      request.onReply?.(socket, from);
      const endpoint = local() ?? { address: '', port: 0 };
      finish({ kind: 'reply', data, from, local: endpoint, attempts });
    });
    socket.on('error', (err) => finish(classifySocketError(err, attempts, local())));
    request.signal.addEventListener('abort', onAbort, { once: true });
    if (request.signal.aborted) return onAbort();

    socket.bind(request.localPort ?? 0, () => {
      if (request.broadcast) socket.setBroadcast(true);
      const start = () => {
        send();
        for (const at of request.resendAfter ?? []) timers.push(setTimeout(send, at));
      };
      if (request.connected) socket.connect(request.port, request.address, () => start());
      else start();
    });
  });
}

function classifySocketError(err: Error, attempts: number, local: SocketEndpoint | undefined): UdpOutcome {
  const info = errorInfo(err);
  if (info.code === 'ECONNREFUSED') return { kind: 'port-unreachable', attempts, ...(local ? { local } : {}) };
  return { kind: 'error', ...info, attempts };
}

/** Every accepted answer to a broadcast, until the wait ends. */
export type UdpCollectOutcome =
  | { kind: 'collected'; replies: { data: Uint8Array; from: SocketEndpoint }[]; local: SocketEndpoint; attempts: number }
  | { kind: 'error'; code: string; message: string; attempts: number };

/**
 * Sends a datagram (typically a broadcast) and collects every accepted answer until `signal` aborts:
 * a DHCPDISCOVER can be answered by a DHCP server and a ProxyDHCP server, seconds apart.
 */
export function udpCollect(request: Omit<UdpRequest, 'connected' | 'onReply'>): Promise<UdpCollectOutcome> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    const replies: { data: Uint8Array; from: SocketEndpoint }[] = [];
    const timers: ReturnType<typeof setTimeout>[] = [];
    let attempts = 0;
    let settled = false;
    const finish = (outcome: UdpCollectOutcome) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
      try {
        socket.close();
      } catch {
        // already closed
      }
      resolve(outcome);
    };
    const onAbort = () => {
      let local = { address: '', port: 0 };
      try {
        const info = socket.address();
        local = { address: info.address, port: info.port };
      } catch {
        // not bound
      }
      finish({ kind: 'collected', replies, local, attempts });
    };
    socket.on('message', (message, rinfo) => {
      const data = new Uint8Array(message);
      const from = { address: rinfo.address, port: rinfo.port };
      const accepted = request.accept ? request.accept(data, from) : true;
      request.log.received(data, accepted ? 'answer' : 'ignored', from);
      if (accepted) replies.push({ data, from });
    });
    socket.on('error', (err) => finish({ kind: 'error', ...errorInfo(err), attempts }));
    request.signal.addEventListener('abort', onAbort, { once: true });
    socket.bind(request.localPort ?? 0, () => {
      if (request.broadcast) socket.setBroadcast(true);
      const send = () => {
        if (settled) return;
        attempts += 1;
        request.log.sent(request.payload, attempts === 1 ? request.note : `${request.note} (resent)`);
        socket.send(request.payload, request.port, request.address, (err) => {
          if (err) finish({ kind: 'error', ...errorInfo(err), attempts });
        });
      };
      send();
      for (const at of request.resendAfter ?? []) timers.push(setTimeout(send, at));
    });
  });
}

/** The local address this machine would use to reach `address` (the route's source address). */
export function localAddressToward(address: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
    socket.on('error', () => {
      socket.close();
      resolve(undefined);
    });
    socket.connect(port, address, () => {
      const local = socket.address().address;
      socket.close();
      resolve(local);
    });
  });
}
