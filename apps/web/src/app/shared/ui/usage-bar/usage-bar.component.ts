import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatPercent } from '../../format/format';
import { usageLevel } from './usage-level';

/** A thin coloured bar with the percentage over it; a negative or missing value is unknown. */
@Component({
  selector: 'app-usage-bar',
  templateUrl: './usage-bar.component.html',
  styleUrl: './usage-bar.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsageBarComponent {
  /** Percent 0–100. */
  readonly percent = input<number | null | undefined>(null);
  /** What is measured, for screen readers: "CPU", "Memory", … */
  readonly label = input.required<string>();
  /** Extra words after the percentage, e.g. "16 GiB of 64 GiB". */
  readonly detail = input<string>();

  protected readonly level = computed(() => usageLevel(this.percent()));
  protected readonly known = computed(() => this.level() !== 'unknown');
  protected readonly width = computed(() => Math.min(100, Math.max(0, this.percent() ?? 0)));
  protected readonly text = computed(() => (this.known() ? formatPercent(this.percent()) : '–'));
  protected readonly valueText = computed(() => {
    const detail = this.detail();
    if (!this.known()) {
      return 'unknown';
    }

    return detail ? `${this.text()}, ${detail}` : this.text();
  });
}
