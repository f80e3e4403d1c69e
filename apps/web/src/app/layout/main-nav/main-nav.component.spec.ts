import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MainNavComponent } from './main-nav.component';
import { NAV_ITEMS } from './nav-items';

@Component({ template: '<app-main-nav />', imports: [MainNavComponent] })
class ShellWithNav {}

describe('MainNavComponent', () => {
  let harness: RouterTestingHarness;

  const links = () =>
    Array.from(harness.routeNativeElement?.querySelectorAll('nav a') ?? []) as HTMLElement[];
  const current = () => links().filter((link) => link.getAttribute('aria-current') === 'page');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          NAV_ITEMS.map((item) => ({ path: item.path.slice(1), component: ShellWithNav })),
        ),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  it('lists every section in a labelled navigation landmark', async () => {
    await harness.navigateByUrl('/dashboard');

    const nav = harness.routeNativeElement?.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Main');
    expect(links().map((link) => link.textContent?.trim())).toEqual([
      'Dashboard',
      'Storage',
      'Backups',
      'Docker',
      'Hosts',
      'Alerts',
      'Settings',
    ]);
    expect(links().map((link) => link.getAttribute('href'))).toEqual(
      NAV_ITEMS.map((item) => item.path),
    );
  });

  it('marks only the link of the current page with aria-current', async () => {
    await harness.navigateByUrl('/storage');

    expect(current().map((link) => link.textContent?.trim())).toEqual(['Storage']);

    await harness.navigateByUrl('/settings');

    expect(current().map((link) => link.textContent?.trim())).toEqual(['Settings']);
    expect(current()[0].classList).toContain('is-active');
  });
});
