import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { ConnectionSource } from './connection-source';
import { HealthPollerService } from './health-poller.service';

/** Starts watching the server when the app starts; swap the source here for the WebSocket. */
export function provideConnectionMonitoring(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: ConnectionSource, useExisting: HealthPollerService },
    provideAppInitializer(() => inject(ConnectionSource).start()),
  ]);
}
