import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Shareable } from '@/utils/share/shareable';
import type { ShareModel } from '@/utils/ui/share-model';

/** Asks for the reader's Mastodon server inline, remembers it, then posts. */
export function MastodonForm({ model, item }: { model: ShareModel; item: Shareable }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const invalid = model.mastodonError.value;
  return (
    <form
      class="share-mastodon"
      onSubmit={(e) => {
        e.preventDefault();
        void model.submitMastodon(item, input.current?.value ?? '');
      }}
    >
      <label for="share-mastodon-host">{t('shareMastodonLabel')}</label>
      <input
        ref={input}
        id="share-mastodon-host"
        type="text"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        placeholder="mastodon.social"
        defaultValue={model.mastodonInstance.value ?? ''}
        aria-describedby="share-mastodon-help"
        aria-invalid={invalid}
        required
      />
      <p id="share-mastodon-help" class="share-help">
        {t('shareMastodonHelp')}
      </p>
      <div class="share-row">
        <button type="submit" class="primary">
          {t('shareMastodonSubmit')}
        </button>
        <button type="button" onClick={() => (model.askingMastodon.value = false)}>
          {t('shareMastodonCancel')}
        </button>
      </div>
    </form>
  );
}
