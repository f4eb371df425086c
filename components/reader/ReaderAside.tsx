import { useEffect, useState } from 'preact/hooks';
import { citationOf } from '@/utils/library/formats/export-context';
import { formatReference } from '@/utils/library/reference';
import type { SavedItem } from '@/utils/library/types';
import { formatDate, nationName } from '@/utils/ui/format';
import type { ReaderModel } from '@/utils/ui/reader-model';
import { t } from '@/utils/i18n';
import { readerHref } from '../SavedList';
import { SavedItemShare } from '../share/SavedItemShare';

function Citation({ item }: { item: SavedItem }) {
  const ref = formatReference(citationOf(item));
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t('readerCitation')}</h2>
      <p class="reference">
        {ref.before}
        {ref.container && <cite>{ref.container}</cite>}
        {ref.after}
      </p>
    </section>
  );
}

function Notes({ model, item }: { model: ReaderModel; item: SavedItem }) {
  const [draft, setDraft] = useState(item.notes);
  useEffect(() => setDraft(item.notes), [item.url, item.notes]);
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        <label for="reader-notes">{t('libraryNotes')}</label>
      </h2>
      <textarea id="reader-notes" rows={6} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} onBlur={() => void model.saveNotes(draft)} />
      <p class="muted" role="status" aria-live="polite">
        {model.notesState.value === 'saved' && draft === item.notes ? t('libraryNotesSaved') : ''}
      </p>
    </section>
  );
}

/**
 * Everything Reelmark keeps beside the article: reading state, summary, nations, the reader's
 * notes and highlights, the citation and related pieces. Sections show what is stored; the
 * summary and nations appear once those parts of Reelmark have filled them in.
 */
export function ReaderAside({ model, item }: { model: ReaderModel; item: SavedItem }) {
  const read = item.status === 'read';
  const archived = item.status === 'archived';
  const nations = item.nations ? [...item.nations.about, ...item.nations.mentioned] : [];
  return (
    <aside class="reader-aside" aria-label={t('readerAsideLabel')}>
      <div class="state" role="group" aria-label={t('libraryQuickActions', item.title)}>
        <button type="button" aria-pressed={read} onClick={() => void model.mark(read ? 'unread' : 'read')}>
          {t('libraryMarkRead')}
        </button>
        <button type="button" aria-pressed={archived} onClick={() => void model.mark(archived ? 'unread' : 'archived')}>
          {t('libraryArchive')}
        </button>
        <button type="button" aria-pressed={item.favourite} onClick={() => void model.toggleFavourite()}>
          {item.favourite ? '★ ' : '☆ '}
          {t('libraryFavourite')}
        </button>
        <SavedItemShare row={item} />
      </div>
      {item.summary && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('librarySummary')}</h2>
          {item.summary.tldr && <p class="tldr">{item.summary.tldr}</p>}
          {item.summary.points.length > 0 && (
            <ul>
              {item.summary.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {nations.length > 0 && (
        <section aria-labelledby="nations-heading">
          <h2 id="nations-heading">{t('libraryNations')}</h2>
          <p>{nations.map(nationName).join(', ')}</p>
        </section>
      )}
      {item.tags.length > 0 && (
        <p class="tags">
          {item.tags.map((tag) => (
            <span class="tag" key={tag}>
              {tag}
            </span>
          ))}
        </p>
      )}
      <Notes model={model} item={item} />
      {item.highlights.length > 0 && (
        <section aria-labelledby="highlights-heading">
          <h2 id="highlights-heading">{t('readerHighlights')}</h2>
          {item.highlights.map((h) => (
            <figure key={h.quote}>
              <blockquote>{h.quote}</blockquote>
              {h.note && <figcaption>{h.note}</figcaption>}
            </figure>
          ))}
        </section>
      )}
      <Citation item={item} />
      {model.related.value.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('readerRelated')}</h2>
          <ul class="related">
            {model.related.value.map((r) => (
              <li key={r.url}>
                <a href={r.saved ? readerHref(r.url) : r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                </a>
                {(r.section || r.date) && <span class="muted"> · {[r.section, formatDate(r.date)].filter(Boolean).join(' · ')}</span>}
                {r.teaser && <p class="muted">{r.teaser}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="muted">
        {t('librarySavedOn', formatDate(item.savedAt))}
      </p>
    </aside>
  );
}
