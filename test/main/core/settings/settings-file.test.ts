import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretCipher } from '../../../../src-main/core/settings/secret-envelope.ts';
import { SettingsFile } from '../../../../src-main/core/settings/settings-file.ts';
import { createTranslator } from '../../../../shared/i18n/translator.ts';

const PASSWORD = 'Pr0xy-Pa55word!';

/** A stand-in for the OS store: reversible, but nothing like the plain text (and bound to a "machine" key). */
function cipher(machine = 'A', available = true): SecretCipher {
  const key = Buffer.from(`key-${machine}`);
  const xor = (data: Uint8Array) => Buffer.from(data.map((byte, i) => byte ^ (key[i % key.length] ?? 0)));
  return {
    available: () => available,
    encrypt: (plain) => Buffer.concat([Buffer.from(`v10${machine}`), xor(Buffer.from(plain))]),
    decrypt: (data) => {
      const buffer = Buffer.from(data);
      if (buffer.subarray(0, 4).toString() !== `v10${machine}`) throw new Error('not this machine');
      return xor(buffer.subarray(4)).toString();
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'netcheck-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SettingsFile', () => {
  it('keeps proxy credentials sealed in a versioned envelope, readable after a restart, never in clear', async () => {
    expect(await new SettingsFile(dir, cipher()).setCredentials({ username: 'CONTOSO\\svc-proxy', password: PASSWORD })).toBe(true);
    const text = await readFile(path.join(dir, 'settings.json'), 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 1, proxyCredentials: { username: 'CONTOSO\\svc-proxy', password: { v: 1, cipher: 'os-user' } } });
    expect(await new SettingsFile(dir, cipher()).credentials()).toEqual({ username: 'CONTOSO\\svc-proxy', password: PASSWORD });
    // Another machine or user cannot open it: treated as no credentials.
    expect(await new SettingsFile(dir, cipher('B')).credentials()).toBeNull();
    await new SettingsFile(dir, cipher()).setCredentials(null);
    expect(await new SettingsFile(dir, cipher()).credentials()).toBeNull();
  });

  it('writes no password where the system offers no protected store', async () => {
    expect(await new SettingsFile(dir, cipher('A', false)).setCredentials({ username: 'u', password: PASSWORD })).toBe(false);
    const files = await readdir(dir);
    for (const file of files) expect(await readFile(path.join(dir, file), 'utf8')).not.toContain(PASSWORD);
    expect(await new SettingsFile(dir, cipher('A', false)).credentials()).toBeNull();
  });

  it('sets a damaged file aside with a notice and starts from defaults', async () => {
    await writeFile(path.join(dir, 'settings.json'), '{"formatVersion": 1, "proxyCre');
    const settings = new SettingsFile(dir, cipher());
    expect(await settings.credentials()).toBeNull();
    expect(settings.notice).toEqual({ key: 'app.settingsNotice', params: { reason: expect.stringMatching(/JSON/) } });
    expect(createTranslator('en')(settings.notice!.key, settings.notice!.params)).toMatch(/set aside as settings\.json\.corrupt/);
    expect((await readdir(dir)).sort()).toEqual(['settings.json.corrupt']);
  });

  it('keeps the language chosen beside the credentials, and forgets it when set back to the system', async () => {
    const settings = new SettingsFile(dir, cipher());
    expect(await settings.language()).toBe('system');
    await settings.setCredentials({ username: 'CONTOSO\\svc', password: 'pw' });
    await settings.setLanguage('nl');
    const reopened = new SettingsFile(dir, cipher());
    expect(await reopened.language()).toBe('nl');
    expect(await reopened.credentials()).toEqual({ username: 'CONTOSO\\svc', password: 'pw' });
    // Clearing the credentials keeps the language, and the other way round.
    await reopened.setCredentials(null);
    expect(await new SettingsFile(dir, cipher()).language()).toBe('nl');
    await reopened.setLanguage('system');
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual({ formatVersion: 1 });
  });

  it('starts in the system language when the file names a language this version does not ship', async () => {
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ formatVersion: 1, language: 'de' }));
    const settings = new SettingsFile(dir, cipher());
    expect(await settings.language()).toBe('system');
    expect(settings.notice).toBeNull();
  });
});
