import type net from 'node:net';
import tls from 'node:tls';
import type { Issued } from '../certs.ts';

/**
 * A TLS server on loopback presenting `leaf` (and the chain given), that closes each connection
 * after the handshake: stands in for a CMG instance port, a TDS 8 server, or an HTTPS origin.
 */
export async function startTlsOrigin(leaf: Issued, chain: Issued[] = [], options: { alpn?: string[]; host?: string } = {}): Promise<{ port: number; close(): Promise<void> }> {
  const server = tls.createServer({ key: leaf.keyPem, cert: [leaf.certPem, ...chain.map((c) => c.certPem)].join('\n'), ...(options.alpn ? { ALPNProtocols: options.alpn } : {}) }, (socket) => {
    socket.on('error', () => undefined);
    socket.end();
  });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
