import { useEffect, useRef } from 'preact/hooks';
import type { SkipReason } from '@/utils/library/formats/types';
import type { ImportCounts } from '@/utils/library/import';
import { formatCount } from '@/utils/ui/format';
import type { ImportModel } from '@/utils/ui/import-model';
import { t, type MessageKey } from '@/utils/i18n';

const REASONS: Record<SkipReason, MessageKey> = {
  'missing-url': 'libraryImportSkipMissingUrl',
  'invalid-url': 'libraryImportSkipInvalidUrl',
  'bad-timestamp': 'libraryImportSkipBadTimestamp',
  'bad-entry': 'libraryImportSkipBadEntry',
};

/** At most this many skipped entries are listed (the count covers all of them). */
const SKIPPED_SHOWN = 200;

function Counts({ counts }: { counts: ImportCounts }) {
  const rows: [MessageKey, number][] = [
    ['libraryImportEntries', counts.entries],
    ['libraryImportAdded', counts.added],
    ['libraryImportMerged', counts.merged],
    ['libraryImportUnchanged', counts.unchanged],
    ['libraryImportDuplicates', counts.duplicatesInFile],
    ['libraryImportSkipped', counts.skipped],
    ['libraryImportNewLists', counts.newLists],
  ];
  return (
    <dl class="counts">
      {rows.map(([key, n]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd data-count={key}>{formatCount(n)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The import file picker, and the preview of what an import will do before it is committed. */
export function ImportPanel({ model }: { model: ImportModel }) {
  const phase = model.phase.value;
  const preview = model.preview.value;
  const result = model.result.value;
  const shown = preview ?? result;
  const title = useRef<HTMLHeadingElement>(null);
  // The panel opens over the page: focus goes to it so keyboard and screen reader users land on the preview.
  useEffect(() => {
    if (phase === 'preview' || phase === 'done' || phase === 'error') title.current?.focus();
  }, [phase]);
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading" class="visually-hidden">
        {t('libraryImportHeading')}
      </h2>
      <label class="file-button">
        {t('libraryImportChoose')}
        <input
          type="file"
          accept=".csv,.html,.htm,.json,.zip,text/csv,text/html,application/json,application/zip"
          disabled={phase === 'reading' || phase === 'committing'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void model.choose(file);
          }}
        />
      </label>
      {phase !== 'idle' && (
        <div
          class="import-panel"
          role="region"
          aria-labelledby="import-title"
          aria-busy={phase === 'reading' || phase === 'committing'}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            if (phase === 'preview') model.cancel();
            else if (phase === 'done' || phase === 'error') model.close();
          }}
        >
          <h2 id="import-title" tabIndex={-1} ref={title}>{phase === 'done' ? t('libraryImportDoneTitle', model.fileName.value) : t('libraryImportPreviewTitle', model.fileName.value)}</h2>
          {phase === 'reading' && <p>{t('libraryImportReading')}</p>}
          {phase === 'committing' && <p>{t('libraryImportCommitting')}</p>}
          {phase === 'error' && <p role="alert">{model.error.value}</p>}
          {shown && <Counts counts={shown.counts} />}
          {shown && shown.skipped.length > 0 && (
            <details open={shown.skipped.length <= 20}>
              <summary>{t('libraryImportSkippedList', formatCount(shown.skipped.length))}</summary>
              <table class="skipped">
                <thead>
                  <tr>
                    <th scope="col">{t('libraryImportEntry')}</th>
                    <th scope="col">{t('libraryImportWhat')}</th>
                    <th scope="col">{t('libraryImportReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
                    <tr key={s.entry}>
                      <td>{s.entry}</td>
                      <td>{s.title || s.url || '—'}</td>
                      <td>
                        {t(REASONS[s.reason])}
                        {s.detail ? `: ${s.detail}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          <div class="import-actions">
            {phase === 'preview' && preview && (
              <>
                <button type="button" class="primary" onClick={() => void model.commit()}>
                  {t('libraryImportCommit', formatCount(preview.counts.added + preview.counts.merged))}
                </button>
                <button type="button" onClick={() => model.cancel()}>
                  {t('libraryCancel')}
                </button>
              </>
            )}
            {(phase === 'done' || phase === 'error') && (
              <button type="button" onClick={() => model.close()}>
                {t('libraryClose')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
