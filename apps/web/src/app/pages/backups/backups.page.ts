import { CdkVirtualForOf, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { BytesPipe, DateTimePipe, UsedOfPipe } from '../../shared/format/format.pipes';
import { trackById } from '../../shared/table/track-by-id';
import { VirtualTableDirective } from '../../shared/table/virtual-table.directive';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';
import { SearchFieldComponent } from '../../shared/ui/search-field/search-field.component';
import { StatusBadgeComponent } from '../../shared/ui/status-badge/status-badge.component';
import { UsageBarComponent } from '../../shared/ui/usage-bar/usage-bar.component';
import { backupRows, filterBackups } from './backup-rows';

/** Pixels per row; every cell holds one line, so no row grows beyond it. */
export const BACKUP_ROW_HEIGHT = 33;

@Component({
  selector: 'app-backups-page',
  imports: [
    CdkVirtualForOf,
    CdkVirtualScrollViewport,
    BytesPipe,
    DateTimePipe,
    UsedOfPipe,
    EmptyStateComponent,
    PageHeaderComponent,
    SearchFieldComponent,
    StatusBadgeComponent,
    UsageBarComponent,
    VirtualTableDirective,
  ],
  templateUrl: './backups.page.html',
  styleUrl: './backups.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackupsPage {
  private readonly live = inject(LiveStateService);

  protected readonly state = this.live.state;
  protected readonly servers = computed(() => this.state()?.pbs ?? []);
  protected readonly query = signal('');
  protected readonly rowHeight = BACKUP_ROW_HEIGHT;
  protected readonly trackById = trackById;
  protected readonly rows = computed(() => {
    const state = this.state();

    return state ? backupRows(state) : [];
  });
  protected readonly shown = computed(() => filterBackups(this.rows(), this.query()));
}
