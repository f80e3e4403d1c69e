import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

import { PulseConfig } from '../config/pulse-config';
import { CryptoService } from './crypto.service';
import { EncryptionKeyError, KEY_FILE_NAME } from './key-file';
import { DecryptionError } from './secret-box';

describe('CryptoService', () => {
  function serviceIn(dataDir: string): CryptoService {
    return new CryptoService({ dataDir } as PulseConfig);
  }

  it('creates the key on the first seal and a new instance opens the value with it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pulse-crypto-'));
    const first = serviceIn(dataDir);

    expect(first.hasKey()).toBe(false);
    const sealed = first.seal('secret');

    expect(first.hasKey()).toBe(true);
    expect(serviceIn(dataDir).open(sealed)).toBe('secret');
  });

  it('refuses to open without a key file instead of inventing a new key', () => {
    const sealed = serviceIn(mkdtempSync(join(tmpdir(), 'pulse-crypto-'))).seal('secret');
    const empty = serviceIn(mkdtempSync(join(tmpdir(), 'pulse-crypto-')));

    expect(() => empty.open(sealed)).toThrow(EncryptionKeyError);
    expect(() => empty.open(sealed)).toThrow(/missing/);
    expect(empty.hasKey()).toBe(false);
  });

  it('reports a wrong key as a decryption error', () => {
    const sealed = serviceIn(mkdtempSync(join(tmpdir(), 'pulse-crypto-'))).seal('secret');
    const otherDir = mkdtempSync(join(tmpdir(), 'pulse-crypto-'));
    writeFileSync(join(otherDir, KEY_FILE_NAME), randomBytes(32).toString('base64'));

    expect(() => serviceIn(otherDir).open(sealed)).toThrow(DecryptionError);
  });
});
