import { randomBytes } from 'node:crypto';
import { buildDhcpMessage, parseDhcpMessage, PXE_ARCHITECTURES } from '../../../shared/protocols/dhcp.ts';
import { withBudget } from '../net/budget.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { localAddressToward, udpRequest } from '../net/udp-exchange.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { confirmSilence, resolveUdpTarget, udpSilence, UDP_RESENDS } from './udp-probe.ts';

/** The PXE boot server port (BINL / ProxyDHCP). */
export const PXE_PORT = 4011;
/** The architecture the probe presents: x64 UEFI, the client most ConfigMgr PXE boots serve today. */
export const PXE_ARCHITECTURE = 7;

/**
 * `pxe` (UDP 4011): the DHCPREQUEST a PXE client sends to a boot server after it has an address,
 * unicast from an ephemeral port (no privileges needed), presenting an x64 UEFI PXE client. The
 * boot server's ACK names the boot file and server; a reply without a boot file is reported as such.
 */
export const pxeProbe: Probe = {
  id: 'pxe',
  transport: 'udp',
  defaultPort: PXE_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const resolved = await resolveUdpTarget(target, context);
    if (!resolved.ok) return resolved.outcome;
    const address = resolved.address;
    const port = target.port ?? PXE_PORT;
    const log = new ExchangeLog();
    const xid = randomBytes(4).readUInt32BE(0);
    const mac = Uint8Array.from([0x02, ...randomBytes(5)]);
    const clientAddress = await localAddressToward(address, port);
    const request = buildDhcpMessage({ type: 'REQUEST', xid, mac, ...(clientAddress ? { clientAddress } : {}), pxe: { architecture: PXE_ARCHITECTURE, machineId: randomBytes(16) } });
    const arch = `${PXE_ARCHITECTURES[PXE_ARCHITECTURE]} (${PXE_ARCHITECTURE})`;
    const note = `PXE DHCPREQUEST to the boot server as a ${arch} client`;
    // The random transaction id identifies the answer; a boot server may answer from another of its
    // addresses (dnsmasq and WDS reply from the interface's primary address), which the evidence shows.
    const sameTransaction = (data: Uint8Array) => {
      const parsed = parseDhcpMessage(data);
      return parsed.ok && parsed.reply.xid === xid;
    };
    let outcome = await udpRequest({ address, port, payload: request, note, signal: withBudget(context.signal, context.timeoutMs * 0.6), log, connected: false, accept: sameTransaction, resendAfter: UDP_RESENDS });
    const params = { address, port };
    const evidence = { resolution: resolved.resolution, exchanges: log.exchanges, sent: note };
    if (outcome.kind !== 'reply') {
      outcome = await confirmSilence(address, port, request, note, context.signal, log, outcome);
      if (outcome.kind !== 'reply') return udpSilence(outcome, params, evidence);
    }
    const base = { ...evidence, local: outcome.local, remote: outcome.from, attempts: outcome.attempts };
    const parsed = parseDhcpMessage(outcome.data);
    if (!parsed.ok) return { verdict: 'wrong-protocol', message: { key: 'probe.pxe.notPxe', params: { ...params, reason: parsed.reason } }, details: {}, evidence: base };
    const reply = parsed.reply;
    const details = {
      bootFile: reply.bootFile ?? null,
      serverName: reply.serverName ?? null,
      nextServer: reply.nextServer,
      arch,
      messageType: reply.messageType ?? null,
      vendorClass: reply.vendorClass ?? null,
      repliedFrom: outcome.from.address,
    };
    if (!reply.bootFile) {
      return { verdict: 'open', status: 'warn', message: { key: 'probe.pxe.noBootFile', params: { ...params, arch, type: reply.messageType ?? 'reply' } }, details, evidence: { ...base, received: `${reply.messageType ?? 'reply'} without a boot file` } };
    }
    return {
      verdict: 'open',
      message: { key: 'probe.pxe.answered', params: { ...params, arch, bootFile: reply.bootFile, serverName: reply.serverName ?? reply.nextServer } },
      details,
      evidence: { ...base, received: `${reply.messageType ?? 'reply'}: boot file ${reply.bootFile}, next server ${reply.nextServer}` },
    };
  },
};
