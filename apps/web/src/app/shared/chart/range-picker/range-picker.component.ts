import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { ChartRange } from '@pulse/contracts';

/** The ranges offered, short to long; the server keeps a year of history. */
export const PICKED_RANGES: readonly ChartRange[] = ['1h', '4h', '24h', '7d', '30d', '1y'];

/** A row of toggle buttons choosing the time range of the charts below it. */
@Component({
  selector: 'app-range-picker',
  templateUrl: './range-picker.component.html',
  styleUrl: './range-picker.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RangePickerComponent {
  readonly range = model.required<ChartRange>();

  protected readonly ranges = PICKED_RANGES;
}
