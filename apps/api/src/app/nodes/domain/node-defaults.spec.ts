import { resolveFlags, withRealm } from './node-defaults';

describe('resolveFlags', () => {
  it('turns every PVE switch on by default and drops switches of other products', () => {
    const flags = resolveFlags('pve', { monitorMailStats: true, monitorVMs: false });

    expect(flags).toEqual({
      monitorVMs: false,
      monitorContainers: true,
      monitorStorage: true,
      monitorBackups: true,
      monitorPhysicalDisks: true,
      temperatureMonitoringEnabled: true,
    });
  });

  it('keeps earlier values for switches an update leaves out', () => {
    const flags = resolveFlags(
      'pbs',
      { monitorSyncJobs: true },
      { monitorSyncJobs: false, monitorPruneJobs: false },
    );

    expect(flags.monitorSyncJobs).toBe(true);
    expect(flags.monitorPruneJobs).toBe(false);
    expect(flags.monitorDatastores).toBe(true);
    expect(flags.monitorVMs).toBeUndefined();
  });

  it('knows the PMG switches', () => {
    expect(Object.keys(resolveFlags('pmg', {})).sort()).toEqual([
      'monitorDomainStats',
      'monitorMailStats',
      'monitorQuarantine',
      'monitorQueues',
      'temperatureMonitoringEnabled',
    ]);
  });
});

describe('withRealm', () => {
  it.each([
    ['pve', 'monitor', 'monitor@pam'],
    ['pbs', 'backup', 'backup@pbs'],
    ['pmg', 'mail', 'mail@pmg'],
    ['pve', 'monitor@pve', 'monitor@pve'],
    ['pve', '  ', undefined],
  ] as const)('%s %p → %p', (type, user, expected) => {
    expect(withRealm(type, user)).toBe(expected);
  });
});
