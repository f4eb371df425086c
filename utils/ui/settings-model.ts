import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/utils/storage/items';

/**
 * The settings page's state: the stored settings, kept in step with storage (another page or
 * the popup may change them), and an `update` that writes one field at a time.
 */
export function createSettingsModel() {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const loaded = signal(false);

  async function load(): Promise<void> {
    settings.value = await settingsItem.getValue();
    loaded.value = true;
  }

  const unwatch = settingsItem.watch((next) => {
    settings.value = next;
  });

  /** Saves one setting; the watcher brings the stored value back into `settings`. */
  async function update<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    const next = { ...(await settingsItem.getValue()), [key]: value };
    settings.value = next;
    await settingsItem.setValue(next);
  }

  return { settings, loaded, load, update, dispose: unwatch };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
