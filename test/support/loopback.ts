import net from 'node:net';

/** A TCP server on loopback that accepts and closes every connection. */
export async function startLoopbackListener(host = '127.0.0.1'): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port that was free a moment ago, so a connection to it is refused. */
export async function refusedLoopbackPort(): Promise<number> {
  const spare = await startLoopbackListener();
  await spare.close();
  return spare.port;
}
