import dgram from 'node:dgram';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../../../shared/results/result-document.ts';
import { dhcpProbe } from '../../../../src-main/core/probes/dhcp-probe.ts';
import { pxeProbe } from '../../../../src-main/core/probes/pxe-probe.ts';
import { tftpProbe } from '../../../../src-main/core/probes/tftp-probe.ts';
import { rpcEpmUdpProbe, udpProbe } from '../../../../src-main/core/probes/udp-probe.ts';
import { createNetnsLab, type NetnsLab } from '../../../support/netns-lab.ts';
import { PXE_BOOT_FILE, startDnsmasqPxe } from '../../../support/peers/dnsmasq-pxe.ts';
import { startTftpd } from '../../../support/peers/tftpd.ts';
import { runProbe } from '../../../support/run-probe.ts';

const run = promisify(execFile);

describe('tftp against tftpd-hpa (network namespace)', () => {
  let lab: NetnsLab;
  let tftpd: Awaited<ReturnType<typeof startTftpd>>;
  beforeAll(async () => {
    lab = await createNetnsLab();
    tftpd = await startTftpd(lab);
  });
  afterAll(async () => {
    await tftpd?.stop();
    await lab?.teardown();
  });

  it('proves a live server by its ERROR, and reports the dynamic port it answered from', async () => {
    const outcome = await runProbe(tftpProbe, lab.address, 69);
    expect(outcome).toMatchObject({ verdict: 'open', message: { key: 'probe.tftp.dynamicPort' }, details: { responded: true, dynamicReplyPort: true, errorCode: 1 } });
    expect(outcome.details.replyPort).not.toBe(69);
    expect(outcome.evidence.exchanges?.map((e) => [e.direction, e.note])).toEqual([
      ['sent', expect.stringMatching(/^TFTP read request for netcheck-probe-[0-9a-f]{8}\.bin \(octet\)$/)],
      ['received', 'reply'],
      ['sent', 'TFTP ERROR to end the transfer'],
    ]);
  });

  it('reports silence as no-response (open or filtered), never closed, when a firewall drops UDP 69', async () => {
    await lab.firewall(['udp dport 69 drop']);
    try {
      const outcome = await runProbe(tftpProbe, lab.address, 69, { timeoutMs: 2500 });
      expect(outcome).toMatchObject({ verdict: 'no-response', message: { key: 'probe.udp.silent' } });
      expect(outcome.status).toBeUndefined();
    } finally {
      await lab.firewall([]);
    }
  });

  it('reports closed when the host answers with ICMP port unreachable', async () => {
    await tftpd.stop();
    const outcome = await runProbe(tftpProbe, lab.address, 69, { timeoutMs: 2500 });
    expect(outcome).toMatchObject({ verdict: 'closed', details: { icmp: 'port-unreachable' } });
    tftpd = await startTftpd(lab);
  });

  it('treats a closed UDP 135 as expected on current Windows (a warning that explains why)', async () => {
    const outcome = await runProbe(rpcEpmUdpProbe, lab.address, 135, { timeoutMs: 2500 });
    expect(outcome).toMatchObject({ verdict: 'closed', status: 'warn', message: { key: 'probe.udp.epmClosed' } });
  });
});

describe('pxe and dhcp against dnsmasq (network namespace)', () => {
  let lab: NetnsLab;
  beforeAll(async () => {
    lab = await createNetnsLab();
  });
  afterAll(() => lab?.teardown());

  it('gets the boot file from a ProxyDHCP + PXE server on 4011, which ignores DHCPINFORM', async () => {
    const pxe = await startDnsmasqPxe(lab, 'proxy');
    try {
      const boot = await runProbe(pxeProbe, lab.address, 4011);
      expect(boot).toMatchObject({ verdict: 'open', details: { bootFile: PXE_BOOT_FILE, serverName: lab.address, arch: 'x64 UEFI (7)', messageType: 'ACK' } });
      const inform = await runProbe(dhcpProbe, lab.address, 67, { timeoutMs: 2500 });
      expect(inform.verdict).toBe('no-response');
    } finally {
      await pxe.stop();
    }
  });

  it('gets a DHCPACK to DHCPINFORM from a full DHCP server, with its configuration', async () => {
    const dhcp = await startDnsmasqPxe(lab, 'full');
    try {
      const outcome = await runProbe(dhcpProbe, lab.address, 67);
      expect(outcome).toMatchObject({ verdict: 'open', details: { messageType: 'ACK', serverIdentifier: lab.address, subnetMask: '255.255.255.0' } });
    } finally {
      await dhcp.stop();
    }
  });

  it('collects the offers to a DHCPDISCOVER broadcast made inside the namespace (through the CLI)', async () => {
    const dhcp = await startDnsmasqPxe(lab, 'full', 'host');
    try {
      const cli = path.resolve('out/cli/netcheck.mjs');
      const { stdout } = await run('ip', ['netns', 'exec', lab.name, process.execPath, cli, 'probe', 'dhcp-discover', lab.hostAddress, '--json']).catch((err: { stdout: string }) => err);
      const result = (JSON.parse(stdout) as ResultDocument).results[0]!;
      expect(result).toMatchObject({ probe: 'dhcp-discover', verdict: 'open', evidence: { timeoutMs: 6000 } });
      expect(result.details.offers).toEqual([expect.objectContaining({ messageType: 'OFFER', serverIdentifier: lab.hostAddress, yourAddress: expect.stringMatching(new RegExp(`^${lab.prefix.replace(/\./g, '\\.')}1[0-5]\\d$`)) })]);
    } finally {
      await dhcp.stop();
    }
  });
});

describe('udp', () => {
  it('reports a reply as open and an ICMP port unreachable as closed', async () => {
    const echo = dgram.createSocket('udp4');
    echo.on('message', (message, rinfo) => echo.send(Buffer.from('pong'), rinfo.port, rinfo.address));
    await new Promise<void>((resolve) => echo.bind(0, '127.0.0.1', resolve));
    const port = echo.address().port;
    expect(await runProbe(udpProbe, '127.0.0.1', port)).toMatchObject({ verdict: 'open', message: { params: { bytes: 4 } } });
    echo.close();
    expect(await runProbe(udpProbe, '127.0.0.1', port)).toMatchObject({ verdict: 'closed' });
  });
});
