import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { versionFixture } from '../../testing/api-fixtures';
import { ConnectionStore } from '../connection/connection.store';
import { displayVersion, SystemInfoStore } from './system-info.store';

describe('displayVersion', () => {
  it('drops a leading v that older servers sent', () => {
    expect(displayVersion('v4.24.0')).toBe('4.24.0');
    expect(displayVersion('4.26.1-rc.2')).toBe('4.26.1-rc.2');
  });
});

describe('SystemInfoStore', () => {
  let http: HttpTestingController;
  let connection: ConnectionStore;
  let store: SystemInfoStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    connection = TestBed.inject(ConnectionStore);
    store = TestBed.inject(SystemInfoStore);
  });

  afterEach(() => http.verify());

  function connect(): void {
    connection.markReachable();
    TestBed.tick();
  }

  it('waits for a connection before asking for the version', () => {
    TestBed.tick();
    http.expectNone('/api/version');

    connect();
    http.expectOne('/api/version').flush(versionFixture({ version: 'v4.26.1' }));

    expect(store.versionNumber()).toBe('4.26.1');
    expect(store.version()?.channel).toBe('stable');
  });

  it('notes a failed load and fetches again when the connection returns', () => {
    connect();
    http.expectOne('/api/version').flush('boom', { status: 500, statusText: 'Error' });
    expect(store.loadFailed()).toBe(true);
    expect(store.versionNumber()).toBeNull();

    connection.markOffline();
    TestBed.tick();
    connect();
    http.expectOne('/api/version').flush(versionFixture({ version: '4.27.0' }));

    expect(store.loadFailed()).toBe(false);
    expect(store.versionNumber()).toBe('4.27.0');
  });

  it('does not refetch on every successful health check', () => {
    connect();
    http.expectOne('/api/version').flush(versionFixture());

    connect();

    http.expectNone('/api/version');
  });
});
