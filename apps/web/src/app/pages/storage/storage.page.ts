import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';

@Component({
  selector: 'app-storage-page',
  imports: [EmptyStateComponent, PageHeaderComponent],
  templateUrl: './storage.page.html',
  styleUrl: './storage.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoragePage {}
