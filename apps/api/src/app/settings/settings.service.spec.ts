import { startTestApp, TestApp } from '../../test/test-app';
import { SettingsService } from './settings.service';

describe('SettingsService', () => {
  let testApp: TestApp;
  let settings: SettingsService;

  beforeAll(async () => {
    testApp = await startTestApp();
    settings = testApp.app.get(SettingsService);
  });

  afterAll(() => testApp.close());

  it('returns undefined for an unknown key', async () => {
    expect(await settings.get('missing')).toBeUndefined();
  });

  it('stores JSON values and overwrites them', async () => {
    await settings.set('theme', { mode: 'dark', compact: true });
    await settings.set('theme', { mode: 'light', compact: false });

    expect(await settings.get('theme')).toEqual({ mode: 'light', compact: false });
  });

  it('deletes a key and says whether it existed', async () => {
    await settings.set('pbsPollingInterval', 60);

    expect(await settings.delete('pbsPollingInterval')).toBe(true);
    expect(await settings.delete('pbsPollingInterval')).toBe(false);
    expect(await settings.get('pbsPollingInterval')).toBeUndefined();
  });
});
