import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstLookRead } from '@/utils/library/first-look-raw';

// Loaded by library.html as an async classic script: it runs as soon as it arrives, while the
// page's modules are still being fetched, so the first rows are on their way before any of the
// page's code has run.
export default defineUnlistedScript(() => startFirstLookRead(globalThis));
