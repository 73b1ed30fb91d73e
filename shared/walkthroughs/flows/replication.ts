import type { SourceRef, Walkthrough } from '../walkthrough-types.ts';

const KB20033: SourceRef = { document: 'SupportArticles-docs support/mem/configmgr/troubleshoot-database-replication-service-issues.md (KB 20033)' };
const SQL_CONFIG: SourceRef = { document: 'memdocs/configmgr/core/servers/manage/replication/sql-configuration.md' };
const PORTS: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/ports.md', section: 'SQL Server to SQL Server' };
const REPLICATION: SourceRef = { document: 'memdocs/configmgr/core/plan-design/hierarchy/database-replication.md' };

/**
 * Site-to-site replication is degraded or failed. Replication needs SQL 1433 and Service Broker 4022
 * between the site databases in both directions (Service Broker authenticates each direction on its
 * own), SMB 445 between site servers for file replication, and each site server's way to its own
 * database; then Microsoft's Replication Link Analyzer and spDiagDRS take over.
 */
export const REPLICATION_DEGRADED: Walkthrough = {
  id: 'replication',
  roles: ['site-database', 'site-server'],
  steps: [
    { id: 'sql', kind: 'check', runFrom: 'site-database', checks: { kind: 'ports', services: ['sql'], from: ['site-database'], to: ['site-database'] }, next: { fail: 'sql-blocked', none: 'single-site', otherwise: 'broker' } },
    { id: 'broker', kind: 'check', runFrom: 'site-database', checks: { kind: 'ports', services: ['sql-broker'], from: ['site-database'], to: ['site-database'] }, next: { fail: 'broker-blocked', otherwise: 'files' } },
    { id: 'files', kind: 'check', runFrom: 'site-server', checks: { kind: 'ports', services: ['smb'], from: ['site-server'], to: ['site-server'] }, next: { fail: 'files-blocked', otherwise: 'own-database' } },
    { id: 'own-database', kind: 'check', runFrom: 'site-server', checks: { kind: 'ports', services: ['sql'], from: ['site-server', 'sms-provider'], to: ['site-database'] }, next: { fail: 'own-database-blocked', otherwise: 'both-sides' } },
    { id: 'both-sides', kind: 'question', options: [{ id: 'yes', next: 'network-ok' }, { id: 'no', next: 'other-side' }] },
    { id: 'single-site', kind: 'conclusion', severity: 'warn', sources: [REPLICATION] },
    { id: 'sql-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS, KB20033] },
    { id: 'broker-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS, SQL_CONFIG] },
    { id: 'files-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS, KB20033] },
    { id: 'own-database-blocked', kind: 'conclusion', severity: 'fail', sources: [PORTS] },
    { id: 'other-side', kind: 'conclusion', severity: 'warn', sources: [SQL_CONFIG] },
    { id: 'network-ok', kind: 'conclusion', severity: 'pass', sources: [KB20033, SQL_CONFIG] },
  ],
};
