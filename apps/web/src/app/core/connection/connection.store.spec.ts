import { TestBed } from '@angular/core/testing';
import { ConnectionStore, OFFLINE_AFTER_FAILURES } from './connection.store';

describe('ConnectionStore', () => {
  let store: ConnectionStore;

  beforeEach(() => {
    store = TestBed.inject(ConnectionStore);
  });

  it('starts as connecting until the first answer', () => {
    expect(store.state()).toBe('connecting');
    expect(store.label()).toBe('Connecting…');
    expect(store.lastContactAt()).toBeNull();
  });

  it('is connected after an answer and records when', () => {
    const at = new Date('2026-01-02T03:04:05Z');

    store.markReachable(at);

    expect(store.state()).toBe('connected');
    expect(store.label()).toBe('Connected');
    expect(store.lastContactAt()).toBe(at);
  });

  it('goes from reconnecting to offline as failures pile up', () => {
    store.markReachable();
    store.markUnreachable();
    expect(store.state()).toBe('reconnecting');

    for (let i = 1; i < OFFLINE_AFTER_FAILURES; i++) {
      store.markUnreachable();
    }
    expect(store.state()).toBe('offline');
    expect(store.label()).toBe('Offline');
  });

  it('recovers to connected with the next answer', () => {
    store.markOffline();
    expect(store.state()).toBe('offline');

    store.markReachable();

    expect(store.state()).toBe('connected');
    expect(store.consecutiveFailures()).toBe(0);
  });
});
