/**
 * Root certificates Microsoft's endpoints chain to, identified by fingerprint (never by name: an
 * inspecting proxy can name its CA anything).
 *
 * Sources: Microsoft's "Azure Certificate Authority details" (MicrosoftDocs/azure-docs
 * `articles/security/fundamentals/azure-certificate-authority-details.md`, ms.date 11/17/2025:
 * roots and their SHA-1 thumbprints, "the scope includes government and national clouds"), its
 * 2022 version for expiry dates, the Microsoft 365 certificate-chains article for the SHA-256 of
 * DigiCert Global Root CA and G2, and public copies of Microsoft Root Certificate Authority 2011
 * (Windows Update's root, which is not in the public web stores). The SHA-256 values of DigiCert G3
 * and the two G5 roots were read from Node's bundled Mozilla store and match the SHA-1 of the table.
 */

/** Which chains a root anchors: Microsoft's published set, Windows Update's PKI, or a past root. */
export type RootRole = 'microsoft' | 'windows-update' | 'retired';

/** A root by its fingerprints (upper-case hex, colon-separated, as Node prints them). */
export interface KnownRoot {
  name: string;
  sha1: string;
  sha256?: string;
  role: RootRole;
  /** When it stops being valid, where the sources say. */
  notAfter?: string;
}

/** Formats a bare hex thumbprint as Node's colon-separated fingerprint. */
function fp(hex: string): string {
  return hex.toUpperCase().match(/../g)?.join(':') ?? hex;
}

export const KNOWN_ROOTS: readonly KnownRoot[] = [
  { name: 'DigiCert Global Root CA', sha1: fp('A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436'), sha256: fp('4348A0E9444C78CB265E058D5E8944B4D84F9662BD26DB257F8934A443C70161'), role: 'microsoft' },
  { name: 'DigiCert Global Root G2', sha1: fp('DF3C24F9BFD666761B268073FE06D1CC8D4F82A4'), sha256: fp('CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F'), role: 'microsoft' },
  { name: 'DigiCert Global Root G3', sha1: fp('7E04DE896A3E666D00E687D33FFAD93BE83D349E'), sha256: fp('31AD6648F8104138C738F39EA4320133393E3A18CC02296EF97C2AC9EF6731D0'), role: 'microsoft' },
  { name: 'DigiCert TLS ECC P384 Root G5', sha1: fp('17F3DE5E9F0F19E98EF61F32266E20C407AE30EE'), sha256: fp('018E13F0772532CF809BD1B17281867283FC48C6E13BE9C69812854A490C1B05'), role: 'microsoft' },
  { name: 'DigiCert TLS RSA4096 Root G5', sha1: fp('A78849DC5D7C758C8CDE399856B3AAD0B2A57135'), sha256: fp('371A00DC0533B3721A7EEB40E8419E70799D2B0A0F2C1D80693165F7CEC4AD75'), role: 'microsoft' },
  { name: 'Microsoft ECC Root Certificate Authority 2017', sha1: fp('999A64C37FF47D9FAB95F14769891460EEC4C3C5'), sha256: fp('358DF39D764AF9E1B766E9C972DF352EE15CFAC227AF6AD1D70E8E4A6EDCBA02'), role: 'microsoft', notAfter: '2042-07-18' },
  { name: 'Microsoft RSA Root Certificate Authority 2017', sha1: fp('73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74'), sha256: fp('C741F70F4B2A8D88BF2E71C14122EF53EF10EBA0CFA5E64CFA20F418853073E0'), role: 'microsoft', notAfter: '2042-07-18' },
  { name: 'D-TRUST Root Class 3 CA 2 2009', sha1: fp('58E8ABB0361533FB80F79B1B6D29D3FF8D5F00F0'), role: 'microsoft' },
  { name: 'Microsoft Root Certificate Authority 2011', sha1: fp('8F43288AD272F3103B6FB1428485EA3014C0BCFE'), sha256: fp('847DF6A78497943F27FC72EB93F9A637320A02B561D0A91B09E87A7807ED7C61'), role: 'windows-update', notAfter: '2036-03-22' },
  { name: 'Baltimore CyberTrust Root', sha1: fp('D4DE20D05E66FC53FE1A50882C78DB2852CAE474'), sha256: fp('16AF57A9F676B0AB126095AA5EBADEF22AB31119D644AC95CD4B93DBF3F26AEB'), role: 'retired', notAfter: '2025-05-12' },
];

/** Finds a known root by either fingerprint. */
export function knownRoot(fingerprints: { sha1?: string; sha256?: string }): KnownRoot | undefined {
  return KNOWN_ROOTS.find((root) => (fingerprints.sha1 !== undefined && root.sha1 === fingerprints.sha1.toUpperCase()) || (root.sha256 !== undefined && root.sha256 === fingerprints.sha256?.toUpperCase()));
}

/**
 * The roots the ConfigMgr documents name as needed on the service connection point: Baltimore
 * CyberTrust Root (seeds 000 and 002, KB 3187516: the Intune connector failed without it; it expired
 * on 12 May 2025, so today it only explains old logs) and DigiCert Global Root G2 (the root Azure
 * Storage and most Azure TLS issuing CAs chain to since 2021–2022).
 */
export const REQUIRED_ROOT_NAMES: readonly string[] = ['Baltimore CyberTrust Root', 'DigiCert Global Root G2'];

/** Whether a root the documents name is in this machine's stores, and whether it is still valid. */
export interface RequiredRootStatus {
  name: string;
  sha256: string;
  /** In the public store this program carries. */
  bundled: boolean;
  /** In the operating system's store; null when this program cannot read that store. */
  system: boolean | null;
  notAfter?: string;
  expired: boolean;
}

/**
 * Labels for the CAs of known TLS-inspection products, matched on the inspecting CA's common name
 * or organization. Heuristics only: most products re-sign with a CA the administrator chose, so an
 * unmatched name proves nothing; the inspection verdict never depends on this list.
 */
export const INSPECTION_VENDORS: readonly { vendor: string; pattern: RegExp }[] = [
  { vendor: 'Zscaler', pattern: /zscaler/i },
  { vendor: 'Fortinet FortiGate', pattern: /fortinet|fortigate/i },
  { vendor: 'Sophos Firewall', pattern: /SecurityAppliance_SSL_CA|sophos/i },
  { vendor: 'Cisco Umbrella', pattern: /cisco umbrella/i },
  { vendor: 'Netskope', pattern: /netskope/i },
  { vendor: 'Palo Alto Networks', pattern: /palo ?alto|pan-?os/i },
  { vendor: 'Symantec / Broadcom (Blue Coat)', pattern: /blue ?coat|symantec web|broadcom/i },
  { vendor: 'McAfee / Skyhigh Web Gateway', pattern: /mcafee|skyhigh/i },
  { vendor: 'Forcepoint', pattern: /forcepoint|websense/i },
  { vendor: 'Fiddler', pattern: /fiddler/i },
  { vendor: 'mitmproxy', pattern: /mitmproxy/i },
  { vendor: 'Burp Suite', pattern: /portswigger/i },
];

/** The vendor label for an inspecting CA's name, if one matches. */
export function inspectionVendor(name: string): string | undefined {
  return INSPECTION_VENDORS.find((vendor) => vendor.pattern.test(name))?.vendor;
}
