import { computed, Injectable, signal } from '@angular/core';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** After this many failed attempts in a row the server counts as offline, not just flaky. */
export const OFFLINE_AFTER_FAILURES = 3;

const STATE_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/**
 * Connection status of the browser to the Pulse server, as the live state's WebSocket
 * reports it: each failed connection attempt counts as one failure.
 */
@Injectable({ providedIn: 'root' })
export class ConnectionStore {
  private readonly failures = signal(0);
  private readonly lastContact = signal<Date | null>(null);

  readonly consecutiveFailures = this.failures.asReadonly();
  readonly lastContactAt = this.lastContact.asReadonly();
  readonly state = computed<ConnectionState>(() => this.stateFor(this.failures()));
  readonly label = computed(() => STATE_LABELS[this.state()]);

  markReachable(at = new Date()): void {
    this.failures.set(0);
    this.lastContact.set(at);
  }

  markUnreachable(): void {
    this.failures.update((count) => count + 1);
  }

  /** The browser itself reports no network: there is no point in calling it "reconnecting". */
  markOffline(): void {
    this.failures.update((count) => Math.max(count, OFFLINE_AFTER_FAILURES));
  }

  private stateFor(failures: number): ConnectionState {
    if (failures >= OFFLINE_AFTER_FAILURES) {
      return 'offline';
    }

    if (failures > 0) {
      return 'reconnecting';
    }

    return this.lastContact() ? 'connected' : 'connecting';
  }
}
