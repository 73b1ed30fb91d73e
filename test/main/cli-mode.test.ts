import { describe, expect, it, vi } from 'vitest';
import { cliArguments, runCli } from '../../src-main/cli-mode.ts';

describe('the packaged app as the command line', () => {
  it('runs the CLI only when asked with --cli, with what follows it', () => {
    expect(cliArguments(['C:\\Program Files\\ConfigMgr Netcheck\\ConfigMgr Netcheck.exe'])).toBeNull();
    expect(cliArguments(['ConfigMgr Netcheck.exe', '--cli', 'plan', '--demo', '--json'])).toEqual(['plan', '--demo', '--json']);
  });

  it('runs a command on the process streams and returns its exit code', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await runCli(['walkthrough', 'list'])).toBe(0);
      expect(await runCli(['no-such-command'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain('Walkthroughs (6):');
  });
});
