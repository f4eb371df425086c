import type { LibraryModel } from '@/utils/ui/library-model';
import { t } from '@/utils/i18n';
import { ItemRow } from './ItemRow';
import { VirtualList } from './VirtualList';

/** Row height in CSS pixels; rows clip longer content so every row has the same height. */
export const ROW_HEIGHT = 84;

/** The library's items as a virtualised list (before the whole library is read, unread rows show as placeholders). */
export function ItemList({ model }: { model: LibraryModel }) {
  const rows = model.visible.value;
  const count = model.count.value;
  if (model.loaded.value && count === 0) {
    return <p class="empty">{model.total.value ? t('libraryNoMatches') : t('libraryEmpty')}</p>;
  }
  return (
    <VirtualList
      count={count}
      rowHeight={ROW_HEIGHT}
      label={t('libraryItemsLabel')}
      keyOf={(i) => rows[i]?.url ?? `placeholder-${i}`}
      renderRow={(i) => {
        const row = rows[i];
        return row ? <ItemRow row={row} model={model} /> : <div class="row placeholder" aria-busy="true">{t('popupLoading')}</div>;
      }}
    />
  );
}
