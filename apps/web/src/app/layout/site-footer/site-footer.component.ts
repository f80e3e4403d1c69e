import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SystemInfoStore } from '../../core/system/system-info.store';
import { ConnectionStatusComponent } from '../connection-status/connection-status.component';

@Component({
  selector: 'app-site-footer',
  imports: [ConnectionStatusComponent],
  templateUrl: './site-footer.component.html',
  styleUrl: './site-footer.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooterComponent {
  protected readonly system = inject(SystemInfoStore);
}
