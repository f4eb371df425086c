import type { PopupModel } from '@/utils/ui/popup-model';
import type { SummaryModel } from '@/utils/ui/summary-model';
import { t } from '@/utils/i18n';
import { SummaryOnDevice } from './SummaryOnDevice';

/**
 * The current article's summary in the popup: a TL;DR and the key points, tagged with the
 * article's language so screen readers pronounce them right, the on-device upgrade, and a Copy
 * button. The summary model is created (and started) outside, beside the popup model.
 */
export function SummaryPanel({ model, summary }: { model: PopupModel; summary: SummaryModel }) {
  // Listing and home pages also yield some text; only an article gets a summary.
  return model.state.value === 'ready' ? <SummaryView summary={summary} /> : null;
}

/** The summary itself, for a summary model. */
export function SummaryView({ summary }: { summary: SummaryModel }) {
  const s = summary.summary.value;
  if (!s) return null;
  // An unknown language is said so (lang=""), rather than inheriting the popup's UI language.
  const lang = s.lang ?? '';
  const copyStatus =
    summary.copyState.value === 'copied' ? t('summaryCopied') : summary.copyState.value === 'failed' ? t('summaryCopyFailed') : '';
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summaryHeading')}</h2>
      {s.tldr && (
        <p class="tldr">
          <span class="label">{t('summaryTldr')}</span>{' '}
          <span lang={lang} dir="auto">
            {s.tldr}
          </span>
        </p>
      )}
      {s.points.length > 0 && (
        <ul class="points" lang={lang} dir="auto" aria-label={t('summaryKeyPoints')}>
          {s.points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      )}
      <p class="muted source">{s.source === 'on-device' ? t('summarySourceOnDevice') : t('summarySourceExtractive')}</p>
      <SummaryOnDevice summary={summary} />
      <div class="actions">
        <button type="button" onClick={() => void summary.copy(t('summaryTldr'))}>
          {t('summaryCopy')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {copyStatus}
      </p>
    </section>
  );
}
