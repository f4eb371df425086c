import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_READER_PREFS, DEFAULT_SETTINGS, readerPrefsItem, settingsItem } from './items';

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults and round-trips settings', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, wikipediaRelated: true });
    expect((await settingsItem.getValue()).wikipediaRelated).toBe(true);
  });


  it('migrates version 1 settings to version 2, keeping what the user chose', async () => {
    await fakeBrowser.storage.local.set({
      settings: { onDeviceSummaries: true, wikipediaRelated: false },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      onDeviceSummaries: true,
      wikipediaRelated: false,
      mastodonInstance: null,
    });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 2 });
  });

  it('keeps reader typography (version 1), with defaults until the reader changes it', async () => {
    expect(await readerPrefsItem.getValue()).toEqual(DEFAULT_READER_PREFS);
    await readerPrefsItem.setValue({ ...DEFAULT_READER_PREFS, theme: 'sepia', fontSize: 22 });
    expect(await readerPrefsItem.getValue()).toMatchObject({ theme: 'sepia', fontSize: 22, width: 'medium' });
  });
});
