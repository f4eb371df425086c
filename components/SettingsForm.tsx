import type { SettingsModel } from '@/utils/ui/settings-model';
import { t } from '@/utils/i18n';

/** Reelmark's settings: each one a labelled control with a line saying what it does. */
export function SettingsForm({ model }: { model: SettingsModel }) {
  const s = model.settings.value;
  return (
    <main class="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settingsTitle')}</h1>
      <fieldset>
        <legend>{t('settingsSummaries')}</legend>
        <label class="toggle">
          <input
            type="checkbox"
            checked={s.onDeviceSummaries}
            aria-describedby="on-device-help"
            onChange={(e) => void model.update('onDeviceSummaries', e.currentTarget.checked)}
          />
          <span>{t('settingsOnDevice')}</span>
        </label>
        <p id="on-device-help" class="help">
          {t('settingsOnDeviceHelp')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('settingsRelated')}</legend>
        <label class="toggle">
          <input
            type="checkbox"
            checked={s.wikipediaRelated}
            aria-describedby="wikipedia-help"
            onChange={(e) => void model.update('wikipediaRelated', e.currentTarget.checked)}
          />
          <span>{t('settingsWikipedia')}</span>
        </label>
        <p id="wikipedia-help" class="help">
          {t('settingsWikipediaHelp')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('settingsSharing')}</legend>
        <label for="mastodon-instance">{t('settingsMastodon')}</label>
        <input
          id="mastodon-instance"
          type="text"
          inputMode="url"
          placeholder="mastodon.social"
          value={s.mastodonInstance ?? ''}
          aria-describedby="mastodon-help"
          onChange={(e) => void model.update('mastodonInstance', e.currentTarget.value.trim() || null)}
        />
        <p id="mastodon-help" class="help">
          {t('settingsMastodonHelp')}
        </p>
      </fieldset>
    </main>
  );
}
