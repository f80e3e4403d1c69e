import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '../../shared/ui/empty-state/empty-state.component';
import { PageHeaderComponent } from '../../shared/ui/page-header/page-header.component';

@Component({
  selector: 'app-docker-page',
  imports: [EmptyStateComponent, PageHeaderComponent],
  templateUrl: './docker.page.html',
  styleUrl: './docker.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DockerPage {}
