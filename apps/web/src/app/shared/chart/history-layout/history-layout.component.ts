import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ChartRange } from '@pulse/contracts';
import { PageHeaderComponent } from '../../ui/page-header/page-header.component';
import { StatusBadgeComponent } from '../../ui/status-badge/status-badge.component';
import { ResourceHistory } from '../chart-panels';
import { HistoryChartsComponent } from '../history-charts/history-charts.component';
import { RangePickerComponent } from '../range-picker/range-picker.component';
import { HistoryView } from '../refreshed-history';

/** The page of one resource: a way back, its name and status, a range picker and its charts. */
@Component({
  selector: 'app-history-layout',
  imports: [
    RouterLink,
    HistoryChartsComponent,
    PageHeaderComponent,
    RangePickerComponent,
    StatusBadgeComponent,
  ],
  templateUrl: './history-layout.component.html',
  styleUrl: './history-layout.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryLayoutComponent {
  readonly heading = input.required<string>();
  readonly description = input('');
  /** The live status, when the resource is in the current state. */
  readonly status = input<string>();
  readonly view = input.required<HistoryView<ResourceHistory>>();
  readonly range = model.required<ChartRange>();
}
