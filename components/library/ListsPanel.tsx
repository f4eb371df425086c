import { useState } from 'preact/hooks';
import { DEFAULT_LIST_ID, type LibraryList } from '@/utils/library/types';
import { formatCount } from '@/utils/ui/format';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t } from '@/utils/i18n';
import { LazyRowsShare } from './lazy-share';

function ListEntry({ list, model }: { list: LibraryList; model: LibraryModel }) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = model.listName(list.id);
  const current = model.filters.value.listId === list.id;
  if (renaming) {
    return (
      <li>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get('name');
            void model.renameList(list.id, String(value ?? '')).then(() => setRenaming(false));
          }}
        >
          <label>
            <span class="visually-hidden">{t('libraryRenameListLabel', name)}</span>
            <input name="name" type="text" defaultValue={list.name || name} required={list.id !== DEFAULT_LIST_ID} autoFocus />
          </label>
          <button type="submit">{t('librarySave')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('libraryCancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li class={current ? 'current' : ''}>
      <button type="button" class="list-name" aria-current={current ? 'true' : undefined} onClick={() => model.setFilter('listId', list.id)}>
        {name} <span class="n">{formatCount(model.listCounts.value.get(list.id) ?? 0)}</span>
      </button>
      <span class="list-tools">
        <button type="button" class="small" aria-label={t('libraryRenameList', name)} title={t('libraryRenameList', name)} onClick={() => setRenaming(true)}>
          ✎
        </button>
        {list.id !== DEFAULT_LIST_ID &&
          (confirming ? (
            <>
              <button type="button" class="small danger" onClick={() => void model.deleteList(list.id)}>
                {t('libraryConfirmDeleteList', name)}
              </button>
              <button type="button" class="small" onClick={() => setConfirming(false)}>
                {t('libraryCancel')}
              </button>
            </>
          ) : (
            <button type="button" class="small" aria-label={t('libraryDeleteList', name)} title={t('libraryDeleteList', name)} onClick={() => setConfirming(true)}>
              ×
            </button>
          ))}
      </span>
    </li>
  );
}

/**
 * The lists: pick one to show its items, create, rename and delete them ("Reading list" stays),
 * and share what is shown (the list, filtered and searched) as a file or on the clipboard.
 */
export function ListsPanel({ model }: { model: LibraryModel }) {
  const all = model.filters.value.listId === 'all';
  return (
    <nav class="lists" aria-labelledby="lists-heading">
      <h2 id="lists-heading">{t('libraryListsHeading')}</h2>
      <ul>
        <li class={all ? 'current' : ''}>
          <button type="button" class="list-name" aria-current={all ? 'true' : undefined} onClick={() => model.setFilter('listId', 'all')}>
            {t('libraryAllItems')} <span class="n">{formatCount(model.total.value ?? 0)}</span>
          </button>
        </li>
        {model.lists.value.map((list) => (
          <ListEntry key={list.id} list={list} model={model} />
        ))}
      </ul>
      <form
        class="inline-form new-list"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const name = String(new FormData(form).get('name') ?? '').trim();
          if (name) void model.createList(name).then(() => form.reset());
        }}
      >
        <label for="new-list">{t('libraryNewListLabel')}</label>
        <input id="new-list" name="name" type="text" required />
        <button type="submit">{t('libraryCreateList')}</button>
      </form>
      <section class="share-view" aria-labelledby="share-view-heading">
        <h2 id="share-view-heading">{t('shareListLabel')}</h2>
        <LazyRowsShare rows={() => model.visible.value} count={model.count.value} heading={all ? t('libraryAllItems') : model.listName(model.filters.value.listId)} />
      </section>
    </nav>
  );
}
