import { randomBytes } from 'node:crypto';
import { buildDhcpMessage, parseDhcpMessage, type DhcpReply } from '../../../shared/protocols/dhcp.ts';
import { ExchangeLog } from '../net/exchange-log.ts';
import { localAddressToward, udpCollect, udpRequest } from '../net/udp-exchange.ts';
import type { Probe, ProbeOutcome } from './probe.ts';
import { resolveUdpTarget, udpSilence, UDP_RESENDS } from './udp-probe.ts';

/** DHCP server and client ports. */
export const DHCP_SERVER_PORT = 67;
export const DHCP_CLIENT_PORT = 68;

function clientIdentity() {
  return { xid: randomBytes(4).readUInt32BE(0), mac: Uint8Array.from([0x02, ...randomBytes(5)]) };
}

/**
 * `dhcp` (UDP 67), the default: a DHCPINFORM unicast to the server, which changes nothing on it (no
 * lease). Servers answer INFORM on the client port 68, so the probe listens there when it may; when it
 * may not (no privileges, or the machine's own DHCP client holds the port) it says it cannot tell.
 * A ProxyDHCP-only server (dnsmasq in proxy mode, WDS) ignores INFORM: silence is `no-response`.
 */
export const dhcpProbe: Probe = {
  id: 'dhcp',
  transport: 'udp',
  defaultPort: DHCP_SERVER_PORT,
  async run(target, context): Promise<ProbeOutcome> {
    const resolved = await resolveUdpTarget(target, context);
    if (!resolved.ok) return resolved.outcome;
    const address = resolved.address;
    const port = target.port ?? DHCP_SERVER_PORT;
    const log = new ExchangeLog();
    const { xid, mac } = clientIdentity();
    const clientAddress = await localAddressToward(address, port);
    const inform = buildDhcpMessage({ type: 'INFORM', xid, mac, ...(clientAddress ? { clientAddress } : {}) });
    const note = 'DHCPINFORM (asks for configuration, takes no lease)';
    const params = { address, port };
    const evidence = { resolution: resolved.resolution, exchanges: log.exchanges, sent: note };
    const outcome = await udpRequest({
      address,
      port,
      payload: inform,
      note,
      signal: context.signal,
      log,
      connected: false,
      localPort: DHCP_CLIENT_PORT,
      accept: (data) => {
        const parsed = parseDhcpMessage(data);
        return !parsed.ok || parsed.reply.xid === xid;
      },
      resendAfter: UDP_RESENDS,
    });
    if (outcome.kind === 'error' && (outcome.code === 'EACCES' || outcome.code === 'EADDRINUSE')) {
      return { verdict: 'undetermined', message: { key: 'probe.dhcp.noListener', params: { address, code: outcome.code } }, details: { listenPort: DHCP_CLIENT_PORT }, evidence: { ...evidence, error: { code: outcome.code, message: outcome.message } } };
    }
    if (outcome.kind !== 'reply') return udpSilence(outcome, params, evidence);
    const parsed = parseDhcpMessage(outcome.data);
    const base = { ...evidence, local: outcome.local, remote: outcome.from, attempts: outcome.attempts };
    if (!parsed.ok) return { verdict: 'wrong-protocol', message: { key: 'probe.dhcp.notDhcp', params: { ...params, reason: parsed.reason } }, details: {}, evidence: base };
    return {
      verdict: 'open',
      message: { key: 'probe.dhcp.informAck', params: { address, type: parsed.reply.messageType ?? 'reply', server: parsed.reply.serverIdentifier ?? outcome.from.address } },
      details: replyDetails(parsed.reply),
      evidence: { ...base, received: `${parsed.reply.messageType ?? 'reply'} from ${outcome.from.address}:${outcome.from.port}` },
    };
  },
};

/** How long a DHCPDISCOVER waits for offers: real servers take seconds (ping checks, delays). */
export const DISCOVER_WAIT_MS = 5000;

/**
 * `dhcp-discover`, only on request: a DHCPDISCOVER broadcast from port 68 presenting a PXE client,
 * collecting every OFFER (DHCP servers and ProxyDHCP / PXE responders) for 5 seconds, as a PXE
 * client on this segment would see them. Needs the rights to use port 68 and broadcast; the target
 * names the server expected to answer.
 */
