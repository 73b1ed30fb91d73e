import { X509Certificate } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import tls from 'node:tls';
import { errorInfo } from './resolver.ts';

/** A certificate as results show it. */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** SHA-256 of the DER certificate, colon-separated hex. */
  fingerprint256: string;
  subjectAltName?: string;
  selfIssued: boolean;
}

/** How a TLS handshake ended. */
export type TlsHandshakeOutcome =
  | {
      kind: 'handshake';
      protocol: string;
      cipher: string;
      alpn?: string;
      /** The chain as the server presented it, leaf first (Node appends the local root it found). */
      chain: CertificateSummary[];
      /** The same chain as certificates, for fingerprints and for finding the root. */
      certificates: X509Certificate[];
      /** Whether Node's trust store (plus `ca`) accepts the chain for this name. */
      trusted: boolean;
      trustError?: string;
      /** Why the chain is not trusted (an unknown root, an expired certificate), apart from the name. */
      authorizationError?: string;
      /** Why the leaf does not match the server name. */
      identityError?: string;
      durationMs: number;
      /** The open session, only when the caller asked to keep it (`keepOpen`). */
      socket?: tls.TLSSocket;
    }
  | { kind: 'failed'; code: string; message: string; durationMs: number }
  | { kind: 'aborted'; durationMs: number };

/**
 * Opens TLS to `address:port` (or over an already connected `socket`: a CONNECT tunnel), sending
 * `servername` as SNI (never an IP literal, which TLS forbids), and reports the negotiated protocol
 * and the presented chain. The chain is accepted whatever it is (`rejectUnauthorized: false`) so
 * that an untrusted or inspecting certificate can be described rather than just refused; whether it
 * would have been trusted is reported beside it. Ends when the signal aborts: a peer that waits for
 * a request line would otherwise stall the handshake forever. With `keepOpen`, a completed
 * handshake hands its socket to the caller (who must destroy it) instead of closing it.
 */
export function tlsHandshake(
  address: string,
  port: number,
  options: { servername?: string; alpn?: string[]; ca?: readonly string[]; signal: AbortSignal; socket?: Socket; keepOpen?: boolean },
): Promise<TlsHandshakeOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (options.signal.aborted) return Promise.resolve({ kind: 'aborted', durationMs: 0 });
  return new Promise((resolve) => {
    const servername = options.servername && isIP(options.servername) === 0 ? options.servername : undefined;
    const socket = tls.connect({
      ...(options.socket ? { socket: options.socket } : { host: address, port }),
      ...(servername ? { servername } : {}),
      ...(options.alpn ? { ALPNProtocols: options.alpn } : {}),
      ...(options.ca ? { secureContext: contextTrusting(options.ca) } : {}),
      rejectUnauthorized: false,
    });
    let settled = false;
    const finish = (outcome: TlsHandshakeOutcome) => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', onAbort);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      if (outcome.kind === 'handshake' && options.keepOpen) {
        socket.on('error', () => undefined);
        resolve({ ...outcome, socket });
        return;
      }
      socket.destroy();
      resolve(outcome);
    };
    const onAbort = () => finish({ kind: 'aborted', durationMs: elapsed() });
    const onError = (err: Error) => finish({ kind: 'failed', ...errorInfo(err), durationMs: elapsed() });
    const onClose = () => finish({ kind: 'failed', code: 'ECONNRESET', message: 'closed during the TLS handshake', durationMs: elapsed() });
    socket.once('secureConnect', () => {
      const identityError = servername ? tls.checkServerIdentity(servername, socket.getPeerCertificate()) : undefined;
      const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
      const certificates = presentedChain(socket.getPeerCertificate(true));
      finish({
        kind: 'handshake',
        protocol: socket.getProtocol() ?? 'unknown',
        cipher: socket.getCipher()?.name ?? 'unknown',
        ...(socket.alpnProtocol ? { alpn: socket.alpnProtocol } : {}),
        chain: certificates.map(summarize),
        certificates,
        trusted: socket.authorized && !identityError,
        ...(authorizationError || identityError ? { trustError: identityError?.message ?? authorizationError } : {}),
        ...(authorizationError ? { authorizationError } : {}),
        ...(identityError ? { identityError: identityError.message } : {}),
        durationMs: elapsed(),
      });
    });
    socket.once('error', onError);
    socket.once('close', onClose);
    options.signal.addEventListener('abort', onAbort, { once: true });
  });
}

const contexts = new Map<string, tls.SecureContext>();

/**
 * A TLS context trusting the public roots plus `ca`, built once per set of extra roots: building
 * one parses every root certificate, which costs more than the handshake itself when a run opens
 * hundreds of TLS sessions.
 */
function contextTrusting(ca: readonly string[]): tls.SecureContext {
  const key = ca.join('\n');
  let context = contexts.get(key);
  if (!context) {
    context = tls.createSecureContext({ ca: [...tls.rootCertificates, ...ca] });
    contexts.set(key, context);
  }
  return context;
}

/** Walks `issuerCertificate` from the leaf until a self-issued certificate or a loop. */
function presentedChain(leaf: tls.DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  for (let cert: tls.DetailedPeerCertificate | undefined = leaf; cert?.raw && chain.length < 10; cert = cert.issuerCertificate) {
    if (seen.has(cert.fingerprint256)) break;
    seen.add(cert.fingerprint256);
    chain.push(new X509Certificate(cert.raw));
  }
  return chain;
}

/** Subject, issuer, validity, fingerprint and names of a certificate (RSA, EC or Ed25519). */
export function summarize(cert: X509Certificate): CertificateSummary {
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    fingerprint256: cert.fingerprint256,
    ...(cert.subjectAltName ? { subjectAltName: cert.subjectAltName } : {}),
    selfIssued: cert.subject === cert.issuer,
  };
}
