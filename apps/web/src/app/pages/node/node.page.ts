import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ChartRange } from '@pulse/contracts';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { injectChartHistory, injectRouteId } from '../../shared/chart/chart-history';
import { HistoryLayoutComponent } from '../../shared/chart/history-layout/history-layout.component';
import { nodeHistory } from './node-charts';

/** One Proxmox VE node: what it is now, from the live state, and its history in charts. */
@Component({
  selector: 'app-node-page',
  imports: [HistoryLayoutComponent],
  template: `
    <app-history-layout
      [heading]="node()?.name || id()"
      [description]="description()"
      [status]="node()?.status"
      [view]="view()"
      [(range)]="range"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NodePage {
  private readonly live = inject(LiveStateService);

  protected readonly id = injectRouteId();
  protected readonly range = signal<ChartRange>('1h');
  protected readonly node = computed(() => {
    const id = this.id();

    return this.live.state()?.nodes.find((node) => node.id === id);
  });
  protected readonly description = computed(() => {
    const node = this.node();
    if (!node) {
      return this.live.state() ? 'Not in the current state; its history is shown.' : '';
    }

    return `Node of ${node.instance}${node.pveVersion ? ` · ${node.pveVersion}` : ''}`;
  });
  protected readonly view = injectChartHistory(this.id, this.range, nodeHistory);
}
