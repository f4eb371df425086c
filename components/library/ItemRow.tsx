import type { SavedItemRow } from '@/utils/library/types';
import { formatDate, statusLabel } from '@/utils/ui/format';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t } from '@/utils/i18n';
import { readerHref } from '../SavedList';

/** One item of the library list: select box, title (opens the reader), facts, tags and quick actions. */
export function ItemRow({ row, model }: { row: SavedItemRow; model: LibraryModel }) {
  const selected = model.selected.value.has(row.url);
  const open = model.detailUrl.value === row.url;
  const read = row.status === 'read';
  const archived = row.status === 'archived';
  const facts = [row.siteName ?? row.site, row.byline, formatDate(row.published)].filter(Boolean).join(' · ');
  return (
    <div class={`row status-${row.status}${selected ? ' selected' : ''}${open ? ' open' : ''}`}>
      <input type="checkbox" class="pick" checked={selected} aria-label={t('librarySelectItem', row.title)} onChange={() => model.toggleSelected(row.url)} />
      <div class="main">
        <a class="title" data-row-focus href={readerHref(row.url)} target="_blank" rel="noopener">
          {row.favourite && <span aria-hidden="true">★ </span>}
          {row.title}
        </a>
        <p class="meta">
          {facts}
          {facts && ' · '}
          {t('librarySavedOn', formatDate(row.savedAt))}
          {row.status !== 'unread' && ` · ${statusLabel(row.status)}`}
        </p>
        {row.tags.length > 0 && (
          <p class="tags">
            {row.tags.map((tag) => (
              <span class="tag" key={tag}>
                {tag}
              </span>
            ))}
          </p>
        )}
      </div>
      <div class="row-actions" role="group" aria-label={t('libraryQuickActions', row.title)}>
        <button type="button" aria-pressed={read} onClick={() => void model.setStatus([row.url], read ? 'unread' : 'read')}>
          {t('libraryMarkRead')}
        </button>
        <button type="button" aria-pressed={archived} onClick={() => void model.setStatus([row.url], archived ? 'unread' : 'archived')}>
          {t('libraryArchive')}
        </button>
        <button type="button" class="fav" aria-pressed={row.favourite} aria-label={t('libraryFavourite')} title={t('libraryFavourite')} onClick={() => void model.setFavourite([row.url], !row.favourite)}>
          {row.favourite ? '★' : '☆'}
        </button>
        <button type="button" aria-expanded={open} aria-controls="item-detail" onClick={() => model.openDetail(open ? null : row.url)}>
          {t('libraryDetails')}
        </button>
      </div>
    </div>
  );
}
