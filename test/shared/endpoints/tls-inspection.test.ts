import { describe, expect, it } from 'vitest';
import { KNOWN_ROOTS, inspectionVendor, knownRoot } from '../../../shared/endpoints/known-roots.ts';
import { classifyChain, type ChainAnchor, type NameParts } from '../../../shared/endpoints/tls-inspection.ts';

const g2 = KNOWN_ROOTS.find((root) => root.name === 'DigiCert Global Root G2')!;
const anchor = (overrides: Partial<ChainAnchor>): ChainAnchor => ({ name: 'Some Root', sha1: 'AA', sha256: 'BB', store: 'bundled', ...overrides });
const facts = (chainAnchor?: ChainAnchor, leafIssuer: NameParts = { commonName: 'Microsoft Azure RSA TLS Issuing CA 04', organization: 'Microsoft Corporation' }) => ({
  leafIssuer,
  topIssuer: { commonName: chainAnchor?.name ?? 'Microsoft Root Certificate Authority 2011' },
  ...(chainAnchor ? { anchor: chainAnchor } : {}),
});

describe('TLS inspection verdict', () => {
  it('accepts a root Microsoft publishes, found by fingerprint', () => {
    expect(classifyChain('microsoft', facts(anchor({ name: 'DigiCert Global Root G2', sha1: g2.sha1, sha256: g2.sha256! })))).toEqual({ suspected: false, finding: 'expected', root: 'DigiCert Global Root G2' });
  });

  it('does not trust a name: a root called "DigiCert Global Root G2" with another fingerprint, from a private store, is inspection', () => {
    const impostor = anchor({ name: 'DigiCert Global Root G2', store: 'system' });
    expect(classifyChain('microsoft', facts(impostor, { commonName: 'Zscaler Intermediate Root CA (zscalerthree.net) (t)', organization: 'Zscaler Inc.' }))).toEqual({
      suspected: true,
      finding: 'private-root',
      issuer: 'Zscaler Intermediate Root CA (zscalerthree.net) (t) / Zscaler Inc.',
      vendor: 'Zscaler',
      root: 'DigiCert Global Root G2',
    });
  });

  it('only warns about a public root Microsoft does not list, and accepts any public root for non-Microsoft hosts', () => {
    expect(classifyChain('microsoft', facts(anchor({ name: 'GlobalSign Root CA' })))).toMatchObject({ suspected: false, finding: 'public-unlisted' });
    expect(classifyChain('public', facts(anchor({ name: 'USERTrust RSA Certification Authority' })))).toMatchObject({ suspected: false, finding: 'expected' });
  });

  it('accepts Windows Update\'s own root by name when this machine cannot hold it', () => {
    expect(classifyChain('windows-update', facts(undefined))).toEqual({ suspected: false, finding: 'expected-by-name', root: 'Microsoft Root Certificate Authority 2011' });
    expect(classifyChain('microsoft', facts(undefined)).suspected).toBe(true);
  });

  it('suspects a chain whose root no store holds, and takes roots the user declared', () => {
    const presented = anchor({ name: 'Fortinet_CA_SSL', store: 'presented', sha256: 'CC' });
    expect(classifyChain('microsoft', facts(presented, { commonName: 'FortiGate CA' }))).toMatchObject({ suspected: true, vendor: 'Fortinet FortiGate', issuer: 'FortiGate CA' });
    expect(classifyChain('microsoft', facts(presented), ['cc'])).toMatchObject({ suspected: false, finding: 'expected' });
    expect(classifyChain('intranet', facts(presented))).toMatchObject({ suspected: false, finding: 'not-applicable' });
  });

  it('keeps the Microsoft 2017 roots the right way round (a mix-up seen in public code)', () => {
    expect(knownRoot({ sha1: '999A64C37FF47D9FAB95F14769891460EEC4C3C5'.match(/../g)!.join(':') })?.name).toBe('Microsoft ECC Root Certificate Authority 2017');
    expect(knownRoot({ sha1: '73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74'.match(/../g)!.join(':') })?.name).toBe('Microsoft RSA Root Certificate Authority 2017');
    expect(inspectionVendor('Some corporate CA')).toBeUndefined();
  });
});
