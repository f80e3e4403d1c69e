import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ChartRange, Container, VM } from '@pulse/contracts';
import {
  catchError,
  combineLatest,
  exhaustMap,
  map,
  Observable,
  of,
  scan,
  switchMap,
  timer,
} from 'rxjs';
import { ChartsApiService } from '../../core/api/charts-api.service';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { LineChartComponent } from '../../shared/chart/line-chart/line-chart.component';
import { RangePickerComponent } from '../../shared/chart/range-picker/range-picker.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';
import { StatusBadgeComponent } from '../../shared/ui/status-badge/status-badge.component';
import { GuestHistory, guestHistory } from './guest-charts';

/** How often the charts are fetched again while the page is open. */
export const GUEST_CHARTS_REFRESH_MS = 30_000;

/** `stale`: the last refresh failed, so the charts shown are older than they should be. */
type HistoryView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; history: GuestHistory; stale: boolean };

const LOADING: HistoryView = { status: 'loading' };

/** One VM or container: what it is now, from the live state, and its history in charts. */
@Component({
  selector: 'app-guest-page',
  imports: [
    RouterLink,
    LineChartComponent,
    PageHeaderComponent,
    RangePickerComponent,
    StatusBadgeComponent,
  ],
  templateUrl: './guest.page.html',
  styleUrl: './guest.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuestPage {
  private readonly live = inject(LiveStateService);
  private readonly charts = inject(ChartsApiService);

  protected readonly id = toSignal(
    inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')),
    { initialValue: '' },
  );
  protected readonly range = signal<ChartRange>('1h');
  protected readonly guest = computed(() => {
    const state = this.live.state();
    const id = this.id();

    return state && findGuest([...state.vms, ...state.containers], id);
  });
  protected readonly description = computed(() => {
    const guest = this.guest();
    if (!guest) {
      return this.live.state() ? 'Not in the current state; its history is shown.' : '';
    }
    const kind = guest.type === 'qemu' ? 'VM' : 'Container';

    return `${kind} ${guest.vmid} on ${guest.node} (${guest.instance})`;
  });
  protected readonly view = toSignal(
    combineLatest([toObservable(this.id), toObservable(this.range)]).pipe(
      switchMap(([id, range]) => this.every(id, range)),
    ),
    { initialValue: LOADING },
  );

  /**
   * Loads the charts now and again every refresh period. A failed refresh keeps the charts
   * already shown (marked stale); the next period tries again.
   */
  private every(id: string, range: ChartRange): Observable<HistoryView> {
    return timer(0, GUEST_CHARTS_REFRESH_MS).pipe(
      exhaustMap(() =>
        this.charts.getCharts(range, [id]).pipe(
          map((response) => guestHistory(response, id, range)),
          catchError(() => of(undefined)),
        ),
      ),
      scan(nextView, LOADING),
    );
  }
}

function nextView(view: HistoryView, history: GuestHistory | undefined): HistoryView {
  if (history) {
    return { status: 'ready', history, stale: false };
  }

  return view.status === 'ready' ? { ...view, stale: true } : { status: 'failed' };
}

function findGuest(guests: (VM | Container)[], id: string): VM | Container | undefined {
  return guests.find((guest) => guest.id === id);
}
