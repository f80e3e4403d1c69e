// Loaded as a blocking script in <head> so a saved theme applies before the first paint; the
// Angular bundle starts too late for that. A file, not an inline script, to satisfy the CSP.
// Keep in step with src/app/core/theme/theme-preference.ts.
(() => {
  const root = document.documentElement;
  let theme = null;

  try {
    theme = window.localStorage.getItem('pulse-theme');
  } catch {
    theme = null;
  }

  if (theme !== 'light' && theme !== 'dark') {
    const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;

    theme = prefersDark ? 'dark' : 'light';
  }

  root.setAttribute('data-theme', theme);
  root.style.colorScheme = theme;
})();
