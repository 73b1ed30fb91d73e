import type { X509Certificate } from 'node:crypto';
import type net from 'node:net';
import type tls from 'node:tls';
import type { ChainCertificate, TlsStage } from '../../../shared/endpoints/endpoint-details.ts';
import type { EndpointExpectation } from '../../../shared/endpoints/endpoint-expectation.ts';
import { trustFamilyOf } from '../../../shared/endpoints/endpoint-rules.ts';
import { classifyChain, describeName } from '../../../shared/endpoints/tls-inspection.ts';
import type { LocalizableMessage } from '../../../shared/results/result-document.ts';
import type { Verdict } from '../../../shared/results/status.ts';
import { summarize, tlsHandshake } from '../net/tls-handshake.ts';
import type { ProbeContext } from '../probes/probe.ts';
import { findAnchor, nameParts } from '../tls/trust-anchors.ts';

/** The TLS stage, and the open session when the HTTP stage follows. */
export interface TlsStageResult {
  stage: TlsStage;
  session?: tls.TLSSocket;
  verdict?: Verdict;
}

/** A certificate for the evidence: the handshake's summary, plus the SHA-1 fingerprint and the key type. */
function describeCertificate(cert: X509Certificate): ChainCertificate {
  const { selfIssued: _selfIssued, ...summary } = summarize(cert);
  return {
    ...summary,
    fingerprint1: cert.fingerprint,
    ...(cert.publicKey.asymmetricKeyType ? { keyType: cert.publicKey.asymmetricKeyType } : {}),
  };
}

/** Why a handshake failed, in words a network engineer acts on. */
function failureMessage(code: string, message: string): LocalizableMessage {
  if (code === 'ECONNRESET') return { key: 'endpoint.tls.reset', params: {} };
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') return { key: 'endpoint.tls.notTls', params: { code } };
  return { key: 'endpoint.tls.failed', params: { code, message } };
}

/**
 * Runs TLS to the endpoint (over a direct connection or a proxy tunnel) with the endpoint's name as
 * SNI, and judges what it presented, in this order: an expired certificate or a name that does not
 * match fails; a suspected TLS inspection fails where Microsoft says inspection is unsupported and
 * warns elsewhere; an untrusted chain fails (except Windows Update's own root, which Windows holds
 * and this program's store may not); a public root Microsoft does not list warns.
 */
export async function tlsStage(socket: net.Socket, serverName: string, expectation: EndpointExpectation | undefined, keepOpen: boolean, context: ProbeContext): Promise<TlsStageResult> {
  const handshake = await tlsHandshake('', 0, { servername: serverName, socket, alpn: ['http/1.1'], signal: context.signal, keepOpen, ...(context.ca ? { ca: context.ca } : {}) });
  const family = expectation?.trust ?? trustFamilyOf(serverName);
  const empty = { serverName, chain: [], trusted: false, hostnameMatch: false, expired: false, inspection: { suspected: false, finding: 'not-applicable' as const } };
  if (handshake.kind === 'aborted') {
    return { verdict: 'no-response', stage: { ...empty, outcome: 'fail', durationMs: handshake.durationMs, message: { key: 'endpoint.tls.noAnswer', params: { ms: handshake.durationMs, timeout: context.timeoutMs } } } };
  }
  if (handshake.kind === 'failed') {
    return { verdict: 'wrong-protocol', stage: { ...empty, outcome: 'fail', durationMs: handshake.durationMs, message: failureMessage(handshake.code, handshake.message) } };
  }
  const chain = handshake.certificates.map(describeCertificate);
  const leaf = handshake.certificates[0];
  const top = handshake.certificates[handshake.certificates.length - 1];
  const anchor = findAnchor(handshake.certificates, context.ca ?? []);
  const inspection = classifyChain(family, { leafIssuer: nameParts(leaf?.issuer ?? ''), topIssuer: nameParts(top?.issuer ?? ''), ...(anchor ? { anchor } : {}) }, context.acceptedRoots ?? []);
  const now = Date.now();
  const expiredCert = handshake.certificates.find((cert) => Date.parse(cert.validTo) < now || Date.parse(cert.validFrom) > now);
  const facts = {
    serverName,
    protocol: handshake.protocol,
    cipher: handshake.cipher,
    chain,
    trusted: handshake.trusted,
    ...(handshake.trustError ? { trustError: handshake.trustError } : {}),
    hostnameMatch: handshake.identityError === undefined,
    expired: expiredCert !== undefined,
    inspection,
    durationMs: handshake.durationMs,
  };
  const judged = judge(facts, expectation, handshake.authorizationError, expiredCert);
  if (judged.outcome === 'fail' || !keepOpen) handshake.socket?.destroy();
  return { stage: { ...facts, ...judged }, ...(judged.outcome !== 'fail' && handshake.socket ? { session: handshake.socket } : {}) };
}

function judge(
  facts: Pick<TlsStage, 'serverName' | 'chain' | 'hostnameMatch' | 'inspection' | 'protocol'>,
  expectation: EndpointExpectation | undefined,
  authorizationError: string | undefined,
  expiredCert: X509Certificate | undefined,
): Pick<TlsStage, 'outcome' | 'message'> {
  const { inspection } = facts;
  if (expiredCert) {
    return { outcome: 'fail', message: { key: 'endpoint.tls.expired', params: { subject: describeName(nameParts(expiredCert.subject)), from: new Date(expiredCert.validFrom).toISOString().slice(0, 10), to: new Date(expiredCert.validTo).toISOString().slice(0, 10) } } };
  }
  if (!facts.hostnameMatch) {
    return { outcome: 'fail', message: { key: 'endpoint.tls.nameMismatch', params: { serverName: facts.serverName, names: facts.chain[0]?.subjectAltName ?? facts.chain[0]?.subject ?? 'none' } } };
  }
  if (inspection.suspected) {
    const unsupported = expectation?.flags.includes('no-tls-inspection') ?? false;
    const params = { issuer: inspection.issuer ?? '?', vendor: inspection.vendor ? ` (${inspection.vendor})` : '' };
    const key = unsupported ? 'endpoint.tls.inspectedUnsupported' : authorizationError ? 'endpoint.tls.inspectedUntrusted' : 'endpoint.tls.inspected';
    return { outcome: unsupported || authorizationError ? 'fail' : 'warn', message: { key, params } };
  }
  if (authorizationError) {
    if (inspection.finding === 'expected-by-name') return { outcome: 'warn', message: { key: 'endpoint.tls.windowsUpdateRoot', params: { root: inspection.root ?? '' } } };
    return { outcome: 'fail', message: { key: 'endpoint.tls.untrusted', params: { reason: authorizationError } } };
  }
  if (inspection.finding === 'public-unlisted') return { outcome: 'warn', message: { key: 'endpoint.tls.publicUnlisted', params: { root: inspection.root ?? '' } } };
  return { outcome: 'pass', message: { key: 'endpoint.tls.ok', params: { protocol: facts.protocol ?? 'TLS', root: inspection.root ?? 'a trusted root' } } };
}
