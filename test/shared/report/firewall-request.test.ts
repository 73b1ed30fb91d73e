import { describe, expect, it } from 'vitest';
import { DEMO_HIERARCHY } from '../../../shared/hierarchy/demo-hierarchy.ts';
import { parseCsv } from '../../../shared/hierarchy/csv-table.ts';
import { firewallRequest, firewallRequestCsv, firewallRequestPowerShell } from '../../../shared/report/firewall-request.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { demoPlan, demoResultDocument, resultForCheck } from '../../support/result-fixtures.ts';

const plan = demoPlan();
const check = (id: string) => plan.checks.find((candidate) => candidate.id === id)!;
const DP = 'p01dp01.corp.contoso.example';
const hierarchy = { ...DEMO_HIERARCHY, systems: DEMO_HIERARCHY.systems.map((system) => (system.fqdn.startsWith('p01ss01.') ? { ...system, address: '10.1.0.10' } : system)) };
const document = demoResultDocument({
  hierarchy,
  links: plan.links,
  results: [
    resultForCheck(check(`smb:tcp/445@${DP}`), 'fail', 'TCP 445 filtered on 10.1.0.31: no answer within 3000 ms'),
    resultForCheck(check(`rpc-dynamic:tcp/dynamic@${DP}`), 'fail', 'no dynamic port answered'),
    resultForCheck(check(`rpc-epm:tcp/135@${DP}`), 'pass', 'listed'),
    resultForCheck(check(`dhcp:udp/67@${DP}`), 'unknown', 'no response'),
  ],
});

describe('firewallRequest', () => {
  const rows = firewallRequest(document, createTranslator('en'));

  it('asks for exactly the links whose check failed, with why and what showed it', () => {
    expect(rows.map((row) => `${row.source} → ${row.destination} ${row.transport}/${row.port}`)).toEqual([
      `p01ss01.corp.contoso.example → ${DP} tcp/445`,
      `p01ss01.corp.contoso.example → ${DP} tcp/dynamic RPC (49152-65535)`,
    ]);
    expect(rows[0]).toMatchObject({ sourceAddress: '10.1.0.10', direction: 'one-way', reason: 'SMB (Server Message Block)', document: '003_b86f2d8ae2329cdb.txt § BKMK_PortsSite-DP', evidence: 'TCP 445 filtered on 10.1.0.31: no answer within 3000 ms' });
  });

  it('writes a CSV table Excel opens, one row per rule', () => {
    const csv = firewallRequestCsv(rows);
    expect(csv.startsWith('\uFEFFsource,sourceAddress,destination,destinationAddress,transport,port,direction,reason,document,evidence\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[1]?.fields[9]).toBe('TCP 445 filtered on 10.1.0.31: no answer within 3000 ms');
  });

  it('writes New-NetFirewallRule lines per destination, restricted to the source address when known', () => {
    const script = firewallRequestPowerShell(rows, 'Contoso — blocked links');
    expect(script).toContain(`# ---- On ${DP} ----`);
    expect(script).toContain("New-NetFirewallRule -DisplayName 'ConfigMgr Netcheck - TCP 445 from p01ss01.corp.contoso.example' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 445 -RemoteAddress 10.1.0.10 -Profile Domain,Private");
    expect(script).toContain('-Protocol TCP -LocalPort RPC -RemoteAddress 10.1.0.10');
    expect(script).toContain('#Requires -RunAsAdministrator');
  });

  it('asks for nothing when nothing failed', () => {
    expect(firewallRequest(demoResultDocument({ links: plan.links, results: [resultForCheck(check(`smb:tcp/445@${DP}`), 'pass')] }), createTranslator('en'))).toEqual([]);
  });
});
