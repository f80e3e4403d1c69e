import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { ChartRange } from '@pulse/contracts';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { injectChartHistory, injectRouteId } from '../../shared/chart/chart-history';
import { resourceHistory } from '../../shared/chart/chart-panels';
import { HistoryLayoutComponent } from '../../shared/chart/history-layout/history-layout.component';
import { RESOURCE_KINDS, ResourceKindName } from './resource-kinds';

/**
 * One guest, node or storage (the route's `data.kind`): what it is now, from the live state,
 * and its history in charts.
 */
@Component({
  selector: 'app-resource-page',
  imports: [HistoryLayoutComponent],
  template: `
    <app-history-layout
      [heading]="now()?.name || id()"
      [description]="description()"
      [status]="now()?.status"
      [view]="view()"
      [(range)]="range"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourcePage {
  private readonly live = inject(LiveStateService);
  private readonly kind =
    RESOURCE_KINDS[inject(ActivatedRoute).snapshot.data['kind'] as ResourceKindName];

  protected readonly id = injectRouteId();
  protected readonly range = signal<ChartRange>('1h');
  protected readonly now = computed(() => {
    const state = this.live.state();

    return state ? this.kind.now(state, this.id()) : undefined;
  });
  protected readonly description = computed(() => {
    const known = this.live.state() !== null;

    return (
      this.now()?.description ?? (known ? 'Not in the current state; its history is shown.' : '')
    );
  });
  protected readonly view = injectChartHistory(this.id, this.range, (response, id, range) =>
    resourceHistory(response, this.kind.series(response, id), this.kind.panels, range),
  );
}
