import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SystemInfoStore } from '../../core/system/system-info.store';
import { ConnectionIndicatorComponent } from '../connection-indicator/connection-indicator.component';

@Component({
  selector: 'app-site-footer',
  imports: [ConnectionIndicatorComponent],
  templateUrl: './site-footer.component.html',
  styleUrl: './site-footer.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooterComponent {
  protected readonly system = inject(SystemInfoStore);
}
