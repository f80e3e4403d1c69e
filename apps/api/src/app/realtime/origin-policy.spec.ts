import { isOriginAllowed, isPrivateOrigin, OriginFacts } from './origin-policy';

describe('isOriginAllowed', () => {
  const request = (facts: Partial<OriginFacts>): OriginFacts => ({
    host: 'pulse.example.com:7655',
    encrypted: false,
    ...facts,
  });

  it('allows requests without an Origin header (non-browser clients)', () => {
    expect(isOriginAllowed(request({}), [])).toBe(true);
  });

  it('allows the same origin and refuses another public one', () => {
    expect(isOriginAllowed(request({ origin: 'http://pulse.example.com:7655' }), [])).toBe(true);
    expect(isOriginAllowed(request({ origin: 'http://evil.example.net' }), [])).toBe(false);
    expect(isOriginAllowed(request({ origin: 'https://pulse.example.com:7655' }), [])).toBe(false);
  });

  it('uses https for TLS connections', () => {
    const facts = request({ origin: 'https://pulse.example.com:7655', encrypted: true });

    expect(isOriginAllowed(facts, [])).toBe(true);
  });

  it('takes scheme and host from a reverse proxy', () => {
    const proxied = (headers: Partial<OriginFacts>) =>
      request({ origin: 'https://monitor.example.org', host: '10.0.0.5:7655', ...headers });

    expect(
      isOriginAllowed(
        proxied({ forwardedProto: 'wss, http', forwardedHost: 'monitor.example.org' }),
        ['http://other'],
      ),
    ).toBe(true);
    expect(
      isOriginAllowed(proxied({ forwardedScheme: 'https', forwardedHost: 'monitor.example.org' }), [
        'http://other',
      ]),
    ).toBe(true);
    expect(isOriginAllowed(proxied({ forwardedHost: 'monitor.example.org' }), ['x'])).toBe(false);
  });

  it('allows listed origins and any origin with *', () => {
    const facts = request({ origin: 'https://dash.example.net' });

    expect(isOriginAllowed(facts, ['https://dash.example.net'])).toBe(true);
    expect(isOriginAllowed(facts, ['*'])).toBe(true);
    expect(isOriginAllowed(facts, ['https://other.example.net'])).toBe(false);
  });

  it('allows private origins only while the list is empty', () => {
    const facts = request({ origin: 'http://192.168.1.20:3000' });

    expect(isOriginAllowed(facts, [])).toBe(true);
    expect(isOriginAllowed(facts, ['https://dash.example.net'])).toBe(false);
  });
});

describe('isPrivateOrigin', () => {
  it.each([
    'http://localhost:5173',
    'http://127.0.0.1',
    'http://127.8.9.10:80',
    'http://10.1.2.3',
    'http://172.16.0.1',
    'http://172.31.255.255',
    'http://192.168.0.10',
    'http://[::1]:7655',
    'http://[fd12:3456::1]',
    'http://[::ffff:192.168.1.1]',
    'http://pulse.local',
    'http://pve.home.lan',
  ])('accepts %s', (origin) => {
    expect(isPrivateOrigin(origin)).toBe(true);
  });

  it.each([
    'http://172.32.0.1',
    'http://8.8.8.8',
    'http://11.0.0.1',
    'http://[2001:db8::1]',
    'http://[::ffff:8.8.8.8]',
    'http://a.b.pulse.local',
    'http://example.com',
    'http://local',
    'null',
    'not a url',
  ])('refuses %s', (origin) => {
    expect(isPrivateOrigin(origin)).toBe(false);
  });
});
