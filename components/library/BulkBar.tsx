import { useState } from 'preact/hooks';
import { formatCount } from '@/utils/ui/format';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t } from '@/utils/i18n';
import { TagInput } from './TagInput';

/** Actions on every selected item: tag, add to or move to a list, mark, favourite, delete. */
export function BulkBar({ model }: { model: LibraryModel }) {
  const [listId, setListId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const urls = [...model.selected.value];
  const shown = model.visible.value.length;
  if (!urls.length) {
    return (
      <div class="bulk idle">
        <button type="button" onClick={() => model.selectAllVisible()} disabled={!model.loaded.value || shown === 0}>
          {t('librarySelectAll', formatCount(shown))}
        </button>
      </div>
    );
  }
  const target = listId || model.lists.value[0]?.id || '';
  return (
    <section class="bulk" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" class="count-selected">
        {t('librarySelectedCount', formatCount(urls.length))}
      </h2>
      <button type="button" onClick={() => model.selectAllVisible()}>
        {t('librarySelectAll', formatCount(shown))}
      </button>
      <button type="button" onClick={() => model.clearSelection()}>
        {t('libraryClearSelection')}
      </button>
      <div role="group" aria-label={t('libraryBulkMark')}>
        <button type="button" onClick={() => void model.setStatus(urls, 'read')}>
          {t('libraryMarkAsRead')}
        </button>
        <button type="button" onClick={() => void model.setStatus(urls, 'unread')}>
          {t('libraryMarkAsUnread')}
        </button>
        <button type="button" onClick={() => void model.setStatus(urls, 'archived')}>
          {t('libraryArchive')}
        </button>
        <button type="button" onClick={() => void model.setFavourite(urls, true)}>
          {t('libraryFavourite')}
        </button>
      </div>
      <TagInput id="bulk-tag" label={t('libraryBulkTagLabel')} suggestions={model.tags.value.map((x) => x.value)} onAdd={(tags) => void model.addTags(urls, tags)} />
      <div class="bulk-list">
        <label>
          {t('libraryBulkListLabel')}
          <select value={target} onChange={(e) => setListId(e.currentTarget.value)}>
            {model.lists.value.map((l) => (
              <option key={l.id} value={l.id}>
                {model.listName(l.id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void model.addToList(urls, target)}>
          {t('libraryAddToList')}
        </button>
        <button type="button" onClick={() => void model.addToList(urls, target, true)}>
          {t('libraryMoveToList')}
        </button>
        <button type="button" onClick={() => void model.removeFromList(urls, target)}>
          {t('libraryRemoveFromList')}
        </button>
      </div>
      {confirming ? (
        <span>
          <button type="button" class="danger" onClick={() => void model.deleteItems(urls).then(() => setConfirming(false))}>
            {t('libraryConfirmDelete', formatCount(urls.length))}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('libraryCancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('libraryDelete')}
        </button>
      )}
    </section>
  );
}
