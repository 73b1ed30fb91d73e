import type { SourceRef, Walkthrough } from '../walkthrough-types.ts';

const KB4468612: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/os-deployment/troubleshoot-pxe-boot-issues.md (KB 4468612)' };
const KB4491871: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/os-deployment/advanced-troubleshooting-pxe-boot.md (KB 4491871)' };
const KB4471003: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/os-deployment/boot-from-pxe-server.md (KB 4471003)' };
const PORTS: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/ports.md', section: 'Note 4 (TFTP)' };

/**
 * A device does not PXE boot. Microsoft's order: the IP helpers and the DHCP options first, then
 * the conversation a PXE ROM has (DHCP, the DP's ProxyDHCP on 4011, TFTP and its reply port), then
 * the DP's own way to its management point; past the network, the boot images and the deployment.
 */
export const PXE_BOOT: Walkthrough = {
  id: 'pxe-boot',
  roles: ['distribution-point'],
  steps: [
    { id: 'subnet', kind: 'question', options: [{ id: 'same', next: 'options' }, { id: 'routed', next: 'helpers' }] },
    { id: 'helpers', kind: 'question', options: [{ id: 'both', next: 'options' }, { id: 'dhcp-only', next: 'ip-helper' }] },
    { id: 'options', kind: 'question', options: [{ id: 'none', next: 'dhcp' }, { id: 'set', next: 'dhcp-options' }] },
    { id: 'dhcp', kind: 'check', checks: { kind: 'ports', services: ['dhcp'] }, next: { fail: 'dhcp-blocked', none: 'no-pxe-dp', otherwise: 'binl' } },
    { id: 'binl', kind: 'check', checks: { kind: 'ports', services: ['binl'] }, next: { pass: 'tftp', fail: 'binl-blocked', otherwise: 'binl-silent' } },
    { id: 'tftp', kind: 'check', checks: { kind: 'ports', services: ['tftp'] }, next: { pass: 'dp-mp', fail: 'tftp-blocked', otherwise: 'tftp-silent' } },
    { id: 'dp-mp', kind: 'check', runFrom: 'distribution-point', checks: { kind: 'ports', services: ['http', 'https'], from: ['distribution-point'], to: ['management-point'] }, next: { fail: 'mp-unreachable', otherwise: 'network-ok' } },
    { id: 'ip-helper', kind: 'conclusion', severity: 'fail', sources: [KB4468612, KB4471003] },
    { id: 'dhcp-options', kind: 'conclusion', severity: 'fail', sources: [KB4468612] },
    { id: 'no-pxe-dp', kind: 'conclusion', severity: 'warn', sources: [KB4468612] },
    { id: 'dhcp-blocked', kind: 'conclusion', severity: 'fail', sources: [KB4491871] },
    { id: 'binl-blocked', kind: 'conclusion', severity: 'fail', sources: [KB4491871, KB4468612] },
    { id: 'binl-silent', kind: 'conclusion', severity: 'warn', sources: [KB4491871] },
    { id: 'tftp-blocked', kind: 'conclusion', severity: 'fail', sources: [KB4468612, PORTS] },
    { id: 'tftp-silent', kind: 'conclusion', severity: 'warn', sources: [PORTS, KB4468612] },
    { id: 'mp-unreachable', kind: 'conclusion', severity: 'fail', sources: [KB4491871] },
    { id: 'network-ok', kind: 'conclusion', severity: 'pass', sources: [KB4468612, KB4491871] },
  ],
};
