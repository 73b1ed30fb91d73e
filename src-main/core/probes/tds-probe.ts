import type { Socket } from 'node:net';
import { toHex } from '../../../shared/protocols/bytes.ts';
import { buildPrelogin, isEndOfMessage, parsePreloginResponse, tdsFrameLength } from '../../../shared/protocols/tds.ts';
import { withBudget } from '../net/budget.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { FrameReader } from '../net/frame-reader.ts';
import { tlsHandshake } from '../net/tls-handshake.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { connectionEvidence, openTcp } from './tcp-probe.ts';

/** SQL Server's default port. */
export const SQL_PORT = 1433;

type PreloginAttempt =
  | { kind: 'answered'; version?: string; encryption?: string; mars?: boolean }
  | { kind: 'garbage'; reason: string; raw: Uint8Array }
  | { kind: 'silent' }
  | { kind: 'closed' };

/**
 * `tds` (the SQL port, 1433 unless configured): sends a TDS PRELOGIN and reports the server's version
 * (`major.minor.build`) and encryption setting (`off`, `on`, `not-supported`, `required`).
 *
 * An open port that does not answer PRELOGIN may be SQL Server 2022's TDS 8 "strict" encryption,
 * where the client must start with TLS: the probe then tries a TLS handshake (ALPN `tds/8.0`) on a
 * new connection and says which it was; if neither answers, the port is open but not SQL Server.
 */
export const tdsProbe: Probe = {
  id: 'tds',
  transport: 'tcp',
  defaultPort: SQL_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const port = target.port ?? SQL_PORT;
    const log = new ExchangeLog();
    const opened = await openTcp(target, port, context);
    if (!opened.ok) return opened.outcome;
    const { connection } = opened;
    const params = { address: connection.address, port };
    const evidence = () => ({ ...connectionEvidence(connection), exchanges: log.exchanges });

    const prelogin = await sendPrelogin(connection.socket, withBudget(context.signal, context.timeoutMs * 0.5), log);
    connection.socket.destroy();
    if (prelogin.kind === 'answered') {
      const version = prelogin.version ?? 'unknown';
      const encryption = prelogin.encryption ?? 'unknown';
      return {
        verdict: 'open',
        message: { key: 'probe.tds.answered', params: { ...params, version, encryption } },
        details: { version, encryption, strict: false, ...(prelogin.mars !== undefined ? { mars: prelogin.mars } : {}) },
        evidence: { ...evidence(), sent: 'TDS PRELOGIN (version, encryption off, MARS off)', received: `PRELOGIN response: version ${version}, encryption ${encryption}` },
      };
    }

    const tls = await tlsHandshake(connection.address, port, { servername: target.host, alpn: ['tds/8.0'], signal: context.signal });
    if (tls.kind === 'handshake') {
      const leaf = tls.chain[0];
      return {
        verdict: 'open',
        message: { key: 'probe.tds.strict', params: { ...params, protocol: tls.protocol, subject: leaf?.subject ?? 'none' } },
        details: { version: 'unknown', encryption: 'required', strict: true, tls: { protocol: tls.protocol, cipher: tls.cipher, alpn: tls.alpn ?? null, chain: tls.chain } },
        evidence: { ...evidence(), attempts: 2, sent: 'TDS PRELOGIN, then a TLS handshake (ALPN tds/8.0)', received: `no PRELOGIN answer; TLS ${tls.protocol} handshake completed` },
      };
    }
    if (prelogin.kind === 'garbage') {
      return {
        verdict: 'wrong-protocol',
        message: { key: 'probe.tds.notTds', params: { ...params, reason: prelogin.reason } },
        details: { reason: prelogin.reason, tls: tls.kind === 'failed' ? tls.code : 'no answer' },
        evidence: { ...evidence(), attempts: 2, received: toHex(prelogin.raw, 64) },
      };
    }
    return silentOrClosed(prelogin.kind, params, evidence(), context.timeoutMs);
  },
};

async function sendPrelogin(socket: Socket, signal: AbortSignal, log: ExchangeLog): Promise<PreloginAttempt> {
  const reader = new FrameReader(socket, 64 * 1024);
  const request = buildPrelogin();
  log.sent(request, 'TDS PRELOGIN');
  socket.write(request);
  const packets: Uint8Array[] = [];
  for (let i = 0; i < 8; i++) {
    const reply = await reader.next(tdsFrameLength, signal);
    if (reply.kind !== 'frame') {
      if (reply.received.length > 0) {
        log.received(reply.received, reply.kind);
        const reason = reply.kind === 'too-large' ? `a packet declaring ${reply.declared} bytes` : reply.kind === 'invalid' ? 'not a TDS packet' : 'an incomplete reply';
        return { kind: 'garbage', reason, raw: reply.received };
      }
      if (packets.length > 0) return { kind: 'garbage', reason: 'a PRELOGIN response cut short', raw: packets[0] as Uint8Array };
      return reply.kind === 'aborted' ? { kind: 'silent' } : { kind: 'closed' };
    }
    log.received(reply.frame, 'TDS packet');
    packets.push(reply.frame);
    if (isEndOfMessage(reply.frame)) break;
  }
  const parsed = parsePreloginResponse(packets);
  return parsed.ok ? { kind: 'answered', ...parsed } : { kind: 'garbage', reason: parsed.reason, raw: packets[0] ?? new Uint8Array() };
}

function silentOrClosed(kind: 'silent' | 'closed', params: { address: string; port: number }, evidence: ProbeOutcome['evidence'], timeoutMs: number): ProbeOutcome {
  if (kind === 'closed') {
    return {
      verdict: 'wrong-protocol',
      message: { key: 'probe.tds.notTds', params: { ...params, reason: 'the connection was closed without an answer' } },
      details: { reason: 'closed' },
      evidence: { ...evidence, attempts: 2 },
    };
  }
  return { verdict: 'no-response', message: { key: 'probe.tds.silent', params: { ...params, timeout: timeoutMs } }, details: {}, evidence: { ...evidence, attempts: 2 } };
}
