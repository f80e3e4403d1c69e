import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { StateSnapshot } from '@pulse/contracts';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { containerFixture, emptyState, nodeFixture, vmFixture } from '../../testing/state-fixtures';
import { DashboardPage } from './dashboard.page';

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  const state = signal<StateSnapshot | null>(null);

  const root = () => fixture.nativeElement as HTMLElement;
  const text = () => root().textContent ?? '';
  const guestNames = () =>
    Array.from(root().querySelectorAll('tbody th[scope="row"]')).map((cell) =>
      cell.firstChild?.textContent?.trim(),
    );
  const header = (label: string) =>
    Array.from(root().querySelectorAll<HTMLElement>('thead th')).find((th) =>
      th.textContent?.includes(label),
    ) as HTMLElement;

  function element<T extends Element>(selector: string, index = 0): T {
    const found = root().querySelectorAll<T>(selector)[index];
    if (!found) {
      throw new Error(`No ${selector}`);
    }

    return found;
  }

  async function type(query: string) {
    const search = element<HTMLInputElement>('input[type="search"]');
    search.value = query;
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function clickHeader(label: string) {
    header(label).querySelector('button')?.click();
    await fixture.whenStable();
  }

  async function show(snapshot: StateSnapshot | null) {
    state.set(snapshot);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideRouter([]), { provide: LiveStateService, useValue: { state } }],
    });
    fixture = TestBed.createComponent(DashboardPage);
    await show(null);
  });

  it('waits for the first state before saying anything about instances', () => {
    expect(text()).toContain('Waiting for live data');
    expect(text()).not.toContain('No instance configured');
  });

  it('says that no instance is configured when the state is empty', async () => {
    await show(emptyState());

    expect(text()).toContain('No instance configured yet');
  });

  it('waits for the first poll of a configured instance', async () => {
    await show(emptyState({ connectionHealth: { lab: true, 'pbs-b': false } }));

    expect(text()).toContain('Waiting for the first poll');
    expect(text()).not.toContain('Not reachable');

    await show(emptyState({ connectionHealth: { lab: false, attic: false, 'pbs-b': false } }));

    expect(text()).toContain('Not reachable so far: attic, lab.');
  });

  describe('with nodes and guests', () => {
    beforeEach(() =>
      show(
        emptyState({
          nodes: [nodeFixture({ node: 'pve1' }), nodeFixture({ node: 'pve2' })],
          vms: [vmFixture(100, 'web-01', { cpu: 0.2 }), vmFixture(101, 'db-01', { cpu: 0.7 })],
          containers: [containerFixture(102, 'dns', { status: 'stopped' })],
          connectionHealth: { lab: true },
        }),
      ),
    );

    it('shows a card per node and a row per guest', () => {
      expect(root().querySelectorAll('[data-node]').length).toBe(2);
      expect(guestNames()).toEqual(['db-01', 'dns', 'web-01']);
      expect(text()).toContain('2 nodes');
      expect(text()).toContain('2 running');
    });

    it('filters the guests as one types in the search box', async () => {
      await type('web');

      expect(guestNames()).toEqual(['web-01']);
      expect(root().querySelector('[data-testid="guest-count"]')?.textContent).toContain('1 of 3');
    });

    it('filters by status with the status menu', async () => {
      const select = element<HTMLSelectElement>('select', 1);
      select.value = 'stopped';
      select.dispatchEvent(new Event('change'));
      await fixture.whenStable();

      expect(guestNames()).toEqual(['dns']);
    });

    it('sorts by a column on click and flips on the second click', async () => {
      await clickHeader('CPU');

      expect(guestNames()).toEqual(['db-01', 'web-01', 'dns']);
      expect(header('CPU').getAttribute('aria-sort')).toBe('descending');
      expect(header('Name').getAttribute('aria-sort')).toBe('none');

      await clickHeader('CPU');

      expect(guestNames()).toEqual(['web-01', 'db-01', 'dns']);
      expect(header('CPU').getAttribute('aria-sort')).toBe('ascending');
    });

    it('follows the live state without losing the filter', async () => {
      await type('01');
      const before = state() ?? emptyState();

      await show({ ...before, vms: [...before.vms, vmFixture(103, 'web-02')] });
      expect(guestNames()).toEqual(['db-01', 'web-01']);

      await show({ ...before, vms: [...before.vms, vmFixture(104, 'app-01')] });
      expect(guestNames()).toEqual(['app-01', 'db-01', 'web-01']);
    });
  });
});
