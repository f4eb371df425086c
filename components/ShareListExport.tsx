import { useMemo } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { copyToClipboard } from '@/utils/share/clipboard';
import { downloadFile } from '@/utils/ui/download';
import type { Shareable } from '@/utils/share/shareable';
import { createListExportModel, type ListExportModel } from '@/utils/ui/share-model';
import { ShareStatusLine } from './share/ShareStatusLine';
import './share/share.css';

/**
 * Export buttons for a whole list (for the library page): a Markdown file, an HTML file, or the
 * list as Markdown on the clipboard. `items` is called when a button is pressed (a long list is
 * made only then); `count` says how many there are. `heading` names the list in the file.
 */
export function ShareListExport({
  items,
  count,
  heading,
  model: given,
}: {
  items: () => readonly Shareable[];
  count: number;
  heading?: string;
  model?: ListExportModel;
}) {
  const model = useMemo(
    () =>
      given ??
      createListExportModel({
        download: (name, content, type) => downloadFile(document, { fileName: name, mime: `${type};charset=utf-8`, parts: [content] }),
        copy: (text) => copyToClipboard({ clipboard: navigator.clipboard }, text),
        now: () => new Date(),
      }),
    [given],
  );
  const title = heading ?? t('shareListHeading');
  const empty = count === 0;
  return (
    <div class="share-export" role="group" aria-label={t('shareListLabel')}>
      <button type="button" disabled={empty} onClick={() => model.exportMarkdown(items(), title)}>
        {t('shareExportMarkdown')}
      </button>
      <button type="button" disabled={empty} onClick={() => model.exportHtml(items(), title, document.documentElement.lang || undefined)}>
        {t('shareExportHtml')}
      </button>
      <button type="button" disabled={empty} onClick={() => void model.copyMarkdown(items(), title)}>
        {t('shareCopyListMarkdown')}
      </button>
      <ShareStatusLine status={model.status} />
    </div>
  );
}
