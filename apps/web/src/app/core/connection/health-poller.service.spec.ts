import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { healthFixture } from '../../testing/api-fixtures';
import { ConnectionStore } from './connection.store';
import {
  FIRST_RETRY_DELAY_MS,
  HEALTHY_POLL_INTERVAL_MS,
  HealthPollerService,
  MAX_RETRY_DELAY_MS,
  nextCheckDelay,
} from './health-poller.service';

describe('nextCheckDelay', () => {
  it('waits the normal interval while healthy and backs off after failures', () => {
    expect(nextCheckDelay(0)).toBe(HEALTHY_POLL_INTERVAL_MS);
    expect(nextCheckDelay(1)).toBe(FIRST_RETRY_DELAY_MS);
    expect(nextCheckDelay(2)).toBe(FIRST_RETRY_DELAY_MS * 2);
    expect(nextCheckDelay(3)).toBe(FIRST_RETRY_DELAY_MS * 4);
    expect(nextCheckDelay(50)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe('HealthPollerService', () => {
  let http: HttpTestingController;
  let store: ConnectionStore;
  let poller: HealthPollerService;

  const answer = () => http.expectOne('/api/health').flush(healthFixture());
  const fail = () =>
    http.expectOne('/api/health').flush('down', { status: 503, statusText: 'Unavailable' });

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ConnectionStore);
    poller = TestBed.inject(HealthPollerService);
  });

  afterEach(() => {
    poller.stop();
    http.verify();
    jest.useRealTimers();
  });

  it('checks at once on start and then every interval while healthy', () => {
    poller.start();
    answer();
    expect(store.state()).toBe('connected');

    jest.advanceTimersByTime(HEALTHY_POLL_INTERVAL_MS - 1);
    http.expectNone('/api/health');

    jest.advanceTimersByTime(1);
    answer();
    expect(store.state()).toBe('connected');
  });

  it('reports reconnecting, then offline, and retries sooner with backoff', () => {
    poller.start();
    answer();
    jest.advanceTimersByTime(HEALTHY_POLL_INTERVAL_MS);
    fail();
    expect(store.state()).toBe('reconnecting');

    jest.advanceTimersByTime(FIRST_RETRY_DELAY_MS);
    fail();
    jest.advanceTimersByTime(FIRST_RETRY_DELAY_MS * 2);
    fail();
    expect(store.state()).toBe('offline');

    jest.advanceTimersByTime(FIRST_RETRY_DELAY_MS * 4);
    answer();
    expect(store.state()).toBe('connected');
  });

  it('counts a check that never answers as a failure', () => {
    poller.start();

    jest.advanceTimersByTime(10_000);

    expect(store.state()).toBe('reconnecting');
    expect(http.match('/api/health')[0].cancelled).toBe(true);
  });

  it('checks again right away when the browser comes back online', () => {
    poller.start();
    fail();

    window.dispatchEvent(new Event('offline'));
    expect(store.state()).toBe('offline');

    window.dispatchEvent(new Event('online'));
    answer();
    expect(store.state()).toBe('connected');
  });

  it('stops polling when stopped', () => {
    poller.start();
    answer();
    poller.stop();

    jest.advanceTimersByTime(HEALTHY_POLL_INTERVAL_MS * 3);

    http.expectNone('/api/health');
  });
});
