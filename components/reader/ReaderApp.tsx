import { useMemo } from 'preact/hooks';
import { formatDate } from '@/utils/ui/format';
import type { ReaderModel } from '@/utils/ui/reader-model';
import { t } from '@/utils/i18n';
import { ReaderAside } from './ReaderAside';
import { ReaderSettings } from './ReaderSettings';

/**
 * The reader page: a saved article from the library, offline and without the site's clutter.
 * Its HTML was sanitised when saved and is sanitised again here, just before it is rendered.
 */
export function ReaderApp({ model, sanitize }: { model: ReaderModel; sanitize: (html: string) => string }) {
  const item = model.item.value;
  const p = model.prefs.value;
  const body = useMemo(() => (item?.html ? sanitize(item.html) : ''), [item?.html, sanitize]);
  const state = model.state.value;
  return (
    <div class={`reader theme-${p.theme} width-${p.width} font-${p.font}`} style={{ '--reader-size': `${p.fontSize}px` }}>
      <header class="reader-bar">
        <a href="library.html">{t('readerBackToLibrary')}</a>
        <ReaderSettings model={model} />
      </header>
      {state === 'loading' && <p class="status" role="status">{t('popupLoading')}</p>}
      {state === 'missing' && <p class="status" role="status">{t('readerMissing')}</p>}
      {state === 'error' && <p class="status" role="alert">{model.error.value}</p>}
      {item && (
        <div class="reader-layout">
          <main>
            <article lang={item.lang ?? undefined} aria-labelledby="reader-title">
              {(item.siteName || item.site) && <p class="site">{item.siteName ?? item.site}</p>}
              <h1 id="reader-title">{item.title}</h1>
              <p class="byline">
                {[item.byline, formatDate(item.published), item.wordCount ? t('popupReadingMinutes', String(Math.max(1, Math.round(item.wordCount / 230)))) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {body ? (
                <div class="body" dangerouslySetInnerHTML={{ __html: body }} />
              ) : (
                <div class="body">
                  {item.excerpt && <p>{item.excerpt}</p>}
                  <p class="muted">{t('readerLinkOnly')}</p>
                </div>
              )}
              <p class="original">
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {t('libraryOpenOriginal')}
                </a>
              </p>
            </article>
          </main>
          <ReaderAside model={model} item={item} />
        </div>
      )}
    </div>
  );
}
