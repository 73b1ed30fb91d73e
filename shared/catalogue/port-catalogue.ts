import type { PortNote, PortRequirement } from './port-types.ts';
import { cite } from './port-rows.ts';
import { CLIENT_AND_CONSOLE_REQUIREMENTS } from './requirements-from-clients.ts';
import { SITE_SERVER_REQUIREMENTS } from './requirements-from-site-server.ts';
import { SITE_SYSTEM_REQUIREMENTS } from './requirements-from-site-systems.ts';

export { PORTS_DOCUMENT } from './port-rows.ts';

/**
 * The port requirements catalogue: every source → destination section of "Ports utilisés dans
 * Configuration Manager" (seed `003_b86f2d8ae2329cdb.txt`) that involves a role of the model.
 *
 * The entries live in three files by source party; see `port-rows.ts` for the citation rules.
 */
export const PORT_REQUIREMENTS: readonly PortRequirement[] = [
  ...CLIENT_AND_CONSOLE_REQUIREMENTS,
  ...SITE_SERVER_REQUIREMENTS,
  ...SITE_SYSTEM_REQUIREMENTS,
];

/** Notes 1–6 of the document, summarised in English. */
export const PORT_NOTES: readonly PortNote[] = [
  { number: 1, title: 'Proxy server port: not configurable, but can be routed through a configured proxy server.', citation: cite('bkmk_note1', 'Note 1 : Port du serveur proxy') },
  { number: 2, title: 'Alternate port available: a custom port set in Configuration Manager replaces this one in firewall rules.', citation: cite('bkmk_note2', 'Note 2 : Port alternatif disponible') },
  { number: 3, title: 'WSUS uses 80/443 or 8530/8531 (the default on Windows Server 2012 and later); HTTPS is HTTP + 1 unless HTTP is 80, and HTTP must stay open when HTTPS is used.', citation: cite('bkmk_note3', 'Note 3 : Windows Server Update Services (WSUS)') },
  { number: 4, title: 'TFTP listens on UDP 69 but replies from a dynamically allocated high port, which the firewall must also allow.', citation: cite('bkmk_note4', 'Note 4 : Trivial FTP (TFTP) Daemon') },
  { number: 5, title: 'Site server and site systems talk both ways by default, unless the site server is required to initiate every connection.', citation: cite('bkmk_note5', 'Note 5 : Communication entre le serveur de site et les systèmes de site') },
  { number: 6, title: 'Dynamic RPC ports come from the operating system range (49152-65535 on current Windows; restrict with rpccfg.exe).', citation: cite('bkmk_note6', 'Note 6 : Ports dynamiques') },
];

/**
 * The dynamic RPC range of current Windows versions (seed 003, "Découverte et publication":
 * "TCP : 49152 : 65535"; older systems used 1024-5000).
 */
export const DYNAMIC_RPC_RANGE = { from: 49152, to: 65535 } as const;
