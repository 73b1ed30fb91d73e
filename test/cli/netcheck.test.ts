import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/netcheck.ts';
import { DEMO_HIERARCHY } from '../../shared/hierarchy/demo-hierarchy.ts';
import { serializeHierarchy } from '../../shared/hierarchy/load-hierarchy.ts';
import type { Hierarchy } from '../../shared/hierarchy/model.ts';
import { validateResultDocument } from '../../shared/results/load-result-document.ts';
import type { ResultDocument } from '../../shared/results/result-document.ts';
import { refusedLoopbackPort, startLoopbackListener } from '../support/loopback.ts';

/** Runs the CLI in-process and captures its streams. */
async function cli(args: string[], cwd = process.cwd(), vantage?: { hostname: string; addresses: string[] }) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    ...(vantage ? { vantage } : {}),
  });
  return { code, stdout, stderr };
}

let dir: string;
let listener: Awaited<ReturnType<typeof startLoopbackListener>>;
let openPort: number;
let closedPort: number;

/**
 * A small hierarchy on this machine's loopback: the MP's HTTP port (the site's client port) is a
 * listening socket; everything else (SMB, the endpoint mapper, SQL…) is refused.
 */
function loopbackHierarchy(): Hierarchy {
  return {
    formatVersion: 1,
    name: 'loopback lab',
    sites: [{ code: 'P01', name: 'lab', type: 'primary', clientPorts: { http: openPort } }],
    systems: [
      { fqdn: 'ss.lab.example', address: '127.0.0.1', site: 'P01', roles: [{ role: 'site-server' }] },
      { fqdn: 'sql.lab.example', address: '127.0.0.2', site: 'P01', roles: [{ role: 'site-database', port: closedPort }] },
      { fqdn: 'mp.lab.example', address: '127.0.0.3', site: 'P01', roles: [{ role: 'management-point' }] },
      { fqdn: 'pc.lab.example', address: '127.0.0.4', site: 'P01', roles: [{ role: 'client-subnet', cidr: '127.0.0.0/8' }] },
    ],
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-cli-'));
  listener = await startLoopbackListener('0.0.0.0');
  openPort = listener.port;
  closedPort = await refusedLoopbackPort();
});
afterAll(() => listener.close());

describe('netcheck plan', () => {
  it('lists the demo plan with its totals', async () => {
    const { code, stdout } = await cli(['plan', '--demo']);
    expect(code).toBe(0);
    expect(stdout).toContain('Plan for "Contoso demo hierarchy": 94 links, 60 checks to 15 destinations');
    expect(stdout).toMatch(/p02sql01\.corp\.contoso\.example\s+tcp\/1500\s+tds\s+cassql01 \(Site database server\)/);
  });

  it('prints the plan as JSON', async () => {
    const { stdout } = await cli(['plan', '--demo', '--json', '--only', 'tcp/4022']);
    const plan = JSON.parse(stdout) as { totals: { checks: number }; checks: { target: { port: number } }[] };
    expect(plan.totals.checks).toBe(4);
    expect(new Set(plan.checks.map((c) => c.target.port))).toEqual(new Set([4022]));
  });
});

