// Listens on every ADDRESS:PORT given on the command line, accepts and closes connections, and
// prints "ready" once all listeners are bound. Run inside a test namespace by netns-lab.ts.
import net from 'node:net';

const endpoints = process.argv.slice(2).map((arg) => {
  const index = arg.lastIndexOf(':');
  return { host: arg.slice(0, index), port: Number(arg.slice(index + 1)) };
});
let pending = endpoints.length;
for (const { host, port } of endpoints) {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.resume();
    socket.end();
  });
  server.listen({ host, port }, () => {
    pending -= 1;
    if (pending === 0) process.stdout.write('ready\n');
  });
}
if (pending === 0) process.stdout.write('ready\n');
