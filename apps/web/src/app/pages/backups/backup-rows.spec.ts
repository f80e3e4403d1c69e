import { emptyState, pbsBackupFixture, storageBackupFixture } from '../../testing/state-fixtures';
import { backupRows, filterBackups } from './backup-rows';

describe('backupRows', () => {
  const pveBackups = {
    backupTasks: [],
    guestSnapshots: [],
    storageBackups: [
      storageBackupFixture(200, '2026-01-02T00:00:00Z'),
      { ...storageBackupFixture(201, '2026-01-05T00:00:00Z'), isPBS: true },
    ],
  };
  const state = emptyState({
    pbsBackups: [
      pbsBackupFixture('100', '2026-01-01T00:00:00Z'),
      pbsBackupFixture('101', '2026-01-03T00:00:00Z'),
    ],
    pveBackups,
  });

  it('merges PBS and PVE storage backups, newest first, without PBS copies twice', () => {
    const rows = backupRows(state);

    expect(rows.map((row) => `${row.source} ${row.vmid}`)).toEqual([
      'PBS 101',
      'PVE 200',
      'PBS 100',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'VM', location: 'backup / store1', verified: true });
    expect(rows[1]).toMatchObject({ kind: 'CT', location: 'pve1 / local', protected: true });
  });

  it('filters by guest, VMID or place', () => {
    const rows = backupRows(state);

    expect(filterBackups(rows, 'guest-100').map((row) => row.vmid)).toEqual(['100']);
    expect(filterBackups(rows, 'local').map((row) => row.vmid)).toEqual(['200']);
    expect(filterBackups(rows, 'pbs store1')).toHaveLength(2);
  });
});
