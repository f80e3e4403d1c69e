import { DOCUMENT } from '@angular/common';
import { computed, DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import {
  applyTheme,
  DARK_SCHEME_QUERY,
  readStoredPreference,
  resolveTheme,
  safeLocalStorage,
  ThemePreference,
  writeStoredPreference,
} from './theme-preference';

@Injectable({ providedIn: 'root' })
export class ThemeStore {
  private readonly document = inject(DOCUMENT);
  private readonly window = this.document.defaultView;
  private readonly storage = this.window ? safeLocalStorage(this.window) : undefined;
  private readonly darkQuery = this.watchDarkScheme();
  private readonly systemDark = signal(this.darkQuery?.matches ?? false);
  private readonly chosen = signal<ThemePreference>(readStoredPreference(this.storage));

  readonly preference = this.chosen.asReadonly();
  readonly theme = computed(() => resolveTheme(this.chosen(), this.systemDark()));

  constructor() {
    effect(() => applyTheme(this.document.documentElement, this.theme()));
  }

  choose(preference: ThemePreference): void {
    this.chosen.set(preference);
    writeStoredPreference(this.storage, preference);
  }

  private watchDarkScheme(): MediaQueryList | undefined {
    if (typeof this.window?.matchMedia !== 'function') {
      return undefined;
    }

    const query = this.window.matchMedia(DARK_SCHEME_QUERY);
    const onChange = (event: MediaQueryListEvent) => this.systemDark.set(event.matches);

    query.addEventListener('change', onChange);
    inject(DestroyRef).onDestroy(() => query.removeEventListener('change', onChange));

    return query;
  }
}
