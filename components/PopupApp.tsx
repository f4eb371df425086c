import type { FunctionComponent } from 'preact';
import type { PopupModel } from '@/utils/ui/popup-model';
import type { SummaryModel } from '@/utils/ui/summary-model';
import { t } from '@/utils/i18n';
import { ArticleCard } from './ArticleCard';
import { SaveButton } from './SaveButton';
import { SavedList } from './SavedList';

/**
 * The popup's parts that are not needed for its first paint (summary, share, related pieces).
 * They load just after it, so opening the popup never waits for their code.
 */
export interface PopupFeatures {
  summary: SummaryModel;
  Summary: FunctionComponent;
  Share: FunctionComponent;
  Related: FunctionComponent;
}

/** The toolbar popup: the current article, its actions, and the reading list. */
export function PopupApp({ model, features }: { model: PopupModel; features?: PopupFeatures | null }) {
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
      {features && <features.Summary />}
      <div class="actions">
        <SaveButton model={model} summary={features?.summary} />
        {features && <features.Share />}
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {features && <features.Related />}
      <SavedList model={model.recent} />
    </main>
  );
}
