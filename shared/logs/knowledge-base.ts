import type { FindingCategory, KnowledgeSource } from './log-types.ts';

/**
 * What failure messages in ConfigMgr's download logs mean and how to fix them, as data: the .NET
 * exception texts DMPDownloader logs (it is .NET code), socket texts, HTTP statuses, and the
 * DMPDownloader-specific failures Microsoft's support articles document. Every entry names its
 * source. Numeric codes are in `error-codes.ts`. The first entry whose pattern matches wins, so
 * specific entries come before general ones.
 */
export interface KnowledgeEntry {
  id: string;
  category: FindingCategory;
  /** Overrides the line's own severity (an informational mode notice, say). */
  severity?: 'error' | 'warning' | 'info';
  pattern: RegExp;
  explanation: string;
  fix: string;
  source: KnowledgeSource;
}

const KB_4490424: KnowledgeSource = { document: 'KB 4490424, "Understand and troubleshoot updates and servicing" (SupportArticles-docs understand-troubleshoot-updates-servicing.md)' };
const KB_3187516: KnowledgeSource = { document: 'KB 3187516, "Service connection point doesn\'t download updates" (SupportArticles-docs service-connection-point-not-download-updates.md)' };
const KB_4561945: KnowledgeSource = { document: 'KB 4561945, "Service connection tool doesn\'t download updates" (SupportArticles-docs service-connection-tool-not-download-updates.md)' };
const KB_4498259: KnowledgeSource = { document: 'KB 4498259, "Upgrade Readiness data is downloaded continuously"' };
const DIGICERT: KnowledgeSource = { document: 'SupportArticles-docs connectivity-issues-digicert-global-root-g2-not-installed.md' };
const RELEASE_2107: KnowledgeSource = { document: 'memdocs release-notes.md', section: 'Version 2107 update fails to download' };
const PROXY_SUPPORT: KnowledgeSource = { document: 'memdocs proxy-server-support.md', section: 'Configure the proxy for a site system server' };
const INTERNET_ACCESS: KnowledgeSource = { document: 'docs/sources/002_42b655f7cc8d0b59.txt (internet access requirements)', section: 'bkmk_scp-updates' };
const SCP_MODES: KnowledgeSource = { document: 'docs/sources/004_5140e25d7240851c.txt (about the service connection point)', section: 'bkmk_modes' };
const WEB_EXCEPTION: KnowledgeSource = { document: '.NET WebExceptionStatus and SocketError (Microsoft Learn)' };

