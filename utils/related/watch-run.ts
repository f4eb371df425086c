import { storage } from 'wxt/utils/storage';
import { relatedRunKey } from './run-store';
import type { RelatedRun } from './types';

/** Follows a tab's run in session storage: the background writes each result as it lands. */
export function watchRelatedRun(tabId: number, onChange: (run: RelatedRun | null) => void): () => void {
  return storage.watch<RelatedRun>(relatedRunKey(tabId), (value) => onChange(value));
}
