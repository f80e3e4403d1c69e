import { decodeList } from '../../../upstream/decode/shape';
import { cephPoolShape, decodeCephStatus } from '../../../upstream/pve/pve-disks.decoders';
import { toCephCluster, toCephPool } from './pve-ceph.normalize';

const status = decodeCephStatus({
  fsid: 'd11c6ea1',
  health: {
    status: 'HEALTH_WARN',
    checks: {
      OSD_DOWN: { severity: 'HEALTH_WARN', summary: { message: '1 osds down', count: 1 } },
      MON_DISK_LOW: { severity: 'HEALTH_WARN', detail: [{ message: 'mon.pve1 has 20% avail' }] },
    },
  },
  servicemap: {
    services: {
      mon: {
        daemons: {
          summary: '',
          pve1: { hostname: 'pve1', status: 'running' },
          pve2: { hostname: 'pve2', status: 'stopped' },
        },
      },
      mgr: { daemons: { x: { hostname: 'pve1', status: 'active' } } },
    },
  },
  osdmap: { osdmap: { num_osds: '3', num_up_osds: 2, num_in_osds: 3 } },
  pgmap: { num_pgs: 128, bytes_total: 4000, bytes_used: '1000', bytes_avail: 3000 },
});

describe('Ceph normalizers', () => {
  it('takes totals from pgmap, counts daemons and names the offline ones', () => {
    const cluster = toCephCluster('lab', 'lab', status, [], 1_700_000_000_999);

    expect(cluster).toEqual({
      id: 'lab-d11c6ea1',
      instance: 'lab',
      name: 'lab',
      fsid: 'd11c6ea1',
      health: 'HEALTH_WARN',
      healthMessage: 'OSD_DOWN: 1 osds down; MON_DISK_LOW: mon.pve1 has 20% avail',
      totalBytes: 4000,
      usedBytes: 1000,
      availableBytes: 3000,
      usagePercent: 25,
      numMons: 2,
      numMgrs: 1,
      numOsds: 3,
      numOsdsUp: 2,
      numOsdsIn: 3,
      numPGs: 128,
      services: [
        { type: 'mon', running: 1, total: 2, message: 'Offline: mon.pve2@pve2' },
        { type: 'mgr', running: 1, total: 1 },
      ],
      lastUpdated: 1_700_000_000,
    });
  });

  it("derives a pool's available bytes from its used share (a 0..1 fraction)", () => {
    const [pool] = decodeList(
      [{ pool: 2, pool_name: 'vm-pool', name: 'vm-pool', bytes_used: '250', percent_used: 0.25 }],
      cephPoolShape,
    );

    expect(toCephPool(pool)).toMatchObject({
      name: 'vm-pool',
      storedBytes: 250,
      availableBytes: 750,
      percentUsed: 25,
    });
  });
});
