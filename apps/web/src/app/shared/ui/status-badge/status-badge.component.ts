import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { statusTone } from './status-tone';

/** A coloured dot with the status word; the word carries the meaning, the colour helps. */
@Component({
  selector: 'app-status-badge',
  templateUrl: './status-badge.component.html',
  styleUrl: './status-badge.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadgeComponent {
  readonly status = input.required<string>();

  protected readonly tone = computed(() => statusTone(this.status()));
}
