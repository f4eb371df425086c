import type { RelatedModel } from '@/utils/ui/related-model';
import { t } from '@/utils/i18n';
import { RelatedPieceItem } from './RelatedPieceItem';

/**
 * Related pieces for the current article, best first, with a progress bar while the background
 * is still fetching. Pages that failed stay listed with their link and a quiet note.
 */
export function RelatedPanel({ model }: { model: RelatedModel }) {
  const { state, pieces, running, progress, failed, saves } = model;
  if (state.value === 'idle' || state.value === 'unavailable') return null;
  const { done, total } = progress.value;
  return (
    <section class="related" aria-labelledby="related-heading" aria-busy={running.value}>
      <h2 id="related-heading">{t('relatedHeading')}</h2>
      {(state.value === 'loading' || running.value) && (
        <div class="related-progress">
          <progress max={Math.max(total, 1)} value={done} aria-label={t('relatedProgressLabel')} />
          <span class="muted" aria-live="polite">
            {total > 0 ? t('relatedProgress', [String(done), String(total)]) : t('popupLoading')}
          </span>
        </div>
      )}
      {state.value === 'error' && <p class="muted">{t('relatedErrorOther')}</p>}
      {state.value === 'ready' && !running.value && pieces.value.length === 0 && <p class="muted">{t('relatedNone')}</p>}
      {pieces.value.length > 0 && (
        <ol class="related-list">
          {pieces.value.map((piece) => (
            <RelatedPieceItem key={piece.url} piece={piece} saveState={saves.value[piece.url]} onSave={() => void model.save(piece.url)} />
          ))}
        </ol>
      )}
      {failed.value > 0 && !running.value && <p class="muted related-failed">{t('relatedSomeFailed', String(failed.value))}</p>}
    </section>
  );
}
