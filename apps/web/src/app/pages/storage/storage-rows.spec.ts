import { emptyState, storageFixture } from '../../testing/state-fixtures';
import { filterStorage, storageRows } from './storage-rows';

describe('storageRows', () => {
  const state = emptyState({
    storage: [
      storageFixture('local', { node: 'pve2', id: 'lab-pve2-local' }),
      storageFixture('ceph-vm', {
        type: 'rbd',
        shared: true,
        nodes: ['pve1', 'pve2'],
        content: 'images',
      }),
      storageFixture('local', { id: 'lab-pve1-local' }),
      storageFixture('iso', { instance: 'attic', total: 0, usage: 0, enabled: false }),
    ],
  });

  it('sorts by instance, name and nodes, and lists the nodes of shared storage', () => {
    const rows = storageRows(state);

    expect(rows.map((row) => `${row.instance}/${row.name}@${row.nodes}`)).toEqual([
      'attic/iso@pve1',
      'lab/ceph-vm@pve1, pve2',
      'lab/local@pve1',
      'lab/local@pve2',
    ]);
  });

  it('has no usage for a storage without a size and marks a disabled one', () => {
    const [iso] = storageRows(state);

    expect(iso).toMatchObject({ usage: null, status: 'disabled' });
  });

  it('filters by every word of the query', () => {
    const rows = storageRows(state);

    expect(filterStorage(rows, 'local pve2').map((row) => row.id)).toEqual(['lab-pve2-local']);
    expect(filterStorage(rows, 'RBD').map((row) => row.name)).toEqual(['ceph-vm']);
    expect(filterStorage(rows, '')).toHaveLength(4);
  });
});
