import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';

@Component({
  selector: 'app-hosts-page',
  imports: [EmptyStateComponent, PageHeaderComponent],
  templateUrl: './hosts.page.html',
  styleUrl: './hosts.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostsPage {}
