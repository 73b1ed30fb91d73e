import { describe, expect, it } from 'vitest';
import { buildEndpointPlan } from '../../../shared/endpoints/build-endpoint-plan.ts';
import { ENDPOINT_ENTRIES } from '../../../shared/endpoints/endpoint-catalogue.ts';
import { matchesHostPattern } from '../../../shared/endpoints/endpoint-address.ts';
import { standInFor } from '../../../shared/endpoints/expand-endpoint.ts';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import type { Hierarchy } from '../../../shared/hierarchy/model.ts';

const check = (plan: ReturnType<typeof buildEndpointPlan>, id: string) => {
  const found = plan.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}; have ${plan.checks.map((c) => c.id).join(' ')}`);
  return found;
};

describe('endpoint plan', () => {
  it('matches wildcards as the documents write them', () => {
    expect(matchesHostPattern('*.manage.microsoft.com', 'enterpriseenrollment.manage.microsoft.com')).toBe(true);
    expect(matchesHostPattern('*.manage.microsoft.com', 'manage.microsoft.com')).toBe(false);
    expect(matchesHostPattern('*manage.microsoft.com', 'manage.microsoft.com')).toBe(true);
    expect(matchesHostPattern('*.do.dsp.mp.microsoft.com', 'geo.prod.do.dsp.mp.microsoft.com')).toBe(true);
    expect(matchesHostPattern('intunemaape*.attest.azure.net', 'intunemaape3.cus.attest.azure.net')).toBe(true);
    expect(matchesHostPattern('*.azureedge.net', 'azureedge.net.evil.example')).toBe(false);
  });

  it('tests a wildcard through a host the documents name under it, and says which', () => {
    const entry = ENDPOINT_ENTRIES.find((e) => e.id === 'scp-intune:*manage.microsoft.com')!;
    expect(standInFor('*manage.microsoft.com', entry, ENDPOINT_ENTRIES)).toBe('manage.microsoft.com');
    const plan = buildEndpointPlan(DEMO_HIERARCHY);
    const wu = check(plan, 'https:https://catalog.update.microsoft.com/');
    expect(wu.target.endpoint).toMatchObject({ standsInFor: ['*.update.microsoft.com'], trust: 'windows-update' });
    const dm = check(plan, 'https:https://*.dm.microsoft.com/#wildcard');
    expect(dm.notTestable).toEqual({ key: 'endpoint.notTestable.wildcard', params: { pattern: '*.dm.microsoft.com' } });
    expect(dm.target.endpoint?.flags).toContain('no-tls-inspection');
  });

  it('folds entries that name the same URL into one check, with every feature and flag', () => {
    const plan = buildEndpointPlan(DEMO_HIERARCHY);
    expect(new Set(plan.checks.map((c) => c.id)).size).toBe(plan.checks.length);
    const go = check(plan, 'https:https://go.microsoft.com/');
    expect(go.target.endpoint?.features).toEqual(['url-forwarding', 'scp-updates']);
    expect(go.target.endpoint?.flags).toEqual(['always-allow']);
    expect(go.target).toMatchObject({ host: 'go.microsoft.com', port: 443, transport: 'tcp', url: 'https://go.microsoft.com/' });
    expect(go.timeoutMs).toBe(10_000);
    const ntp = check(plan, 'ntp:ntp://time.windows.com');
    expect(ntp).toMatchObject({ probe: 'ntp', target: { transport: 'udp', port: 123 } });
  });

  it('fills placeholders from the hierarchy, or says what to add', () => {
    const demo = buildEndpointPlan(DEMO_HIERARCHY);
    expect(check(demo, 'https:https://<name>.cloudapp.net/#cmg.contoso.example').notTestable).toEqual({
      key: 'endpoint.notTestable.noAzureName',
      params: { address: '<name>.cloudapp.net', cmg: 'cmg.contoso.example' },
    });
    expect(check(demo, 'https:https://login.microsoftonline.com/{TenantID}#tenant').notTestable?.key).toBe('endpoint.notTestable.noTenant');
    const child = check(demo, 'https:https://p01sup01.corp.contoso.example:8531/');
    expect(child.target.endpoint).toMatchObject({ trust: 'intranet', filled: [{ placeholder: '<FQDN for software update point on child site>', value: 'p01sup01.corp.contoso.example' }] });
    const childLink = demo.links.find((link) => child.linkIds.includes(link.id));
    expect(childLink).toMatchObject({ source: 'cassup01.corp.contoso.example', destination: 'p01sup01.corp.contoso.example', destinationKind: 'system' });

    const filled: Hierarchy = { ...DEMO_HIERARCHY, cloud: [{ type: 'cmg', name: 'cmg.contoso.example', instances: 2, azureName: 'ContosoCmg' }], tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' } };
    const plan = buildEndpointPlan(filled);
    expect(check(plan, 'https:https://contosocmg.blob.core.windows.net/').target.endpoint?.filled).toEqual([{ placeholder: '<name>', value: 'contosocmg', from: 'cloud[0].azureName' }]);
    expect(check(plan, 'https:https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47').target.endpoint?.features).toEqual(['scp-intune']);
  });

  it('keeps the cloud, the roles, the features and the tenant location asked for', () => {
    const gov = buildEndpointPlan({ ...DEMO_HIERARCHY, tenant: { cloud: 'us-government' } });
    expect(gov.checks.some((c) => c.target.host === 'management.usgovcloudapi.net')).toBe(true);
    expect(gov.checks.some((c) => c.target.host === 'management.azure.com')).toBe(false);
    const scp = buildEndpointPlan(DEMO_HIERARCHY, { roles: ['service-connection-point'] });
    expect(scp.checks.every((c) => c.target.endpoint?.features.some((f) => ['url-forwarding', 'scp-updates', 'scp-intune', 'windows-servicing', 'azure-services', 'azure-ad'].includes(f)))).toBe(true);
    expect(new Set(scp.links.map((link) => link.source))).toEqual(new Set(['cas01.corp.contoso.example']));
    const office = buildEndpointPlan(DEMO_HIERARCHY, { features: ['office'] });
    expect(office.checks.map((c) => c.target.url)).toEqual(['https://officecdn.microsoft.com/', 'https://config.office.com/', 'https://contentstorage.osi.office.net/']);
    const europe = buildEndpointPlan({ ...DEMO_HIERARCHY, tenant: { location: 'AMSUB0101' } }, { features: ['intune-win32'] });
    expect(europe.checks.map((c) => c.target.host)).toEqual(['euprodimedatapri.azureedge.net', 'euprodimedatasec.azureedge.net', 'euprodimedatahotfix.azureedge.net']);
  });

  it('links the systems holding each role to the internet or to Azure', () => {
    const plan = buildEndpointPlan(DEMO_HIERARCHY);
    const login = check(plan, 'https:https://login.microsoftonline.com/');
    const links = plan.links.filter((link) => login.linkIds.includes(link.id));
    expect(links.map((link) => [link.requirement, link.source, link.destinationRole])).toEqual([
      ['azure-ad:login.microsoftonline.com', 'admin01.corp.contoso.example', 'azure'],
      ['azure-ad:login.microsoftonline.com', 'pc-paris-0001.corp.contoso.example', 'azure'],
      ['intune-authentication:login.microsoftonline.com', 'pc-paris-0001.corp.contoso.example', 'internet'],
    ]);
    expect(links[0]).toMatchObject({ destinationKind: 'internet', destination: 'login.microsoftonline.com', service: 'https', port: 443 });
  });

  it('narrows to the hosts a log names, with a plain HTTPS check for a host the catalogue does not list', () => {
    const plan = buildEndpointPlan(DEMO_HIERARCHY, { hosts: ['ConfigMgrBits.azureedge.net', 'proxy-test.contoso.example'] });
    expect(plan.checks.map((c) => c.target.url).sort()).toEqual(['http://configmgrbits.azureedge.net/', 'https://configmgrbits.azureedge.net/', 'https://proxy-test.contoso.example/']);
    const known = check(plan, 'https:https://configmgrbits.azureedge.net/');
    expect((known.target.endpoint?.entries ?? []).length).toBeGreaterThan(0);
    // The service connection point's link to the internet stays, so the topology can colour it.
    expect(plan.links.length).toBeGreaterThan(0);
    expect(plan.links.every((link) => plan.checks.some((c) => c.linkIds.includes(link.id)))).toBe(true);
    expect(plan.links.some((link) => known.linkIds.includes(link.id) && link.sourceRole === 'service-connection-point')).toBe(true);
    expect(check(plan, 'https:https://proxy-test.contoso.example/').target.endpoint?.entries).toEqual([]);
  });
});
