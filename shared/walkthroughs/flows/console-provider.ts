import type { SourceRef, Walkthrough } from '../walkthrough-types.ts';

const PORTS: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/ports.md', section: 'Configuration Manager console' };
const PROVIDER: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/plan-for-the-sms-provider.md' };
const DCOM: SourceRef = { document: 'memdocs/configmgr/core/servers/manage/modify-your-infrastructure.md', section: 'BKMK_ConfigDCOMforRemoteConsole' };
const ADMIN_SERVICE: SourceRef = { document: 'memdocs/configmgr/develop/adminservice/set-up.md' };

/**
 * The console cannot connect to the site. From the console machine: TCP 135 to the site server and
 * each SMS Provider, the dynamic RPC ports they hand out, HTTPS 443 to the administration service;
 * then the provider's own way to the site database, and last the permissions.
 */
export const CONSOLE_PROVIDER: Walkthrough = {
  id: 'console-provider',
  roles: ['console', 'sms-provider'],
  steps: [
    { id: 'epm', kind: 'check', runFrom: 'console', checks: { kind: 'ports', services: ['rpc-epm'], from: ['console'] }, next: { fail: 'epm-blocked', none: 'no-console', otherwise: 'dynamic' } },
    { id: 'dynamic', kind: 'check', runFrom: 'console', checks: { kind: 'ports', services: ['rpc-dynamic'], from: ['console'] }, next: { fail: 'dynamic-blocked', otherwise: 'admin-service' } },
    { id: 'admin-service', kind: 'check', runFrom: 'console', checks: { kind: 'ports', services: ['admin-service', 'https'], from: ['console'], to: ['sms-provider'] }, next: { fail: 'admin-service-blocked', otherwise: 'provider-sql' } },
    { id: 'provider-sql', kind: 'check', runFrom: 'sms-provider', checks: { kind: 'ports', services: ['sql'], from: ['sms-provider'], to: ['site-database'] }, next: { fail: 'provider-sql-blocked', otherwise: 'denied' } },
    { id: 'denied', kind: 'question', options: [{ id: 'yes', next: 'permissions' }, { id: 'no', next: 'network-ok' }] },
    { id: 'no-console', kind: 'conclusion', severity: 'warn', sources: [PORTS] },
    { id: 'epm-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS, DCOM] },
    { id: 'dynamic-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS] },
    { id: 'admin-service-blocked', kind: 'conclusion', severity: 'fail', sources: [ADMIN_SERVICE, PORTS] },
    { id: 'provider-sql-blocked', kind: 'conclusion', severity: 'fail', sources: [PROVIDER, PORTS] },
    { id: 'permissions', kind: 'conclusion', severity: 'fail', sources: [DCOM, PROVIDER] },
    { id: 'network-ok', kind: 'conclusion', severity: 'pass', sources: [PROVIDER] },
  ],
};
