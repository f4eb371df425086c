import type { PageSummary } from '@/utils/article/types';
import { tabPagesItem } from '@/utils/storage/items';

/**
 * Remembers what each tab's content script reported. Writes are chained so that reports from many
 * tabs at once never overwrite each other (each one is a read-modify-write of one stored map).
 */
let writes: Promise<unknown> = Promise.resolve();

function update(mutate: (pages: Record<string, PageSummary>) => void): Promise<void> {
  const next = writes.then(async () => {
    const pages = { ...(await tabPagesItem.getValue()) };
    mutate(pages);
    await tabPagesItem.setValue(pages);
  });
  writes = next.catch(() => undefined);
  return next;
}

/** Records a tab's latest page report. */
export function recordTabPage(tabId: number, page: PageSummary): Promise<void> {
  return update((pages) => {
    pages[tabId] = page;
  });
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number): Promise<void> {
  return update((pages) => {
    delete pages[tabId];
  });
}

/** The latest report from a tab, or null when its content script has not reported (yet). */
export async function tabPage(tabId: number): Promise<PageSummary | null> {
  await writes;
  return (await tabPagesItem.getValue())[tabId] ?? null;
}
