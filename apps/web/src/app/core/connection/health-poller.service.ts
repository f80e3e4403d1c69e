import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject, Injectable } from '@angular/core';
import { Subscription } from 'rxjs';
import { SystemApiService } from '../api/system-api.service';
import { ConnectionSource } from './connection-source';
import { ConnectionStore } from './connection.store';

export const HEALTHY_POLL_INTERVAL_MS = 15_000;
export const FIRST_RETRY_DELAY_MS = 2_000;
export const MAX_RETRY_DELAY_MS = 60_000;

/** Delay before the next check: steady while healthy, doubling after each failure. */
export function nextCheckDelay(consecutiveFailures: number): number {
  if (consecutiveFailures === 0) {
    return HEALTHY_POLL_INTERVAL_MS;
  }

  const backoff = FIRST_RETRY_DELAY_MS * 2 ** (consecutiveFailures - 1);

  return Math.min(backoff, MAX_RETRY_DELAY_MS);
}

@Injectable({ providedIn: 'root' })
export class HealthPollerService extends ConnectionSource {
  private readonly api = inject(SystemApiService);
  private readonly store = inject(ConnectionStore);
  private readonly window = inject(DOCUMENT).defaultView;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: Subscription | undefined;
  private running = false;

  private readonly onOnline = () => this.checkNow();
  private readonly onOffline = () => this.store.markOffline();

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  start(): void {
    if (this.running) {
      return;
    }

    this.running = true;
    this.window?.addEventListener('online', this.onOnline);
    this.window?.addEventListener('offline', this.onOffline);
    this.checkNow();
  }

  stop(): void {
    this.running = false;
    this.window?.removeEventListener('online', this.onOnline);
    this.window?.removeEventListener('offline', this.onOffline);
    this.cancelPending();
  }

  private checkNow(): void {
    this.cancelPending();
    this.request = this.api.getHealth().subscribe({
      next: () => this.settle(() => this.store.markReachable()),
      error: () => this.settle(() => this.store.markUnreachable()),
    });
  }

  private settle(report: () => void): void {
    report();

    if (this.running) {
      const delay = nextCheckDelay(this.store.consecutiveFailures());

      this.timer = setTimeout(() => this.checkNow(), delay);
    }
  }

  private cancelPending(): void {
    clearTimeout(this.timer);
    this.request?.unsubscribe();
  }
}
