import path from 'node:path';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';
import { isLanguageSetting, type LanguageSetting } from '../../../shared/i18n/languages.ts';
import type { LocalizableMessage } from '../../../shared/results/result-document.ts';
import { openSecret, sealSecret, type SecretCipher, type SecretEnvelope } from './secret-envelope.ts';

/** What is kept between runs of the app, in `settings.json` of the settings folder. */
interface SettingsData {
  formatVersion: 1;
  /** The proxy credentials: the user name in clear, the password sealed for this user. */
  proxyCredentials?: { username: string; password: SecretEnvelope };
  /** The language the user chose; absent: the system's. */
  language?: LanguageSetting;
}

/** Credentials as main uses them. */
export interface StoredCredentials {
  username: string;
  password: string;
}

/**
 * The app's settings file, written atomically. A file that cannot be read as settings is set aside
 * as `settings.json.corrupt` and the app starts with defaults and a notice, never a crash. Proxy
 * passwords are kept only sealed by the operating system (`SecretCipher`); where no cipher is
 * available they stay in memory for this session and are not written.
 */
export class SettingsFile {
  private data: SettingsData | undefined;
  private readonly file: string;
  /** Why the settings were reset at start (a damaged file), in the reader's language. */
  notice: LocalizableMessage | null = null;

  constructor(
    directory: string,
    private readonly cipher: SecretCipher | undefined,
  ) {
    this.file = path.join(directory, 'settings.json');
  }

  private async load(): Promise<SettingsData> {
    if (this.data) return this.data;
    const read = await readJsonFile(this.file, (value): SettingsData => {
      const parsed = value as Partial<SettingsData> | null;
      if (typeof parsed !== 'object' || parsed === null || parsed.formatVersion !== 1) throw new Error('not a settings file of this version');
      return {
        formatVersion: 1,
        ...(parsed.proxyCredentials ? { proxyCredentials: parsed.proxyCredentials } : {}),
        // A language this version does not ship (a newer one's setting) falls back to the system's.
        ...(isLanguageSetting(parsed.language) ? { language: parsed.language } : {}),
      };
    });
    if (read.status === 'set-aside') this.notice = { key: 'app.settingsNotice', params: { reason: read.reason } };
    this.data = read.status === 'read' ? read.value : { formatVersion: 1 };
    return this.data;
  }

  /** The stored proxy credentials, opened; none when absent or not openable here. */
  async credentials(): Promise<StoredCredentials | null> {
    const stored = (await this.load()).proxyCredentials;
    if (!stored) return null;
    const password = openSecret(this.cipher, stored.password);
    return password === null ? null : { username: stored.username, password };
  }

  /** Stores credentials sealed; returns whether they were written (false: no cipher, memory only). */
  async setCredentials(credentials: StoredCredentials | null): Promise<boolean> {
    const data = await this.load();
    const sealed = credentials ? sealSecret(this.cipher, credentials.password) : null;
    const { proxyCredentials: _previous, ...rest } = data;
    const next: SettingsData = { ...rest, ...(credentials && sealed ? { proxyCredentials: { username: credentials.username, password: sealed } } : {}) };
    this.data = next;
    if (!credentials && !data.proxyCredentials) return true;
    await writeJsonFile(this.file, next);
    return credentials === null || sealed !== null;
  }

  /** The language the user chose (`system` when none). */
  async language(): Promise<LanguageSetting> {
    return (await this.load()).language ?? 'system';
  }

  /** Keeps the user's language; `system` forgets the choice. */
  async setLanguage(language: LanguageSetting): Promise<void> {
    const { language: _previous, ...rest } = await this.load();
    this.data = { ...rest, ...(language === 'system' ? {} : { language }) };
    await writeJsonFile(this.file, this.data);
  }

}
