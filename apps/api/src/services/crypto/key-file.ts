import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE_NAME = '.encryption.key';
const KEY_BYTES = 32;

export class EncryptionKeyError extends Error {
  override readonly name = 'EncryptionKeyError';
}

/** Reads the AES-256 key from the data directory; `null` when the file does not exist. */
export function readKeyFile(dataDir: string): Buffer | null {
  const path = join(dataDir, KEY_FILE_NAME);
  if (!existsSync(path)) {
    return null;
  }

  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new EncryptionKeyError(
      `The encryption key file ${path} is damaged: it must hold ${KEY_BYTES} bytes in base64. ` +
        'Restore it from a backup; without it the stored credentials cannot be read.',
    );
  }

  return key;
}

/** Creates a new random key file with mode 0600, written atomically. */
export function createKeyFile(dataDir: string): Buffer {
  const path = join(dataDir, KEY_FILE_NAME);
  const key = randomBytes(KEY_BYTES);
  const temp = `${path}.${process.pid}.tmp`;

  writeFileSync(temp, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(temp, 0o600);
  renameSync(temp, path);

  return key;
}
