import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { LiveStateService } from '../live-state/live-state.service';
import { ConnectionSource } from './connection-source';

/** Opens the live state's WebSocket when the app starts; it also reports the connection. */
export function provideConnectionMonitoring(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: ConnectionSource, useExisting: LiveStateService },
    provideAppInitializer(() => inject(ConnectionSource).start()),
  ]);
}
