import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ConnectionStore } from '../../core/connection/connection.store';

@Component({
  selector: 'app-connection-status',
  templateUrl: './connection-status.component.html',
  styleUrl: './connection-status.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionStatusComponent {
  protected readonly connection = inject(ConnectionStore);
}
