import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { StateSnapshot } from '@pulse/contracts';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { emptyState, pbsBackupFixture, pbsFixture } from '../../testing/state-fixtures';
import { MAX_BUFFER_PX } from '../../shared/table/virtual-table.directive';
import { BACKUP_ROW_HEIGHT, BackupsPage } from './backups.page';

describe('BackupsPage', () => {
  let fixture: ComponentFixture<BackupsPage>;
  const state = signal<StateSnapshot | null>(null);

  const root = () => fixture.nativeElement as HTMLElement;
  const backupRows = () => root().querySelectorAll('[aria-label="Backup table"] tbody tr');

  async function show(snapshot: StateSnapshot | null) {
    state.set(snapshot);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [BackupsPage],
      providers: [{ provide: LiveStateService, useValue: { state } }],
    });
    fixture = TestBed.createComponent(BackupsPage);
    await show(null);
  });

  it('says when there are no backups yet', async () => {
    await show(emptyState());

    expect(root().textContent).toContain('Backups appear here once');
  });

  it('shows each backup server with its datastores', async () => {
    await show(emptyState({ pbs: [pbsFixture()] }));

    const card = root().querySelector('[data-pbs="backup"]');
    expect(card?.textContent).toContain('store1');
    expect(card?.textContent).toContain('dedup 3.2×');
    expect(card?.querySelector('[aria-label="Datastore store1"]')).not.toBeNull();
    expect(root().textContent).toContain('No backups found yet.');
  });

  it('counts every backup, renders a window of them newest first and searches all', async () => {
    const backups = Array.from({ length: 5000 }, (_, index) =>
      pbsBackupFixture(String(100 + index), new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString()),
    );
    await show(emptyState({ pbsBackups: backups }));

    expect(root().querySelector('#recent-heading .count')?.textContent).toBe('5000 of 5000');
    expect(backupRows().length).toBeGreaterThan(0);
    expect(backupRows().length).toBeLessThanOrEqual(MAX_BUFFER_PX / BACKUP_ROW_HEIGHT + 1);
    expect(backupRows()[0].textContent).toContain('guest-5099');
    expect(backupRows()[0].getAttribute('aria-rowindex')).toBe('2');

    const search = root().querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'guest-4321';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(backupRows().length).toBe(1);
    expect(backupRows()[0].textContent).toContain('guest-4321');
    expect(root().querySelector('#recent-heading .count')?.textContent).toBe('1 of 5000');
  });
});
