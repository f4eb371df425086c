import type { PopupModel } from '@/utils/ui/popup-model';
import type { RelatedModel } from '@/utils/ui/related-model';
import type { SummaryModel } from '@/utils/ui/summary-model';
import { t } from '@/utils/i18n';
import { ArticleCard } from './ArticleCard';
import { RelatedPanel } from './RelatedPanel';
import { SaveButton } from './SaveButton';
import { SavedList } from './SavedList';
import { SummaryPanel } from './SummaryPanel';
import { ShareControl } from './ShareControl';
import { popupShareable } from '@/utils/ui/share-model';

/** The toolbar popup: the current article, its actions, and the reading list. */
export function PopupApp({ model, summary, related }: { model: PopupModel; summary?: SummaryModel; related?: RelatedModel }) {
  const { saveState, error } = model;
  const status =
    saveState.value === 'saved' ? t('popupSavedStatus') : saveState.value === 'error' ? t('popupSaveFailed', error.value ?? '') : '';
  return (
    <main class="popup" aria-label={t('extName')}>
      <header class="brand">
        <span aria-hidden="true" class="logo" />
        <span>{t('extName')}</span>
      </header>
      <ArticleCard model={model} />
      {summary && <SummaryPanel model={model} summary={summary} />}
      <div class="actions">
        <SaveButton model={model} summary={summary} />
        <ShareControl item={popupShareable(model, summary?.summary.value)} />
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {related && <RelatedPanel model={related} />}
      <SavedList model={model.recent} />
    </main>
  );
}
