import { KNOWN_CODES } from '../../logs/error-codes.ts';
import { KNOWLEDGE_BASE } from '../../logs/knowledge-base.ts';

/**
 * English explanations of log findings and error codes (key `knowledge`).
 *
 * The knowledge base and the code table keep their English beside their patterns and sources (that
 * is where a maintainer reads them), and this table is built from them: one text, two uses. The
 * other languages key their translations the same way (entry id, code name); the i18n test fails
 * when an entry or a code has no translation.
 */
export const enKnowledge = {
  entry: Object.fromEntries(KNOWLEDGE_BASE.map((entry) => [entry.id, { explanation: entry.explanation, fix: entry.fix }])) as Record<string, { explanation: string; fix: string }>,
  code: Object.fromEntries(KNOWN_CODES.map((code) => [code.name, code.meaning])) as Record<string, string>,
  bitsHttp: 'BITS: the server answered HTTP {{status}}',
  carriesCodes: 'The line carries {{codes}}.',
  fallback: {
    explanation: 'This line reports a failure this tool has no explanation for.',
    fix: 'Read the lines around it in the log; the code lookup explains any code it carries.',
  },
  categoryFix: {
    dns: 'Check that this server resolves the endpoint (or that its proxy does); test the host.',
    tcp: 'Allow outbound TCP 443 and 80 to the endpoint (or to the proxy port) from this server.',
    timeout: 'Look for a firewall dropping the traffic or a proxy too slow to answer; test the host.',
    'tls-trust': 'Install the missing root certificates (DigiCert Global Root G2), allow CRL/OCSP hosts, and exempt Microsoft endpoints from TLS inspection.',
    'tls-protocol': 'Enable TLS 1.2 for .NET (SystemDefaultTlsVersions, SchUseStrongCrypto) and the required cipher suites.',
    proxy: 'Check the site system proxy settings and its account.',
    http: 'Find who answered with this status (the endpoint, or a proxy in front of it): test the host through the same proxy.',
    signature: 'Delete the downloaded file so it is fetched again; bypass proxy caches for the download hosts.',
    disk: 'Check free space, folder permissions and antimalware exclusions for the Configuration Manager folders.',
    'offline-mode': 'Import updates with the service connection tool, or switch the role to online mode.',
    internal: 'Read the lines around it in the log; the code lookup explains any code it carries.',
    unknown: 'Read the lines around it in the log; the code lookup explains any code it carries.',
  },
};
