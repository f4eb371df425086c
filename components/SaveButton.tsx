import type { PopupModel } from '@/utils/ui/popup-model';
import { t } from '@/utils/i18n';

/** Saves the current article to the reading list; says so when it is already there. */
export function SaveButton({ model }: { model: PopupModel }) {
  const { saveState, canSave, isSaved } = model;
  const busy = saveState.value === 'saving';
  const label = busy ? t('popupSaving') : isSaved.value ? t('popupSavedAgain') : t('popupSave');
  return (
    <button type="button" class="primary" disabled={!canSave.value || busy} aria-busy={busy} onClick={() => void model.save()}>
      {label}
    </button>
  );
}
