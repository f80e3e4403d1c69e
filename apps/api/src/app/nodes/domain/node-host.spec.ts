import { InvalidHostError, normalizeFingerprint, normalizeHost } from './node-host';

describe('normalizeHost', () => {
  it.each([
    ['pve', 'pve1.lan', 'https://pve1.lan:8006'],
    ['pbs', 'pbs1.lan', 'https://pbs1.lan:8007'],
    ['pmg', '127.0.0.5', 'https://127.0.0.5:8006'],
    ['pve', 'https://127.0.0.1:9443/', 'https://127.0.0.1:9443'],
    ['pve', 'https://127.0.0.1:8006/api2/json', 'https://127.0.0.1:8006'],
    ['pve', 'http://127.0.0.1:18006', 'http://127.0.0.1:18006'],
    ['pve', '  [::1]:8006 ', 'https://[::1]:8006'],
  ] as const)('%s %s → %s', (type, input, expected) => {
    expect(normalizeHost(type, input)).toBe(expected);
  });

  it.each([
    'not a host',
    'ftp://pve1',
    'https://user:pw@pve1',
    'https://pve1/some/path',
    'https://pve1?x=1',
    '',
    'https://',
  ])('refuses %p', (input) => {
    expect(() => normalizeHost('pve', input)).toThrow(InvalidHostError);
  });
});

describe('normalizeFingerprint', () => {
  it('accepts any case and separators and answers colon-separated upper-case pairs', () => {
    expect(normalizeFingerprint('ab:cd ef01')).toBe('AB:CD:EF:01');
  });

  it('answers undefined for nothing', () => {
    expect(normalizeFingerprint('')).toBeUndefined();
    expect(normalizeFingerprint(undefined)).toBeUndefined();
  });
});
