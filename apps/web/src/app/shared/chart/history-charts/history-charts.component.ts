import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ResourceHistory } from '../chart-panels';
import { LineChartComponent } from '../line-chart/line-chart.component';
import { HistoryView } from '../refreshed-history';

/** The charts of one resource, or why there are none yet. */
@Component({
  selector: 'app-history-charts',
  imports: [LineChartComponent],
  templateUrl: './history-charts.component.html',
  styleUrl: './history-charts.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryChartsComponent {
  readonly view = input.required<HistoryView<ResourceHistory>>();
}
