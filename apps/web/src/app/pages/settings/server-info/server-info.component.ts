import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { VersionResponse } from '@pulse/contracts';
import { displayVersion, SystemInfoStore } from '../../../core/system/system-info.store';

interface InfoRow {
  label: string;
  value: string;
}

export function describeServer(info: VersionResponse): InfoRow[] {
  const update = info.updateAvailable && info.latestVersion;

  return [
    { label: 'Version', value: displayVersion(info.version) },
    { label: 'Channel', value: info.channel },
    { label: 'Build', value: info.build },
    { label: 'Deployment', value: info.deploymentType },
    { label: 'Runtime', value: `${info.runtime} ${info.goVersion}` },
    { label: 'Updates', value: update ? `${displayVersion(update)} available` : 'Up to date' },
  ];
}

@Component({
  selector: 'app-server-info',
  templateUrl: './server-info.component.html',
  styleUrl: './server-info.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServerInfoComponent {
  private readonly system = inject(SystemInfoStore);

  protected readonly loadFailed = this.system.loadFailed;
  protected readonly rows = computed(() => {
    const info = this.system.version();

    return info ? describeServer(info) : null;
  });
}
