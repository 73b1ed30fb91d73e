import net from 'node:net';
import type { SocketEndpoint } from '../../../shared/results/result-document.ts';
import { errorInfo } from './resolver.ts';

/** How a TCP connection attempt ended. */
export type TcpConnectOutcome =
  | { kind: 'connected'; socket: net.Socket; local: SocketEndpoint; remote: SocketEndpoint; durationMs: number }
  | { kind: 'failed'; code: string; message: string; durationMs: number; local?: SocketEndpoint }
  | { kind: 'aborted'; durationMs: number; local?: SocketEndpoint };

/**
 * Opens a TCP connection and reports how it ended, never throwing.
 *
 * Node has no connect timeout (a dropped SYN waits ~127 s on Linux; `net.connect({ timeout })` only
 * emits an event), so the attempt ends when `signal` aborts: the socket is destroyed and the outcome
 * is `aborted`. On success the caller owns the open socket (protocol probes keep talking on it).
 */
export function connectTcp(address: string, port: number, signal: AbortSignal): Promise<TcpConnectOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (signal.aborted) return Promise.resolve({ kind: 'aborted', durationMs: 0 });
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, noDelay: true });
    let settled = false;
    const localEndpoint = (): SocketEndpoint | undefined =>
      socket.localAddress && socket.localPort !== undefined ? { address: socket.localAddress, port: socket.localPort } : undefined;
    const finish = (outcome: TcpConnectOutcome) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('connect', onConnect);
      socket.removeListener('error', onError);
      resolve(outcome);
    };
    const onAbort = () => {
      const local = localEndpoint();
      socket.destroy();
      finish({ kind: 'aborted', durationMs: elapsed(), ...(local ? { local } : {}) });
    };
    const onConnect = () => {
      // A late error (reset right after connect) must not crash the process once the caller owns it.
      socket.on('error', () => undefined);
      finish({
        kind: 'connected',
        socket,
        local: { address: socket.localAddress ?? '', port: socket.localPort ?? 0 },
        remote: { address: socket.remoteAddress ?? address, port: socket.remotePort ?? port },
        durationMs: elapsed(),
      });
    };
    const onError = (err: Error) => {
      const local = localEndpoint();
      socket.destroy();
      finish({ kind: 'failed', ...errorInfo(err), durationMs: elapsed(), ...(local ? { local } : {}) });
    };
    socket.once('connect', onConnect);
    socket.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
