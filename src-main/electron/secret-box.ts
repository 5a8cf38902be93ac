import { safeStorage } from 'electron';
import type { SecretBox } from '../modules/settings/secret-box';

/**
 * The desktop app keeps the bot token with the OS's own store (Electron safeStorage: DPAPI on
 * Windows, the Keychain on macOS); null where none is available, and the core falls back to its key file.
 */
export function safeStorageBox(): SecretBox | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    encrypt: (plain) => `ss1.${safeStorage.encryptString(plain).toString('base64')}`,
    decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed.replace(/^ss1\./, ''), 'base64')),
  };
}
