import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartPoint } from '@pulse/contracts';
import { formatDateTime, formatPercent, formatRate } from '../../format/format';
import { chartCeiling, ChartFrame, polylinePoints } from '../chart-geometry';

/** One line of a chart: what it measures and its points, oldest first. */
export interface ChartLine {
  label: string;
  points: ChartPoint[];
}

export type ChartUnit = 'percent' | 'rate';

/** Drawing units of the SVG; it stretches to the width of its box. */
const WIDTH = 600;
const HEIGHT = 140;

/**
 * A time series chart in plain SVG: up to a few lines over a time span, the axis from zero to
 * 100% or to a round rate above the peak, and each line's latest value in the legend.
 */
@Component({
  selector: 'app-line-chart',
  templateUrl: './line-chart.component.html',
  styleUrl: './line-chart.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChartComponent {
  readonly heading = input.required<string>();
  readonly lines = input.required<ChartLine[]>();
  readonly unit = input<ChartUnit>('percent');
  readonly fromMs = input.required<number>();
  readonly toMs = input.required<number>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly yMax = computed(() =>
    chartCeiling(
      this.unit(),
      this.lines().map((line) => line.points),
    ),
  );
  protected readonly drawn = computed(() => {
    const frame: ChartFrame = {
      fromMs: this.fromMs(),
      toMs: this.toMs(),
      yMax: this.yMax(),
      width: WIDTH,
      height: HEIGHT,
    };

    return this.lines().map((line, index) => ({
      label: line.label,
      tone: index,
      count: line.points.length,
      points: polylinePoints(line.points, frame),
      latest: this.format(line.points[line.points.length - 1]?.value),
    }));
  });
  protected readonly empty = computed(() => this.drawn().every((line) => line.count === 0));
  protected readonly top = computed(() => this.format(this.yMax()));
  protected readonly start = computed(() => formatDateTime(this.fromMs()));
  protected readonly end = computed(() => formatDateTime(this.toMs()));
  protected readonly summary = computed(() => {
    const parts = this.drawn().map((line) => `${line.label} latest ${line.latest}`);

    return `${this.heading()}: ${parts.join(', ')}; axis up to ${this.top()}`;
  });

  private format(value: number | undefined): string {
    return this.unit() === 'percent' ? formatPercent(value) : formatRate(value);
  }
}
