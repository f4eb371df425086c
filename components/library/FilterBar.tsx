import type { ReadStatus } from '@/utils/library/types';
import { SORTS, type LibrarySort } from '@/utils/ui/library-filter';
import { formatCount, nationName } from '@/utils/ui/format';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t, type MessageKey } from '@/utils/i18n';

const SORT_LABELS: Record<LibrarySort, MessageKey> = {
  relevance: 'librarySortRelevance',
  'saved-desc': 'librarySortSavedNewest',
  'saved-asc': 'librarySortSavedOldest',
  'published-desc': 'librarySortPublishedNewest',
  'published-asc': 'librarySortPublishedOldest',
  'title-asc': 'librarySortTitle',
};

/** Filters (status, tag, nation, site, favourites) and the sort order. */
export function FilterBar({ model }: { model: LibraryModel }) {
  const f = model.filters.value;
  const searching = Boolean(model.query.value.trim());
  const active = f.status !== 'all' || f.tag || f.nation || f.site || f.favourites;
  return (
    <div class="filters" role="group" aria-label={t('libraryFiltersLabel')}>
      <label>
        {t('libraryFilterStatus')}
        <select value={f.status} onChange={(e) => model.setFilter('status', e.currentTarget.value as ReadStatus | 'all')}>
          <option value="all">{t('libraryAny')}</option>
          <option value="unread">{t('libraryStatusUnread')}</option>
          <option value="read">{t('libraryStatusRead')}</option>
          <option value="archived">{t('libraryStatusArchived')}</option>
        </select>
      </label>
      <label>
        {t('libraryFilterTag')}
        <input
          type="text"
          list="filter-tag-options"
          value={f.tag ?? ''}
          onChange={(e) => model.setFilter('tag', e.currentTarget.value.trim() || null)}
        />
      </label>
      <datalist id="filter-tag-options">
        {model.tags.value.slice(0, 300).map((x) => (
          <option key={x.value} value={x.value}>{`${x.value} (${formatCount(x.count)})`}</option>
        ))}
      </datalist>
      <label>
        {t('libraryFilterNation')}
        <select value={f.nation ?? ''} onChange={(e) => model.setFilter('nation', e.currentTarget.value || null)}>
          <option value="">{t('libraryAny')}</option>
          {model.nations.value.map((x) => (
            <option key={x.value} value={x.value}>{`${nationName(x.value)} (${formatCount(x.count)})`}</option>
          ))}
        </select>
      </label>
      <label>
        {t('libraryFilterSite')}
        <input type="text" list="filter-site-options" value={f.site ?? ''} onChange={(e) => model.setFilter('site', e.currentTarget.value.trim().toLowerCase() || null)} />
      </label>
      <datalist id="filter-site-options">
        {model.sites.value.slice(0, 300).map((x) => (
          <option key={x.value} value={x.value}>{`${x.value} (${formatCount(x.count)})`}</option>
        ))}
      </datalist>
      <label class="check">
        <input type="checkbox" checked={f.favourites} onChange={(e) => model.setFilter('favourites', e.currentTarget.checked)} />
        {t('libraryFilterFavourites')}
      </label>
      <label>
        {t('librarySortLabel')}
        <select value={model.sort.value} onChange={(e) => model.setSort(e.currentTarget.value as LibrarySort)}>
          {SORTS.filter((s) => s !== 'relevance' || searching).map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABELS[s])}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" onClick={() => model.clearFilters()}>
          {t('libraryClearFilters')}
        </button>
      )}
    </div>
  );
}
