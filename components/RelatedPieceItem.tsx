import type { MessageKey } from '@/utils/i18n';
import { t } from '@/utils/i18n';
import { nationName } from '@/utils/related/nation-names';
import type { RelatedPiece } from '@/utils/related/types';
import type { PieceSaveState } from '@/utils/ui/related-model';

const SOURCE_LABEL: Record<RelatedPiece['source'], MessageKey> = {
  page: 'relatedSourcePage',
  feed: 'relatedSourceFeed',
  'wp-api': 'relatedSourceApi',
  wikipedia: 'relatedSourceWikipedia',
};

function errorLabel(piece: RelatedPiece): string {
  if (piece.error === 'not-found') return t('relatedErrorNotFound');
  if (piece.error === 'timeout') return t('relatedErrorTimeout');
  return t('relatedErrorOther');
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** One related piece: linked title, date, section and nations, teaser or summary, source, Save. */
export function RelatedPieceItem({ piece, saveState, onSave }: { piece: RelatedPiece; saveState?: PieceSaveState; onSave: () => void }) {
  const nations = [...piece.nations.about, ...piece.nations.mentioned].slice(0, 4).map((c) => nationName(c));
  const date = formatDate(piece.date);
  const facts = [date, piece.section].filter((f): f is string => Boolean(f));
  const saveLabel =
    saveState === 'saving' ? t('relatedSaving') : saveState === 'saved' ? t('relatedSaved') : saveState === 'error' ? t('relatedSaveFailed') : t('relatedSave');
  return (
    <li class="related-item" data-source={piece.source} data-status={piece.status}>
      <a class="related-title" href={piece.url} target="_blank" rel="noopener noreferrer">
        {piece.title}
      </a>
      {facts.length > 0 && (
        <p class="related-meta">
          {date && <time dateTime={piece.date ?? undefined}>{date}</time>}
          {date && piece.section && ' · '}
          {piece.section}
        </p>
      )}
      {nations.length > 0 && <p class="related-nations">{t('relatedNations', nations.join(', '))}</p>}
      {piece.summary && piece.summary.length > 0 ? (
        <ul class="related-summary">
          {piece.summary.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      ) : (
        piece.teaser && <p class="related-teaser">{piece.teaser}</p>
      )}
      <div class="related-foot">
        <span class="related-source">
          {t(SOURCE_LABEL[piece.source])}
          {piece.attribution && (
            <>
              {' · '}
              <a href={piece.attribution.licenseUrl} target="_blank" rel="noopener noreferrer license">
                {t('relatedLicense')}
              </a>
            </>
          )}
        </span>
        {piece.status === 'pending' && <span class="muted">{t('relatedPending')}</span>}
        {piece.status === 'error' && <span class="muted related-error">{errorLabel(piece)}</span>}
        <button
          type="button"
          class="related-save"
          aria-label={t('relatedSaveLabel', piece.title)}
          disabled={saveState === 'saving' || saveState === 'saved'}
          onClick={onSave}
        >
          {saveLabel}
        </button>
      </div>
    </li>
  );
}
