import { decodeList } from '../../../upstream/decode/shape';
import { storageContentShape } from '../../../upstream/pve/pve-storage.decoders';
import { decodeSnapshots } from '../../../upstream/pve/pve-guests.decoders';
import { taskShape } from '../../../upstream/pve/pve-nodes.decoders';
import {
  backupGuestType,
  lastBackupByVmid,
  toBackupTask,
  toGuestSnapshot,
  toStorageBackup,
} from './pve-backups.normalize';

const content = (raw: Record<string, unknown>) =>
  decodeList([{ content: 'backup', ...raw }], storageContentShape)[0];

describe('PVE backup normalizers', () => {
  it.each([
    ['local:backup/vzdump-qemu-100-2025_01_01-02_00_00.vma.zst', 100, undefined, 'qemu'],
    ['local:backup/vzdump-lxc-200-2025_01_01-02_00_00.tar.zst', 200, undefined, 'lxc'],
    ['pbs-main:backup/vm/100/2025-01-01T02:00:00Z', 100, 'pbs-vm', 'qemu'],
    ['pbs-main:backup/ct/200/2025-01-01T02:00:00Z', 200, 'pbs-ct', 'lxc'],
    ['pbs-main:backup/host/pve1/2025-01-01T02:00:00Z', 0, undefined, 'host'],
  ])('types %s as %s', (volid, vmid, format, type) => {
    expect(backupGuestType(content({ volid, vmid, format }))).toBe(type);
  });

  it('shapes a PBS-backed volume: 0/1 protected, verification, string numbers', () => {
    const item = toStorageBackup(
      'lab',
      { name: 'pbs-main', type: 'pbs', node: 'pve1' },
      content({
        volid: 'pbs-main:backup/vm/100/2025-01-01T02:00:00Z',
        format: 'pbs-vm',
        ctime: '1735696800',
        size: '3221225472',
        vmid: '100',
        protected: 1,
        notes: 'web',
        verification: { state: 'ok', upid: 'UPID:x' },
      }),
      'pve2',
    );

    expect(item).toEqual({
      id: 'lab-pbs-main:backup/vm/100/2025-01-01T02:00:00Z',
      storage: 'pbs-main',
      node: 'pve2',
      instance: 'lab',
      type: 'qemu',
      vmid: 100,
      time: '2025-01-01T02:00:00Z',
      ctime: 1735696800,
      size: 3221225472,
      format: 'pbs-vm',
      notes: 'web',
      protected: true,
      volid: 'pbs-main:backup/vm/100/2025-01-01T02:00:00Z',
      isPBS: true,
      verified: true,
      verification: { state: 'ok', upid: 'UPID:x' },
    });
    expect(lastBackupByVmid([item]).get(100)).toBe(1735696800_000);
  });

  it('keeps a running vzdump task without status as running with the zero end time', () => {
    const [running, failed] = decodeList(
      [
        { upid: 'UPID:a', type: 'vzdump', id: '100', starttime: 1735696800 },
        {
          upid: 'UPID:b',
          type: 'vzdump',
          id: '101',
          starttime: '1735696800',
          endtime: 1735697000,
          status: 'job errors',
        },
      ],
      taskShape,
    );

    expect(toBackupTask('lab', 'pve1', running)).toMatchObject({
      id: 'lab-UPID:a',
      vmid: 100,
      status: 'running',
      endTime: '0001-01-01T00:00:00Z',
    });
    expect(toBackupTask('lab', 'pve1', failed)).toMatchObject({
      vmid: 101,
      status: 'job errors',
      error: 'job errors',
    });
  });

  it('drops the pseudo snapshot "current" and reads vmstate as 0/1', () => {
    const snapshots = decodeSnapshots([
      { name: 'before-upgrade', snaptime: 1735696800, vmstate: 1, description: 'x' },
      { name: 'current', parent: 'before-upgrade' },
    ]);
    expect(snapshots.map((s) => s.name)).toEqual(['before-upgrade']);
    const vm = toGuestSnapshot(
      { instance: 'lab', node: 'pve1', vmid: 100, type: 'qemu' },
      snapshots[0],
    );
    const ct = toGuestSnapshot(
      { instance: 'lab', node: 'pve1', vmid: 200, type: 'lxc' },
      snapshots[0],
    );

    expect(vm).toMatchObject({
      id: 'lab-pve1-100-before-upgrade',
      vmstate: true,
      time: '2025-01-01T02:00:00Z',
    });
    expect(ct.vmstate).toBe(false);
  });
});
