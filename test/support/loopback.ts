import net from 'node:net';

/**
 * A TCP server on loopback that accepts and closes every connection. It reads what it is sent (like
 * a real server), so the client's close is seen and `close()` does not wait for half-open sockets.
 */
export async function startLoopbackListener(host = '127.0.0.1'): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.resume();
    socket.end();
  });
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
