import net from 'node:net';

/** How the injector misbehaves once a client has connected and sent its first bytes. */
export type FaultMode =
  | 'garbage' // answers random bytes
  | 'reset-mid-reply' // sends the first half of `reply`, then resets the connection
  | 'drip' // sends `reply` one byte per second
  | 'length-past-data' // sends `reply` with its length field doubled, then goes quiet
  | 'endless' // streams bytes forever
  | 'silent' // accepts and never answers
  | 'close'; // closes as soon as the request arrives

/**
 * A local TCP server that plays a broken or hostile peer, for the probes' robustness tests. `reply`
 * is a well-formed answer the modes corrupt; `lengthAt` is the offset and size of its length field.
 */
export async function startFaultInjector(mode: FaultMode, reply: Uint8Array = new Uint8Array(64).fill(0x41), lengthAt?: { offset: number; bytes: 2 | 3; bigEndian: boolean }): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<ReturnType<typeof setInterval>>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', () => {
      switch (mode) {
        case 'garbage':
          socket.write(Buffer.from(Array.from({ length: 97 }, (_, i) => (i * 37 + 11) & 0xff)));
          break;
        case 'reset-mid-reply':
          socket.write(reply.subarray(0, Math.floor(reply.length / 2)), () => socket.resetAndDestroy());
          break;
        case 'drip': {
          let i = 0;
          const timer = setInterval(() => {
            if (i >= reply.length || socket.destroyed) return clearInterval(timer);
            socket.write(reply.subarray(i, i + 1));
            i += 1;
          }, 1000);
          timers.add(timer);
          break;
        }
        case 'length-past-data': {
          const copy = Buffer.from(reply);
          if (lengthAt) {
            const value = Math.min(lengthAt.bytes === 2 ? 0xffff : 0xffffff, reply.length * 2);
            if (lengthAt.bytes === 2) {
              if (lengthAt.bigEndian) copy.writeUInt16BE(value, lengthAt.offset);
              else copy.writeUInt16LE(value, lengthAt.offset);
            } else {
              copy.writeUIntBE(value, lengthAt.offset, 3);
            }
          }
          socket.write(copy);
          break;
        }
        case 'endless': {
          const chunk = Buffer.alloc(16 * 1024, 0x5a);
          const pump = () => {
            while (!socket.destroyed && socket.write(chunk)) {
              // keep the pipe full
            }
          };
          socket.on('drain', pump);
          pump();
          break;
        }
        case 'silent':
          break;
        case 'close':
          socket.end();
          break;
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
