import { endpointTargets } from './pve-endpoints';

describe('endpointTargets', () => {
  it('puts the configured host first and addresses members by IP', () => {
    const targets = endpointTargets({
      host: 'https://127.0.0.1:8006',
      fingerprint: 'AA',
      clusterEndpoints: [
        { nodeName: 'pve1', host: 'pve1.lan', ip: '127.0.0.1' },
        { nodeName: 'pve2', host: 'pve2.lan', ip: '127.0.0.2', fingerprint: 'BB' },
        { nodeName: 'pve3', host: 'pve3.lan' },
      ],
    });

    expect(targets).toEqual([
      { host: 'https://127.0.0.1:8006', fingerprint: 'AA' },
      { host: '127.0.0.2', fingerprint: 'BB' },
      { host: 'pve3.lan', fingerprint: undefined },
    ]);
  });

  it('uses a member host given as a full URL as it is', () => {
    const targets = endpointTargets({
      host: '127.0.0.1',
      clusterEndpoints: [{ host: 'https://127.0.0.2:9006', ip: '127.0.0.2' }, {}],
    });

    expect(targets.map((target) => target.host)).toEqual(['127.0.0.1', 'https://127.0.0.2:9006']);
  });
});
