import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { VersionResponse } from '@pulse/contracts';
import { Subscription } from 'rxjs';
import { SystemApiService } from '../api/system-api.service';
import { ConnectionStore } from '../connection/connection.store';

/** The server sends `v4.26.1`, as API.md shows; the footer shows it without the `v`. */
export function displayVersion(version: string): string {
  return version.replace(/^v/i, '');
}

/** Facts about the Pulse server itself, fetched again whenever the connection comes back. */
@Injectable({ providedIn: 'root' })
export class SystemInfoStore {
  private readonly api = inject(SystemApiService);
  private readonly connection = inject(ConnectionStore);
  private readonly current = signal<VersionResponse | null>(null);
  private readonly failed = signal(false);
  private request: Subscription | undefined;

  readonly version = this.current.asReadonly();
  readonly loadFailed = this.failed.asReadonly();
  readonly versionNumber = computed(() => {
    const info = this.current();

    return info ? displayVersion(info.version) : null;
  });

  constructor() {
    effect(() => {
      if (this.connection.state() === 'connected') {
        untracked(() => this.refresh());
      }
    });
  }

  refresh(): void {
    this.request?.unsubscribe();
    this.request = this.api.getVersion().subscribe({
      next: (info) => {
        this.current.set(info);
        this.failed.set(false);
      },
      error: () => this.failed.set(true),
    });
  }
}
