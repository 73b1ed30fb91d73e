import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/settings/secret-envelope.ts';

/** Electron's safeStorage as the settings' cipher: DPAPI for the logged-on user on Windows. */
export const electronSecrets: SecretCipher = {
  available: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
};
