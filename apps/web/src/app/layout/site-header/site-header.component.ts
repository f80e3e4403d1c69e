import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MainNavComponent } from '../main-nav/main-nav.component';
import { PulseLogoComponent } from '../pulse-logo/pulse-logo.component';
import { ThemeSwitchComponent } from '../theme-switch/theme-switch.component';

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, MainNavComponent, PulseLogoComponent, ThemeSwitchComponent],
  templateUrl: './site-header.component.html',
  styleUrl: './site-header.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeaderComponent {}
