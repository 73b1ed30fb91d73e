import { randomBytes } from 'node:crypto';
import { toHex } from '../../../shared/protocols/bytes.ts';
import { buildSmb1Negotiate, buildSmb2Negotiate, netbiosFrameLength, parseNegotiateResponse, type SmbNegotiation } from '../../../shared/protocols/smb.ts';
import { withBudget } from '../net/budget.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { FrameReader } from '../net/frame-reader.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { connectionEvidence, openTcp, type OpenConnection } from './tcp-probe.ts';

/** SMB's port. */
export const SMB_PORT = 445;

type Attempt = { kind: 'answered'; negotiation: SmbNegotiation; raw: Uint8Array } | { kind: 'silent' } | { kind: 'closed' } | { kind: 'garbage'; raw: Uint8Array; reason: string };

/**
 * `smb` (TCP 445): an SMB2 NEGOTIATE offering 2.0.2 to 3.1.1. When the server answers it, the
 * result has the dialect it chose and whether it requires signing. When it does not (an SMB1-only
 * server closes the connection), a second connection sends an SMB1 multi-protocol NEGOTIATE to tell
 * an SMB1-only server (a failure: current Windows has SMB1 removed) from something that is not SMB.
 */
export const smbProbe: Probe = {
  id: 'smb',
  transport: 'tcp',
  defaultPort: SMB_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const port = target.port ?? SMB_PORT;
    const log = new ExchangeLog();
    const first = await openTcp(target, port, context);
    if (!first.ok) return first.outcome;
    const smb2 = await attempt(first.connection, buildSmb2Negotiate(randomBytes(16), randomBytes(32)), 'SMB2 NEGOTIATE (2.0.2, 2.1, 3.0, 3.0.2, 3.1.1)', withBudget(context.signal, context.timeoutMs * 0.6), log);
    if (smb2.kind === 'answered' && smb2.negotiation.kind !== 'not-smb') return outcome(first.connection, smb2.negotiation, log, 1);

    const second = await openTcp(target, port, context);
    if (!second.ok) return garbageOrSilent(first.connection, smb2, log, context.timeoutMs);
    const smb1 = await attempt(second.connection, buildSmb1Negotiate(), 'SMB1 NEGOTIATE (NT LM 0.12, SMB 2.002, SMB 2.???)', context.signal, log);
    if (smb1.kind === 'answered' && smb1.negotiation.kind !== 'not-smb') return outcome(second.connection, smb1.negotiation, log, 2);
    return garbageOrSilent(second.connection, smb2.kind === 'garbage' ? smb2 : smb1, log, context.timeoutMs);
  },
};

async function attempt(connection: OpenConnection, request: Uint8Array, note: string, signal: AbortSignal, log: ExchangeLog): Promise<Attempt> {
  const reader = new FrameReader(connection.socket, 64 * 1024);
  try {
    log.sent(request, note);
    connection.socket.write(request);
    const reply = await reader.next(netbiosFrameLength, signal);
    if (reply.kind === 'frame') {
      const negotiation = parseNegotiateResponse(reply.frame);
      log.received(reply.frame, negotiation.kind);
      return negotiation.kind === 'not-smb' ? { kind: 'garbage', raw: reply.frame, reason: negotiation.reason } : { kind: 'answered', negotiation, raw: reply.frame };
    }
    if (reply.received.length > 0) {
      log.received(reply.received, reply.kind);
      const reason = reply.kind === 'too-large' ? `a frame declaring ${reply.declared} bytes` : reply.kind === 'invalid' ? 'no NetBIOS session message with an SMB signature' : 'an incomplete reply';
      return { kind: 'garbage', raw: reply.received, reason };
    }
    return reply.kind === 'aborted' ? { kind: 'silent' } : { kind: 'closed' };
  } finally {
    connection.socket.destroy();
  }
}

function outcome(connection: OpenConnection, negotiation: SmbNegotiation, log: ExchangeLog, attempts: number): ProbeOutcome {
  const params = { address: connection.address, port: connection.port };
  const evidence = { ...connectionEvidence(connection), exchanges: log.exchanges, attempts };
  switch (negotiation.kind) {
    case 'smb2': {
      const key = negotiation.signingRequired ? 'negotiatedSigningRequired' : negotiation.signingEnabled ? 'negotiatedSigningEnabled' : 'negotiatedSigningOff';
      return {
        verdict: 'open',
        message: { key: `probe.smb.${key}`, params: { ...params, dialect: negotiation.dialect } },
        details: { dialect: negotiation.dialect, signingRequired: negotiation.signingRequired, signingEnabled: negotiation.signingEnabled, smb1Only: false },
        evidence: { ...evidence, sent: attempts === 1 ? 'SMB2 NEGOTIATE' : 'SMB1 multi-protocol NEGOTIATE', received: `SMB2 NEGOTIATE response: dialect ${negotiation.dialect}` },
      };
    }
    case 'smb1':
      return {
        verdict: 'open',
        status: 'fail',
        message: { key: 'probe.smb.smb1Only', params: { ...params, dialect: negotiation.dialect } },
        details: { dialect: negotiation.dialect, signingRequired: negotiation.signingRequired, signingEnabled: negotiation.signingEnabled, smb1Only: true },
        evidence: { ...evidence, sent: 'SMB2 NEGOTIATE (no answer), then SMB1 NEGOTIATE', received: `SMB1 NEGOTIATE response: ${negotiation.dialect}` },
      };
    case 'smb2-error':
    case 'smb1-error':
      return {
        verdict: 'rejected',
        message: { key: 'probe.smb.refused', params: { ...params, status: negotiation.status.toString(16).padStart(8, '0') } },
        details: { status: negotiation.status },
        evidence: { ...evidence, received: `error status 0x${negotiation.status.toString(16)}` },
      };
    case 'not-smb':
      return {
        verdict: 'wrong-protocol',
        message: { key: 'probe.smb.notSmb', params: { ...params, reason: negotiation.reason } },
        details: { reason: negotiation.reason },
        evidence,
      };
  }
}

function garbageOrSilent(connection: OpenConnection, last: Attempt, log: ExchangeLog, timeoutMs: number): ProbeOutcome {
  const params = { address: connection.address, port: connection.port };
  const evidence = { ...connectionEvidence(connection), exchanges: log.exchanges, attempts: 2 };
  if (last.kind === 'garbage') {
    return { verdict: 'wrong-protocol', message: { key: 'probe.smb.notSmb', params: { ...params, reason: last.reason } }, details: { reason: last.reason }, evidence: { ...evidence, received: toHex(last.raw, 64) } };
  }
  if (last.kind === 'closed') {
    return { verdict: 'wrong-protocol', message: { key: 'probe.smb.notSmb', params: { ...params, reason: 'the connection was closed without an answer' } }, details: { reason: 'closed' }, evidence };
  }
  return { verdict: 'no-response', message: { key: 'probe.smb.silent', params: { ...params, timeout: timeoutMs } }, details: {}, evidence };
}
