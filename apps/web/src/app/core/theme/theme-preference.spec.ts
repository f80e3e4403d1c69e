import {
  applyTheme,
  readStoredPreference,
  resolveTheme,
  THEME_STORAGE_KEY,
} from './theme-preference';

describe('theme preference', () => {
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset['theme'];
  });

  it('reads a saved choice and falls back to the system for anything else', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    expect(readStoredPreference(localStorage)).toBe('dark');

    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    expect(readStoredPreference(localStorage)).toBe('system');

    expect(readStoredPreference(undefined)).toBe('system');
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;

    expect(readStoredPreference(broken)).toBe('system');
  });

  it('resolves "system" with the OS setting and keeps explicit choices', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('sets data-theme and color-scheme on the root element', () => {
    applyTheme(document.documentElement, 'dark');

    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(document.documentElement.style.colorScheme).toBe('dark');
  });
});
