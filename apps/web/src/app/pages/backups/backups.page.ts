import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';

@Component({
  selector: 'app-backups-page',
  imports: [EmptyStateComponent, PageHeaderComponent],
  templateUrl: './backups.page.html',
  styleUrl: './backups.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackupsPage {}
