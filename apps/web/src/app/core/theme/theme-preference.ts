export type ThemePreference = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'pulse-theme';
export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

export function isThemePreference(value: unknown): value is ThemePreference {
  return THEME_PREFERENCES.includes(value as ThemePreference);
}

/** Reads the saved choice; storage can be missing or throw (private windows, disabled storage). */
export function readStoredPreference(storage: Storage | undefined): ThemePreference {
  try {
    const saved = storage?.getItem(THEME_STORAGE_KEY);

    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function writeStoredPreference(storage: Storage | undefined, preference: ThemePreference) {
  try {
    storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // The choice still applies to this tab; it just will not survive a reload.
  }
}

export function resolveTheme(
  preference: ThemePreference,
  systemPrefersDark: boolean,
): ResolvedTheme {
  if (preference !== 'system') {
    return preference;
  }

  return systemPrefersDark ? 'dark' : 'light';
}

export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.dataset['theme'] = theme;
  root.style.colorScheme = theme;
}

export function safeLocalStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}
