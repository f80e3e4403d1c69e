import { randomBytes } from 'node:crypto';
import { DecryptionError, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed', () => {
    expect(box.open(box.seal('token-secret-ä€'))).toBe('token-secret-ä€');
  });

  it('uses a fresh nonce, so the same secret never seals the same way twice', () => {
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('does not keep the plain text visible in the sealed value', () => {
    const sealed = box.seal('very-visible-secret');

    expect(sealed).not.toContain('very-visible-secret');
    expect(Buffer.from(sealed.slice(3), 'base64').toString('latin1')).not.toContain('visible');
  });

  it('refuses a value sealed under another key', () => {
    const other = new SecretBox(randomBytes(32));

    expect(() => other.open(box.seal('x'))).toThrow(DecryptionError);
  });

  it('refuses a tampered value', () => {
    const sealed = box.seal('abc');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[14] ^= 1;

    expect(() => box.open(`v1:${raw.toString('base64')}`)).toThrow(DecryptionError);
  });

  it('refuses values in an unknown format', () => {
    expect(() => box.open('plain')).toThrow('not in a known encrypted format');
    expect(() => box.open('v1:AAAA')).toThrow('truncated');
  });
});
