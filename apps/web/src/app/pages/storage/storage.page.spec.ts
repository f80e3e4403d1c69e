import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { StateSnapshot } from '@pulse/contracts';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { emptyState, storageFixture } from '../../testing/state-fixtures';
import { StoragePage } from './storage.page';

describe('StoragePage', () => {
  let fixture: ComponentFixture<StoragePage>;
  const state = signal<StateSnapshot | null>(null);

  const root = () => fixture.nativeElement as HTMLElement;
  const shown = () =>
    Array.from(root().querySelectorAll<HTMLElement>('tbody tr[data-storage]')).map(
      (row) => row.dataset['storage'],
    );

  async function show(snapshot: StateSnapshot | null) {
    state.set(snapshot);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StoragePage],
      providers: [provideRouter([]), { provide: LiveStateService, useValue: { state } }],
    });
    fixture = TestBed.createComponent(StoragePage);
    await show(null);
  });

  it('waits for the state, then says when there is no storage', async () => {
    expect(root().textContent).toContain('Waiting for live data');

    await show(emptyState());

    expect(root().textContent).toContain('Storage appears here once a Proxmox node is polled.');
  });

  it('lists storage with a usage bar and narrows it with the search box', async () => {
    await show(
      emptyState({
        storage: [storageFixture('local', { usage: 92 }), storageFixture('nfs', { type: 'nfs' })],
      }),
    );

    expect(shown()).toEqual(['local', 'nfs']);
    const link = root().querySelector('tr[data-storage="local"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      `/storage/${encodeURIComponent(storageFixture('local').id)}`,
    );
    const bar = root().querySelector('tr[data-storage="local"] [role="meter"]');
    expect(bar?.getAttribute('data-level')).toBe('danger');
    expect(bar?.getAttribute('aria-valuetext')).toBe('92%, 40.0 GiB of 100 GiB');

    const search = root().querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'NFS';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();

    expect(shown()).toEqual(['nfs']);
  });
});
