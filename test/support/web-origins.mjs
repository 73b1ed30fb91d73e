// Serves stand-in internet endpoints for the endpoint tests, as described by the JSON file given:
// [{ "address": "10.x.y.10", "port": 443, "tls": { "cert": "<PEM chain>", "key": "<PEM>" },
//    "answer": "ok" | "status-503" | "hang" | "close" | "garbage" }, …]
// "ok" answers 200 with a body naming the listener; plain HTTP when "tls" is absent. Prints "ready"
// once every listener accepts. Run on loopback, or inside a test namespace by `lab.spawn`.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const listeners = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let pending = listeners.length;

function serve(socket, listener) {
  socket.on('error', () => {});
  let request = '';
  socket.on('data', (chunk) => {
    request += chunk.toString('latin1');
    if (!request.includes('\r\n\r\n')) return;
    const [line] = request.split('\r\n');
    switch (listener.answer ?? 'ok') {
      case 'hang':
        return;
      case 'close':
        socket.destroy();
        return;
      case 'garbage':
        socket.end('\x00\x01\x02 not http at all\r\n\r\n');
        return;
      case 'status-503':
        socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      default: {
        const body = `origin ${listener.address}:${listener.port} got ${line}\n`;
        socket.end(`HTTP/1.1 200 OK\r\nServer: netcheck-test-origin\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      }
    }
  });
}

for (const listener of listeners) {
  const server = listener.tls
    ? tls.createServer({ cert: listener.tls.cert, key: listener.tls.key }, (socket) => serve(socket, listener))
    : net.createServer((socket) => serve(socket, listener));
  server.on('tlsClientError', () => {});
  server.listen({ host: listener.address, port: listener.port }, () => {
    pending -= 1;
    if (pending === 0) process.stdout.write('ready\n');
  });
}
