import type { SourceRef, Walkthrough } from '../walkthrough-types.ts';

const KB4490424: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/setup-migrate-backup-recovery/understand-troubleshoot-updates-servicing.md (KB 4490424)' };
const ENDPOINTS: SourceRef = { document: 'memdocs/configmgr/core/plan-design/network/internet-endpoints.md', section: 'Service connection point' };
const PROXY: SourceRef = { document: 'memdocs/configmgr/core/plan-design/network/proxy-server-support.md' };
const DIGICERT: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/setup-migrate-backup-recovery/connectivity-issues-digicert-global-root-g2-not-installed.md' };
const SCP: SourceRef = { document: 'memdocs/configmgr/core/servers/deploy/configure/about-the-service-connection-point.md' };
const FEATURES = ['scp-updates'] as const;

/**
 * Updates and Servicing stays on "Downloading" or shows nothing: the service connection point cannot
 * reach Microsoft. Microsoft's order: the mode, DMPDownloader.log, then the endpoints from the SCP
 * itself — name resolution, the proxy, TLS inspection, the roots, the firewall.
 */
export const SCP_DOWNLOADS: Walkthrough = {
  id: 'scp-downloads',
  roles: ['service-connection-point'],
  steps: [
    { id: 'mode', kind: 'question', options: [{ id: 'online', next: 'log' }, { id: 'offline', next: 'offline' }] },
    { id: 'log', kind: 'check', checks: { kind: 'logs', categories: ['dns', 'tcp', 'timeout', 'tls-trust', 'tls-protocol', 'proxy', 'http', 'signature'] }, next: { otherwise: 'endpoints' } },
    { id: 'endpoints', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: [...FEATURES] }, next: { pass: 'network-ok', otherwise: 'dns' } },
    { id: 'dns', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: [...FEATURES], stage: 'dns' }, next: { fail: 'dns-fails', otherwise: 'proxy' } },
    { id: 'proxy', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: [...FEATURES], stage: 'proxy' }, next: { fail: 'proxy-refuses', otherwise: 'inspection' } },
    { id: 'inspection', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: [...FEATURES], stage: 'inspection' }, next: { fail: 'tls-inspected', otherwise: 'roots' } },
    { id: 'roots', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: [...FEATURES], stage: 'tls' }, next: { fail: 'roots-missing', otherwise: 'firewall' } },
    { id: 'firewall', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: [...FEATURES], stage: 'tcp' }, next: { fail: 'firewall-blocks', otherwise: 'http-errors' } },
    { id: 'offline', kind: 'conclusion', severity: 'warn', sources: [SCP, { document: 'SupportArticles-docs …/service-connection-tool-not-download-updates.md (KB 4561945)' }] },
    { id: 'network-ok', kind: 'conclusion', severity: 'pass', sources: [KB4490424, { document: 'memdocs/configmgr/core/servers/manage/checklist-for-installing-update-2403.md' }] },
    { id: 'dns-fails', kind: 'conclusion', severity: 'fail', sources: [ENDPOINTS, KB4490424] },
    { id: 'proxy-refuses', kind: 'conclusion', severity: 'fail', sources: [PROXY, KB4490424] },
    { id: 'tls-inspected', kind: 'conclusion', severity: 'fail', sources: [ENDPOINTS, { document: 'memdocs/configmgr/core/plan-design/security/enable-tls-1-2-troubleshoot.md' }] },
    { id: 'roots-missing', kind: 'conclusion', severity: 'fail', sources: [DIGICERT] },
    { id: 'firewall-blocks', kind: 'conclusion', severity: 'fail', sources: [ENDPOINTS] },
    { id: 'http-errors', kind: 'conclusion', severity: 'warn', sources: [SCP, PROXY] },
  ],
};
