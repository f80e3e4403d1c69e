import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { UptimePipe, UsedOfPipe } from '../../../shared/format/format.pipes';
import { StatusBadgeComponent } from '../../../shared/ui/status-badge/status-badge.component';
import { UsageBarComponent } from '../../../shared/ui/usage-bar/usage-bar.component';
import { NodeGroup } from './node-groups';

/** A card per PVE node, grouped by the instance (cluster or standalone node) it belongs to. */
@Component({
  selector: 'app-node-groups',
  imports: [RouterLink, UptimePipe, UsedOfPipe, StatusBadgeComponent, UsageBarComponent],
  templateUrl: './node-groups.component.html',
  styleUrl: './node-groups.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NodeGroupsComponent {
  readonly groups = input.required<NodeGroup[]>();
}
