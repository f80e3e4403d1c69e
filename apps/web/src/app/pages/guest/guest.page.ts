import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ChartRange } from '@pulse/contracts';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { injectChartHistory, injectRouteId } from '../../shared/chart/chart-history';
import { HistoryLayoutComponent } from '../../shared/chart/history-layout/history-layout.component';
import { guestHistory } from './guest-charts';

/** One VM or container: what it is now, from the live state, and its history in charts. */
@Component({
  selector: 'app-guest-page',
  imports: [HistoryLayoutComponent],
  template: `
    <app-history-layout
      [heading]="guest()?.name || id()"
      [description]="description()"
      [status]="guest()?.status"
      [view]="view()"
      [(range)]="range"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuestPage {
  private readonly live = inject(LiveStateService);

  protected readonly id = injectRouteId();
  protected readonly range = signal<ChartRange>('1h');
  protected readonly guest = computed(() => {
    const state = this.live.state();
    const id = this.id();

    return state && [...state.vms, ...state.containers].find((guest) => guest.id === id);
  });
  protected readonly description = computed(() => {
    const guest = this.guest();
    if (!guest) {
      return this.live.state() ? 'Not in the current state; its history is shown.' : '';
    }
    const kind = guest.type === 'qemu' ? 'VM' : 'Container';

    return `${kind} ${guest.vmid} on ${guest.node} (${guest.instance})`;
  });
  protected readonly view = injectChartHistory(this.id, this.range, guestHistory);
}
