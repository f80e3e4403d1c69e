import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { BytesPipe, DateTimePipe, UsedOfPipe } from '../../shared/format/format.pipes';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';
import { SearchFieldComponent } from '../../shared/ui/search-field/search-field.component';
import { StatusBadgeComponent } from '../../shared/ui/status-badge/status-badge.component';
import { UsageBarComponent } from '../../shared/ui/usage-bar/usage-bar.component';
import { backupRows, filterBackups } from './backup-rows';

/** The newest backups listed at most; the search reaches all of them. */
export const RECENT_BACKUP_LIMIT = 100;

@Component({
  selector: 'app-backups-page',
  imports: [
    BytesPipe,
    DateTimePipe,
    UsedOfPipe,
    EmptyStateComponent,
    PageHeaderComponent,
    SearchFieldComponent,
    StatusBadgeComponent,
    UsageBarComponent,
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
  protected readonly rows = computed(() => {
    const state = this.state();

    return state ? backupRows(state) : [];
  });
  protected readonly matching = computed(() => filterBackups(this.rows(), this.query()));
  protected readonly shown = computed(() => this.matching().slice(0, RECENT_BACKUP_LIMIT));
}
