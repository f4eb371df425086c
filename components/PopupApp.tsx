import type { PopupModel } from '@/utils/ui/popup-model';
import { t } from '@/utils/i18n';
import { ArticleCard } from './ArticleCard';
import { SaveButton } from './SaveButton';
import { SavedList } from './SavedList';
import { SummaryPanel } from './SummaryPanel';

/** The toolbar popup: the current article, its actions, and the reading list. */
export function PopupApp({ model }: { model: PopupModel }) {
  const { saveState, error, saved } = model;
  const status =
    saveState.value === 'saved' ? t('popupSavedStatus') : saveState.value === 'error' ? t('popupSaveFailed', error.value ?? '') : '';
  return (
    <main class="popup" aria-label={t('extName')}>
      <header class="brand">
        <span aria-hidden="true" class="logo" />
        <span>{t('extName')}</span>
      </header>
      <ArticleCard model={model} />
      <SummaryPanel model={model} />
      <div class="actions">
        <SaveButton model={model} />
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <SavedList items={saved.value} />
    </main>
  );
}
