import { readPageSummary } from '@/utils/article/page-summary';
import type { PageSummary } from '@/utils/article/types';
import { askBackground } from '@/utils/messaging';

/** Reads the cheap page facts and tells the background (which sets the badge). */
export async function reportPage(doc: Document, url: string): Promise<PageSummary> {
  const summary = readPageSummary(doc, url);
  await askBackground('pageDetected', summary).catch(() => {
    // The background may be restarting or the extension updating; the next report will land.
  });
  return summary;
}
