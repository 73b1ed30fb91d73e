import type { Citation, PortSpec, ServiceId } from './port-types.ts';

/**
 * Building blocks of the port catalogue: citations and the table rows that many sections share.
 *
 * The catalogue transcribes "Ports utilisés dans Configuration Manager" (seed
 * `003_b86f2d8ae2329cdb.txt` in `docs/sources/`, French, ms.date 09/10/2018): each entry cites the
 * section anchor and heading it comes from. Three entries come from the current revision of the
 * same article (MicrosoftDocs/memdocs `memdocs/configmgr/core/plan-design/hierarchy/ports.md`,
 * ms.date 02/16/2022) because the 2018 text predates them: site server ↔ service connection point,
 * site server ↔ CMG connection point, and the SMS Provider's administration service. Their citation
 * names that document and its anchors.
 */

/** The seed document the catalogue is built from. */
export const PORTS_DOCUMENT = '003_b86f2d8ae2329cdb.txt';

/** The current revision of the ports article, for the three entries the 2018 seed lacks. */
export const CURRENT_PORTS_DOCUMENT = 'MicrosoftDocs/memdocs memdocs/configmgr/core/plan-design/hierarchy/ports.md (ms.date 02/16/2022)';

/** Cites a section of seed 003 by its anchor (`<a name="…">`) and heading. */
export function cite(section: string, heading: string): Citation {
  return { document: PORTS_DOCUMENT, section, heading };
}

/** Row qualifiers: note 2's "Autre port disponible" and the note numbers attached to the row. */
export interface RowOptions {
  configurable?: boolean;
  notes?: readonly number[];
}

/** A TCP row of a section table. */
export function tcp(service: ServiceId, label: string, ports: readonly number[], options: RowOptions = {}): PortSpec {
  return { service, label, transport: 'tcp', ports: { list: ports }, configurable: options.configurable ?? false, notes: options.notes ?? [] };
}

/** A UDP row of a section table. */
export function udp(service: ServiceId, label: string, ports: readonly number[], options: RowOptions = {}): PortSpec {
  return { service, label, transport: 'udp', ports: { list: ports }, configurable: options.configurable ?? false, notes: options.notes ?? [] };
}

/** "Autre port disponible" (note 2). */
export const ALT: RowOptions = { configurable: true, notes: [2] };

/** "SQL sur TCP 1433", configurable (note 2). */
export const SQL_ROW = tcp('sql', 'SQL sur TCP', [1433], ALT);

/** SMB on TCP 445. */
export const SMB_ROW = tcp('smb', 'SMB (Server Message Block)', [445]);

/** The RPC endpoint mapper on UDP 135. */
export const EPM_UDP_ROW = udp('rpc-epm', 'Mappeur de point de terminaison RPC', [135]);

/** The RPC endpoint mapper on TCP 135. */
export const EPM_TCP_ROW = tcp('rpc-epm', 'Mappeur de point de terminaison RPC', [135]);

/** "RPC: DYNAMIQUE" (note 6). */
export const DYNAMIC_RPC_ROW: PortSpec = {
  service: 'rpc-dynamic',
  label: 'RPC',
  transport: 'tcp',
  ports: { dynamic: true },
  configurable: false,
  notes: [6],
};

/** SMB, RPC endpoint mapper (UDP and TCP 135) and dynamic RPC: the site server ↔ site system set. */
export const SITE_SYSTEM_ROWS: readonly PortSpec[] = [SMB_ROW, EPM_UDP_ROW, EPM_TCP_ROW, DYNAMIC_RPC_ROW];

/** WSUS HTTP "80 ou 8530" and HTTPS "443 ou 8531" (note 3). */
export const WSUS_ROWS: readonly PortSpec[] = [
  tcp('wsus-http', 'HTTP', [80, 8530], { configurable: true, notes: [3] }),
  tcp('wsus-https', 'HTTPS', [443, 8531], { configurable: true, notes: [3] }),
];

/** HTTP 80 and HTTPS 443 to a site system running IIS, both configurable (note 2). */
export const IIS_ROWS: readonly PortSpec[] = [tcp('http', 'HTTP', [80], ALT), tcp('https', 'HTTPS', [443], ALT)];

/** LDAP, global catalog LDAP, RPC endpoint mapper and dynamic RPC to a domain controller. */
export const LDAP_RPC_ROWS: readonly PortSpec[] = [
  udp('ldap', 'LDAP (Lightweight Directory Access Protocol)', [389]),
  tcp('ldap', 'LDAP (Lightweight Directory Access Protocol)', [389]),
  tcp('ldap-gc', 'LDAP de catalogue global', [3268]),
  EPM_TCP_ROW,
  DYNAMIC_RPC_ROW,
];
