import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ThemePreference } from '../../core/theme/theme-preference';
import { ThemeStore } from '../../core/theme/theme.store';

interface ThemeOption {
  value: ThemePreference;
  label: string;
}

@Component({
  selector: 'app-theme-switch',
  templateUrl: './theme-switch.component.html',
  styleUrl: './theme-switch.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeSwitchComponent {
  protected readonly store = inject(ThemeStore);
  protected readonly options: readonly ThemeOption[] = [
    { value: 'light', label: 'Light theme' },
    { value: 'dark', label: 'Dark theme' },
    { value: 'system', label: 'Theme of the operating system' },
  ];
}
