import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { NetnsLab } from '../netns-lab.ts';
import { waitForLine } from '../netns-lab.ts';

/** The boot file the PXE peer offers to x64 UEFI clients (the name the ConfigMgr PXE responder uses). */
export const PXE_BOOT_FILE = 'boot/x64/wdsmgfw.efi';

/**
 * Starts dnsmasq inside a namespace as a PXE server on the lab's interface: `proxy` mode is a
 * ProxyDHCP + PXE boot server (answers on 4011, ignores DHCPINFORM) like a PXE-enabled DP beside a
 * separate DHCP server; `full` mode is an authoritative DHCP server (answers DHCPINFORM and DISCOVER
 * at once, `no-ping`). Both serve TFTP from an empty folder. No DNS (`port=0`). With `side: 'host'`
 * it serves the host's end of the lab's veth pair instead, so a client inside the namespace can
 * broadcast a DHCPDISCOVER that never leaves the pair.
 */
export async function startDnsmasqPxe(lab: NetnsLab, mode: 'proxy' | 'full', side: 'namespace' | 'host' = 'namespace'): Promise<{ stop(): Promise<void>; log(): string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-pxe-'));
  await chmod(dir, 0o755);
  const tftpRoot = path.join(dir, 'tftp');
  await mkdir(tftpRoot);
  await chmod(tftpRoot, 0o755);
  const range = mode === 'proxy' ? `dhcp-range=${lab.prefix}0,proxy,255.255.255.0` : `dhcp-range=${lab.prefix}100,${lab.prefix}150,255.255.255.0,1h`;
  const config = [
    'port=0',
    `interface=${side === 'namespace' ? lab.interfaceName : lab.hostInterfaceName}`,
    'bind-interfaces',
    range,
    ...(mode === 'full' ? ['dhcp-authoritative', 'no-ping'] : []),
    'pxe-prompt="netcheck",0',
    `pxe-service=X86-64_EFI,"UEFI x64",${PXE_BOOT_FILE}`,
    'enable-tftp',
    `tftp-root=${tftpRoot}`,
    'log-dhcp',
    `dhcp-leasefile=${path.join(dir, 'leases')}`,
    `pid-file=${path.join(dir, 'pid')}`,
  ];
  await writeFile(path.join(dir, 'dnsmasq.conf'), config.join('\n') + '\n');
  const args = ['--keep-in-foreground', '--log-facility=-', `--conf-file=${path.join(dir, 'dnsmasq.conf')}`];
  const child = side === 'namespace' ? lab.spawn('dnsmasq', args) : spawn('dnsmasq', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForLine(child, 'TFTP root is');
  return {
    log: () => output,
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
