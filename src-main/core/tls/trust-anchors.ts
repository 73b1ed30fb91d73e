import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import type { ChainAnchor, AnchorStore } from '../../../shared/endpoints/tls-inspection.ts';
import { KNOWN_ROOTS, REQUIRED_ROOT_NAMES, type RequiredRootStatus } from '../../../shared/endpoints/known-roots.ts';

/**
 * The certificate stores a chain can end in, and finding the root that completes a presented chain.
 *
 * `bundled` is the public store Node ships (Mozilla's list); `system` is the operating system's
 * store where this Node can read it (`tls.getCACertificates('system')`, Node ≥ 22.15, which the
 * desktop app's Electron has: on Windows that is the ROOT, enterprise and group-policy stores where
 * an inspecting proxy's CA is deployed); `extra` are roots the user added (`--ca`).
 */

interface StoreCertificate {
  cert: X509Certificate;
  store: Exclude<AnchorStore, 'presented'>;
}

let bundledStore: StoreCertificate[] | undefined;
let systemStore: StoreCertificate[] | null | undefined;

function parseAll(pems: readonly string[], store: StoreCertificate['store']): StoreCertificate[] {
  const parsed: StoreCertificate[] = [];
  for (const pem of pems) {
    try {
      parsed.push({ cert: new X509Certificate(pem), store });
    } catch {
      // A store entry Node cannot parse cannot anchor a chain either.
    }
  }
  return parsed;
}

function bundled(): StoreCertificate[] {
  bundledStore ??= parseAll(tls.rootCertificates, 'bundled');
  return bundledStore;
}

/** The system store, or null when this Node cannot read it. */
function system(): StoreCertificate[] | null {
  if (systemStore !== undefined) return systemStore;
  const reader = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates;
  try {
    systemStore = reader ? parseAll(reader('system'), 'system') : null;
  } catch {
    systemStore = null;
  }
  return systemStore;
}

function stores(extra: readonly string[]): StoreCertificate[] {
  return [...parseAll(extra, 'extra'), ...bundled(), ...(system() ?? [])];
}

/** The common name of a distinguished name in Node's one-attribute-per-line form. */
export function nameParts(dn: string): { commonName?: string; organization?: string } {
  const attribute = (key: string) =>
    dn
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.startsWith(`${key}=`))
      ?.slice(key.length + 1);
  const commonName = attribute('CN');
  const organization = attribute('O');
  return { ...(commonName ? { commonName } : {}), ...(organization ? { organization } : {}) };
}

function anchorOf(cert: X509Certificate, store: AnchorStore): ChainAnchor {
  return { name: nameParts(cert.subject).commonName ?? cert.subject.replace(/\n/g, ', '), sha1: cert.fingerprint, sha256: cert.fingerprint256, store };
}

function isSelfSigned(cert: X509Certificate): boolean {
  try {
    return cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

/**
 * The root that completes a chain: the last certificate when it is self-signed (Node appends the
 * local root it found), else the store certificate that issued the last one (checked by signature,
 * not only by name). Undefined when no store holds it.
 */
export function findAnchor(chain: readonly X509Certificate[], extra: readonly string[] = []): ChainAnchor | undefined {
  const top = chain[chain.length - 1];
  if (!top) return undefined;
  const all = stores(extra);
  if (isSelfSigned(top)) {
    const held = all.find((candidate) => candidate.cert.fingerprint256 === top.fingerprint256);
    return anchorOf(top, held?.store ?? 'presented');
  }
  const issuer = all.find((candidate) => {
    try {
      return candidate.cert.subject === top.issuer && top.checkIssued(candidate.cert) && top.verify(candidate.cert.publicKey);
    } catch {
      return false;
    }
  });
  return issuer ? anchorOf(issuer.cert, issuer.store) : undefined;
}

/**
 * The status of the roots the ConfigMgr documents name as required (Baltimore CyberTrust Root per
 * KB 3187516, DigiCert Global Root G2), found by fingerprint.
 */
export function requiredRootsStatus(now: Date = new Date()): RequiredRootStatus[] {
  const systemCerts = system();
  return REQUIRED_ROOT_NAMES.flatMap((name) => {
    const root = KNOWN_ROOTS.find((known) => known.name === name);
    if (!root?.sha256) return [];
    const fingerprint = root.sha256;
    const held = (list: StoreCertificate[]) => list.some((entry) => entry.cert.fingerprint256 === fingerprint);
    return [
      {
        name,
        sha256: fingerprint,
        bundled: held(bundled()),
        system: systemCerts ? held(systemCerts) : null,
        ...(root.notAfter ? { notAfter: root.notAfter } : {}),
        expired: root.notAfter !== undefined && Date.parse(`${root.notAfter}T23:59:59Z`) < now.getTime(),
      },
    ];
  });
}
