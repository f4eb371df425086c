import { t } from '@/utils/i18n';
import { CITATION_STYLES } from '@/utils/share/citation/format';
import { INTENT_TARGETS } from '@/utils/share/intents';
import type { Shareable } from '@/utils/share/shareable';
import type { ShareModel } from '@/utils/ui/share-model';
import { TARGET_LABELS } from './labels';
import { MastodonForm } from './MastodonForm';

const STYLE_NAMES = { apa: 'APA', mla: 'MLA', chicago: 'Chicago' } as const;

/**
 * The share panel's targets, every one a real button: copies first (link, Markdown, citations),
 * then the system share sheet and the sites and apps, each opening in a new tab.
 */
export function SharePanel({ model, item, id }: { model: ShareModel; item: Shareable; id: string }) {
  const host = model.mastodonInstance.value;
  return (
    <section id={id} class="share-panel" aria-label={t('sharePanelLabel')}>
      <div role="group" aria-labelledby={`${id}-copy`}>
        <h2 id={`${id}-copy`}>{t('shareCopyGroup')}</h2>
        <div class="share-grid">
          <button type="button" onClick={() => void model.copyLink(item)}>
            {t('shareCopyLink')}
          </button>
          <button type="button" onClick={() => void model.copyMarkdown(item)}>
            {t('shareCopyMarkdown')}
          </button>
          {CITATION_STYLES.map((style) => (
            <button key={style} type="button" onClick={() => void model.copyCitation(item, style)}>
              {t('shareCopyCitation', STYLE_NAMES[style])}
            </button>
          ))}
        </div>
      </div>
      <div role="group" aria-labelledby={`${id}-send`}>
        <h2 id={`${id}-send`}>{t('shareSendGroup')}</h2>
        <span id={`${id}-newtab`} hidden>
          {t('shareOpensNewTab')}
        </span>
        <div class="share-grid">
          <button type="button" onClick={() => void model.shareSystem(item)}>
            {t('shareSystem')}
          </button>
          {INTENT_TARGETS.map((target) => (
            <button
              key={target}
              type="button"
              aria-describedby={`${id}-newtab`}
              aria-expanded={target === 'mastodon' && !host ? model.askingMastodon.value : undefined}
              onClick={() => void model.openTarget(item, target)}
            >
              {target === 'mastodon' && host ? t('shareTargetMastodonAt', host) : t(TARGET_LABELS[target])}
            </button>
          ))}
          {host && !model.askingMastodon.value && (
            <button type="button" class="share-quiet" onClick={() => model.changeMastodon()}>
              {t('shareMastodonChange')}
            </button>
          )}
        </div>
        {model.askingMastodon.value && <MastodonForm model={model} item={item} />}
      </div>
    </section>
  );
}
