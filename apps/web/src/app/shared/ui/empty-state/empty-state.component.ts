import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A calm panel for a page that has nothing to show yet; the message is projected. */
@Component({
  selector: 'app-empty-state',
  templateUrl: './empty-state.component.html',
  styleUrl: './empty-state.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
}
