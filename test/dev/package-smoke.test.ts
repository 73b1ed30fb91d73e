import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Electron's fuse wire marker and fuse states (bytes '0', '1'), as @electron/fuses writes them. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

/**
 * The offline smoke pack: electron-builder packs the built app against a stand-in Electron folder
 * (the real binary cannot be downloaded here). The stand-in carries Electron's fuse wire, every fuse
 * on as in a fresh Electron, so the pack flips the fuses the configuration asks for and the test
 * reads them back. Real installers (NSIS per user, portable) are built where the internet is
 * reachable; their settings are checked in the configuration.
 */
describe('packaging smoke pack (electron-builder, stand-in Electron)', () => {
  let dir: string;
  let asar: string;
  let binary: string;

  beforeAll(async () => {
    if (!existsSync('out/main/index.js')) throw new Error('out/ is missing: run "npm run build" first');
    dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-smoke-pack-'));
    const standIn = path.join(dir, 'electron-dist');
    await mkdir(standIn);
    const wire = Buffer.concat([Buffer.from('#!/bin/sh\necho stand-in electron\nexit 0\n# '), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.alloc(8, FuseState.ENABLE), Buffer.from('\n')]);
    await writeFile(path.join(standIn, 'electron'), wire);
    await chmod(path.join(standIn, 'electron'), 0o755);
    const output = path.join(dir, 'release');
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(path.resolve('node_modules/.bin/electron-builder'), ['--linux', '--dir', `-c.electronDist=${standIn}`, `-c.directories.output=${output}`], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`electron-builder exited ${code}`);
    asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
    binary = path.join(output, 'linux-unpacked', 'configmgr-netcheck');
  }, 180_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('puts exactly the built main, preload and renderer and package.json into app.asar', async () => {
    const files = listPackage(asar, { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
    const built = async (folder: string): Promise<string[]> => (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !entry.name.endsWith('.map')).map((entry) => `/${path.relative('.', path.join(entry.parentPath, entry.name)).replace(/\\/g, '/')}`);
    const expected = [...(await built('out/main')), ...(await built('out/preload')), ...(await built('out/renderer')), '/package.json'].sort();
    const packedFiles = files.filter((entry) => /\.[a-z0-9]+$/i.test(entry)).sort();
    expect(packedFiles).toEqual(expected);
    // No sources, tests, tools, dependency folders or the browser bridge.
    expect(files.filter((entry) => /^\/(node_modules|src-main|src-renderer|shared|cli|dev|test|bench|scripts|docs)\b/.test(entry))).toEqual([]);
    const main = extractFile(asar, 'out/main/index.js').toString();
    expect(main).not.toMatch(/startBridge|createFolderDialogs|bridge-server/);
    expect(JSON.parse(extractFile(asar, 'package.json').toString())).toMatchObject({ name: 'configmgr-netcheck', main: 'out/main/index.js' });
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or inspector; app only from an integrity-checked asar', async () => {
    const fuses = await getCurrentFuseWire(binary);
    expect({
      runAsNode: fuses[FuseV1Options.RunAsNode],
      cookies: fuses[FuseV1Options.EnableCookieEncryption],
      nodeOptions: fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: fuses[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: fuses[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocol: fuses[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({ runAsNode: FuseState.DISABLE, cookies: FuseState.ENABLE, nodeOptions: FuseState.DISABLE, inspect: FuseState.DISABLE, asarIntegrity: FuseState.ENABLE, onlyAsar: FuseState.ENABLE, fileProtocol: FuseState.DISABLE });
  });

  it('configures Windows for site servers: per-user NSIS without elevation, a portable exe, netcheck.cmd, an icon', async () => {
    const config = await readFile('electron-builder.yml', 'utf8');
    expect(config).toMatch(/target: nsis[\s\S]*target: portable/);
    expect(config).toMatch(/perMachine: false/);
    expect(config).toMatch(/allowElevation: false/);
    expect(config).toMatch(/from: assets\/windows\/netcheck\.cmd\s+to: netcheck\.cmd/);
    expect(existsSync('assets/icon.png')).toBe(true);
    const cmd = await readFile('assets/windows/netcheck.cmd', 'utf8');
    expect(cmd).toContain('"%~dp0ConfigMgr Netcheck.exe" --cli %*');
    expect(cmd).toContain('exit /b %NETCHECK_CODE%');
  });
});
