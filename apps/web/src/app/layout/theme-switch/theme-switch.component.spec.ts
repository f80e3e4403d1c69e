import { ComponentFixture, TestBed } from '@angular/core/testing';
import { THEME_STORAGE_KEY } from '../../core/theme/theme-preference';
import { ThemeSwitchComponent } from './theme-switch.component';

describe('ThemeSwitchComponent', () => {
  let fixture: ComponentFixture<ThemeSwitchComponent>;

  const button = (value: string) =>
    fixture.nativeElement.querySelector(`[data-theme-option="${value}"]`) as HTMLButtonElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(ThemeSwitchComponent);
    await fixture.whenStable();
  });

  afterEach(() => localStorage.clear());

  it('offers three labelled choices with "system" pressed by default', () => {
    const group = fixture.nativeElement.querySelector('[role="group"]');

    expect(group.getAttribute('aria-label')).toBe('Colour theme');
    expect(button('light').textContent?.trim()).toBe('Light theme');
    expect(button('system').getAttribute('aria-pressed')).toBe('true');
    expect(button('dark').getAttribute('aria-pressed')).toBe('false');
  });

  it('applies and remembers the choice that is clicked', async () => {
    button('dark').click();
    await fixture.whenStable();

    expect(button('dark').getAttribute('aria-pressed')).toBe('true');
    expect(button('system').getAttribute('aria-pressed')).toBe('false');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  });
});
