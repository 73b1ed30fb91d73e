import { describe, expect, it } from 'vitest';
import { ENDPOINT_ENTRIES, ENDPOINT_FEATURES } from '../../../shared/endpoints/endpoint-catalogue.ts';
import { HOST_RULES } from '../../../shared/endpoints/endpoint-rules.ts';
import { INTERNET_2019, INTERNET_2020, INTUNE_ENDPOINTS, SERVICE_CONNECTION_POINT } from '../../../shared/endpoints/endpoint-sources.ts';
import { INTUNE_SECTIONS } from '../../../shared/endpoints/intune-endpoints.ts';
import { INTUNE_CORE_RANGES } from '../../../shared/endpoints/intune-subnets.ts';
import { sectionText, sourceDocument } from './source-sections.ts';

const entry = (id: string) => {
  const found = ENDPOINT_ENTRIES.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

/** Addresses a section lists: backticked for the ConfigMgr articles, list lines for the others. */
function listedAddresses(file: string, section: string): string[] {
  const text = sectionText(file, section) ?? '';
  const address = /^(https?:\/\/)?[*a-z0-9-]+(\.[*a-z0-9-]+)+(\/\S*)?$/i;
  if (file === INTERNET_2019 || file === INTERNET_2020) {
    return [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!).filter((token) => address.test(token));
  }
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-•]\s*|Faux |Vrai )/, '').trim().split(/\s/)[0]!.replace(/^'|'$/g, ''))
    .filter((token) => address.test(token) && !/^\d+\.\d+\.\d+\.\d+/.test(token));
}

