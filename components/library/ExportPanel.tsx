import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat, type ExportScope } from '@/utils/library/export-formats';
import { formatCount } from '@/utils/ui/format';
import type { ExportModel } from '@/utils/ui/export-model';
import type { LibraryModel } from '@/utils/ui/library-model';
import { t, type MessageKey } from '@/utils/i18n';

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  'reelmark-json': 'libraryFormatReelmark',
  csv: 'libraryFormatCsv',
  markdown: 'libraryFormatMarkdown',
  'netscape-html': 'libraryFormatNetscape',
  bibtex: 'libraryFormatBibtex',
  ris: 'libraryFormatRis',
  'csl-json': 'libraryFormatCsl',
};

type ScopeChoice = 'all' | 'list' | 'selected';

/** Export: a format, and what to export (everything, the list being shown, or the selected items). */
export function ExportPanel({ model, exporter }: { model: LibraryModel; exporter: ExportModel }) {
  const [choice, setChoice] = useState<ScopeChoice>('all');
  const listId = model.filters.value.listId;
  const selected = model.selected.value;
  const available: ScopeChoice[] = ['all', ...(listId !== 'all' ? (['list'] as const) : []), ...(selected.size ? (['selected'] as const) : [])];
  const current = available.includes(choice) ? choice : 'all';
  const scope: ExportScope =
    current === 'list' ? { kind: 'list', listId } : current === 'selected' ? { kind: 'items', urls: [...selected] } : { kind: 'all' };
  return (
    <form
      class="export"
      aria-labelledby="export-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void exporter.run(scope);
      }}
    >
      <h2 id="export-heading" class="visually-hidden">
        {t('libraryExportHeading')}
      </h2>
      <label>
        {t('libraryExportFormat')}
        <select value={exporter.format.value} onChange={(e) => (exporter.format.value = e.currentTarget.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_LABELS[f])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('libraryExportScope')}
        <select value={current} onChange={(e) => setChoice(e.currentTarget.value as ScopeChoice)}>
          <option value="all">{t('libraryExportAll')}</option>
          {available.includes('list') && <option value="list">{t('libraryExportList', model.listName(listId))}</option>}
          {available.includes('selected') && <option value="selected">{t('libraryExportSelected', formatCount(selected.size))}</option>}
        </select>
      </label>
      <button type="submit" disabled={exporter.busy.value}>
        {exporter.busy.value ? t('libraryExporting') : t('libraryExport')}
      </button>
    </form>
  );
}