export const KNOWLEDGE_BASE: readonly KnowledgeEntry[] = [
  {
    id: 'proxy-name-unresolved',
    category: 'proxy',
    pattern: /The proxy name could not be resolved/i,
    explanation: 'The proxy configured for this site system has a name DNS does not know.',
    fix: 'Correct the proxy name in Administration > Site Configuration > Servers and Site System Roles > the site system > Proxy, then restart the SMS_DMP_DOWNLOADER thread.',
    source: PROXY_SUPPORT,
  },
  {
    id: 'proxy-authentication',
    category: 'proxy',
    pattern: /\(407\)|Proxy Authentication Required/i,
    explanation: 'The proxy requires authentication. The service connection point connects as the computer\'s System account unless a site system proxy server account is set.',
    fix: 'Set a proxy account on the site system (Proxy tab, "Use credentials to connect to the proxy server"), or let the proxy accept the computer account of the service connection point.',
    source: PROXY_SUPPORT,
  },
  {
    id: 'name-not-resolved',
    category: 'dns',
    pattern: /The remote name could not be resolved(?::\s*'([^']+)')?/i,
    explanation: 'The server could not resolve the endpoint\'s name: no DNS path to the internet from this server (or DNS filtering), and no proxy configured that would resolve it.',
    fix: 'Allow the endpoint (Microsoft\'s internet access requirements list it), or configure the site system proxy so the proxy resolves internet names. Test the host below from this machine.',
    source: RELEASE_2107,
  },
  {
    id: 'host-not-known',
    category: 'dns',
    pattern: /No such host is known|The requested name is valid, but no data of the requested type was found/i,
    explanation: 'DNS has no address for the name.',
    fix: 'Check the server\'s DNS servers and forwarders, or use the proxy for internet names.',
    source: WEB_EXCEPTION,
  },
  {
    id: 'signing-certificate-chain',
    category: 'tls-trust',
    pattern: /Failed to check and load service signing certificate|Fail to build chain/i,
    explanation: 'The service connection point could not build the certificate chain of Microsoft\'s service signing certificate: DigiCert Global Root G2 or its intermediates are missing, or the revocation lists cannot be fetched.',
    fix: 'Install DigiCert Global Root G2 and the intermediates in the computer\'s certificate stores, and allow the CRL/OCSP hosts (crl3.digicert.com, crl4.digicert.com, ocsp.digicert.com, oneocsp.microsoft.com).',
    source: DIGICERT,
  },
  {
    id: 'trust-failure',
    category: 'tls-trust',
    pattern: /Could not establish trust relationship for the SSL\/TLS secure channel|The remote certificate is invalid according to the validation procedure|terminated in a root certificate which is not trusted|The revocation function was unable to check revocation|The certificate (?:chain )?(?:is|was) revoked/i,
    explanation: 'The server certificate of the endpoint was not trusted by this server: a root certificate is missing (historically Baltimore CyberTrust Root, now DigiCert Global Root G2), revocation cannot be checked, or a TLS-inspecting proxy re-signs the traffic with a CA this server does not trust.',
    fix: 'Install the missing root (DigiCert Global Root G2), allow the CRL/OCSP hosts, and exempt Microsoft\'s endpoints from TLS inspection. Test the host below: the TLS stage names the certificate issuer.',
    source: KB_3187516,
  },
  {
    id: 'send-failure',
    category: 'tls-protocol',
    pattern: /An unexpected error occurred on a send|Could not create SSL\/TLS secure channel|do not possess a common algorithm|Authentication failed because the remote party has closed the transport stream|The handshake failed due to an unexpected packet format/i,
    explanation: 'The TLS handshake failed: .NET on this server does not offer TLS 1.2 (or the cipher suites the endpoint requires), or a device on the path blocks the session.',
    fix: 'Enable TLS 1.2 for .NET: set SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 (and Wow6432Node), enable the TLS 1.2 ECDHE/DHE AES-GCM cipher suites, then restart the server.',
    source: KB_4561945,
  },
  {
    id: 'timed-out',
    category: 'timeout',
    pattern: /The operation has timed out|did not properly respond after a period of time|\btimed out\b/i,
    explanation: 'No answer arrived in time: a firewall dropping the traffic, a slow or overloaded proxy, or a link too slow for the download.',
    fix: 'Check the firewall and proxy between the service connection point and the internet for this host; test it below.',
    source: WEB_EXCEPTION,
  },
  {
    id: 'connect-failure',
    category: 'tcp',
    pattern: /Unable to connect to the remote server|actively refused|forcibly closed by the remote host|The connection was closed unexpectedly|attempted to an unreachable (?:network|host)|An unexpected error occurred on a receive/i,
    explanation: 'The TCP connection to the endpoint (or the proxy) failed or was cut: a firewall rejecting outbound 443, a proxy required but not configured, or a device resetting the connection.',
    fix: 'Allow outbound TCP 443 (and 80) from the service connection point to the endpoint, or to the proxy\'s port, and configure the site system proxy when one is required.',
    source: INTERNET_ACCESS,
  },
  {
    id: 'bad-request-proxy',
    category: 'proxy',
    pattern: /\(400\) Bad Request/i,
    explanation: 'Microsoft\'s service rejected the request as malformed, which Microsoft attributes to a proxy rewriting it (or a proxy used where the bypass list should apply).',
    fix: 'Check the proxy in HKLM\\SOFTWARE\\Microsoft\\SMS\\AIUS (ProxyName) and the WinHTTP proxy; bypass *.microsoft.com and *.windowsupdate.com on the proxy, then restart SMS_Executive.',
    source: KB_4490424,
  },
  {
    id: 'http-status',
    category: 'http',
    pattern: /returned an error: \((\d{3})\)|\bHTTP(?: status)?(?: code)?[ :=]+([45]\d\d)\b/i,
    explanation: 'The server (or a proxy in front of it) answered with an HTTP error status.',
    fix: 'A 403 or 404 often comes from a proxy or URL filter denying the URL; a 502, 503 or 504 from a proxy that could not reach it. Test the host below through the same proxy.',
    source: WEB_EXCEPTION,
  },
  {
    id: 'disk-full',
    category: 'disk',
    pattern: /not enough space on the disk|disk is full/i,
    explanation: 'The disk holding EasySetupPayload or the inboxes is full.',
    fix: 'Free space on the drive of the Configuration Manager installation (EasySetupPayload, inboxes\\hman.box) and retry.',
    source: KB_4490424,
  },
  {
    id: 'file-access',
    category: 'disk',
    pattern: /Access to the path .* is denied|being used by another process|Could not find (?:a part of the path|file)/i,
    explanation: 'A file of the download could not be written or read: permissions, a missing folder, or another process (often antimalware) holding it.',
    fix: 'Exclude the Configuration Manager installation folders (EasySetupPayload, inboxes) from antimalware scanning and check the folder permissions.',
    source: KB_4490424,
  },
  {
    id: 'extraction-failed',
    category: 'disk',
    pattern: /has been extracted with (?!0\b)-?\d+/i,
    explanation: 'The downloaded cabinet could not be unpacked. Microsoft notes that antimalware scanning can stop DMPDownloader from extracting files that are fine.',
    fix: 'Add antimalware exclusions for the EasySetupPayload folder, delete the package\'s files there, and let the next polling cycle download it again.',
    source: KB_4490424,
  },
  {
    id: 'signature',
    category: 'signature',
    pattern: /is not signed|signature (?:verification )?(?:failed|is invalid|does not match)|Failed to verify (?:the )?(?:payload|manifest|signature|hash)|hash (?:mismatch|does not match|doesn't match)/i,
    explanation: 'A downloaded file failed its signature or hash check: it was altered, truncated, or replaced by a device on the path (a proxy serving an error page, a cache serving an old copy).',
    fix: 'Delete the package\'s files in EasySetupPayload so it is downloaded again; if it keeps failing, bypass proxy caching for the download hosts, or use the Update Reset Tool.',
    source: KB_4490424,
  },
  {
    id: 'initialize-invalid-pointer',
    category: 'internal',
    pattern: /Failed to call Initialize\. error = \[error code: -2147467261/i,
    explanation: 'DMPDownloader could not initialise (E_POINTER, invalid pointer): a registry key it needs is missing or the connector inbox holds bad files.',
    fix: 'Create HKLM\\SOFTWARE\\Microsoft\\SMS\\SMS_DMP_CONNECT, delete the files in inboxes\\hman.box\\CFD, then restart SMS_Executive.',
    source: KB_4490424,
  },
  {
    id: 'admin-ui-invalid-pointer',
    category: 'proxy',
    pattern: /Failed to call AdminUIContentDownload\. error = \[error code: -2147467261/i,
    explanation: 'The console content download failed with E_POINTER, which Microsoft traces to the same proxy problem as the (400) Bad Request case.',
    fix: 'Check the proxy in HKLM\\SOFTWARE\\Microsoft\\SMS\\AIUS (ProxyName) and the WinHTTP proxy; bypass *.microsoft.com and *.windowsupdate.com, then restart SMS_Executive.',
    source: KB_4490424,
  },
  {
    id: 'oms-interval-zero',
    category: 'internal',
    severity: 'warning',
    pattern: /OMS Upgrade Analytics Download interval is: every 0 minutes/i,
    explanation: 'A known defect: the Upgrade Readiness download interval has dropped to 0, so the data is downloaded continuously.',
    fix: 'Update to version 1902 or later, or set SMS_DMP_DOWNLOADER\\OMSUpgradeAnalyticsDownloadInterval to 10080 and restart the thread.',
    source: KB_4498259,
  },
  {
    id: 'offline-mode',
    category: 'offline-mode',
    severity: 'info',
    pattern: /\boffline mode\b|ServiceConnectionTool/i,
    explanation: 'The service connection point is in offline mode: it does not contact Microsoft, and updates are imported with the service connection tool.',
    fix: 'Import updates with ServiceConnectionTool.exe, or switch the role to online mode and restart the SMS_DMP_DOWNLOADER thread.',
    source: SCP_MODES,
  },
];

/** Lines that report a failure handled elsewhere: not findings of their own. */
export const NOT_A_FINDING: readonly RegExp[] = [/Retry in the next polling cycle/i, /^Successfully\b/i, /has been extracted with 0\b/i];