describe('internet endpoint catalogue', () => {
  it('finds every citation text in the section it names', () => {
    const missing = ENDPOINT_ENTRIES.flatMap((e) => e.citations.filter((c) => !(sectionText(c.document, c.section) ?? '').includes(c.text)).map((c) => `${e.id}: "${c.text}" not in ${c.document} ${c.section}`));
    const rules = HOST_RULES.flatMap((rule) => rule.citations.filter((c) => !(sectionText(c.document, c.section) ?? '').includes(c.text)).map((c) => `${rule.flag}: "${c.text}"`));
    expect([...missing, ...rules]).toEqual([]);
  });

  it('lists every address the documents list in the sections it transcribes', () => {
    const sections: [string, string][] = [
      [INTERNET_2019, 'updates-and-servicing'],
      [INTERNET_2019, 'microsoft-intune'],
      [INTERNET_2019, 'windows-10-servicing'],
      [INTERNET_2019, 'azure-services'],
      [INTERNET_2019, 'bkmk_cloud'],
      [INTERNET_2019, 'bkmk_sum'],
      [INTERNET_2019, 'software-update-point-on-the-child-site'],
      [INTERNET_2019, 'manage-office-365'],
      [INTERNET_2019, 'in-console-feedback'],
      [INTERNET_2019, 'community-workspace-documentation-node'],
      [INTERNET_2019, 'monitoring-workspace-site-hierarchy-node'],
      [INTERNET_2020, 'internet-access-requirements'],
      [INTERNET_2020, 'bkmk_scp-updates'],
      [INTERNET_2020, 'windows-10-servicing'],
      [INTERNET_2020, 'azure-services'],
      [INTERNET_2020, 'delivery-optimization'],
      [INTERNET_2020, 'bkmk_cloud/service-connection-point'],
      [INTERNET_2020, 'bkmk_cloud/cmg-connection-point'],
      [INTERNET_2020, 'bkmk_cloud/configuration-manager-client'],
      [INTERNET_2020, 'bkmk_cloud/configuration-manager-console'],
      [INTERNET_2020, 'bkmk_sum'],
      [INTERNET_2020, 'software-update-point-on-the-child-site'],
      [INTERNET_2020, 'manage-office-365'],
      [INTERNET_2020, 'in-console-feedback'],
      [INTERNET_2020, 'documentation-node'],
      [INTERNET_2020, 'community-hub'],
      [INTERNET_2020, 'monitoring-workspace-site-hierarchy-node'],
      [INTERNET_2020, 'asset-intelligence'],
      [SERVICE_CONNECTION_POINT, 'bkmk_urls'],
      ...Object.values(INTUNE_SECTIONS).map((heading): [string, string] => [INTUNE_ENDPOINTS, heading]),
    ];
    const cited = new Set(ENDPOINT_ENTRIES.flatMap((e) => e.citations.map((c) => `${c.document}|${c.section}|${c.text.toLowerCase()}`)));
    const uncited = sections.flatMap(([file, section]) => {
      expect(sectionText(file, section), `${file} ${section}`).toBeDefined();
      return listedAddresses(file, section)
        .filter((address) => !cited.has(`${file}|${section}|${address.toLowerCase()}`))
        .map((address) => `${file} ${section}: ${address}`);
    });
    // Seed 000 writes the CMG's storage endpoints as bare domains in prose; they are cited as such.
    expect(uncited).toEqual([]);
  });

  it('has unique ids, a known feature, at least one role and one way in for every entry', () => {
    const ids = ENDPOINT_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const features = new Set(ENDPOINT_FEATURES.map((f) => f.id));
    for (const e of ENDPOINT_ENTRIES) {
      expect(features.has(e.feature), e.id).toBe(true);
      expect(e.roles.length, e.id).toBeGreaterThan(0);
      expect(e.access.length, e.id).toBeGreaterThan(0);
    }
  });

  it('keeps a pointer for every feature whose documents list no host', () => {
    for (const feature of ENDPOINT_FEATURES) {
      expect(sectionText(feature.citation.document, feature.citation.section), feature.id).toBeDefined();
      const entries = ENDPOINT_ENTRIES.filter((e) => e.feature === feature.id);
      if (entries.length === 0) expect(feature.reference, feature.id).toBeTruthy();
    }
    expect(ENDPOINT_FEATURES.filter((f) => !ENDPOINT_ENTRIES.some((e) => e.feature === f.id)).map((f) => f.id)).toEqual([
      'co-management',
      'store-for-business',
      'desktop-analytics',
      'tenant-attach',
      'endpoint-analytics',
    ]);
  });

  it('takes ports and schemes from the documents', () => {
    expect(entry('scp-updates:go.microsoft.com').access).toEqual([{ scheme: 'https', port: 443 }, { scheme: 'http', port: 80 }]);
    expect(entry('software-updates:http://*.windowsupdate.com').access).toEqual([{ scheme: 'http', port: 80 }]);
    expect(entry('intune-autopilot:time.windows.com').access).toEqual([{ scheme: 'ntp', port: 123 }]);
    expect(entry('intune-apple:5-courier.push.apple.com').access).toContainEqual({ scheme: 'tls', port: 5223 });
    expect(entry('intune-core:manage.microsoft.com').intune).toEqual({ id: 163, category: 'allow', required: true, expressRoute: false });
    expect(entry('intune-authentication:login.microsoftonline.com').intune).toEqual({ id: 56, category: 'allow', required: true, expressRoute: true });
    expect(entry('intune-core:account.live.com').intune?.required).toBe(false);
    expect(entry('azure-services:management.usgovcloudapi.net').cloud).toBe('us-government');
    expect(entry('intune-remote-help:gcc.remotehelp.microsoft.com').cloud).toBe('us-government');
    expect(entry('intune-win32:euprodimedatapri.azureedge.net').scaleUnits).toContain('AMSUB0101');
  });

  it('attaches the documents\' flags to the hosts they name, wherever they appear', () => {
    expect(entry('url-forwarding:https://aka.ms').flags).toContain('always-allow');
    expect(entry('scp-updates:go.microsoft.com').flags).toContain('always-allow');
    expect(entry('intune-core:manage.microsoft.com').flags).toEqual(expect.arrayContaining(['no-tls-inspection', 'unauthenticated-proxy']));
    expect(entry('scp-updates:*.manage.microsoft.com').flags).toEqual(expect.arrayContaining(['no-tls-inspection', 'unauthenticated-proxy']));
    expect(entry('intune-defender-epm:*.dm.microsoft.com').flags).toContain('no-tls-inspection');
    expect(entry('intune-attestation:has.spserv.microsoft.com').flags).toContain('no-tls-inspection');
    expect(entry('intune-attestation:https://intunemaape3.cus.attest.azure.net').flags).toContain('no-tls-inspection');
    expect(entry('scp-updates:configmgrbits.azureedge.net').flags).toEqual(['unauthenticated-proxy']);
    expect(entry('azure-ad:https://graph.microsoft.com/').flags).toEqual(['unauthenticated-proxy']);
    expect(entry('intune-win32:naprodimedatapri.azureedge.net').flags).toEqual(['partial-content', 'unauthenticated-proxy']);
    expect(entry('console:https://github.com').flags).toEqual([]);
    expect(entry('cloud-services:<name>.cloudapp.net').flags).toEqual([]);
  });

  it('keeps the Intune core subnets of endpoint set 163', () => {
    expect(INTUNE_CORE_RANGES).toHaveLength(50);
    const text = sourceDocument(INTUNE_ENDPOINTS);
    for (const range of INTUNE_CORE_RANGES) expect(text).toContain(range.cidr);
  });
});
