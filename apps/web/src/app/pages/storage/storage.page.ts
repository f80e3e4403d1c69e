import { CdkVirtualForOf, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { BytesPipe, UsedOfPipe } from '../../shared/format/format.pipes';
import { trackById } from '../../shared/table/track-by-id';
import { VirtualTableDirective } from '../../shared/table/virtual-table.directive';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';
import { SearchFieldComponent } from '../../shared/ui/search-field/search-field.component';
import { StatusBadgeComponent } from '../../shared/ui/status-badge/status-badge.component';
import { UsageBarComponent } from '../../shared/ui/usage-bar/usage-bar.component';
import { cephRows, filterStorage, storageRows } from './storage-rows';

/** Pixels per row: the usage bar with the amounts below it is the tallest cell. */
export const STORAGE_ROW_HEIGHT = 45;

@Component({
  selector: 'app-storage-page',
  imports: [
    CdkVirtualForOf,
    CdkVirtualScrollViewport,
    RouterLink,
    BytesPipe,
    UsedOfPipe,
    EmptyStateComponent,
    PageHeaderComponent,
    SearchFieldComponent,
    StatusBadgeComponent,
    UsageBarComponent,
    VirtualTableDirective,
  ],
  templateUrl: './storage.page.html',
  styleUrl: './storage.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoragePage {
  private readonly live = inject(LiveStateService);

  protected readonly state = this.live.state;
  protected readonly query = signal('');
  protected readonly rowHeight = STORAGE_ROW_HEIGHT;
  protected readonly trackById = trackById;
  protected readonly rows = computed(() => {
    const state = this.state();

    return state ? storageRows(state) : [];
  });
  protected readonly shown = computed(() => filterStorage(this.rows(), this.query()));
  protected readonly ceph = computed(() => {
    const state = this.state();

    return state ? cephRows(state) : [];
  });
}
