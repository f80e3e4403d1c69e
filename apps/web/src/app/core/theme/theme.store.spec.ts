import { TestBed } from '@angular/core/testing';
import { FakeMediaQuery, installMatchMedia } from '../../testing/match-media';
import { THEME_STORAGE_KEY } from './theme-preference';
import { ThemeStore } from './theme.store';

describe('ThemeStore', () => {
  let osDark: FakeMediaQuery;
  let restoreMatchMedia: () => void;

  const rootTheme = () => document.documentElement.getAttribute('data-theme');

  function createStore(): ThemeStore {
    const store = TestBed.inject(ThemeStore);

    TestBed.tick();

    return store;
  }

  beforeEach(() => {
    osDark = new FakeMediaQuery(false);
    restoreMatchMedia = installMatchMedia(osDark);
  });

  afterEach(() => {
    restoreMatchMedia();
    localStorage.clear();
  });

  it('follows the operating system when nothing is saved', () => {
    osDark.matches = true;
    const store = createStore();

    expect(store.preference()).toBe('system');
    expect(store.theme()).toBe('dark');
    expect(rootTheme()).toBe('dark');
  });

  it('reacts when the operating system switches while set to system', () => {
    const store = createStore();

    osDark.change(true);
    TestBed.tick();

    expect(store.theme()).toBe('dark');
    expect(rootTheme()).toBe('dark');
  });

  it('keeps an explicit choice when the operating system switches', () => {
    const store = createStore();

    store.choose('light');
    osDark.change(true);
    TestBed.tick();

    expect(rootTheme()).toBe('light');
  });

  it('saves the choice and restores it in a new session', () => {
    createStore().choose('dark');
    TestBed.tick();

    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(rootTheme()).toBe('dark');

    TestBed.resetTestingModule();
    const restored = createStore();

    expect(restored.preference()).toBe('dark');
    expect(restored.theme()).toBe('dark');
  });

  it('stops listening to the operating system when destroyed', () => {
    createStore();
    expect(osDark.listenerCount).toBe(1);

    TestBed.resetTestingModule();

    expect(osDark.listenerCount).toBe(0);
  });
});
