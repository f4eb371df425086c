import type { SavedItemRow } from '@/utils/library/types';
import type { RecentModel } from '@/utils/ui/recent-model';
import { t } from '@/utils/i18n';

/** The reader page of a saved item (a page of the extension, so it opens offline). */
export const readerHref = (url: string) => `reader.html?url=${encodeURIComponent(url)}`;

function QuickActions({ item, model }: { item: SavedItemRow; model: RecentModel }) {
  const read = item.status === 'read';
  const archived = item.status === 'archived';
  return (
    <div class="quick" role="group" aria-label={t('libraryQuickActions', item.title)}>
      <button type="button" aria-pressed={read} onClick={() => void model.mark(item.url, read ? 'unread' : 'read')}>
        {t('libraryMarkRead')}
      </button>
      <button type="button" aria-pressed={archived} onClick={() => void model.mark(item.url, archived ? 'unread' : 'archived')}>
        {t('libraryArchive')}
      </button>
      <button type="button" class="fav" aria-pressed={item.favourite} aria-label={t('libraryFavourite')} title={t('libraryFavourite')} onClick={() => void model.toggleFavourite(item)}>
        {item.favourite ? '★' : '☆'}
      </button>
    </div>
  );
}

/**
 * The most recently saved items with quick actions, and the way into the full library. A title
 * opens the saved copy in the reader; the arrow beside it opens the original page.
 */
export function SavedList({ model }: { model: RecentModel }) {
  const items = model.items.value;
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <div class="saved-head">
        <h2 id="saved-heading">{t('popupReadingList')}</h2>
        <a class="open-library" href="library.html" target="_blank">
          {t('libraryOpen')}
        </a>
      </div>
      {model.error.value && <p class="muted" role="alert">{model.error.value}</p>}
      {items.length === 0 ? (
        <p class="muted">{model.loaded.value ? t('popupNothingSaved') : t('popupLoading')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.url} class={`item status-${item.status}`}>
              <div class="line">
                <a href={readerHref(item.url)} target="_blank" rel="noopener">
                  {item.title}
                </a>
                <span class="site">
                  {' · '}
                  {item.siteName ?? item.site}
                  {item.status !== 'unread' && ` · ${t(item.status === 'read' ? 'libraryStatusRead' : 'libraryStatusArchived')}`}
                </span>{' '}
                <a class="original" href={item.url} target="_blank" rel="noopener noreferrer" title={t('libraryOpenOriginal')} aria-label={t('libraryOpenOriginal')}>
                  ↗
                </a>
              </div>
              <QuickActions item={item} model={model} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
