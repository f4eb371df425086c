import type { PopupModel } from '@/utils/ui/popup-model';
import { t } from '@/utils/i18n';

/** The current tab's article: site, title, byline and reading time. */
export function ArticleCard({ model }: { model: PopupModel }) {
  const { state, title, siteName, article } = model;
  if (state.value === 'loading' && !title.value) {
    return <p class="muted" role="status">{t('popupLoading')}</p>;
  }
  if (state.value === 'unavailable' || state.value === 'error') {
    return <p class="muted" role="status">{t('popupUnavailable')}</p>;
  }
  const a = article.value;
  const facts = [
    a?.byline,
    a?.published ? new Date(a.published).toLocaleDateString(undefined, { dateStyle: 'medium' }) : null,
    a && a.wordCount > 0 ? t('popupReadingMinutes', String(a.readingMinutes)) : null,
  ].filter((f): f is string => Boolean(f));
  return (
    <section class="article" aria-labelledby="article-title">
      {siteName.value && <p class="site">{siteName.value}</p>}
      <h1 id="article-title" class="title">
        {title.value}
      </h1>
      {facts.length > 0 && <p class="facts">{facts.join(' · ')}</p>}
      {state.value === 'not-article' && <p class="muted">{t('popupNotArticle')}</p>}
    </section>
  );
}
