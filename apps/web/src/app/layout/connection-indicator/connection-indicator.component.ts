import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ConnectionStore } from '../../core/connection/connection.store';

@Component({
  selector: 'app-connection-indicator',
  templateUrl: './connection-indicator.component.html',
  styleUrl: './connection-indicator.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionIndicatorComponent {
  protected readonly connection = inject(ConnectionStore);
}
