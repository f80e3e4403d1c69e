import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'app-pulse-logo',
  templateUrl: './pulse-logo.component.html',
  styleUrl: './pulse-logo.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PulseLogoComponent {
  readonly size = input(24);
}
