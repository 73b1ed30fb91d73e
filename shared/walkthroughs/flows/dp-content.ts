import type { SourceRef, Walkthrough } from '../walkthrough-types.ts';

const CONTENT: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/content-management/troubleshoot-content-distribution.md' };
const PORTS: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/ports.md', section: 'Site server to distribution point' };
const DP_FIREWALL: SourceRef = { document: 'memdocs/configmgr/core/servers/deploy/configure/install-and-configure-distribution-points.md', section: 'Firewall settings' };
const KB4508653: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/content-management/package-distribution-to-remote-dp-fails.md (KB 4508653)' };

/**
 * Content does not reach a distribution point. Distribution manager on the site server copies over
 * SMB 445 (ADMIN$, SMS_DP$) and drives the DP's WMI provider over RPC (135 and the dynamic ports);
 * the DP reports to its management point; then the logs' error codes decide.
 */
export const DP_CONTENT: Walkthrough = {
  id: 'dp-content',
  roles: ['distribution-point'],
  steps: [
    { id: 'smb', kind: 'check', runFrom: 'site-server', checks: { kind: 'ports', services: ['smb'], from: ['site-server'], to: ['distribution-point'] }, next: { fail: 'smb-blocked', none: 'no-dp', otherwise: 'epm' } },
    { id: 'epm', kind: 'check', runFrom: 'site-server', checks: { kind: 'ports', services: ['rpc-epm'], from: ['site-server'], to: ['distribution-point'] }, next: { fail: 'epm-blocked', otherwise: 'dynamic' } },
    { id: 'dynamic', kind: 'check', runFrom: 'site-server', checks: { kind: 'ports', services: ['rpc-dynamic'], from: ['site-server'], to: ['distribution-point'] }, next: { fail: 'dynamic-blocked', otherwise: 'dp-mp' } },
    { id: 'dp-mp', kind: 'check', runFrom: 'distribution-point', checks: { kind: 'ports', services: ['http', 'https'], from: ['distribution-point'], to: ['management-point'] }, next: { fail: 'dp-mp-blocked', otherwise: 'log-error' } },
    { id: 'log-error', kind: 'question', options: [{ id: 'access-denied', next: 'access-denied' }, { id: 'wmi', next: 'wmi-fails' }, { id: 'bandwidth', next: 'schedule' }, { id: 'none', next: 'network-ok' }] },
    { id: 'no-dp', kind: 'conclusion', severity: 'warn', sources: [CONTENT] },
    { id: 'smb-blocked', kind: 'conclusion', severity: 'fail', sources: [CONTENT, PORTS] },
    { id: 'epm-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS, DP_FIREWALL] },
    { id: 'dynamic-blocked', kind: 'conclusion', severity: 'fail', sources: [CONTENT, DP_FIREWALL] },
    { id: 'dp-mp-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS] },
    { id: 'access-denied', kind: 'conclusion', severity: 'fail', sources: [CONTENT, KB4508653] },
    { id: 'wmi-fails', kind: 'conclusion', severity: 'fail', sources: [CONTENT] },
    { id: 'schedule', kind: 'conclusion', severity: 'warn', sources: [CONTENT] },
    { id: 'network-ok', kind: 'conclusion', severity: 'pass', sources: [CONTENT] },
  ],
};
