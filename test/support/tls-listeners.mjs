// Serves TLS with the certificate and key in the files given, on every ADDRESS:PORT that follows,
// closing each connection after the handshake; prints "ready" once all listen. Run inside a test
// namespace by demo-lab.ts to stand in for the CMG's instance ports.
import { readFileSync } from 'node:fs';
import tls from 'node:tls';

const [certFile, keyFile, ...endpoints] = process.argv.slice(2);
const options = { cert: readFileSync(certFile), key: readFileSync(keyFile) };
let pending = endpoints.length;
for (const endpoint of endpoints) {
  const index = endpoint.lastIndexOf(':');
  const server = tls.createServer(options, (socket) => {
    socket.on('error', () => {});
    socket.end();
  });
  server.on('tlsClientError', () => {});
  server.listen({ host: endpoint.slice(0, index), port: Number(endpoint.slice(index + 1)) }, () => {
    pending -= 1;
    if (pending === 0) process.stdout.write('ready\n');
  });
}
