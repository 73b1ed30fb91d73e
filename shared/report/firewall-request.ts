import { csvField } from '../hierarchy/csv-table.ts';
import type { Hierarchy } from '../hierarchy/model.ts';
import { formatPort } from '../plan/link.ts';
import type { Translate } from '../i18n/translator.ts';
import { serviceLabel } from '../catalogue/service-labels.ts';
import { summaryOf } from '../results/result-text.ts';
import type { CheckResult, ResultDocument } from '../results/result-document.ts';

/** One rule to ask the network team for: a failing link, with why it is needed and what showed it blocked. */
export interface FirewallRequestRow {
  source: string;
  sourceAddress: string;
  destination: string;
  destinationAddress: string;
  transport: 'tcp' | 'udp';
  port: string;
  direction: 'one-way' | 'both-ways';
  reason: string;
  document: string;
  evidence: string;
}

/**
 * The rules a failing run asks for: every planned link whose check failed (not one that passed,
 * could not tell, or did not run), once per source, destination, transport and port. Internet
 * endpoints are left to the proxy's allow list (their hosts are in the endpoint section). The
 * reasons and the evidence are in the language of `t` (the report's); the columns stay as they are,
 * for scripts.
 */
export function firewallRequest(document: ResultDocument, t: Translate): FirewallRequestRow[] {
  const results = new Map<string, CheckResult>();
  for (const result of document.results) for (const link of result.links) if (result.status === 'fail') results.set(link, result);
  const addressOf = addresses(document.hierarchy);
  const rows = new Map<string, FirewallRequestRow>();
  for (const link of document.links) {
    const result = results.get(link.id);
    if (!result || link.catalogue === 'endpoints') continue;
    const port = formatPort(link.port);
    const key = `${link.source}|${link.destination}|${link.transport}|${port}`.toLowerCase();
    const existing = rows.get(key);
    if (existing) {
      const reason = serviceLabel(t, link.label);
      if (!existing.reason.includes(reason)) existing.reason = `${existing.reason}; ${reason}`;
      continue;
    }
    rows.set(key, {
      source: link.source,
      sourceAddress: addressOf(link.source),
      destination: link.destination,
      destinationAddress: link.address ?? addressOf(link.destination),
      transport: link.transport,
      port: port === 'dynamic' ? t('format.dynamicRpcRange') : port,
      direction: link.direction === '<-->' ? 'both-ways' : 'one-way',
      reason: serviceLabel(t, link.label),
      document: `${link.citation.document} § ${link.citation.section}`,
      evidence: summaryOf(t, result),
    });
  }
  return [...rows.values()].sort((a, b) => a.destination.localeCompare(b.destination) || a.source.localeCompare(b.source) || a.transport.localeCompare(b.transport) || a.port.localeCompare(b.port, undefined, { numeric: true }));
}

const COLUMNS: (keyof FirewallRequestRow)[] = ['source', 'sourceAddress', 'destination', 'destinationAddress', 'transport', 'port', 'direction', 'reason', 'document', 'evidence'];

/** The request as a table for the change ticket (UTF-8 with BOM so Excel reads accents). */
export function firewallRequestCsv(rows: readonly FirewallRequestRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The request as `New-NetFirewallRule` lines, one block per destination host, to run there (inbound
 * rules on the host that must accept the connection). The source is restricted by address when the
 * hierarchy gives one; otherwise the line says so and allows any. Dynamic RPC uses Windows'
 * `RPC` keyword (the ports the endpoint mapper hands out), TCP 135 `RPCEPMap`'s companion.
 */
export function firewallRequestPowerShell(rows: readonly FirewallRequestRow[], title: string): string {
  const out = [
    `# ${title}`,
    '# Inbound Windows Defender Firewall rules for the links ConfigMgr Netcheck measured as blocked.',
    '# Run each block on the destination host it names, in an elevated PowerShell; review first (-WhatIf).',
    '#Requires -RunAsAdministrator',
    '',
  ];
  const byDestination = new Map<string, FirewallRequestRow[]>();
  for (const row of rows) byDestination.set(row.destination, [...(byDestination.get(row.destination) ?? []), row]);
  for (const [destination, destinationRows] of byDestination) {
    out.push(`# ---- On ${destination} ----`);
    for (const row of destinationRows) {
      const port = row.port.startsWith('dynamic') ? 'RPC' : row.port;
      const name = `ConfigMgr Netcheck - ${row.transport.toUpperCase()} ${row.port.startsWith('dynamic') ? 'dynamic RPC' : row.port} from ${row.source}`;
      const remote = row.sourceAddress ? ` -RemoteAddress ${row.sourceAddress}` : '';
      if (!row.sourceAddress) out.push(`# ${row.source} has no address in the hierarchy: this rule allows any source; add -RemoteAddress.`);
      out.push(`# ${row.reason} (${row.document})`);
      out.push(`New-NetFirewallRule -DisplayName ${psQuote(name)} -Direction Inbound -Action Allow -Protocol ${row.transport.toUpperCase()} -LocalPort ${port}${remote} -Profile Domain,Private`);
    }
    out.push('');
  }
  return `${out.join('\r\n')}\r\n`;
}

/** A single-quoted PowerShell string. */
function psQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function addresses(hierarchy: Hierarchy | undefined): (name: string) => string {
  const known = new Map<string, string>();
  for (const system of hierarchy?.systems ?? []) if (system.address) known.set(system.fqdn.toLowerCase(), system.address);
  for (const cloud of hierarchy?.cloud ?? []) if (cloud.address) known.set(cloud.name.toLowerCase(), cloud.address);
  return (name) => known.get(name.toLowerCase()) ?? '';
}
