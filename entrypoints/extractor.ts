import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/utils/article/extract';
import { installEngine } from '@/utils/page/engine-global';

/**
 * The heavy article engine, kept out of the content script that every page loads. The content
 * script imports this file only when an article is actually needed (popup, save).
 */
export default defineUnlistedScript(() => {
  installEngine({ extractArticle });
});
