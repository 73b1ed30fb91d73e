import { randomBytes } from 'node:crypto';
import { buildError, buildReadRequest, parseTftpPacket, TFTP_ERRORS } from '../../../shared/protocols/tftp.ts';
import { withBudget } from '../net/budget.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { udpRequest } from '../net/udp-exchange.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { confirmSilence, resolveUdpTarget, udpSilence, UDP_RESENDS } from './udp-probe.ts';

/** TFTP's port. */
export const TFTP_PORT = 69;

/**
 * `tftp` (UDP 69): a read request for a random file name, from an unconnected socket so that the
 * answer is seen whichever port it comes from. An ERROR (file not found) or DATA from any port of
 * the server proves a live TFTP server; the port it came from is reported, because firewalls must
 * allow the server's dynamic reply ports too (seed 003, note 4). A transfer that starts is aborted
 * at once with an ERROR sent from the same socket.
 */
export const tftpProbe: Probe = {
  id: 'tftp',
  transport: 'udp',
  defaultPort: TFTP_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const resolved = await resolveUdpTarget(target, context);
    if (!resolved.ok) return resolved.outcome;
    const address = resolved.address;
    const port = target.port ?? TFTP_PORT;
    const log = new ExchangeLog();
    const filename = `netcheck-probe-${randomBytes(4).toString('hex')}.bin`;
    const request = buildReadRequest(filename);
    const note = `TFTP read request for ${filename} (octet)`;
    const sameHost = (_data: Uint8Array, from: { address: string }) => from.address === address;
    let outcome = await udpRequest({
      address,
      port,
      payload: request,
      note,
      signal: withBudget(context.signal, context.timeoutMs * 0.6),
      log,
      connected: false,
      accept: sameHost,
      resendAfter: UDP_RESENDS,
      onReply: (socket, from) => {
        const abort = buildError(0, 'transfer aborted by netcheck probe');
        log.sent(abort, 'TFTP ERROR to end the transfer', from);
        socket.send(abort, from.port, from.address);
      },
    });
    const params = { address, port };
    const evidence = { resolution: resolved.resolution, exchanges: log.exchanges, sent: note };
    if (outcome.kind !== 'reply') {
      outcome = await confirmSilence(address, port, request, note, context.signal, log, outcome);
      if (outcome.kind !== 'reply') return udpSilence(outcome, params, evidence);
    }
    const packet = parseTftpPacket(outcome.data);
    const replyPort = outcome.from.port;
    const base = { ...evidence, local: outcome.local, remote: outcome.from, attempts: outcome.attempts };
    if (packet.kind === 'not-tftp' || packet.kind === 'ack') {
      const reason = packet.kind === 'ack' ? 'an ACK to a read request' : packet.reason;
      return { verdict: 'wrong-protocol', message: { key: 'probe.tftp.notTftp', params: { address, reason } }, details: { responded: true, replyPort }, evidence: base };
    }
    const answer =
      packet.kind === 'error'
        ? `ERROR ${packet.code} (${TFTP_ERRORS[packet.code] ?? 'unknown'}${packet.message ? `: ${packet.message}` : ''})`
        : packet.kind === 'data'
          ? `DATA block ${packet.block}`
          : `OACK ${JSON.stringify(packet.options)}`;
    return {
      verdict: 'open',
      message: { key: replyPort === port ? 'probe.tftp.answered' : 'probe.tftp.dynamicPort', params: { address, replyPort, answer } },
      details: { responded: true, replyPort, dynamicReplyPort: replyPort !== port, ...(packet.kind === 'error' ? { errorCode: packet.code, errorMessage: packet.message } : { answer: packet.kind }) },
      evidence: { ...base, received: `${answer} from ${outcome.from.address}:${replyPort}` },
    };
  },
};
