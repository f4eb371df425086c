import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, settingsItem } from './items';

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults and round-trips settings', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, wikipediaRelated: true });
    expect((await settingsItem.getValue()).wikipediaRelated).toBe(true);
  });

});
