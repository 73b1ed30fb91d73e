import { tlsHandshake } from '../net/tls-handshake.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { connectionEvidence, openTcp } from './tcp-probe.ts';

/** The TCP-TLS channel ports (10140 + instance); 443 and 10124+ are the HTTPS fallbacks. */
export function cmgChannelOfPort(port: number): 'tcp-tls' | 'https' {
  return port >= 10140 && port <= 10155 ? 'tcp-tls' : 'https';
}

/**
 * `cmg`: one port of a cloud management gateway instance: TCP connect, then a TLS handshake with the
 * CMG service name as the server name (what the connection point sends), describing the certificate
 * it presents (subject, issuer, expiry, and whether this machine trusts it). Which channel the
 * connection point will actually use is decided across the gateway's ports once all have run
 * (`cmg-channel.ts`).
 */
export const cmgProbe: Probe = {
  id: 'cmg',
  transport: 'tcp',
  defaultPort: 10140,
  async run(target, context): Promise<ProbeOutcome> {
    const port = target.port ?? 443;
    const opened = await openTcp(target, port, context);
    if (!opened.ok) return opened.outcome;
    const { connection } = opened;
    const channel = cmgChannelOfPort(port);
    const params = { host: target.host, port, channel: channel === 'tcp-tls' ? 'TCP-TLS' : 'HTTPS' };
    const tls = await tlsHandshake(connection.address, port, { servername: target.host, socket: connection.socket, signal: context.signal, ...(context.ca ? { ca: [...context.ca] } : {}) });
    const evidence: ProbeOutcome['evidence'] = { ...connectionEvidence(connection), sent: `TCP connect, then TLS ClientHello with server name ${target.host}` };
    if (tls.kind !== 'handshake') {
      const reason = tls.kind === 'aborted' ? `no handshake within ${context.timeoutMs} ms` : `${tls.code}: ${tls.message}`;
      return {
        verdict: tls.kind === 'aborted' ? 'no-response' : 'wrong-protocol',
        message: { key: 'probe.cmg.notTls', params: { ...params, reason } },
        details: { channel },
        evidence: { ...evidence, received: reason, ...(tls.kind === 'failed' ? { error: { code: tls.code, message: tls.message } } : {}) },
      };
    }
    const leaf = tls.chain[0];
    const certificate = leaf ? { subject: leaf.subject, issuer: leaf.issuer, validFrom: leaf.validFrom, validTo: leaf.validTo, fingerprint256: leaf.fingerprint256, subjectAltName: leaf.subjectAltName ?? null } : null;
    const details = { channel, tls: { protocol: tls.protocol, cipher: tls.cipher, trusted: tls.trusted, trustError: tls.trustError ?? null, chain: tls.chain }, certificate };
    const received = `TLS ${tls.protocol} (${tls.cipher}); leaf ${leaf?.subject ?? 'none'}`;
    const certParams = { ...params, protocol: tls.protocol, subject: leaf?.subject ?? 'none', issuer: leaf?.issuer ?? 'none', validTo: leaf?.validTo.slice(0, 10) ?? '?' };
    if (leaf && Date.parse(leaf.validTo) < Date.now()) {
      return { verdict: 'open', status: 'fail', message: { key: 'probe.cmg.expired', params: certParams }, details, evidence: { ...evidence, received } };
    }
    if (!tls.trusted) {
      return { verdict: 'open', status: 'warn', message: { key: 'probe.cmg.untrusted', params: { ...certParams, reason: tls.trustError ?? 'untrusted' } }, details, evidence: { ...evidence, received } };
    }
    return { verdict: 'open', message: { key: 'probe.cmg.handshake', params: certParams }, details, evidence: { ...evidence, received } };
  },
};
