import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptionKeyError, KEY_FILE_NAME, createKeyFile, readKeyFile } from './key-file';

describe('key file', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'pulse-key-'));

  it('reads back the key it created, from a file only the owner can read', () => {
    const dataDir = dir();
    const key = createKeyFile(dataDir);

    expect(readKeyFile(dataDir)).toEqual(key);
    expect(statSync(join(dataDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('answers null when there is no key file', () => {
    expect(readKeyFile(dir())).toBeNull();
  });

  it('rejects a damaged key file with a clear message', () => {
    const dataDir = dir();
    writeFileSync(join(dataDir, KEY_FILE_NAME), 'c2hvcnQ=\n');

    expect(() => readKeyFile(dataDir)).toThrow(EncryptionKeyError);
    expect(() => readKeyFile(dataDir)).toThrow(/damaged/);
  });
});
