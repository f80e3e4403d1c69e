import { decodeList } from '../../../upstream/decode/shape';
import { clusterResourceShape } from '../../../upstream/pve/pve-guests.decoders';
import { storageConfigShape } from '../../../upstream/pve/pve-storage.decoders';
import { isCountedStorage, mergeShared, toStorage } from './pve-storage.normalize';

const row = (raw: Record<string, unknown>) =>
  decodeList(
    [{ id: 'storage/pve1/local', type: 'storage', node: 'pve1', ...raw }],
    clusterResourceShape,
  )[0];
const config = (raw: Record<string, unknown>) => decodeList([raw], storageConfigShape)[0];

describe('PVE storage normalizers', () => {
  it('reads usage in percent, sorted content and 0/1 flags', () => {
    const item = toStorage(
      'lab',
      row({
        storage: 'local',
        plugintype: 'dir',
        status: 'available',
        disk: '250',
        maxdisk: 1000,
        content: 'vztmpl,iso,backup',
        shared: 0,
      }),
      config({ storage: 'local', type: 'dir', content: 'iso', disable: 0 }),
    );

    expect(item).toMatchObject({
      id: 'lab-pve1-local',
      total: 1000,
      used: 250,
      free: 750,
      avail: 750,
      usage: 25,
      content: 'backup,iso,vztmpl',
      shared: false,
      enabled: true,
      active: true,
      status: 'available',
    });
  });

  it('says inactive for an enabled storage that is not available, disabled if switched off', () => {
    expect(toStorage('lab', row({ storage: 'nfs', status: 'unknown' })).status).toBe('inactive');
    const off = toStorage(
      'lab',
      row({ storage: 'nfs', status: 'unknown' }),
      config({ storage: 'nfs', type: 'nfs', disable: 1 }),
    );
    expect(off).toMatchObject({ status: 'disabled', enabled: false });
  });

  it('leaves out read-only storage types', () => {
    expect(isCountedStorage(toStorage('lab', row({ storage: 'iso', plugintype: 'iso9660' })))).toBe(
      false,
    );
  });

  it('lists shared storage once under "cluster", keeping the fullest report', () => {
    const shared = (node: string, used: number) =>
      toStorage(
        'lab',
        row({
          node,
          storage: 'nfs',
          plugintype: 'nfs',
          status: node === 'pve2' ? 'available' : 'unknown',
          shared: 1,
          disk: used,
          maxdisk: 1000,
        }),
      );
    const merged = mergeShared('lab', [
      shared('pve1', 100),
      shared('pve2', 300),
      toStorage('lab', row({ storage: 'local' })),
    ]);

    expect(merged).toHaveLength(2);
    expect(merged.find((item) => item.shared)).toMatchObject({
      id: 'lab-cluster-nfs',
      node: 'cluster',
      nodes: ['pve1', 'pve2'],
      nodeIds: ['lab-pve1', 'lab-pve2'],
      nodeCount: 2,
      used: 300,
      active: true,
      status: 'available',
    });
  });
});
