import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';

/** A certificate with its key, as PEM. */
export interface Issued {
  certPem: string;
  keyPem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

function keyPair(): { key: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; keyPem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  return { key, publicKey: forge.pki.setRsaPublicKey(key.n, key.e), keyPem };
}

/** A positive serial number whose DER encoding needs no padding (first byte 0x01-0x7f). */
function serial(): string {
  return (0x10 + Math.floor(Math.random() * 0x6f)).toString(16) + Math.floor(Math.random() * 0xffffffffffff).toString(16).padStart(12, '0');
}

/** A self-signed certification authority. */
export function createCa(commonName: string, organization = 'Netcheck Test'): Issued {
  const { key, publicKey, keyPem } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 86_400_000);
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: organization },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { cert, key, certPem: forge.pki.certificateToPem(cert), keyPem };
}

/** A server certificate for `names`, issued by `ca`, valid from `notBefore` to `notAfter`. */
export function issueServerCert(ca: Issued, names: string[], validity: { notBefore?: Date; notAfter?: Date } = {}): Issued {
  const { key, publicKey, keyPem } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = validity.notBefore ?? new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = validity.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: names[0] ?? 'localhost' }]);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: names.map((value) => (/^\d+\.\d+\.\d+\.\d+$/.test(value) ? { type: 7, ip: value } : { type: 2, value })) },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  return { cert, key, certPem: forge.pki.certificateToPem(cert), keyPem };
}

/** An intermediate CA issued by `parent` (a public-like chain has one between root and leaf). */
export function issueIntermediate(parent: Issued, commonName: string, organization = 'Netcheck Test'): Issued {
  const { key, publicKey, keyPem } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 86_400_000);
  cert.setSubject([
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: organization },
  ]);
  cert.setIssuer(parent.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(parent.key, forge.md.sha256.create());
  return { cert, key, certPem: forge.pki.certificateToPem(cert), keyPem };
}

/**
 * A server certificate with an EC P-256 key, issued by `ca`: node-forge cannot make EC keys, so the
 * openssl command line does (Debian's `openssl`). Returns PEM only.
 */
export function issueEcServerCert(ca: Issued, names: string[]): { certPem: string; keyPem: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netcheck-ec-'));
  try {
    const file = (name: string) => path.join(dir, name);
    writeFileSync(file('ca.pem'), ca.certPem);
    writeFileSync(file('ca.key'), ca.keyPem);
    writeFileSync(file('ext.cnf'), `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`);
    const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file('leaf.key'));
    openssl('req', '-new', '-key', file('leaf.key'), '-subj', `/CN=${names[0] ?? 'localhost'}`, '-out', file('leaf.csr'));
    openssl('x509', '-req', '-in', file('leaf.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-set_serial', String(Date.now()), '-days', '30', '-sha256', '-extfile', file('ext.cnf'), '-out', file('leaf.pem'));
    return { certPem: readFileSync(file('leaf.pem'), 'utf8'), keyPem: readFileSync(file('leaf.key'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
