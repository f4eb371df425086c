import type { ExportModel } from '@/utils/ui/export-model';
import { formatCount, plural } from '@/utils/ui/format';
import type { ImportModel } from '@/utils/ui/import-model';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t } from '@/utils/i18n';
import { BulkBar } from './BulkBar';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { ImportPanel } from './ImportPanel';
import { ItemDetail } from './ItemDetail';
import { ItemList } from './ItemList';
import { ListsPanel } from './ListsPanel';

function CountLine({ model }: { model: LibraryModel }) {
  const total = model.total.value ?? 0;
  const shown = model.count.value;
  const progress = model.searchProgress.value;
  const text =
    model.total.value === null
      ? t('libraryCounting')
      : shown === total || !model.loaded.value ? plural(total, 'libraryCountAllOne', 'libraryCountAllOther') : t('libraryCountSome', [formatCount(shown), formatCount(total)]);
  return (
    <p class="count" role="status" aria-live="polite" aria-atomic="true">
      <span data-testid="library-count">{text}</span>
      {model.searchState.value === 'loading' && model.query.value.trim() && (
        <span class="muted"> · {progress ? t('librarySearchIndexing', [formatCount(progress.done), formatCount(progress.total)]) : t('librarySearchLoading')}</span>
      )}
    </p>
  );
}

/** The full-page library: search, lists, filters, the virtualised list, bulk actions, details, import and export. */
export function LibraryApp({ model, importer, exporter }: { model: LibraryModel; importer: ImportModel; exporter: ExportModel }) {
  return (
    <div class="library">
      <header class="top">
        <h1>
          <span aria-hidden="true" class="logo" />
          {t('libraryTitle')}
        </h1>
        <div class="search" role="search">
          <label for="library-search" class="visually-hidden">
            {t('librarySearchLabel')}
          </label>
          <input
            id="library-search"
            type="search"
            placeholder={t('librarySearchPlaceholder')}
            value={model.query.value}
            onInput={(e) => model.setQuery(e.currentTarget.value)}
          />
        </div>
        <ImportPanel model={importer} />
        <ExportPanel model={model} exporter={exporter} />
      </header>
      <ListsPanel model={model} />
      <main class="items" aria-labelledby="items-heading">
        <h2 id="items-heading" class="visually-hidden">
          {t('libraryItemsLabel')}
        </h2>
        <FilterBar model={model} />
        <CountLine model={model} />
        {model.error.value && (
          <p class="error" role="alert">
            {model.error.value}
          </p>
        )}
        <BulkBar model={model} />
        <ItemList model={model} />
      </main>
      <ItemDetail model={model} exporter={exporter} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {model.announcement.value}
      </p>
    </div>
  );
}
