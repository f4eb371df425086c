import type { SavedItemRow } from '@/utils/library/types';
import { shareableFromSavedItem } from '@/utils/share/shareable';
import { ShareListExport } from '../ShareListExport';

/**
 * List export (Markdown or HTML file, Markdown on the clipboard) for the rows the library shows.
 * The rows are turned into share items only when a button is pressed, so a 10,000-row view costs
 * nothing while the reader searches and filters.
 */
export function RowsShare({ rows, count, heading }: { rows: () => readonly SavedItemRow[]; count: number; heading: string }) {
  return <ShareListExport items={() => rows().map(shareableFromSavedItem)} count={count} heading={heading} />;
}
