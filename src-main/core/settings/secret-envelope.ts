/**
 * A secret at rest: encrypted by the operating system for this user (Electron's `safeStorage`:
 * DPAPI on Windows, the keychain on macOS, libsecret on Linux), in a versioned envelope so the
 * format can change without reading old files wrongly. Only main ever sees the plain text.
 */
export interface SecretEnvelope {
  v: 1;
  cipher: 'os-user';
  data: string;
}

/** What encrypts secrets for the current user; unavailable where the system offers no store. */
export interface SecretCipher {
  available(): boolean;
  encrypt(plain: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

/** Seals a secret, or returns null when no cipher is available (it then stays in memory only). */
export function sealSecret(cipher: SecretCipher | undefined, plain: string): SecretEnvelope | null {
  if (!cipher?.available()) return null;
  return { v: 1, cipher: 'os-user', data: Buffer.from(cipher.encrypt(plain)).toString('base64') };
}

/** Opens a sealed secret; null when the envelope is unknown, or cannot be opened on this machine or by this user. */
export function openSecret(cipher: SecretCipher | undefined, envelope: unknown): string | null {
  if (!cipher?.available() || !isEnvelope(envelope)) return null;
  try {
    return cipher.decrypt(Buffer.from(envelope.data, 'base64'));
  } catch {
    return null;
  }
}

function isEnvelope(value: unknown): value is SecretEnvelope {
  const envelope = value as Partial<SecretEnvelope> | null;
  return typeof envelope === 'object' && envelope !== null && envelope.v === 1 && envelope.cipher === 'os-user' && typeof envelope.data === 'string';
}
