import type { SourceRef, Walkthrough } from '../walkthrough-types.ts';

const DATA_FLOW: SourceRef = { document: 'memdocs/configmgr/core/clients/manage/cmg/data-flow.md' };
const MONITOR: SourceRef = { document: 'memdocs/configmgr/core/clients/manage/cmg/monitor-clients-cloud-management-gateway.md' };
const KB4503442: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/client-management/cmg-communication-error.md (KB 4503442)' };
const PORTS: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/ports.md', section: 'CMG connection point' };
const CLOUD: SourceRef = { document: 'memdocs/configmgr/core/plan-design/network/includes/internet-endpoints-cloud-services.md' };

/**
 * Internet clients cannot use the cloud management gateway. The path in order: the CMG connection
 * point's channel to the CMG (TCP-TLS 10140+ or its HTTPS fallbacks), its way to the MP and SUP, the
 * site server's way to it, the Azure endpoints, and last the client's own view of the CMG.
 */
export const CMG_CLIENTS: Walkthrough = {
  id: 'cmg-clients',
  roles: ['cmg-connection-point', 'cmg'],
  steps: [
    { id: 'channel', kind: 'check', runFrom: 'cmg-connection-point', checks: { kind: 'ports', services: ['cmg-tcp-tls', 'cmg-https'], from: ['cmg-connection-point'], to: ['cmg'] }, next: { pass: 'mp', fail: 'channel-blocked', unsure: 'channel-unsure', none: 'no-cmg' } },
    { id: 'mp', kind: 'check', runFrom: 'cmg-connection-point', checks: { kind: 'ports', services: ['http', 'https'], from: ['cmg-connection-point'], to: ['management-point'] }, next: { fail: 'mp-blocked', otherwise: 'sup' } },
    { id: 'sup', kind: 'check', runFrom: 'cmg-connection-point', checks: { kind: 'ports', from: ['cmg-connection-point'], to: ['software-update-point'] }, next: { fail: 'sup-blocked', otherwise: 'site' } },
    { id: 'site', kind: 'check', runFrom: 'site-server', checks: { kind: 'ports', services: ['smb', 'rpc-epm', 'rpc-dynamic'], from: ['site-server'], to: ['cmg-connection-point'] }, next: { fail: 'site-blocked', otherwise: 'azure' } },
    { id: 'azure', kind: 'check', runFrom: 'service-connection-point', checks: { kind: 'endpoints', features: ['cloud-services', 'azure-services'] }, next: { fail: 'azure-blocked', otherwise: 'client' } },
    { id: 'client', kind: 'question', options: [{ id: 'works', next: 'network-ok' }, { id: 'no-name', next: 'client-dns' }, { id: 'certificate', next: 'client-certificate' }] },
    { id: 'no-cmg', kind: 'conclusion', severity: 'warn', sources: [DATA_FLOW] },
    { id: 'channel-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS, DATA_FLOW] },
    { id: 'channel-unsure', kind: 'conclusion', severity: 'warn', sources: [PORTS, MONITOR] },
    { id: 'mp-blocked', kind: 'conclusion', severity: 'fail', sources: [DATA_FLOW, KB4503442] },
    { id: 'sup-blocked', kind: 'conclusion', severity: 'fail', sources: [DATA_FLOW] },
    { id: 'site-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS] },
    { id: 'azure-blocked', kind: 'conclusion', severity: 'fail', sources: [CLOUD] },
    { id: 'client-dns', kind: 'conclusion', severity: 'fail', sources: [KB4503442] },
    { id: 'client-certificate', kind: 'conclusion', severity: 'fail', sources: [KB4503442] },
    { id: 'network-ok', kind: 'conclusion', severity: 'pass', sources: [MONITOR, KB4503442] },
  ],
};
