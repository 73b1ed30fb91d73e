import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rpcDynamicProbe } from '../../../../src-main/core/probes/rpc-dynamic-probe.ts';
import { rpcEpmProbe } from '../../../../src-main/core/probes/rpc-epm-probe.ts';
import { startFaultInjector, type FaultMode } from '../../../support/fault-injector.ts';
import { createNetnsLab, type NetnsLab } from '../../../support/netns-lab.ts';
import { startEndpointMapper, type SambaPeer } from '../../../support/peers/samba.ts';
import { runProbe } from '../../../support/run-probe.ts';

describe('rpc-epm and rpc-dynamic against samba-dcerpcd (network namespace)', () => {
  let lab: NetnsLab;
  let epm: SambaPeer;

  beforeAll(async () => {
    lab = await createNetnsLab();
    epm = await startEndpointMapper(lab);
  });
  afterAll(async () => {
    await epm?.stop();
    await lab?.teardown();
  });

  it('binds, pages through ept_lookup, and lists every endpoint with its transport and port', async () => {
    const outcome = await runProbe(rpcEpmProbe, lab.address, 135);
    expect(outcome).toMatchObject({ verdict: 'open', details: { bind: 'bind_ack' } });
    const endpoints = outcome.details.endpoints as { interface: string; annotation: string; transport: string; port?: number }[];
    expect(endpoints.length).toBeGreaterThan(20);
    expect(endpoints).toContainEqual(expect.objectContaining({ interface: 'e1af8308-5d1f-11c9-91a4-08002b14a0fa', annotation: 'epmapper', transport: 'ncacn_ip_tcp', port: 135 }));
    expect(endpoints.some((e) => e.transport === 'ncacn_ip_tcp' && (e.port ?? 0) >= 49152)).toBe(true);
    expect(outcome.evidence.exchanges?.map((e) => e.note)).toEqual(expect.arrayContaining(['DCE/RPC bind to the endpoint mapper (e1af8308… v3.0, NDR)', 'bind: bind-ack', 'ept_lookup page 1']));
  });

  it('reaches every dynamic port the endpoint mapper advertises', async () => {
    const outcome = await runProbe(rpcDynamicProbe, lab.address, null);
    expect(outcome.verdict).toBe('open');
    expect(outcome.message.key).toBe('probe.rpcDynamic.reachable');
    const endpoints = outcome.details.endpoints as { port: number; reachable: boolean }[];
    expect(endpoints.length).toBeGreaterThan(3);
    expect(endpoints.every((e) => e.reachable)).toBe(true);
  });

  it('names "135 open, dynamic range blocked" when a firewall drops the dynamic ports', async () => {
    await lab.firewall(['tcp dport 49152-65535 drop']);
    try {
      const outcome = await runProbe(rpcDynamicProbe, lab.address, null, { timeoutMs: 1500 });
      expect(outcome).toMatchObject({ verdict: 'filtered', message: { key: 'probe.rpcDynamic.blocked' } });
      expect((outcome.details.endpoints as { reachable: boolean }[]).every((e) => !e.reachable)).toBe(true);
    } finally {
      await lab.firewall([]);
    }
  });

  it('says "partly blocked" and which ports when only some are dropped', async () => {
    await lab.firewall(['tcp dport 49153 drop']);
    try {
      const outcome = await runProbe(rpcDynamicProbe, lab.address, null, { timeoutMs: 1500 });
      expect(outcome).toMatchObject({ verdict: 'filtered', message: { key: 'probe.rpcDynamic.partly', params: { blocked: 1, ports: '49153' } } });
    } finally {
      await lab.firewall([]);
    }
  });

  it('cannot tell the dynamic ports when 135 itself is blocked, and says so', async () => {
    await lab.firewall(['tcp dport 135 reject with tcp reset']);
    try {
      const outcome = await runProbe(rpcDynamicProbe, lab.address, null);
      expect(outcome).toMatchObject({ verdict: 'undetermined', message: { key: 'probe.rpcDynamic.epmFailed', params: { reason: 'TCP 135 closed' } } });
    } finally {
      await lab.firewall([]);
    }
  });
});

/** A fake endpoint mapper that answers the bind with fixed bytes. */
async function fakeEpm(reply: Uint8Array): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => socket.write(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('rpc-epm against refusing and hostile peers', () => {
  it('reports a bind_nak as rejected, with its reason', async () => {
    const peer = await fakeEpm(Uint8Array.from([5, 0, 13, 3, 0x10, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0]));
    const outcome = await runProbe(rpcEpmProbe, '127.0.0.1', peer.port);
    await peer.close();
    expect(outcome).toMatchObject({ verdict: 'rejected', details: { bind: 'bind-nak', reason: 'protocol version not supported' } });
  });

  it('reports a provider rejection (abstract syntax not supported) as rejected', async () => {
    const ack = [5, 0, 12, 3, 0x10, 0, 0, 0, 60, 0, 0, 0, 1, 0, 0, 0, 0xb8, 0x10, 0xb8, 0x10, 0, 0, 0, 0, 4, 0, 0x31, 0x33, 0x35, 0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 0, ...new Array(20).fill(0)];
    const peer = await fakeEpm(Uint8Array.from(ack));
    const outcome = await runProbe(rpcEpmProbe, '127.0.0.1', peer.port);
    await peer.close();
    expect(outcome).toMatchObject({ verdict: 'rejected', details: { bind: 'provider-rejection', reason: 'abstract syntax not supported' } });
  });

  it.each<[FaultMode, string]>([
    ['garbage', 'wrong-protocol'],
    ['reset-mid-reply', 'wrong-protocol'],
    ['drip', 'wrong-protocol'],
    ['length-past-data', 'wrong-protocol'],
    ['endless', 'wrong-protocol'],
    ['silent', 'no-response'],
    ['close', 'wrong-protocol'],
  ])('ends with a clear verdict when the peer %s: %s', async (mode, verdict) => {
    const bindAck = Uint8Array.from([5, 0, 12, 3, 0x10, 0, 0, 0, 60, 0, 0, 0, 1, 0, 0, 0, ...new Array(44).fill(0)]);
    const peer = await startFaultInjector(mode, bindAck, { offset: 8, bytes: 2, bigEndian: false });
    const outcome = await runProbe(rpcEpmProbe, '127.0.0.1', peer.port, { timeoutMs: 1500 });
    await peer.close();
    expect(outcome.verdict).toBe(verdict);
  });
});
