import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LiveStateService } from '../../core/live-state/live-state.service';
import { hasPveInstance, unreachablePveInstances } from '../../core/live-state/state-queries';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';
import { guestRows } from './guest-table/guest-rows';
import { GuestTableComponent } from './guest-table/guest-table.component';
import { nodeGroups } from './node-groups/node-groups';
import { NodeGroupsComponent } from './node-groups/node-groups.component';

@Component({
  selector: 'app-dashboard-page',
  imports: [
    RouterLink,
    EmptyStateComponent,
    PageHeaderComponent,
    GuestTableComponent,
    NodeGroupsComponent,
  ],
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly live = inject(LiveStateService);

  protected readonly state = this.live.state;
  protected readonly configured = computed(() => {
    const state = this.state();

    return state ? hasPveInstance(state) : false;
  });
  protected readonly unreachable = computed(() => {
    const state = this.state();

    return state ? unreachablePveInstances(state).join(', ') : '';
  });
  protected readonly groups = computed(() => {
    const state = this.state();

    return state ? nodeGroups(state) : [];
  });
  protected readonly guests = computed(() => {
    const state = this.state();

    return state ? guestRows(state) : [];
  });
  protected readonly summary = computed(() => {
    const guests = this.guests();

    return {
      nodes: this.groups().reduce((count, group) => count + group.nodes.length, 0),
      vms: guests.filter((guest) => guest.type === 'qemu').length,
      containers: guests.filter((guest) => guest.type === 'lxc').length,
      running: guests.filter((guest) => guest.status === 'running').length,
    };
  });
}
