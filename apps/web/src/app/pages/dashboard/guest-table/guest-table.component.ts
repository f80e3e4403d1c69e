import { CdkVirtualForOf, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RatePipe, UptimePipe, UsedOfPipe } from '../../../shared/format/format.pipes';
import { ariaSort, Sort, sortArrow, toggleSort } from '../../../shared/table/sort';
import { trackById } from '../../../shared/table/track-by-id';
import { VirtualTableDirective } from '../../../shared/table/virtual-table.directive';
import { SearchFieldComponent } from '../../../shared/ui/search-field/search-field.component';
import { StatusBadgeComponent } from '../../../shared/ui/status-badge/status-badge.component';
import { UsageBarComponent } from '../../../shared/ui/usage-bar/usage-bar.component';
import {
  filterGuests,
  GuestRow,
  GuestSortKey,
  GuestStatusFilter,
  GuestTypeFilter,
  sortGuests,
} from './guest-rows';

interface Column {
  key: GuestSortKey;
  label: string;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Sorted largest first on the first click, as one looks for the busiest guests. */
  descFirst?: boolean;
}

/** Pixels per row; every cell holds one line, so no row grows beyond it. */
export const GUEST_ROW_HEIGHT = 33;

const COLUMNS: Column[] = [
  { key: 'name', label: 'Name' },
  { key: 'vmid', label: 'VMID', numeric: true },
  { key: 'node', label: 'Node' },
  { key: 'type', label: 'Type' },
  { key: 'status', label: 'Status' },
  { key: 'cpu', label: 'CPU', descFirst: true },
  { key: 'memory', label: 'Memory', descFirst: true },
  { key: 'disk', label: 'Disk', descFirst: true },
  { key: 'netIn', label: 'Net in', numeric: true, descFirst: true },
  { key: 'netOut', label: 'Net out', numeric: true, descFirst: true },
  { key: 'uptime', label: 'Uptime', numeric: true, descFirst: true },
];

/** VMs and containers in one dense table: a search box, two filters, sort by any column. */
@Component({
  selector: 'app-guest-table',
  imports: [
    CdkVirtualForOf,
    CdkVirtualScrollViewport,
    RatePipe,
    RouterLink,
    UptimePipe,
    UsedOfPipe,
    SearchFieldComponent,
    StatusBadgeComponent,
    UsageBarComponent,
    VirtualTableDirective,
  ],
  templateUrl: './guest-table.component.html',
  styleUrl: './guest-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuestTableComponent {
  readonly rows = input.required<GuestRow[]>();

  protected readonly columns = COLUMNS;
  protected readonly rowHeight = GUEST_ROW_HEIGHT;
  protected readonly query = signal('');
  protected readonly type = signal<GuestTypeFilter>('all');
  protected readonly status = signal<GuestStatusFilter>('all');
  protected readonly sort = signal<Sort<GuestSortKey>>({ key: 'name', direction: 'asc' });
  protected readonly shown = computed(() => {
    const filter = { query: this.query(), type: this.type(), status: this.status() };

    return sortGuests(filterGuests(this.rows(), filter), this.sort());
  });
  protected readonly ariaSort = ariaSort;
  protected readonly sortArrow = sortArrow;
  protected readonly trackById = trackById;

  protected sortBy(column: Column): void {
    this.sort.update((sort) => toggleSort(sort, column.key, column.descFirst ? 'desc' : 'asc'));
  }

  protected onType(event: Event): void {
    this.type.set((event.target as HTMLSelectElement).value as GuestTypeFilter);
  }

  protected onStatus(event: Event): void {
    this.status.set((event.target as HTMLSelectElement).value as GuestStatusFilter);
  }
}
