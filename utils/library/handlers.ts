import { handleInBackground } from '@/utils/messaging';
import { tabPage } from '@/utils/tabs/page-registry';
import { tabArticle } from '@/utils/tabs/tab-article';
import { libraryDb } from './db';
import { listRecent, saveArticle } from './save';

/** Background side of the library: saving tabs and listing what was saved. */
export function registerLibraryHandlers(): void {
  handleInBackground({
    async saveTab({ tabId }) {
      const page = await tabPage(tabId);
      const article = await tabArticle(tabId, page?.url ?? null);
      return saveArticle(libraryDb(), article);
    },
    listSaved: ({ limit }) => listRecent(libraryDb(), limit),
  });
}
