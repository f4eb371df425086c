import { useEffect, useState } from 'preact/hooks';
import type { ReadStatus } from '@/utils/library/types';
import type { ExportModel } from '@/utils/ui/export-model';
import { formatDate, nationName, statusLabel } from '@/utils/ui/format';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t } from '@/utils/i18n';
import { readerHref } from '../SavedList';
import { LazySavedItemShare } from './lazy-share';
import { TagInput } from './TagInput';

const STATUSES: ReadStatus[] = ['unread', 'read', 'archived'];

/** The selected item in full: status, favourite, lists, tags, notes, summary, nations; share, export and delete. */
export function ItemDetail({ model, exporter }: { model: LibraryModel; exporter: ExportModel }) {
  const row = model.detail.value;
  const [notes, setNotes] = useState(row?.notes ?? '');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    setNotes(row?.notes ?? '');
    setConfirming(false);
  }, [row?.url, row?.notes]);
  if (!row) return null;
  const urls = [row.url];
  return (
    <aside id="item-detail" class="detail" aria-labelledby="detail-title">
      <button type="button" class="close" aria-label={t('libraryCloseDetails')} onClick={() => model.openDetail(null)}>
        ×
      </button>
      <h2 id="detail-title">{row.title}</h2>
      <p class="meta">
        {[row.siteName ?? row.site, row.byline, formatDate(row.published)].filter(Boolean).join(' · ')}
      </p>
      <p class="links">
        <a href={readerHref(row.url)} target="_blank" rel="noopener">
          {t('libraryOpenReader')}
        </a>
        {' · '}
        <a href={row.url} target="_blank" rel="noopener noreferrer">
          {t('libraryOpenOriginal')}
        </a>
      </p>
      <fieldset>
        <legend>{t('libraryFilterStatus')}</legend>
        {STATUSES.map((s) => (
          <label key={s} class="check">
            <input type="radio" name="detail-status" checked={row.status === s} onChange={() => void model.setStatus(urls, s)} />
            {statusLabel(s)}
          </label>
        ))}
        <label class="check">
          <input type="checkbox" checked={row.favourite} onChange={(e) => void model.setFavourite(urls, e.currentTarget.checked)} />
          {t('libraryFavourite')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('libraryListsHeading')}</legend>
        {model.lists.value.map((l) => (
          <label key={l.id} class="check">
            <input
              type="checkbox"
              checked={row.lists.includes(l.id)}
              onChange={(e) => void (e.currentTarget.checked ? model.addToList(urls, l.id) : model.removeFromList(urls, l.id))}
            />
            {model.listName(l.id)}
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="detail-tags">
        <h3 id="detail-tags">{t('libraryTags')}</h3>
        {row.tags.length > 0 && (
          <ul class="chips">
            {row.tags.map((tag) => (
              <li key={tag}>
                {tag}
                <button type="button" class="small" aria-label={t('libraryRemoveTag', tag)} onClick={() => void model.removeTag(urls, tag)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <TagInput id="detail-tag" label={t('libraryAddTagLabel')} suggestions={model.tags.value.map((x) => x.value)} onAdd={(tags) => void model.addTags(urls, tags)} />
      </section>
      <section aria-labelledby="detail-notes">
        <h3 id="detail-notes">
          <label for="notes">{t('libraryNotes')}</label>
        </h3>
        <textarea id="notes" rows={5} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} onBlur={() => notes !== row.notes && void model.setNotes(row.url, notes)} />
        <button type="button" disabled={notes === row.notes} onClick={() => void model.setNotes(row.url, notes)}>
          {t('librarySaveNotes')}
        </button>
      </section>
      {row.summary && (
        <section aria-labelledby="detail-summary">
          <h3 id="detail-summary">{t('librarySummary')}</h3>
          <p>{row.summary.tldr}</p>
        </section>
      )}
      {row.nations && row.nations.about.length + row.nations.mentioned.length > 0 && (
        <p>
          <strong>{t('libraryNations')}:</strong> {[...row.nations.about, ...row.nations.mentioned].map(nationName).join(', ')}
        </p>
      )}
      <p class="meta">
        {t('librarySavedOn', formatDate(row.savedAt))}
        {row.readAt ? ` · ${t('libraryReadOn', formatDate(row.readAt))}` : ''}
      </p>
      <div class="detail-actions">
        <LazySavedItemShare row={row} />
        <button type="button" disabled={exporter.busy.value} onClick={() => void exporter.run({ kind: 'items', urls })}>
          {t('libraryExportItem')}
        </button>
        {confirming ? (
          <button type="button" class="danger" onClick={() => void model.deleteItems(urls)}>
            {t('libraryConfirmDelete', '1')}
          </button>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('libraryDelete')}
          </button>
        )}
      </div>
    </aside>
  );
}
