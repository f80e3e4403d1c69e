import { maskSecrets, maskUrlSecrets, REDACTED } from './secret-masking';

describe('maskSecrets', () => {
  it('masks secret-looking keys at any depth', () => {
    const masked = maskSecrets({
      user: 'admin',
      password: 'hunter2',
      node: { tokenValue: 'abc', clientSecret: 'xyz', host: 'pve1' },
      list: [{ apiKey: 'k' }, { name: 'n' }],
      headers: { Authorization: 'Bearer t', cookie: 'pulse_session=s' },
    });

    expect(masked).toEqual({
      user: 'admin',
      password: REDACTED,
      node: { tokenValue: REDACTED, clientSecret: REDACTED, host: 'pve1' },
      list: [{ apiKey: REDACTED }, { name: 'n' }],
      headers: { Authorization: REDACTED, cookie: REDACTED },
    });
  });

  it('leaves the original object untouched', () => {
    const original = { password: 'hunter2' };

    maskSecrets(original);

    expect(original.password).toBe('hunter2');
  });

  it('does not walk into class instances such as errors', () => {
    const err = Object.assign(new Error('boom'), { token: 'kept-on-error' });

    expect(maskSecrets({ err }).err).toBe(err);
  });
});

describe('maskUrlSecrets', () => {
  it.each([
    ['/api/x?token=abc&range=1h', '/api/x?token=[redacted]&range=1h'],
    ['/api/x?apiToken=1&password=2', '/api/x?apiToken=[redacted]&password=[redacted]'],
    ['/api/health', '/api/health'],
    ['/api/x?range=1h', '/api/x?range=1h'],
  ])('turns %s into %s', (url, expected) => {
    expect(maskUrlSecrets(url)).toBe(expected);
  });
});