describe('netcheck run', () => {
  it('runs a hierarchy file and prints the documented JSON document, exit 1 when a check failed', async () => {
    const file = path.join(dir, 'lab.json');
    await writeFile(file, serializeHierarchy(loopbackHierarchy()));
    const { code, stdout } = await cli(['run', '--hierarchy', 'lab.json', '--json', '--timeout', '2000'], dir);
    const document = JSON.parse(stdout) as ResultDocument;
    expect(validateResultDocument(document).ok).toBe(true);
    expect(Object.keys(document)).toEqual(['tool', 'formatVersion', 'version', 'startedAt', 'finishedAt', 'cancelled', 'vantage', 'settings', 'hierarchy', 'links', 'results']);
    const http = document.results.find((r) => r.target.port === openPort)!;
    expect(http).toMatchObject({ probe: 'tcp', verdict: 'open', status: 'pass', target: { host: 'mp.lab.example', address: '127.0.0.3', transport: 'tcp' } });
    const sql = document.results.find((r) => r.target.port === closedPort)!;
    expect(sql).toMatchObject({ probe: 'tds', verdict: 'closed', status: 'fail' });
    expect(Object.keys(http)).toEqual(['id', 'probe', 'target', 'verdict', 'status', 'durationMs', 'summary', 'message', 'details', 'evidence', 'links']);
    expect(document.results.some((r) => r.status === 'fail')).toBe(true);
    expect(code).toBe(1);
  });

  it('exits 0 when nothing failed, and writes --out atomically', async () => {
    const file = path.join(dir, 'lab2.json');
    await writeFile(file, serializeHierarchy(loopbackHierarchy()));
    const { code, stdout, stderr } = await cli(['run', '--hierarchy', file, '--only', `tcp/${openPort}`, '--out', 'out.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/PASS\s+mp\.lab\.example\s+tcp\/\d+\s+TCP \d+ open on 127\.0\.0\.3/);
    expect(stdout).toMatch(/1 check in [\d.]+ s: 1 passed, 0 warnings, 0 failed, 0 unknown, 0 not run/);
    expect(stderr).toContain('Results written to');
    const saved = JSON.parse(await readFile(path.join(dir, 'out.json'), 'utf8')) as ResultDocument;
    expect(saved.settings).toMatchObject({ only: [`tcp/${openPort}`] });
  });

  it('says when this machine is a system of the hierarchy, and how to check only what starts here', async () => {
    const file = path.join(dir, 'lab3.json');
    await writeFile(file, serializeHierarchy(loopbackHierarchy()));
    const here = await cli(['run', '--hierarchy', file, '--only', `tcp/${openPort}`, '--out', 'here.json'], dir, { hostname: 'SS', addresses: [] });
    expect(here.stderr).toContain('This machine is ss.lab.example in the hierarchy; to check only the links that start here: --from ss.lab.example');
    const elsewhere = await cli(['run', '--hierarchy', file, '--only', `tcp/${openPort}`, '--out', 'elsewhere.json'], dir, { hostname: 'helpdesk', addresses: [] });
    expect(elsewhere.stderr).not.toContain('This machine is');
  });

  it('stops with exit 2 and every located problem of a bad hierarchy file', async () => {
    const bad = structuredClone(DEMO_HIERARCHY) as unknown as { systems: { roles: Record<string, unknown>[] }[] };
    bad.systems[3]!.roles[0] = { role: 'site-database', port: 70000 };
    bad.systems[4]!.roles[0] = { role: 'nope' };
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify(bad));
    const { code, stdout, stderr } = await cli(['run', '--hierarchy', 'bad.json'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.json: 2 problems:');
    expect(stderr).toContain('  systems[3].roles[0].port: expected integer 1-65535 (got 70000)');
    expect(stderr).toContain('  systems[4].roles[0].role: expected one of');
  });

  it.each([
    [['run', '--timeout', 'soon'], '--timeout: expected an integer 100-120000 (got "soon")'],
    [['run', '--only', 'tcp'], '--only "tcp": expected PROTO/PORT'],
    [['run', '--from', 'ghost.example'], '--from: no system named "ghost.example" in the hierarchy'],
    [['run', '--bogus'], 'unknown option --bogus'],
    [['run', '--timeout'], '--timeout needs a value'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['run', '--hierarchy', 'missing.json'], 'missing.json: ENOENT'],
  ])('rejects bad input with exit 2: %j', async (args, message) => {
    const { code, stderr } = await cli(args, dir);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('netcheck probe', () => {
  it('probes one TCP port and prints the same document shape', async () => {
    const { code, stdout } = await cli(['probe', 'tcp', `127.0.0.1:${openPort}`, '--json']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as ResultDocument;
    expect(document.hierarchy).toBeUndefined();
    expect(document.results).toHaveLength(1);
    expect(document.results[0]).toMatchObject({ verdict: 'open', status: 'pass', target: { host: '127.0.0.1', port: openPort } });
  });

  it('reports a refused port with exit 1', async () => {
    const { code, stdout } = await cli(['probe', 'tcp', `127.0.0.1:${closedPort}`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAIL\s+127\.0\.0\.1\s+tcp\/\d+\s+TCP \d+ closed on 127\.0\.0\.1/);
  });

  it.each([
    [['probe', 'tcp', '127.0.0.1'], 'a port is required'],
    [['probe', 'smtp', '127.0.0.1:25'], 'unknown probe "smtp"; available: tcp'],
    [['probe', 'tcp', '127.0.0.1:99999'], 'port must be 1-65535'],
  ])('rejects %j with exit 2', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('accepts bracketed IPv6 destinations', async () => {
    const { stdout } = await cli(['probe', 'tcp', `[::1]:${closedPort}`, '--json']);
    expect((JSON.parse(stdout) as ResultDocument).results[0]!.target.host).toBe('::1');
  });

  it('speaks the system language, or the one --lang names, and refuses a language it does not ship', async () => {
    const file = path.join(dir, 'lab-lang.json');
    await writeFile(file, serializeHierarchy(loopbackHierarchy()));
    const run = async (args: string[], env: Record<string, string>) => {
      let stdout = '';
      let stderr = '';
      const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir, env });
      return { code, stdout, stderr };
    };
    const dutch = await run(['run', '--hierarchy', file, '--only', `tcp/${openPort}`, '--out', 'nl.json'], { LANG: 'nl_BE.UTF-8' });
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toMatch(/GESLAAGD\s+mp\.lab\.example\s+tcp\/\d+\s+TCP \d+ open op 127\.0\.0\.3: verbonden in \d+ ms/);
    expect(dutch.stdout).toMatch(/1 controle in \d+,\d s: 1 geslaagd, 0 waarschuwingen, 0 mislukt, 0 onbepaald, 0 niet uitgevoerd/);
    expect(dutch.stderr).toContain('Resultaten geschreven naar');
    // --lang wins over the environment, wherever it stands on the line.
    const french = await run(['run', '--lang', 'fr', '--hierarchy', file, '--only', `tcp/${openPort}`, '--out', 'fr.json'], { LC_ALL: 'nl_NL.UTF-8' });
    expect(french.stdout).toMatch(/1 contrôle en \d+,\d s : 1 réussis/);
    expect((await run(['--lang=fr', '--help'], {})).stdout).toMatch(/^Utilisation :/);
    const unknown = await run(['plan', '--demo', '--lang', 'de'], {});
    expect(unknown).toMatchObject({ code: 2, stderr: 'netcheck: --lang: expected en, fr, nl\n' });
    // Input errors are said in the language too, Node's option parser's included.
    expect((await run(['run', '--lang', 'fr', '--timeout', 'soon'], {})).stderr).toBe('netcheck : --timeout : entier de 100 à 120000 attendu (trouvé : « soon »)\n');
    expect((await run(['run', '--bogus'], { LANG: 'nl_NL.UTF-8' })).stderr).toBe('netcheck: onbekende optie --bogus\n');
    expect((await run(['frobnicate'], { LANG: 'fr_FR.UTF-8' })).stderr).toMatch(/^netcheck : commande inconnue « frobnicate »\nUtilisation :/);
  });
});

