import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findAnchor, nameParts, requiredRootsStatus } from '../../../../src-main/core/tls/trust-anchors.ts';
import { createCa, issueIntermediate, issueServerCert } from '../../../support/certs.ts';

describe('trust anchors', () => {
  const root = createCa('Anchor Test Root', 'Anchor Test');
  const issuing = issueIntermediate(root, 'Anchor Test Issuing CA');
  const leaf = issueServerCert(issuing, ['endpoint.test']);
  const chain = [new X509Certificate(leaf.certPem), new X509Certificate(issuing.certPem)];

  it('finds the root that signed the last certificate, in the certificates added, by signature', () => {
    expect(findAnchor(chain, [root.certPem])).toMatchObject({ name: 'Anchor Test Root', store: 'extra', sha256: new X509Certificate(root.certPem).fingerprint256 });
    expect(findAnchor(chain)).toBeUndefined();
    // A CA with the same name but another key does not anchor the chain.
    expect(findAnchor(chain, [createCa('Anchor Test Root', 'Anchor Test').certPem])).toBeUndefined();
  });

  it('reports a presented self-signed root that no store holds', () => {
    expect(findAnchor([...chain, new X509Certificate(root.certPem)])).toMatchObject({ name: 'Anchor Test Root', store: 'presented' });
  });

  it('reads the names Node prints', () => {
    expect(nameParts('C=US\nO=DigiCert Inc\nOU=www.digicert.com\nCN=DigiCert Global Root G2')).toEqual({ commonName: 'DigiCert Global Root G2', organization: 'DigiCert Inc' });
    expect(nameParts('')).toEqual({});
  });

  it('says whether the roots the documents require are here and still valid', () => {
    const status = requiredRootsStatus(new Date('2026-11-22T00:00:00Z'));
    expect(status.map((root) => root.name)).toEqual(['Baltimore CyberTrust Root', 'DigiCert Global Root G2']);
    expect(status[0]).toMatchObject({ expired: true, notAfter: '2025-05-12' });
    // Node's bundled Mozilla store carries DigiCert Global Root G2.
    expect(status[1]).toMatchObject({ bundled: true, expired: false });
    expect(requiredRootsStatus(new Date('2024-01-01T00:00:00Z'))[0]?.expired).toBe(false);
  });
});
