import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'v1:';

export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';
}

/**
 * AES-256-GCM with a random nonce per value. A sealed value is the text
 * `v1:` + base64(nonce | ciphertext | tag), so it can live in a TEXT column.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {}

  seal(plain: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, nonce);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);

    return PREFIX + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
  }

  open(sealed: string): string {
    if (!sealed.startsWith(PREFIX)) {
      throw new DecryptionError('The stored value is not in a known encrypted format.');
    }

    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
    if (raw.length < NONCE_BYTES + TAG_BYTES) {
      throw new DecryptionError('The stored encrypted value is truncated.');
    }

    return this.decrypt(raw);
  }

  private decrypt(raw: Buffer): string {
    const nonce = raw.subarray(0, NONCE_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    const body = raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES);
    const decipher = createDecipheriv(ALGORITHM, this.key, nonce);
    decipher.setAuthTag(tag);

    try {
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionError(
        'A stored secret could not be decrypted: the encryption key does not match the one ' +
          'it was written with.',
      );
    }
  }
}
