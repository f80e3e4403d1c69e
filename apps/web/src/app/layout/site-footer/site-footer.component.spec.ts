import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ConnectionStore } from '../../core/connection/connection.store';
import { versionFixture } from '../../testing/api-fixtures';
import { SiteFooterComponent } from './site-footer.component';

describe('SiteFooterComponent', () => {
  let fixture: ComponentFixture<SiteFooterComponent>;
  let http: HttpTestingController;
  let connection: ConnectionStore;

  const text = (selector: string) =>
    (fixture.nativeElement.querySelector(selector) as HTMLElement).textContent?.trim();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SiteFooterComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    connection = TestBed.inject(ConnectionStore);
    fixture = TestBed.createComponent(SiteFooterComponent);
    await fixture.whenStable();
  });

  it('shows the product name and "Connecting…" before the server answers', () => {
    expect(text('[data-testid="server-version"]')).toBe('Pulse');
    expect(text('[role="status"]')).toContain('Connecting…');
  });

  it('shows the server version and "Connected" once the server answers', async () => {
    connection.markReachable();
    await fixture.whenStable();
    http.expectOne('/api/version').flush(versionFixture({ version: '4.26.1' }));
    await fixture.whenStable();

    expect(text('[data-testid="server-version"]')).toBe('Pulse 4.26.1');
    expect(text('[role="status"]')).toContain('Connected');
    expect(fixture.nativeElement.querySelector('[data-state="connected"]')).not.toBeNull();
  });

  it('says so when the version cannot be loaded', async () => {
    connection.markReachable();
    await fixture.whenStable();
    http.expectOne('/api/version').flush('no', { status: 500, statusText: 'Error' });
    await fixture.whenStable();

    expect(text('[data-testid="server-version"]')).toBe('Pulse (version unavailable)');
  });

  it('shows reconnecting and offline states', async () => {
    connection.markUnreachable();
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('Reconnecting…');

    connection.markOffline();
    await fixture.whenStable();
    expect(text('[role="status"]')).toContain('Offline');
    expect(fixture.nativeElement.querySelector('[data-state="offline"]')).not.toBeNull();
  });
});
