import { useMemo } from 'preact/hooks';
import type { SavedItemRow } from '@/utils/library/types';
import { shareableFromSavedItem } from '@/utils/share/shareable';
import { ShareControl } from '../ShareControl';

/** The Share control for a saved item (library details, reader page): its stored citation and summary. */
export function SavedItemShare({ row }: { row: SavedItemRow }) {
  const item = useMemo(() => shareableFromSavedItem(row), [row]);
  return <ShareControl item={item} />;
}
