import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSearchWorker, type WorkerScope } from '@/utils/library/search-worker';

/** The library page's search worker (built as `search-worker.js`, started with `new Worker`). */
export default defineUnlistedScript(() => {
  startSearchWorker(self as unknown as WorkerScope);
});
