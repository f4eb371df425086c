import type { PopupModel } from '@/utils/ui/popup-model';
import type { SummaryModel } from '@/utils/ui/summary-model';
import { t } from '@/utils/i18n';

/**
 * Saves the current article to the reading list, with the summary shown in the popup; says so
 * when it is already there.
 */
export function SaveButton({ model, summary }: { model: PopupModel; summary?: SummaryModel }) {
  const { saveState, canSave, isSaved } = model;
  const busy = saveState.value === 'saving';
  const label = busy ? t('popupSaving') : isSaved.value ? t('popupSavedAgain') : t('popupSave');
  return (
    <button type="button" class="primary" disabled={!canSave.value || busy} aria-busy={busy} onClick={() => void model.save(summary?.summary.value)}>
      {label}
    </button>
  );
}