export const dhcpDiscoverProbe: Probe = {
  id: 'dhcp-discover',
  transport: 'udp',
  defaultPort: DHCP_SERVER_PORT,
  defaultTimeoutMs: DISCOVER_WAIT_MS + 1000,
  async run(target, context): Promise<ProbeOutcome> {
    const expected = await resolveUdpTarget(target, context);
    const expectedAddress = expected.ok ? expected.address : undefined;
    const log = new ExchangeLog();
    const { xid, mac } = clientIdentity();
    const discover = buildDhcpMessage({ type: 'DISCOVER', xid, mac, broadcast: true, pxe: { architecture: 7, machineId: randomBytes(16) } });
    const wait = Math.min(DISCOVER_WAIT_MS, context.timeoutMs - 200);
    const signal = AbortSignal.any([context.signal, AbortSignal.timeout(Math.max(wait, 100))]);
    const outcome = await udpCollect({
      address: '255.255.255.255',
      port: DHCP_SERVER_PORT,
      payload: discover,
      note: 'DHCPDISCOVER broadcast (PXE client, x64 UEFI)',
      signal,
      log,
      localPort: DHCP_CLIENT_PORT,
      broadcast: true,
      accept: (data) => {
        const parsed = parseDhcpMessage(data);
        return parsed.ok && parsed.reply.xid === xid;
      },
      resendAfter: [2000],
    });
    const evidence = { exchanges: log.exchanges, sent: 'DHCPDISCOVER to 255.255.255.255:67 from port 68' };
    if (outcome.kind === 'error') {
      const key = outcome.code === 'EACCES' || outcome.code === 'EADDRINUSE' || outcome.code === 'EPERM' ? 'probe.dhcp.needsRoot' : 'probe.dhcp.broadcastFailed';
      return { verdict: 'undetermined', message: { key, params: { code: outcome.code } }, details: {}, evidence: { ...evidence, error: { code: outcome.code, message: outcome.message } } };
    }
    // One offer per server: the DISCOVER is sent twice, and a server may answer both.
    const offers = new Map<string, { from: string } & ReturnType<typeof replyDetails>>();
    for (const reply of outcome.replies) {
      const parsed = parseDhcpMessage(reply.data);
      if (!parsed.ok) continue;
      const offer = { from: reply.from.address, ...replyDetails(parsed.reply) };
      const key = `${offer.serverIdentifier ?? offer.from}/${offer.messageType}`;
      if (!offers.has(key)) offers.set(key, offer);
    }
    return collectedOutcome([...offers.values()], expectedAddress, wait, { ...evidence, local: outcome.local, attempts: outcome.attempts });
  },
};

/**
 * The verdict of a DISCOVER's offers: none is `no-response`; offers that do not include the server
 * the engineer named (the PXE DP, say) fail; otherwise `open`, listing who answered.
 */
function collectedOutcome(offers: ({ from: string } & ReturnType<typeof replyDetails>)[], expectedAddress: string | undefined, wait: number, base: ProbeOutcome['evidence']): ProbeOutcome {
  const servers = [...new Set(offers.map((offer) => offer.serverIdentifier ?? offer.from))];
  const details = { offers, waitMs: wait };
  if (offers.length === 0) return { verdict: 'no-response', message: { key: 'probe.dhcp.noOffers', params: { wait } }, details, evidence: base };
  if (expectedAddress && !servers.includes(expectedAddress) && !offers.some((offer) => offer.from === expectedAddress)) {
    return { verdict: 'no-response', status: 'fail', message: { key: 'probe.dhcp.expectedMissing', params: { servers: servers.join(', '), expected: expectedAddress } }, details, evidence: base };
  }
  return { verdict: 'open', message: { key: 'probe.dhcp.offers', params: { count: offers.length, servers: servers.join(', ') } }, details, evidence: base };
}

function replyDetails(reply: DhcpReply) {
  return {
    messageType: reply.messageType ?? null,
    serverIdentifier: reply.serverIdentifier ?? null,
    yourAddress: reply.yourAddress,
    nextServer: reply.nextServer,
    bootFile: reply.bootFile ?? null,
    serverName: reply.serverName ?? null,
    vendorClass: reply.vendorClass ?? null,
    subnetMask: reply.subnetMask ?? null,
    router: reply.router ?? null,
  };
}
