import { t } from '@/utils/i18n';
import { lazyComponent } from '../lazy';

/** The Share control for a saved item; its code (targets, citation styles) loads when first shown. */
export const LazySavedItemShare = lazyComponent(
  () => import('../share/SavedItemShare').then((m) => m.SavedItemShare),
  () => (
    <button type="button" class="share-toggle" disabled aria-expanded={false}>
      {t('shareButton')}
    </button>
  ),
);

/** List export for the rows shown; its code loads once the library's first screen is done. */
export const LazyRowsShare = lazyComponent(
  () => import('../share/RowsShare').then((m) => m.RowsShare),
  () => null,
  { whenIdle: true },
);
