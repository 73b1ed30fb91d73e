import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateResultDocument } from '../../shared/results/load-result-document.ts';

const run = promisify(execFile);

/**
 * The README's promise, through the real entry point: `npx netcheck …` from the repository root
 * runs the built CLI (bin/netcheck.mjs → out/cli/netcheck.mjs).
 */
describe('npx netcheck', () => {
  it('plans the demo', async () => {
    const { stdout } = await run('npx', ['--no-install', 'netcheck', 'plan', '--demo']);
    expect(stdout).toContain('Plan for "Contoso demo hierarchy": 94 links, 60 checks to 15 destinations');
  });

  it('prints one valid result document for a probe, and exits 1 when the port is closed', async () => {
    const failure = await run('npx', ['--no-install', 'netcheck', 'probe', 'tcp', '127.0.0.1:9', '--json']).catch((err: { code: number; stdout: string }) => err);
    expect('code' in failure && failure.code).toBe(1);
    const document = JSON.parse(failure.stdout) as unknown;
    expect(validateResultDocument(document).ok).toBe(true);
  });

  it('exits 2 with a message on bad input', async () => {
    const failure = await run('npx', ['--no-install', 'netcheck', 'run', '--only', 'nope']).catch((err: { code: number; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('--only "nope": expected PROTO/PORT') });
  });
});
