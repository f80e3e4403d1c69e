import { buildPath, endpointLabel, normalizeOrigin } from './base-url';

describe('normalizeOrigin', () => {
  it.each([
    ['pve1.lan', 'pve', 'https://pve1.lan:8006'],
    ['127.0.0.1', 'pbs', 'https://127.0.0.1:8007'],
    ['10.0.0.5:8443', 'pmg', 'https://10.0.0.5:8443'],
    ['https://pve.example/', 'pve', 'https://pve.example:8006'],
    ['https://pve.example:443', 'pve', 'https://pve.example'],
    ['https://127.0.0.1:8006/api2/json/', 'pve', 'https://127.0.0.1:8006'],
    ['http://127.0.0.1:9000', 'pbs', 'http://127.0.0.1:9000'],
    ['[::1]', 'pve', 'https://[::1]:8006'],
  ] as const)('%s (%s) → %s', (host, product, origin) => {
    expect(normalizeOrigin(host, product).origin).toBe(origin);
  });

  it('rejects other schemes', () => {
    expect(() => normalizeOrigin('ftp://host', 'pve')).toThrow('Unsupported scheme');
  });

  it('labels endpoints as host:port', () => {
    expect(endpointLabel(normalizeOrigin('https://pve.example:443', 'pve'))).toBe(
      'pve.example:443',
    );
    expect(endpointLabel(normalizeOrigin('127.0.0.1', 'pve'))).toBe('127.0.0.1:8006');
  });
});

describe('buildPath', () => {
  it('prefixes /api2/json and drops undefined query values', () => {
    expect(buildPath('/nodes/pve1/tasks', { limit: 50, errors: true, vmid: undefined })).toBe(
      '/api2/json/nodes/pve1/tasks?limit=50&errors=1',
    );
    expect(buildPath('/version')).toBe('/api2/json/version');
  });
});
